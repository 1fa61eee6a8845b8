#include "draft_citations_page.h"

#include "corpus/citation.h"
#include "legalforms/citation_phrase.h"
#include "refs/quick_open.h"
#include "store/library_acts.h"
#include "store/library_store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

DraftCitationsPage::DraftCitationsPage(DraftSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Legal basis"));
    setSubTitle(tr("The provisions the request cites, each pinned to the edition it was read in."));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftCitations"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Language"), tr("As cited in the draft"), tr("Edition"), tr("Quote"), tr("Library") });
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add = new QLineEdit(this);
    m_add->setObjectName(QStringLiteral("draftAddCitation"));
    m_add->setPlaceholderText(tr("Add a provision: e.g. связь 41-1 1-2 · Art. 9 of the online platforms law"));
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("draftRemoveCitation"));
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* newest = new QPushButton(tr("Use the &newest editions"), this);
    newest->setObjectName(QStringLiteral("draftPinNewest"));
    newest->setToolTip(tr("Pin every provision to the newest edition the library holds in its language"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("draftCitationMessage"));
    m_message->setWordWrap(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add, 1);
    addRow->addWidget(add);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : { remove, up, down, newest })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addTyped(m_add->text()))
            m_add->clear();
    });
    connect(m_add, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, &DraftCitationsPage::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(newest, &QPushButton::clicked, this, &DraftCitationsPage::pinNewest);
}

void DraftCitationsPage::initializePage()
{
    m_message->clear();
    fill();
}

bool DraftCitationsPage::validatePage()
{
    storeQuotes();
    return true;
}

void DraftCitationsPage::fill()
{
    m_list->clear();
    for (qsizetype i = 0; i < m_session.draft.citations.size(); ++i) {
        const PinnedCitation& c = m_session.draft.citations.at(i);
        const QString phrase = citationPhrase(citedProvision(c.actId, c.key, c.language), c.language, GramCase::Nominative);
        QString state = tr("not in the library");
        if (m_session.library) {
            for (const EditionInfo& e : m_session.library->editions(c.actId)) {
                if (e.language == c.language && e.editionDate == c.editionDate) {
                    state = c.key.isEmpty() || !m_session.library->subtree(e.id, c.key).isEmpty()
                        ? tr("present")
                        : tr("no such provision in this edition");
                }
            }
        }
        auto* item = new QTreeWidgetItem(m_list,
            { languageCode(c.language), phrase,
                c.editionDate.isValid() ? c.editionDate.toString(QStringLiteral("dd.MM.yyyy")) : tr("not pinned"),
                QString(), state });
        item->setCheckState(3, c.quote ? Qt::Checked : Qt::Unchecked);
        item->setData(0, Qt::UserRole, static_cast<qlonglong>(i));
        item->setToolTip(1, c.actId + u' ' + c.key);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
}

void DraftCitationsPage::storeQuotes()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        const qsizetype at = item->data(0, Qt::UserRole).toLongLong();
        if (at >= 0 && at < m_session.draft.citations.size())
            m_session.draft.citations[at].quote = item->checkState(3) == Qt::Checked;
    }
}

bool DraftCitationsPage::addTyped(const QString& typed)
{
    storeQuotes();
    if (!m_actsRead && m_session.library) {
        m_acts = libraryActDirectory(m_session.library->database());
        m_actsRead = true;
    }
    const std::optional<QuickOpenTarget> target = parseQuickOpen(typed.trimmed(), m_acts);
    if (!target || target->actId.isEmpty() || target->key.startsWith(u"ch:") || target->key.startsWith(u"sec:")) {
        m_message->setText(tr("\"%1\" names no provision: give the act and the article, e.g. связь 41-1 1-2.")
                               .arg(typed.trimmed()));
        return false;
    }
    int added = 0;
    for (Language lang : outputLanguages(m_session.draft.language)) {
        bool have = false;
        for (const PinnedCitation& c : m_session.draft.citations)
            have = have || (c.actId == target->actId && c.key == target->key && c.language == lang);
        if (have)
            continue;
        PinnedCitation c { target->actId, target->key, lang, {}, false };
        if (m_session.library) {
            if (const std::optional<EditionInfo> e = m_session.library->latestEdition(target->actId, lang))
                c.editionDate = e->editionDate;
        }
        m_session.draft.citations.append(c);
        ++added;
    }
    m_message->setText(added ? QString() : tr("The draft already cites it."));
    fill();
    return added > 0;
}

void DraftCitationsPage::removeSelected()
{
    storeQuotes();
    QList<qsizetype> rows;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        rows << item->data(0, Qt::UserRole).toLongLong();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype r : rows)
        m_session.draft.citations.removeAt(r);
    fill();
}

void DraftCitationsPage::move(int delta)
{
    storeQuotes();
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qsizetype from = item->data(0, Qt::UserRole).toLongLong();
    const qsizetype to = from + delta;
    if (to < 0 || to >= m_session.draft.citations.size())
        return;
    m_session.draft.citations.move(from, to);
    fill();
    m_list->setCurrentItem(m_list->topLevelItem(static_cast<int>(to)));
}

void DraftCitationsPage::pinNewest()
{
    storeQuotes();
    if (!m_session.library)
        return;
    for (PinnedCitation& c : m_session.draft.citations)
        c.editionDate = QDate();
    pinLatestEditions(m_session.draft, *m_session.library);
    fill();
}

} // namespace zanlink
