#pragma once

#include "corpus/language.h"
#include "workshop/trainer_note.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace zanlink {

class LibraryStore;
class WorkshopStore;

// The trainer's notes: a list (the notes on the provision the reader shows,
// on its act, or all of them, the pack a note came from marked), and an
// editor for one note — its text, the provision it annotates (act and key,
// shown as a citation) and the language it is written in. The text saves
// itself a moment after typing stops, and when the panel is hidden or the
// note changes, so a crash loses at most that moment. Adding, editing and
// deleting notes are undoable with the panel's own Undo and Redo (the text
// keeps its own typing undo, Ctrl+Z inside it).
class TrainerNotesPanel : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Provision, Act, All };

    // `workshop` may be null (the file could not be opened): the panel says so.
    TrainerNotesPanel(LibraryStore& library, WorkshopStore* workshop, QWidget* parent = nullptr);

    // The provision the reader shows; the list follows it, and a new note
    // annotates it.
    void setProvision(const QString& actId, const QString& key);
    QString actId() const { return m_actId; }
    QString key() const { return m_key; }
    void setScope(Scope scope);
    Scope scope() const;

    // Saves the note being edited now, if it changed; false (and the reason
    // shown) when it could not be saved: the text stays in the editor.
    bool saveNow();
    // Writes what is typed straight to the store (no undo step, nothing
    // redrawn) and lets go of the store: for when the store or the library is
    // about to close. The panel is unusable afterwards.
    void detachWorkshop();
    // A new, empty note on the current provision (stored once it has text).
    void newNote();
    // Shows a stored note in the editor.
    bool editNote(qint64 id);
    void deleteNote();
    // Moves the note being edited to the provision the reader shows.
    void attachToProvisionShown();
    void setNoteLanguage(std::optional<Language> lang);

    // The note's text editor, for what attaches to editors (spell-check).
    QPlainTextEdit* editor() const { return m_editor; }
    QTreeWidget* list() const { return m_list; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    // The note in the editor as it would be saved; id 0 when it is not stored yet.
    TrainerNote currentNote() const;
    bool isDirty() const { return m_dirty; }
    // What the status line says ("Saved 14:02:11", "Not saved: …").
    QString statusText() const;
    // The citation of the provision a note annotates, in `lang`.
    QString citationOf(const QString& actId, const QString& key, Language lang) const;

public Q_SLOTS:
    void reload();
    // Undo and redo the panel's last step (typing not saved yet is saved first).
    void undo();
    void redo();

Q_SIGNALS:
    // A note was stored, changed or removed.
    void notesChanged();
    void openProvision(const QString& actId, const QString& key);

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Saves through the undo stack; with `redraw` the list and labels follow.
    bool save(bool redraw);
    void showNote(const TrainerNote& note);
    void onCurrentItemChanged();
    void onCommandDone(qint64 id, const QString& error);
    // Runs an add, edit or delete through the undo stack; why it failed, or empty.
    QString pushCommand(const std::optional<TrainerNote>& before, const std::optional<TrainerNote>& after,
        const QString& text, qint64* id);
    void updateHeader();
    void updateEditorState();

    LibraryStore& m_library;
    WorkshopStore* m_workshop;
    QString m_actId;
    QString m_key;
    TrainerNote m_note; // as stored (or new, id 0)
    bool m_dirty = false;
    bool m_loading = false;
    bool m_stale = false; // saved while hidden: redraw when shown
    QLabel* m_provisionLabel = nullptr;
    QComboBox* m_scope = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_noteProvision = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_autosave = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace zanlink
