#include "case_drafts_panel.h"

#include "cases/case_store.h"
#include "draft_command.h"
#include "drafting/draft_export.h"
#include "drafting/draft_record.h"
#include "drafting/draft_wizard.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zanlink {

CaseDraftsPanel::CaseDraftsPanel(
    CaseStore& cases, LibraryStore& library, QUndoStack& undo, CommandHooks hooks, QWidget* parent)
    : QWidget(parent), m_cases(cases), m_library(library), m_undo(undo), m_hooks(std::move(hooks))
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("caseDrafts"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newDraftButton"));
    m_open = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextDraftButton"));
    m_next->setMenu(new QMenu(m_next));
    m_export = new QPushButton(this);
    m_delete = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { m_new, m_open, m_next, m_export, m_delete })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this] { newDraft(); });
    connect(m_open, &QPushButton::clicked, this, &CaseDraftsPanel::openSelected);
    connect(m_export, &QPushButton::clicked, this, &CaseDraftsPanel::exportSelected);
    connect(m_delete, &QPushButton::clicked, this, &CaseDraftsPanel::deleteSelected);
    connect(m_next->menu(), &QMenu::aboutToShow, this, &CaseDraftsPanel::nextStep);
    connect(m_list, &QTreeWidget::itemActivated, this, &CaseDraftsPanel::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CaseDraftsPanel::updateButtons);
    retranslate();
}

void CaseDraftsPanel::retranslate()
{
    m_list->setHeaderLabels({ tr("Draft"), tr("Type"), tr("Language"), tr("State"), tr("Saved") });
    m_new->setText(tr("&New draft…"));
    m_new->setToolTip(tr("Draft a request from this case (Ctrl+Shift+D)"));
    m_open->setText(tr("&Open…"));
    m_next->setText(tr("Ne&xt step"));
    m_next->setToolTip(tr("A new draft following the chosen one, reusing its facts, parties and evidence"));
    m_export->setText(tr("Save as &document…"));
    m_delete->setText(tr("De&lete"));
    setCase(m_file);
}

void CaseDraftsPanel::setCase(const CaseFile& file)
{
    m_file = file;
    const qint64 current = selected() ? selected()->id : 0;
    m_list->clear();
    const Language ui = UiLanguage::current();
    QHash<qint64, QTreeWidgetItem*> items;
    QSet<qint64> ids;
    for (const CaseDraft& d : m_file.drafts)
        ids.insert(d.id);
    QList<const CaseDraft*> pending;
    for (const CaseDraft& d : m_file.drafts)
        pending << &d;
    const auto add = [&](const CaseDraft& d, QTreeWidgetItem* parent) {
        const std::optional<RequestType> type = requestTypeFromId(d.type);
        const QStringList columns { d.title.isEmpty() ? tr("Draft %1").arg(d.id) : d.title,
            type ? requestTypeInfo(*type).title(ui) : d.type, d.language, d.final ? tr("final") : tr("draft"),
            d.updatedUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) };
        auto* item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_list, columns);
        item->setData(0, Qt::UserRole, d.id);
        items.insert(d.id, item);
        if (d.id == current)
            m_list->setCurrentItem(item);
    };
    // Parents before the drafts that follow them, whatever order they were saved in.
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const CaseDraft& d = *pending.at(i);
            QTreeWidgetItem* parent = items.value(d.parentId);
            if (ids.contains(d.parentId) && !parent) {
                ++i;
                continue;
            }
            add(d, parent);
            pending.removeAt(i);
        }
        if (pending.size() == before) { // drafts following each other in a circle: list them at the top
            for (const CaseDraft* d : std::as_const(pending))
                add(*d, nullptr);
            break;
        }
    }
    m_list->expandAll();
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

std::optional<CaseDraft> CaseDraftsPanel::selected() const
{
    const QTreeWidgetItem* item = m_list ? m_list->currentItem() : nullptr;
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const CaseDraft& d : m_file.drafts) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

void CaseDraftsPanel::updateButtons()
{
    const bool has = m_file.record.id != 0;
    const bool chosen = selected().has_value();
    m_new->setEnabled(has);
    for (QPushButton* b : { m_open, m_next, m_export, m_delete })
        b->setEnabled(has && chosen);
}

void CaseDraftsPanel::newDraft(qint64 parentId, std::optional<RequestType> type)
{
    if (!m_file.record.id)
        return;
    DraftWizard wizard(m_file, &m_library, type, parentId, this);
    if (UserPrompts::runDialog(&wizard) != QDialog::Accepted)
        return;
    auto* command = new DraftCommand(m_cases, std::nullopt, wizard.record(), tr("Save a draft"), m_hooks);
    m_undo.push(command);
    if (command->draftId())
        Q_EMIT saved(command->draftId());
}

void CaseDraftsPanel::openSelected()
{
    const std::optional<CaseDraft> d = selected();
    if (!d)
        return;
    DraftWizard wizard(m_file, &m_library, *d, this);
    if (UserPrompts::runDialog(&wizard) != QDialog::Accepted)
        return;
    auto* command = new DraftCommand(m_cases, *d, wizard.record(), tr("Change a draft"), m_hooks);
    m_undo.push(command);
    if (command->draftId())
        Q_EMIT saved(command->draftId());
}

void CaseDraftsPanel::nextStep()
{
    QMenu* menu = m_next->menu();
    menu->clear();
    const std::optional<CaseDraft> d = selected();
    if (!d)
        return;
    const Language ui = UiLanguage::current();
    const std::optional<RequestType> type = requestTypeFromId(d->type);
    QList<RequestType> order = type ? followingTypes(*type) : QList<RequestType>();
    const qsizetype suggested = order.size();
    for (RequestType t : allRequestTypes()) {
        if (!order.contains(t))
            order << t;
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i == suggested && suggested > 0)
            menu->addSeparator();
        const RequestType t = order.at(i);
        menu->addAction(requestTypeInfo(t).title(ui), this, [this, id = d->id, t] { newDraft(id, t); });
    }
}

void CaseDraftsPanel::exportSelected()
{
    const std::optional<CaseDraft> d = selected();
    if (!d)
        return;
    QString error;
    const std::optional<Draft> draft = draftFromRecord(*d, &error);
    TemplateError templateError;
    DraftSession session;
    session.library = &m_library;
    const std::optional<RenderedDocument> doc
        = draft ? renderDraft(*draft, session.renderOptions(), &templateError) : std::nullopt;
    if (!doc) {
        UserPrompts::error(this, tr("Not saved"),
            tr("The draft could not be rendered: %1").arg(draft ? templateError.toString() : error));
        return;
    }
    exportRenderedDraft(this, *doc, d->title);
}

void CaseDraftsPanel::deleteSelected()
{
    const std::optional<CaseDraft> d = selected();
    if (!d)
        return;
    m_undo.push(new DraftCommand(m_cases, *d, std::nullopt, tr("Delete a draft"), m_hooks));
}

} // namespace zanlink
