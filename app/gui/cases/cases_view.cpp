#include "cases_view.h"

#include "case_labels.h"
#include "case_page.h"
#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "deadlines/deadline_rules.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

CasesView::CasesView(CaseStore& cases, LibraryStore& library, QWidget* parent)
    : QWidget(parent), m_cases(cases), m_library(library)
{
    setObjectName(QStringLiteral("casesView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("casesList"));
    m_list->setRootIsDecorated(false);
    m_list->installEventFilter(this);
    // The title takes the room left by status and deadline.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("casesStatusFilter"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("casesKindFilter"));
    m_platform = new QLineEdit(this);
    m_platform->setObjectName(QStringLiteral("casesPlatformFilter"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("casesTextFilter"));
    m_text->setClearButtonEnabled(true);
    m_deadlines = new QCheckBox(this);
    m_deadlines->setObjectName(QStringLiteral("casesDeadlineFilter"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCaseButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCaseButton"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importCaseButton"));
    m_page = new CasePage(cases, library, this);

    auto* left = new QWidget(this);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_text);
    auto* combos = new QHBoxLayout;
    combos->addWidget(m_status);
    combos->addWidget(m_kind);
    l->addLayout(combos);
    l->addWidget(m_platform);
    l->addWidget(m_deadlines);
    l->addWidget(m_list, 1);
    l->addWidget(m_new);
    auto* moves = new QHBoxLayout;
    moves->addWidget(m_export);
    moves->addWidget(m_import);
    l->addLayout(moves);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_page);
    split->setStretchFactor(1, 3);
    split->setSizes({ 360, 900 });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_new, &QPushButton::clicked, this, &CasesView::newCase);
    connect(m_export, &QPushButton::clicked, this, &CasesView::exportCurrent);
    connect(m_import, &QPushButton::clicked, this, &CasesView::importBundle);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CasesView::refresh);
    connect(m_platform, &QLineEdit::textChanged, this, &CasesView::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &CasesView::refresh);
    connect(m_deadlines, &QCheckBox::toggled, this, &CasesView::refresh);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_page->showCase(item->data(0, Qt::UserRole).toLongLong());
    });
    // The list follows edits (title, status, deadlines) without losing its place.
    connect(m_page, &CasePage::caseChanged, this, [this](qint64) { refresh(); });
    connect(m_page, &CasePage::openProvision, this, &CasesView::openProvision);
    retranslate();
}

bool CasesView::isAvailable() const
{
    return m_cases.isOpen();
}

void CasesView::retranslate()
{
    m_text->setPlaceholderText(tr("Find a case: title, tag, party"));
    m_platform->setPlaceholderText(tr("Platform, e.g. TikTok"));
    m_deadlines->setText(tr("Only with open deadlines"));
    m_new->setText(tr("New case (Ctrl+N)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("One file with the case, its evidence and the provisions it cites, for another computer"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add a case exported on another computer (never overwrites one of yours)"));
    m_list->setHeaderLabels({ tr("Case"), tr("Status"), tr("Next deadline") });
    {
        const QSignalBlocker a(m_status), b(m_kind);
        const int s = m_status->currentIndex(), k = m_kind->currentIndex();
        m_status->clear();
        m_status->addItem(tr("Any status"));
        for (CaseStatus st : allCaseStatuses())
            m_status->addItem(CaseLabels::status(st), caseStatusName(st));
        m_kind->clear();
        m_kind->addItem(tr("Any kind"));
        for (CaseKind kd : allCaseKinds())
            m_kind->addItem(CaseLabels::kind(kd), caseKindName(kd));
        m_status->setCurrentIndex(qMax(0, s));
        m_kind->setCurrentIndex(qMax(0, k));
    }
    m_page->retranslate();
    refresh();
}

