#include "case_page.h"

#include "case_drafts_panel.h"
#include "case_labels.h"
#include "case_notes_panel.h"
#include "cases/case_store.h"
#include "corpus/citation.h"
#include "deadline_rule_dialog.h"
#include "deadlines/deadline_rules.h"
#include "evidence_table.h"
#include "part_table.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zanlink {

CasePage::CasePage(CaseStore& cases, LibraryStore& library, QWidget* parent)
    : QWidget(parent), m_cases(cases), m_library(library), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("casePage"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseKind"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("caseTags"));
    m_confidential = new QCheckBox(this);
    m_confidential->setObjectName(QStringLiteral("caseConfidential"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deadlineBanner"));
    m_banner->setWordWrap(true);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(600);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    for (PartType t : { PartType::Party, PartType::ContentItem, PartType::Event, PartType::Deadline })
        m_tables[static_cast<int>(t)] = new PartTable(t, cases, *m_undo, hooks(), this);
    m_evidence = new EvidenceTable(cases, this);
    m_notes = new CaseNotesPanel(cases, library, this);
    m_drafts = new CaseDraftsPanel(cases, library, *m_undo, hooks(), this);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_history->setRootIsDecorated(false);
    m_provisions = new QTreeWidget(this);
    m_provisions->setObjectName(QStringLiteral("caseProvisions"));
    m_provisions->setRootIsDecorated(false);
    m_audit = new QTreeWidget(this);
    m_audit->setObjectName(QStringLiteral("caseAudit"));
    m_audit->setRootIsDecorated(false);
    m_ruleDeadline = new QPushButton(this);
    m_ruleDeadline->setObjectName(QStringLiteral("ruleDeadlineButton"));

    auto* content = new QSplitter(Qt::Vertical, this);
    content->addWidget(m_tables[static_cast<int>(PartType::ContentItem)]);
    content->addWidget(m_evidence);
    auto* timeline = new QSplitter(Qt::Vertical, this);
    timeline->addWidget(m_tables[static_cast<int>(PartType::Event)]);
    timeline->addWidget(m_history);
    auto* deadlines = new QWidget(this);
    auto* dl = new QVBoxLayout(deadlines);
    dl->addWidget(m_tables[static_cast<int>(PartType::Deadline)], 1);
    dl->addWidget(m_ruleDeadline, 0, Qt::AlignLeft);
    m_tabs->addTab(m_tables[static_cast<int>(PartType::Party)], QString());
    m_tabs->addTab(content, QString());
    m_tabs->addTab(timeline, QString());
    m_tabs->addTab(deadlines, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_drafts, QString());
    m_tabs->addTab(m_provisions, QString());
    m_tabs->addTab(m_audit, QString());

    auto* header = new QFormLayout;
    header->addRow(QStringLiteral("title"), m_title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind, 2);
    row->addWidget(m_status, 1);
    row->addWidget(m_confidential);
    header->addRow(QStringLiteral("kind"), row);
    header->addRow(QStringLiteral("tags"), m_tags);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_title, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_tags, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_title, &QLineEdit::editingFinished, this, &CasePage::commitRecord);
    connect(m_tags, &QLineEdit::editingFinished, this, &CasePage::commitRecord);
    connect(m_typing, &QTimer::timeout, this, &CasePage::commitRecord);
    connect(m_kind, &QComboBox::activated, this, &CasePage::commitRecord);
    connect(m_status, &QComboBox::activated, this, &CasePage::commitRecord);
    connect(m_confidential, &QCheckBox::clicked, this, &CasePage::commitRecord);
    connect(m_evidence, &EvidenceTable::changed, this, &CasePage::reload);
    connect(m_notes, &CaseNotesPanel::changed, this, [this] {
        const std::optional<CaseFile> f = m_cases.caseFile(m_file.record.id);
        if (f)
            m_file = *f;
        fillProvisions();
        fillHistory();
        fillAudit();
        Q_EMIT caseChanged(m_file.record.id);
    });
    connect(m_notes, &CaseNotesPanel::openProvision, this, &CasePage::openProvision);
    connect(m_ruleDeadline, &QPushButton::clicked, this, &CasePage::addRuleDeadline);
    connect(m_provisions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openProvision(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });
    retranslate();
    showCase(0);
}

CommandHooks CasePage::hooks()
{
    return CommandHooks { [this] { reload(); },
        [this](const QString& error) { UserPrompts::error(this, tr("Not saved"), error); } };
}

PartTable* CasePage::table(PartType type) const
{
    return m_tables[static_cast<int>(type)];
}

void CasePage::retranslate()
{
    auto* header = static_cast<QFormLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(1)->layout());
    static_cast<QLabel*>(header->labelForField(m_title))->setText(tr("&Title:"));
    static_cast<QLabel*>(header->itemAt(1, QFormLayout::LabelRole)->widget())->setText(tr("Kind, status:"));
    static_cast<QLabel*>(header->labelForField(m_tags))->setText(tr("Ta&gs:"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. TikTok, blogger, Almaty"));
    m_confidential->setText(tr("Confidential"));
    m_confidential->setToolTip(tr("A confidential case is left out of exports unless you include it"));
    {
        const QSignalBlocker a(m_kind), b(m_status);
        m_kind->clear();
        for (CaseKind k : allCaseKinds())
            m_kind->addItem(CaseLabels::kind(k), caseKindName(k));
        m_status->clear();
        for (CaseStatus s : allCaseStatuses())
            m_status->addItem(CaseLabels::status(s), caseStatusName(s));
    }
    m_placeholder->setText(tr("Choose a case on the left, or create one with Ctrl+N."));
    m_tabs->setTabText(0, tr("&Parties"));
    m_tabs->setTabText(1, tr("&Content and evidence"));
    m_tabs->setTabText(2, tr("Ti&meline"));
    m_tabs->setTabText(3, tr("&Deadlines"));
    m_tabs->setTabText(4, tr("&Notes"));
    m_tabs->setTabText(5, tr("Dra&fts"));
    m_tabs->setTabText(6, tr("P&rovisions cited"));
    m_tabs->setTabText(7, tr("&Audit log"));
    m_audit->setHeaderLabels({ tr("When"), tr("Who"), tr("Action"), tr("What"), tr("Fields") });
    m_ruleDeadline->setText(tr("Deadline set by law…"));
    m_history->setHeaderLabels({ tr("When"), tr("What") });
    m_provisions->setHeaderLabels(
        { tr("Provision"), tr("Language"), tr("Edition"), tr("Notes citing it"), tr("Drafts citing it") });
    for (PartTable* t : m_tables)
        t->retranslate();
    m_evidence->retranslate();
    m_notes->retranslate();
    m_drafts->retranslate();
    reload();
}

void CasePage::showCase(qint64 caseId)
{
    saveNow();
    if (caseId != m_file.record.id)
        m_undo->clear();
    m_file = CaseFile {};
    m_file.record.id = caseId;
    reload();
}

void CasePage::reload()
{
    if (m_file.record.id) {
        const std::optional<CaseFile> f = m_cases.caseFile(m_file.record.id);
        m_file = f ? *f : CaseFile {};
    }
    const bool has = m_file.record.id != 0;
    m_placeholder->setVisible(!has);
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_kind, m_status, m_tags, m_confidential, m_tabs })
        w->setEnabled(has);
    m_loading = true;
    if (!m_title->hasFocus() || !has)
        m_title->setText(m_file.record.title);
    if (!m_tags->hasFocus() || !has)
        m_tags->setText(m_file.record.tags.join(QStringLiteral(", ")));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(caseKindName(m_file.record.kind))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(caseStatusName(m_file.record.status))));
    m_confidential->setChecked(m_file.record.confidential);
    m_loading = false;
    for (PartTable* t : m_tables)
        t->setCase(m_file);
    m_evidence->setCase(m_file);
    m_notes->setCase(m_file);
    m_drafts->setCase(m_file);
    fillHistory();
    fillProvisions();
    fillAudit();
    updateBanner();
    Q_EMIT caseChanged(m_file.record.id);
}

