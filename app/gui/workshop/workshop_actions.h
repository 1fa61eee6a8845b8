#pragma once

#include "workshop/trainer_note.h"
#include "workshop/workshop_store.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace zanlink {

class MainWindow;
class PresentationView;
class TrainerNotesPanel;

// The workshop entries of the main window: View ▸ Presentation… (F5),
// View ▸ Trainer's notes (a dock beside the reader), View ▸ Trainer's note on
// the provision shown (Ctrl+Shift+N), File ▸ Export workshop pack…, File ▸
// Import workshop pack…. Trainers' notes and imported packs live in
// "workshop.sqlite" beside the library, opened on first use.
class WorkshopActions : public QObject {
    Q_OBJECT
public:
    explicit WorkshopActions(MainWindow* window);
    ~WorkshopActions() override;

    void addFileEntries(QMenu* menu);
    void addViewEntries(QMenu* menu);

    // The workshop file, opened when first needed; null (after telling the user) when it cannot be.
    WorkshopStore* workshopStore();
    // The lists a presentation can step through, with their names: each
    // imported pack, the provisions cited by the case shown, the current
    // act's articles.
    QList<QPair<QString, QList<PackProvisionRef>>> presentationSources();

    // The trainer's notes panel in its dock, made on first use (null when the
    // workshop file cannot be opened). Its editor() is where spell-check attaches.
    TrainerNotesPanel* notesPanel();
    QDockWidget* notesDock() const { return m_notesDock; }

public Q_SLOTS:
    // Asks which list to present (when there is more than one) and opens the view.
    PresentationView* present();
    // Shows the notes dock, following the reader's provision.
    void showNotes();
    // Shows the notes on the provision the reader shows: its first note, or a new one.
    void noteOnProvisionShown();
    void exportPack();
    void importPack();

Q_SIGNALS:
    // A pack added acts or editions to the library.
    void libraryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void followReader();

    MainWindow* m_window;
    WorkshopStore m_workshop;
    QAction* m_present = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
    QAction* m_notes = nullptr;
    QAction* m_noteHere = nullptr;
    QDockWidget* m_notesDock = nullptr;
    QPointer<TrainerNotesPanel> m_notesPanel;
};

} // namespace zanlink
