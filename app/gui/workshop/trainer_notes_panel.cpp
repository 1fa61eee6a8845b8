#include "trainer_notes_panel.h"

#include "corpus/citation.h"
#include "quick_open_dialog.h"
#include "spell/spell_field.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "workshop/workshop_store.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>
#include <memory>

namespace zanlink {

namespace {

constexpr int kAutosaveMs = 700;

// What a command reports when it has run: the note's id, and why it failed
// (empty when it did not).
using CommandDone = std::function<void(qint64, const QString&)>;

// Adds (no `before`), edits (both) or deletes (no `after`) one note; undo
// puts back what was there, a deleted note with its own id. Successive
// edits of one note's text merge into one step.
class NoteCommand : public QUndoCommand {
public:
    NoteCommand(WorkshopStore& store, std::optional<TrainerNote> before, std::optional<TrainerNote> after,
        const QString& text, CommandDone done)
        : m_store(store), m_before(std::move(before)), m_after(std::move(after)), m_done(std::move(done))
    {
        setText(text);
    }
    void redo() override { apply(m_after, m_before); }
    void undo() override { apply(m_before, m_after); }
    int id() const override { return 0x7a6e; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const NoteCommand*>(other);
        if (o->isObsolete() || !m_before || !m_after || !o->m_before || !o->m_after || o->m_after->id != m_after->id
            || o->text() != text())
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    void apply(const std::optional<TrainerNote>& target, const std::optional<TrainerNote>& other)
    {
        QString error;
        qint64 id = target ? target->id : (other ? other->id : 0);
        if (target && m_store.note(target->id)) {
            m_store.updateNote(*target, &error);
        } else if (target) {
            const std::optional<qint64> stored = m_store.addNote(*target, &error);
            if (stored) {
                id = *stored;
                // Both sides name the stored note from now on.
                if (m_after)
                    m_after->id = id;
                if (m_before)
                    m_before->id = id;
            }
        } else if (id) {
            m_store.removeNote(id, &error);
        }
        if (!error.isEmpty())
            setObsolete(true); // a failed write leaves nothing to undo
        if (m_done)
            m_done(id, error);
    }

    WorkshopStore& m_store;
    std::optional<TrainerNote> m_before;
    std::optional<TrainerNote> m_after;
    CommandDone m_done;
};

QString firstLine(const QString& text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() > 80 ? QString(line.left(79) + u'…') : line;
}

} // namespace

TrainerNotesPanel::TrainerNotesPanel(LibraryStore& library, WorkshopStore* workshop, QWidget* parent)
    : QWidget(parent), m_library(library), m_workshop(workshop), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("trainerNotesPanel"));
    m_provisionLabel = new QLabel(this);
    m_provisionLabel->setObjectName(QStringLiteral("trainerNotesProvision"));
    m_provisionLabel->setWordWrap(true);
    m_provisionLabel->setTextFormat(Qt::PlainText);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("trainerNotesScope"));
    for (int i = 0; i < 3; ++i)
        m_scope->addItem(QString(), i);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trainerNotesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(2);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("trainerNoteNew"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("trainerNoteDelete"));
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("trainerNotesUndo"));
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &TrainerNotesPanel::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("trainerNotesRedo"));
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, this, &TrainerNotesPanel::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString& what) {
        m_undoAction->setToolTip(what.isEmpty() ? QString() : tr("Undo: %1").arg(what));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, this, [this](const QString& what) {
        m_redoAction->setToolTip(what.isEmpty() ? QString() : tr("Redo: %1").arg(what));
    });
    auto* undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("trainerNotesUndoButton"));
    undoButton->setDefaultAction(m_undoAction);
    auto* redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("trainerNotesRedoButton"));
    redoButton->setDefaultAction(m_redoAction);

    m_noteProvision = new QLabel(this);
    m_noteProvision->setObjectName(QStringLiteral("trainerNoteProvision"));
    m_noteProvision->setWordWrap(true);
    m_noteProvision->setTextFormat(Qt::PlainText);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("trainerNoteAttach"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("trainerNoteChoose"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("trainerNoteLanguage"));
    m_language->addItem(QString(), QString());
    for (Language l : kAllLanguages)
        m_language->addItem(languageNativeName(l), languageCode(l));
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("trainerNoteEditor"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainerNoteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    // One thing a row: the panel fits a narrow dock beside the reader.
    topLayout->addWidget(m_provisionLabel);
    auto* scopeRow = new QHBoxLayout;
    auto* scopeLabel = new QLabel(this);
    scopeLabel->setObjectName(QStringLiteral("trainerNotesScopeLabel"));
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    topLayout->addLayout(scopeRow);
    topLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    topLayout->addLayout(buttons);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_noteProvision);
    auto* provisionRow = new QHBoxLayout;
    provisionRow->addWidget(m_attach);
    provisionRow->addWidget(m_choose);
    provisionRow->addStretch(1);
    bottomLayout->addLayout(provisionRow);
    auto* languageRow = new QHBoxLayout;
    auto* languageLabel = new QLabel(this);
    languageLabel->setObjectName(QStringLiteral("trainerNoteLanguageLabel"));
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    bottomLayout->addLayout(languageRow);
    bottomLayout->addWidget(m_editor, 1);
    bottomLayout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &TrainerNotesPanel::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TrainerNotesPanel::onCurrentItemChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openProvision(item->data(0, Qt::UserRole + 1).toString(), item->data(0, Qt::UserRole + 2).toString());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_autosave->start();
    });
    // Spell-check in the note's language, or the interface's while it has none.
    SpellField* spell = SpellField::attach(m_editor, UiLanguage::current());
    spell->setLanguageChoosable(false);
    connect(m_language, &QComboBox::currentIndexChanged, spell, [this, spell] {
        spell->setLanguage(languageFromCode(m_language->currentData().toString()).value_or(UiLanguage::current()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        saveNow();
        updateEditorState();
    });
    connect(m_autosave, &QTimer::timeout, this, &TrainerNotesPanel::saveNow);
    connect(m_new, &QPushButton::clicked, this, &TrainerNotesPanel::newNote);
    connect(m_delete, &QPushButton::clicked, this, &TrainerNotesPanel::deleteNote);
    connect(m_attach, &QPushButton::clicked, this, &TrainerNotesPanel::attachToProvisionShown);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        QuickOpenDialog dialog(m_library, m_note.actId.isEmpty() ? m_actId : m_note.actId, this);
        if (UserPrompts::runDialog(&dialog) != QDialog::Accepted || dialog.actId().isEmpty())
            return;
        m_note.actId = dialog.actId();
        m_note.key = dialog.key();
        m_dirty = true;
        saveNow();
        updateEditorState();
    });
    retranslate();
    newNote();
    if (!m_workshop)
        m_status->setText(tr("The workshop file could not be opened: trainers' notes cannot be kept."));
}