void CasePage::commitRecord()
{
    m_typing->stop();
    if (m_loading || !m_file.record.id)
        return;
    CaseRecord after = m_file.record;
    after.title = m_title->text().trimmed();
    after.kind = caseKindFromName(m_kind->currentData().toString()).value_or(after.kind);
    after.status = caseStatusFromName(m_status->currentData().toString()).value_or(after.status);
    after.tags.clear();
    for (const QString& t : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            after.tags << t.trimmed();
    }
    after.confidential = m_confidential->isChecked();
    const CaseRecord& before = m_file.record;
    if (after.title == before.title && after.kind == before.kind && after.status == before.status
        && after.tags == before.tags && after.confidential == before.confidential)
        return;
    if (after.title.isEmpty()) {
        UserPrompts::error(this, tr("Not saved"), tr("A case needs a title."));
        m_title->setText(before.title);
        return;
    }
    m_undo->push(new RecordCommand(m_cases, before, after, tr("Edit the case"), hooks()));
}

void CasePage::saveNow()
{
    commitRecord();
    m_notes->saveNow();
}

void CasePage::addRuleDeadline()
{
    if (!m_file.record.id)
        return;
    DeadlineRuleDialog dialog(m_file, this);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    const Deadline d = dialog.deadline();
    QVariantMap after = CaseParts::blank(PartType::Deadline, m_file.record.id);
    after.insert(QStringLiteral("title"), d.title);
    after.insert(QStringLiteral("dueUtc"), d.dueUtc);
    after.insert(QStringLiteral("ruleId"), d.ruleId);
    after.insert(QStringLiteral("fromEventId"), d.fromEventId);
    after.insert(QStringLiteral("done"), false);
    m_undo->push(new PartCommand(m_cases, PartType::Deadline, std::nullopt, after, tr("Add a deadline"), hooks()));
}

