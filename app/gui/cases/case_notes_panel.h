#pragma once

#include "cases/case_model.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextEdit;
class QTimer;
class QTreeWidget;

namespace zanlink {

class CaseStore;
class LibraryStore;
class SpellField;

// The notes of a case: a list, and a rich-text editor that saves itself a
// moment after typing stops (so a crash loses at most that moment). Citations
// in the text are found on every save; more can be added by picking a
// provision. Each records the edition it was made against. The editor is
// spell-checked in the note's language: the interface language unless the
// user chose another for the note (right-click ▸ Spelling language), which is
// remembered; a new note starts in the language chosen last.
class CaseNotesPanel : public QWidget {
    Q_OBJECT
public:
    CaseNotesPanel(CaseStore& cases, LibraryStore& library, QWidget* parent = nullptr);

    void setCase(const CaseFile& file);
    void retranslate();
    // Saves the note being edited now, if it changed.
    bool saveNow();
    void newNote();
    QTextEdit* editor() const { return m_editor; }
    QListWidget* list() const { return m_list; }
    QTreeWidget* citations() const { return m_citations; }
    qint64 currentNoteId() const { return m_note.id; }
    SpellField* spelling() const { return m_spell; }

Q_SIGNALS:
    void changed();
    void openProvision(const QString& actId, const QString& key);

private:
    void showNote(int row);
    void addCitationByHand();
    void removeNote();
    void fillCitations();
    QList<NoteCitation> foundCitations(const QString& text) const;
    void showSpellLanguage();

    CaseStore& m_cases;
    LibraryStore& m_library;
    CaseFile m_file;
    CaseNote m_note;
    bool m_dirty = false;
    bool m_loading = false;
    QListWidget* m_list = nullptr;
    QTextEdit* m_editor = nullptr;
    QTreeWidget* m_citations = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_cite = nullptr;
    QPushButton* m_delete = nullptr;
    QTimer* m_autosave = nullptr;
    SpellField* m_spell = nullptr;
    bool m_languageChosen = false; // the user chose the spelling language of this note
    std::optional<std::optional<Language>> m_lastChosen; // in this panel, for new notes
};

} // namespace zanlink