void TrainerNotesPanel::retranslate()
{
    m_scope->setItemText(0, tr("Notes on the provision shown"));
    m_scope->setItemText(1, tr("Notes on the act shown"));
    m_scope->setItemText(2, tr("All notes"));
    m_list->setHeaderLabels({ tr("Provision"), tr("Note") });
    m_new->setText(tr("New note"));
    m_delete->setText(tr("Delete note"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    m_attach->setText(tr("Use the provision shown"));
    m_attach->setToolTip(tr("Put this note on the provision the reader shows"));
    m_choose->setText(tr("Choose…"));
    m_choose->setToolTip(tr("Put this note on another provision (as with Ctrl+K)"));
    m_language->setItemText(0, tr("Not said"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("trainerNoteLanguageLabel")))
        label->setText(tr("&Language:"));
    if (auto* label = findChild<QLabel*>(QStringLiteral("trainerNotesScopeLabel")))
        label->setText(tr("&Show:"));
    // Buttons keep their whole text: a narrow dock grows to fit them instead.
    for (QPushButton* b : { m_new, m_delete, m_attach, m_choose }) {
        b->setMinimumWidth(0);
        b->setMinimumWidth(b->sizeHint().width());
    }
    m_editor->setPlaceholderText(tr("What to say or ask when this provision is on the screen. The note saves "
                                    "itself; it goes into the workshop packs you export."));
    updateHeader();
    updateEditorState();
    reload();
}

void TrainerNotesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainerNotesPanel::hideEvent(QHideEvent* event)
{
    // Hidden also while the window is destroyed, when the library may be
    // gone already: the note is written, the list redrawn when shown again.
    save(false);
    QWidget::hideEvent(event);
}

void TrainerNotesPanel::showEvent(QShowEvent* event)
{
    if (m_stale) {
        m_stale = false;
        updateHeader();
        updateEditorState();
        reload();
    }
    QWidget::showEvent(event);
}

QString TrainerNotesPanel::citationOf(const QString& actId, const QString& key, Language lang) const
{
    if (actId.isEmpty())
        return {};
    const std::optional<EditionInfo> edition = m_library.latestEditionPreferring(actId, lang);
    if (!edition)
        return key.isEmpty() ? actId : QString(actId + u' ' + key);
    const CitationTarget target = citationTarget(m_library, *edition, key);
    return key.isEmpty() ? citationTitle(actId, edition->language, edition->title) : shortCitation(target);
}

void TrainerNotesPanel::setProvision(const QString& actId, const QString& key)
{
    if (actId == m_actId && key == m_key)
        return;
    m_actId = actId;
    m_key = key;
    updateHeader();
    // A new note nobody has typed in yet follows the reader.
    if (!m_note.id && !m_dirty) {
        m_note.actId = actId;
        m_note.key = key;
    }
    updateEditorState();
    reload();
}

void TrainerNotesPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(static_cast<int>(scope));
}

TrainerNotesPanel::Scope TrainerNotesPanel::scope() const
{
    return static_cast<Scope>(qMax(0, m_scope->currentIndex()));
}

void TrainerNotesPanel::updateHeader()
{
    const QString citation = citationOf(m_actId, m_key, UiLanguage::current());
    m_provisionLabel->setText(citation.isEmpty() ? tr("No provision shown") : tr("Shown: %1").arg(citation));
}

void TrainerNotesPanel::updateEditorState()
{
    const bool usable = m_workshop != nullptr;
    const std::optional<Language> lang = currentNote().language;
    const QString citation = citationOf(m_note.actId, m_note.key, lang.value_or(UiLanguage::current()));
    m_noteProvision->setText(citation.isEmpty() ? tr("The note is on no provision yet: open one in the reader")
                                                : tr("On: %1").arg(citation));
    m_editor->setEnabled(usable && !m_note.actId.isEmpty());
    m_language->setEnabled(usable);
    m_attach->setEnabled(usable && !m_actId.isEmpty() && (m_note.actId != m_actId || m_note.key != m_key));
    m_choose->setEnabled(usable);
    m_new->setEnabled(usable);
    m_delete->setEnabled(usable && m_note.id != 0);
}

void TrainerNotesPanel::reload()
{
    m_loading = true;
    m_list->clear();
    QList<TrainerNote> notes;
    if (m_workshop) {
        switch (scope()) {
        case Scope::Provision:
            if (!m_actId.isEmpty()) {
                for (const TrainerNote& n : m_workshop->notes(m_actId)) {
                    if (m_key.isEmpty() || n.key == m_key || n.key.startsWith(QString(m_key + u'/')))
                        notes << n;
                }
            }
            break;
        case Scope::Act:
            if (!m_actId.isEmpty())
                notes = m_workshop->notes(m_actId);
            break;
        case Scope::All:
            notes = m_workshop->notes();
            break;
        }
    }
    QHash<qint64, QString> packTitles;
    if (m_workshop) {
        for (const StoredPack& p : m_workshop->packs())
            packTitles.insert(p.id, p.title);
    }
    const Language ui = UiLanguage::current();
    QTreeWidgetItem* current = nullptr;
    for (const TrainerNote& n : std::as_const(notes)) {
        // Short: the key (and the act when all acts are listed), the language, a pack's note marked.
        const Language lang = n.language.value_or(ui);
        QString where = n.key.isEmpty() ? tr("the whole act") : compactKeyLabel(n.key, lang);
        if (scope() == Scope::All) {
            const std::optional<EditionInfo> e = m_library.latestEditionPreferring(n.actId, lang);
            where = citationTitle(n.actId, lang, e ? e->title : QString()) + u", " + where;
        }
        if (n.language)
            where += u" · " + languageCode(*n.language);
        if (n.packId)
            where += u' ' + tr("(pack)");
        auto* item = new QTreeWidgetItem(m_list, { where, firstLine(n.text) });
        item->setData(0, Qt::UserRole, n.id);
        item->setData(0, Qt::UserRole + 1, n.actId);
        item->setData(0, Qt::UserRole + 2, n.key);
        QString tip = citationOf(n.actId, n.key, lang);
        if (n.packId)
            tip += u'\n' + tr("From the workshop pack %1").arg(packTitles.value(n.packId));
        item->setToolTip(0, tip);
        item->setToolTip(1, n.text);
        if (n.id == m_note.id && m_note.id)
            current = item;
    }
    if (current)
        m_list->setCurrentItem(current);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_loading = false;
}

void TrainerNotesPanel::onCurrentItemChanged()
{
    if (m_loading)
        return;
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    editNote(item->data(0, Qt::UserRole).toLongLong());
}

bool TrainerNotesPanel::editNote(qint64 id)
{
    if (!m_workshop || id == m_note.id)
        return m_workshop && id == m_note.id;
    if (!saveNow())
        return false; // the unsaved text stays in front of the user
    const std::optional<TrainerNote> note = m_workshop->note(id);
    if (!note)
        return false;
    showNote(*note);
    m_status->clear();
    return true;
}

void TrainerNotesPanel::showNote(const TrainerNote& note)
{
    m_loading = true;
    m_note = note;
    if (m_editor->toPlainText() != note.text)
        m_editor->setPlainText(note.text);
    m_language->setCurrentIndex(note.language ? m_language->findData(languageCode(*note.language)) : 0);
    m_loading = false;
    m_dirty = false;
    updateEditorState();
}

void TrainerNotesPanel::newNote()
{
    if (!saveNow())
        return;
    TrainerNote n;
    n.actId = m_actId;
    n.key = m_key;
    n.language = UiLanguage::current();
    showNote(n);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    if (m_workshop)
        m_status->setText(tr("New note: it is saved as soon as you type"));
    if (isVisible())
        m_editor->setFocus();
}

TrainerNote TrainerNotesPanel::currentNote() const
{
    TrainerNote n = m_note;
    n.text = m_editor->toPlainText();
    n.language = languageFromCode(m_language->currentData().toString());
    if (m_language->currentData().toString().isEmpty())
        n.language.reset();
    return n;
}

QString TrainerNotesPanel::statusText() const
{
    return m_status->text();
}

bool TrainerNotesPanel::saveNow()
{
    return save(true);
}

bool TrainerNotesPanel::save(bool redraw)
{
    m_autosave->stop();
    if (!m_dirty || !m_workshop)
        return true;
    TrainerNote n = currentNote();
    if (n.text.trimmed().isEmpty()) {
        // Nothing to keep yet; an emptied stored note keeps its last text
        // until it is deleted.
        if (n.id)
            m_status->setText(tr("An empty note is not saved; Delete note removes it."));
        m_dirty = false;
        return true;
    }
    if (n.actId.isEmpty()) {
        m_status->setText(tr("Not saved yet: open the provision the note is on, then Use the provision shown."));
        return false;
    }
    if (n.createdUtc.isNull())
        n.createdUtc = QDateTime::currentDateTimeUtc();
    std::optional<TrainerNote> before;
    if (n.id)
        before = m_workshop->note(n.id);
    if (n.id && !before)
        n.id = 0; // deleted meanwhile (its creation undone): the text becomes a new note
    qint64 id = 0;
    const QString failure = pushCommand(before, n, before ? tr("Edit the note") : tr("Add a note"), &id);
    if (failure.isEmpty()) {
        if (const std::optional<TrainerNote> stored = m_workshop->note(id))
            m_note = *stored;
    }
    if (!failure.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(failure));
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Saved %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    if (redraw) {
        updateEditorState();
        reload();
    } else {
        m_stale = true;
    }
    Q_EMIT notesChanged();
    return true;
}

QString TrainerNotesPanel::pushCommand(
    const std::optional<TrainerNote>& before, const std::optional<TrainerNote>& after, const QString& text, qint64* id)
{
    // The command reports its first run (inside push) here, and every later
    // undo and redo to onCommandDone.
    auto firstRun = std::make_shared<bool>(true);
    QString failure;
    qint64 storedId = 0;
    QString* failureOut = &failure;
    qint64* idOut = &storedId;
    m_undo->push(new NoteCommand(
        *m_workshop, before, after, text, [this, firstRun, failureOut, idOut](qint64 noteId, const QString& error) {
            if (*firstRun) {
                *firstRun = false;
                *failureOut = error;
                *idOut = noteId;
                return;
            }
            onCommandDone(noteId, error);
        }));
    if (id)
        *id = storedId;
    return failure;
}

void TrainerNotesPanel::undo()
{
    saveNow(); // typing not saved yet becomes a step of its own first
    m_undo->undo();
}

void TrainerNotesPanel::redo()
{
    saveNow();
    m_undo->redo();
}

void TrainerNotesPanel::detachWorkshop()
{
    m_autosave->stop();
    if (m_workshop && m_dirty) {
        TrainerNote n = currentNote();
        QString error;
        if (!n.text.trimmed().isEmpty() && !n.actId.isEmpty()) {
            if (n.createdUtc.isNull())
                n.createdUtc = QDateTime::currentDateTimeUtc();
            if (n.id && m_workshop->note(n.id))
                m_workshop->updateNote(n, &error);
            else
                m_workshop->addNote(n, &error);
        }
        if (!error.isEmpty())
            qWarning("trainer's note not saved: %s", qUtf8Printable(error));
    }
    m_dirty = false;
    m_workshop = nullptr;
    m_undo->clear();
    setEnabled(false);
}

void TrainerNotesPanel::deleteNote()
{
    if (!m_workshop || !m_note.id)
        return;
    m_autosave->stop();
    // What is deleted is the note as it is now, unsaved typing included, so undo brings all of it back.
    TrainerNote now = currentNote();
    const std::optional<TrainerNote> stored = m_workshop->note(now.id);
    if (!stored)
        return;
    if (now.text.trimmed().isEmpty())
        now.text = stored->text;
    const QString failure = pushCommand(now, std::nullopt, tr("Delete the note"), nullptr);
    if (!failure.isEmpty()) {
        m_status->setText(tr("Not deleted: %1").arg(failure));
        return;
    }
    m_dirty = false;
    TrainerNote fresh;
    fresh.actId = m_actId;
    fresh.key = m_key;
    fresh.language = UiLanguage::current();
    showNote(fresh);
    m_status->setText(tr("Note deleted (Undo brings it back)"));
    reload();
    Q_EMIT notesChanged();
}

void TrainerNotesPanel::attachToProvisionShown()
{
    if (m_actId.isEmpty())
        return;
    m_note.actId = m_actId;
    m_note.key = m_key;
    m_dirty = true;
    saveNow();
    updateEditorState();
}

void TrainerNotesPanel::setNoteLanguage(std::optional<Language> lang)
{
    m_language->setCurrentIndex(lang ? m_language->findData(languageCode(*lang)) : 0);
}

void TrainerNotesPanel::onCommandDone(qint64 id, const QString& error)
{
    if (!error.isEmpty())
        m_status->setText(tr("Not saved: %1").arg(error));
    if (m_workshop && id && id == m_note.id) {
        if (const std::optional<TrainerNote> stored = m_workshop->note(id)) {
            showNote(*stored);
        } else {
            // The note in the editor is gone (its creation undone, or deleted again).
            TrainerNote fresh;
            fresh.actId = m_actId;
            fresh.key = m_key;
            fresh.language = UiLanguage::current();
            m_autosave->stop();
            showNote(fresh);
        }
    } else if (m_workshop && id && !m_dirty) {
        // A note brought back or changed by undo: show it.
        if (const std::optional<TrainerNote> stored = m_workshop->note(id))
            showNote(*stored);
    }
    reload();
    Q_EMIT notesChanged();
}

} // namespace zanlink
