#include "case_notes_panel.h"

#include "cases/case_store.h"
#include "corpus/citation.h"
#include "quick_open_dialog.h"
#include "spell/spell_field.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "store/text_citations.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kAutosaveMs = 700;

// Where the spelling language chosen for a note is remembered.
QString spellKey(qint64 noteId)
{
    return QStringLiteral("caseNote/%1").arg(noteId);
}

QString firstLine(const CaseNote& n)
{
    const QString line = n.plainText.section(u'\n', 0, 0).trimmed();
    return line.isEmpty() ? CaseNotesPanel::tr("(empty note)") : line.left(80);
}

} // namespace

CaseNotesPanel::CaseNotesPanel(CaseStore& cases, LibraryStore& library, QWidget* parent)
    : QWidget(parent), m_cases(cases), m_library(library)
{
    setObjectName(QStringLiteral("caseNotesPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_editor = new QTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAcceptRichText(true);
    m_spell = SpellField::attach(m_editor, UiLanguage::current());
    m_citations = new QTreeWidget(this);
    m_citations->setObjectName(QStringLiteral("noteCitations"));
    m_citations->setRootIsDecorated(false);
    m_citations->setMaximumHeight(130);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("noteSaved"));
    m_new = new QPushButton(this);
    m_cite = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_delete);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_saved, 1);
    row->addWidget(m_cite);
    rightLayout->addLayout(row);
    rightLayout->addWidget(m_citations);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &CaseNotesPanel::showNote);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_autosave->start();
    });
    connect(m_autosave, &QTimer::timeout, this, &CaseNotesPanel::saveNow);
    connect(m_spell, &SpellField::languageChosen, this, [this](std::optional<Language> lang) {
        m_languageChosen = true;
        m_lastChosen = lang;
        if (m_note.id)
            SpellField::rememberLanguage(spellKey(m_note.id), lang);
    });
    connect(m_new, &QPushButton::clicked, this, &CaseNotesPanel::newNote);
    connect(m_cite, &QPushButton::clicked, this, &CaseNotesPanel::addCitationByHand);
    connect(m_delete, &QPushButton::clicked, this, &CaseNotesPanel::removeNote);
    connect(m_citations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openProvision(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
    });
    retranslate();
}

void CaseNotesPanel::retranslate()
{
    m_new->setText(tr("New note"));
    m_cite->setText(tr("Cite a provision…"));
    m_cite->setToolTip(tr("Pick a provision (as with Ctrl+K) and add it to the note's citations"));
    m_delete->setText(tr("Delete note"));
    m_editor->setPlaceholderText(tr("Write here; the note saves itself. Citations such as «п. 1-2 ст. 41-1 Закона "
                                    "«О связи»» are found as you write."));
    m_citations->setHeaderLabels({ tr("Cites"), tr("Language"), tr("Edition"), tr("How") });
    fillCitations();
    if (!m_languageChosen)
        m_spell->setLanguage(UiLanguage::current());
}

void CaseNotesPanel::showSpellLanguage()
{
    const std::optional<Language> fallback = UiLanguage::current();
    const std::optional<Language> lang
        = m_note.id ? SpellField::rememberedLanguage(spellKey(m_note.id), fallback) : m_lastChosen.value_or(fallback);
    m_languageChosen = m_note.id ? SpellField::hasRememberedLanguage(spellKey(m_note.id)) : m_lastChosen.has_value();
    m_spell->setLanguage(lang);
}

void CaseNotesPanel::setCase(const CaseFile& file)
{
    const bool sameCase = file.record.id == m_file.record.id;
    if (!sameCase)
        saveNow();
    m_file = file;
    const qint64 keep = sameCase ? m_note.id : 0;
    m_loading = true;
    m_list->clear();
    int select = -1;
    for (qsizetype i = 0; i < file.notes.size(); ++i) {
        const CaseNote& n = file.notes.at(i);
        m_list->addItem(
            n.createdUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) + u" — " + firstLine(n));
        if (n.id == keep)
            select = static_cast<int>(i);
    }
    m_loading = false;
    if (select < 0 && !file.notes.isEmpty())
        select = static_cast<int>(file.notes.size()) - 1;
    if (sameCase && m_dirty)
        return; // keep what is being typed
    m_list->setCurrentRow(select);
    if (select < 0)
        showNote(-1);
    const bool hasCase = file.record.id != 0;
    m_new->setEnabled(hasCase);
    m_editor->setEnabled(hasCase);
}