void CasesView::refresh()
{
    const qint64 current = m_page->caseId();
    CaseFilter f;
    if (m_status->currentIndex() > 0)
        f.status = caseStatusFromName(m_status->currentData().toString());
    if (m_kind->currentIndex() > 0)
        f.kind = caseKindFromName(m_kind->currentData().toString());
    f.platform = m_platform->text().trimmed();
    f.text = m_text->text().trimmed();
    f.withOpenDeadlinesOnly = m_deadlines->isChecked();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Language lang = UiLanguage::current();
    QTreeWidgetItem* select = nullptr;
    for (const CaseRecord& r : m_cases.cases(f)) {
        QString next;
        QColor colour;
        const std::optional<CaseFile> file = m_cases.caseFile(r.id);
        if (file) {
            for (const Deadline& d : file->deadlines) {
                if (d.done)
                    continue;
                next = remainingText(d.dueUtc, now, lang) + u" — " + d.title;
                const DeadlineState s = deadlineState(d.dueUtc, d.done, now);
                colour = s == DeadlineState::Overdue ? QColor(0xa0, 0x10, 0x10)
                    : s == DeadlineState::DueSoon    ? QColor(0xb0, 0x60, 0x00)
                                                     : QColor();
                break; // deadlines come by due time
            }
        }
        auto* item = new QTreeWidgetItem(m_list,
            { r.title + (r.confidential ? QStringLiteral(" 🔒") : QString()), CaseLabels::status(r.status), next });
        item->setData(0, Qt::UserRole, r.id);
        item->setToolTip(0, CaseLabels::kind(r.kind) + u" · " + r.tags.join(QStringLiteral(", ")));
        if (colour.isValid())
            item->setForeground(2, colour);
        if (r.id == current)
            select = item;
    }
    if (select)
        m_list->setCurrentItem(select);
}

void CasesView::newCase()
{
    if (!m_cases.isOpen())
        return;
    CaseRecord r;
    r.title = tr("New case %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    QString error;
    const std::optional<qint64> id = m_cases.saveCase(r, &error);
    if (!id) {
        UserPrompts::error(this, tr("No case created"), error);
        return;
    }
    m_text->clear();
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_page->showCase(*id);
    refresh();
    m_page->findChild<QLineEdit*>(QStringLiteral("caseTitle"))->setFocus();
    m_page->findChild<QLineEdit*>(QStringLiteral("caseTitle"))->selectAll();
}

void CasesView::openCase(qint64 caseId)
{
    m_text->clear();
    m_status->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_platform->clear();
    m_deadlines->setChecked(false);
    m_page->showCase(caseId);
    refresh();
}

void CasesView::deleteCurrent()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (!UserPrompts::confirm(this, tr("Delete case"),
            tr("Delete the case \"%1\" with its parties, evidence and notes? This cannot be undone; "
               "export it first to keep a copy.")
                .arg(item->text(0))))
        return;
    QString error;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    if (!m_cases.deleteCase(id, &error)) {
        UserPrompts::error(this, tr("Case not deleted"), error);
        return;
    }
    m_page->showCase(0);
    refresh();
}

void CasesView::exportCurrent()
{
    const qint64 id = m_page->caseId();
    if (!id)
        return;
    m_page->saveNow();
    const std::optional<CaseRecord> r = m_cases.caseRecord(id);
    QString suggested = r ? r->title : QStringLiteral("case");
    suggested.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = UserPrompts::saveFileName(
        this, tr("Export case"), suggested + QStringLiteral(".zlcase"), tr("ZanLink case (*.zlcase)"));
    if (path.isEmpty())
        return;
    BundleOptions options;
    options.library = &m_library;
    options.includeConfidential = UserPrompts::confirm(this, tr("Confidential data"),
        tr("Include children's and other confidential data in the file? Answer No to leave it out (recommended "
           "unless the receiver needs it)."),
        false);
    QString error;
    if (!exportCase(m_cases, id, path, options, &error)) {
        UserPrompts::error(this, tr("Case not exported"), error);
        return;
    }
    UserPrompts::info(this, tr("Case exported"), tr("Saved to %1.").arg(path));
}

void CasesView::importBundle()
{
    if (!m_cases.isOpen())
        return;
    const QString path
        = UserPrompts::openFileName(this, tr("Import case"), tr("ZanLink case (*.zlcase);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<qint64> id = importCase(m_cases, path, &error);
    if (!id) {
        UserPrompts::error(this, tr("Case not imported"), tr("%1\n\nNothing was added.").arg(error));
        return;
    }
    openCase(*id);
}

bool CasesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        deleteCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace zanlink