void CasePage::fillHistory()
{
    m_history->clear();
    struct Row {
        QDateTime at;
        QString what;
    };
    QList<Row> rows;
    for (const StatusChange& s : m_file.statusHistory)
        rows << Row { s.atUtc, tr("Status: %1 (%2)").arg(CaseLabels::status(s.status), s.by) };
    for (const CaseNote& n : m_file.notes)
        rows << Row { n.createdUtc, tr("Note: %1").arg(n.plainText.section(u'\n', 0, 0).left(80)) };
    for (const CaseEvent& e : m_file.events)
        rows << Row { e.atUtc,
            CaseLabels::event(e.kind) + (e.description.isEmpty() ? QString() : u": " + e.description) };
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });
    for (const Row& r : rows)
        new QTreeWidgetItem(m_history, { r.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")), r.what });
    m_history->header()->resizeSections(QHeaderView::ResizeToContents);
}

void CasePage::fillAudit()
{
    m_audit->clear();
    if (!m_file.record.id)
        return;
    // Newest first: who changed what and when (never confidential content).
    const QList<AuditEntry> entries = m_cases.audit(m_file.record.id);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        new QTreeWidgetItem(m_audit,
            { it->atUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")), it->who, it->action, it->entity,
                it->detail });
    }
    m_audit->header()->resizeSections(QHeaderView::ResizeToContents);
}

void CasePage::fillProvisions()
{
    m_provisions->clear();
    const Language lang = UiLanguage::current();
    QHash<QString, QTreeWidgetItem*> seen;
    // column 3 counts notes, column 4 drafts
    const auto count = [&](const QString& actId, const QString& key, Language language, const QDate& edition,
                           int column) {
        const QString id = actId + u'|' + key + u'|' + languageCode(language);
        QTreeWidgetItem* item = seen.value(id);
        if (!item) {
            const std::optional<EditionInfo> e = m_library.latestEdition(actId, language);
            const QString title = citationTitle(actId, lang, e ? e->title : QString());
            item = new QTreeWidgetItem(m_provisions,
                { key.isEmpty() ? title : QString(compactKeyLabel(key, lang) + u' ' + title), languageCode(language),
                    edition.isValid() ? edition.toString(QStringLiteral("dd.MM.yyyy")) : QString(),
                    QStringLiteral("0"), QStringLiteral("0") });
            item->setData(0, Qt::UserRole, actId);
            item->setData(0, Qt::UserRole + 1, key);
            seen.insert(id, item);
        }
        item->setText(column, QString::number(item->text(column).toInt() + 1));
    };
    for (const CaseNote& n : m_file.notes) {
        for (const NoteCitation& c : n.citations)
            count(c.actId, c.key, c.language, c.editionDate, 3);
    }
    for (const CaseDraft& d : m_file.drafts) {
        for (const DraftCitation& c : d.citations)
            count(c.actId, c.key, c.language, c.editionDate, 4);
    }
    m_provisions->header()->resizeSections(QHeaderView::ResizeToContents);
}

void CasePage::newDraft()
{
    if (!m_file.record.id)
        return;
    m_tabs->setCurrentWidget(m_drafts);
    m_drafts->newDraft();
}

void CasePage::updateBanner()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Language lang = UiLanguage::current();
    QStringList lines;
    for (const Deadline& d : m_file.deadlines) {
        const DeadlineState s = deadlineState(d.dueUtc, d.done, now);
        if (s == DeadlineState::Overdue || s == DeadlineState::DueSoon)
            lines << QStringLiteral("%1 — %2").arg(
                d.title.toHtmlEscaped(), remainingText(d.dueUtc, now, lang).toHtmlEscaped());
    }
    m_banner->setVisible(!lines.isEmpty());
    m_banner->setText(QStringLiteral("<span style=\"color:#a01010;\"><b>%1</b> %2</span>")
                          .arg(tr("Deadlines:").toHtmlEscaped(), lines.join(QStringLiteral(" · "))));
}

} // namespace zanlink