void CaseNotesPanel::showNote(int row)
{
    if (m_loading)
        return;
    saveNow();
    m_loading = true;
    m_note = row >= 0 && row < m_file.notes.size() ? m_file.notes.at(row) : CaseNote {};
    m_note.caseId = m_file.record.id;
    m_editor->setHtml(m_note.html);
    showSpellLanguage();
    m_loading = false;
    m_dirty = false;
    m_saved->setText(m_note.id
            ? tr("Saved %1").arg(m_note.updatedUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : QString());
    m_delete->setEnabled(m_note.id != 0);
    m_cite->setEnabled(m_file.record.id != 0);
    fillCitations();
}

QList<NoteCitation> CaseNotesPanel::foundCitations(const QString& text) const
{
    QList<NoteCitation> out;
    const Language lang = UiLanguage::current();
    for (const TextCitation& c : findCitationsInText(m_library.database(), text)) {
        const Reference& r = c.reference;
        if (r.actId.isEmpty())
            continue;
        const std::optional<EditionInfo> e = m_library.latestEditionPreferring(r.actId, lang);
        const QList<ReferenceTarget> targets
            = r.targets.isEmpty() ? QList<ReferenceTarget> { ReferenceTarget { r.start, r.length, {} } } : r.targets;
        for (const ReferenceTarget& t : targets) {
            NoteCitation n;
            n.actId = r.actId;
            n.key = t.key;
            n.language = e ? e->language : lang;
            n.editionDate = e ? e->editionDate : QDate();
            n.start = r.start;
            n.length = r.length;
            out << n;
        }
    }
    return out;
}

bool CaseNotesPanel::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || !m_file.record.id)
        return true;
    CaseNote n = m_note;
    n.caseId = m_file.record.id;
    n.html = m_editor->toHtml();
    n.plainText = m_editor->toPlainText();
    QList<NoteCitation> citations = foundCitations(n.plainText);
    for (const NoteCitation& c : m_note.citations) {
        if (c.manual)
            citations << c;
    }
    n.citations = citations;
    QString error;
    const std::optional<qint64> id = m_cases.saveNote(n, &error);
    if (!id) {
        m_saved->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    if (!n.id && m_languageChosen)
        SpellField::rememberLanguage(spellKey(*id), m_spell->language());
    n.id = *id;
    n.updatedUtc = QDateTime::currentDateTimeUtc();
    m_note = n;
    m_dirty = false;
    m_saved->setText(tr("Saved %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    m_delete->setEnabled(true);
    fillCitations();
    Q_EMIT changed();
    return true;
}

void CaseNotesPanel::newNote()
{
    if (!m_file.record.id)
        return;
    saveNow();
    m_loading = true;
    m_note = CaseNote {};
    m_note.caseId = m_file.record.id;
    m_editor->clear();
    showSpellLanguage();
    m_list->clearSelection();
    m_loading = false;
    m_dirty = false;
    m_saved->setText(tr("New note: it is saved as soon as you type"));
    fillCitations();
    m_editor->setFocus();
}

void CaseNotesPanel::addCitationByHand()
{
    QuickOpenDialog dialog(m_library, QString(), this);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted || dialog.actId().isEmpty())
        return;
    const Language lang = UiLanguage::current();
    const std::optional<EditionInfo> e = m_library.latestEditionPreferring(dialog.actId(), lang);
    NoteCitation c;
    c.actId = dialog.actId();
    c.key = dialog.key();
    c.language = e ? e->language : lang;
    c.editionDate = e ? e->editionDate : QDate();
    c.manual = true;
    m_note.citations << c;
    m_dirty = true;
    saveNow();
}

void CaseNotesPanel::removeNote()
{
    if (!m_note.id || !UserPrompts::confirm(this, tr("Delete note"), tr("Delete this note? This cannot be undone.")))
        return;
    QString error;
    if (!m_cases.removeNote(m_note.id, &error)) {
        UserPrompts::error(this, tr("Note not deleted"), error);
        return;
    }
    m_note = CaseNote {};
    m_dirty = false;
    Q_EMIT changed();
}

void CaseNotesPanel::fillCitations()
{
    m_citations->clear();
    const Language lang = UiLanguage::current();
    for (const NoteCitation& c : m_note.citations) {
        const std::optional<EditionInfo> e = m_library.latestEdition(c.actId, c.language);
        const QString title = citationTitle(c.actId, lang, e ? e->title : QString());
        const QString what = c.key.isEmpty() ? title : QString(compactKeyLabel(c.key, lang) + u' ' + title);
        auto* item = new QTreeWidgetItem(m_citations,
            { what, languageCode(c.language),
                c.editionDate.isValid() ? c.editionDate.toString(QStringLiteral("dd.MM.yyyy"))
                                        : tr("not in the library"),
                c.manual ? tr("added by hand") : tr("found in the text") });
        item->setData(0, Qt::UserRole, c.actId);
        item->setData(0, Qt::UserRole + 1, c.key);
    }
    m_citations->header()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace zanlink
