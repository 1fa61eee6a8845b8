#pragma once

#include "workshop/trainer_note.h"
#include "workshop/workshop_store.h"

#include <QObject>

class QAction;
class QMenu;

namespace zanlink {

class MainWindow;
class PresentationView;

// The workshop entries of the main window: View ▸ Presentation… (F5),
// File ▸ Export workshop pack…, File ▸ Import workshop pack…. Trainers'
// notes and imported packs live in "workshop.sqlite" beside the library,
// opened on first use.
class WorkshopActions : public QObject {
    Q_OBJECT
public:
    explicit WorkshopActions(MainWindow* window);

    void addFileEntries(QMenu* menu);
    void addViewEntries(QMenu* menu);

    // The workshop file, opened when first needed; null (after telling the user) when it cannot be.
    WorkshopStore* workshopStore();
    // The lists a presentation can step through, with their names: each
    // imported pack, the provisions cited by the case shown, the current
    // act's articles.
    QList<QPair<QString, QList<PackProvisionRef>>> presentationSources();

public Q_SLOTS:
    // Asks which list to present (when there is more than one) and opens the view.
    PresentationView* present();
    void exportPack();
    void importPack();

Q_SIGNALS:
    // A pack added acts or editions to the library.
    void libraryChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    MainWindow* m_window;
    WorkshopStore m_workshop;
    QAction* m_present = nullptr;
    QAction* m_export = nullptr;
    QAction* m_import = nullptr;
};

} // namespace zanlink
