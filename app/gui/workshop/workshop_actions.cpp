#include "workshop_actions.h"

#include "cases/case_page.h"
#include "cases/cases_view.h"
#include "main_window.h"
#include "pack_export_dialog.h"
#include "pack_import_dialog.h"
#include "presentation_view.h"
#include "reader_view.h"
#include "trainer_notes_panel.h"
#include "user_prompts.h"
#include "workshop/presentation_items.h"
#include "workshop/workshop_pack.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

WorkshopActions::WorkshopActions(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("workshopActions"));
    m_present = new QAction(window);
    m_present->setObjectName(QStringLiteral("presentationAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_present, &QAction::triggered, this, &WorkshopActions::present);
    m_export = new QAction(window);
    m_export->setObjectName(QStringLiteral("exportPackAction"));
    connect(m_export, &QAction::triggered, this, &WorkshopActions::exportPack);
    m_import = new QAction(window);
    m_import->setObjectName(QStringLiteral("importPackAction"));
    connect(m_import, &QAction::triggered, this, &WorkshopActions::importPack);
    m_notes = new QAction(window);
    m_notes->setObjectName(QStringLiteral("trainerNotesAction"));
    connect(m_notes, &QAction::triggered, this, &WorkshopActions::showNotes);
    m_noteHere = new QAction(window);
    m_noteHere->setObjectName(QStringLiteral("trainerNoteHereAction"));
    m_noteHere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteHere, &QAction::triggered, this, &WorkshopActions::noteOnProvisionShown);
    window->installEventFilter(this);
    retranslate();
}

WorkshopActions::~WorkshopActions()
{
    // The panel may outlive this object (it belongs to the window): what is
    // typed is saved while the workshop file is still open, and the panel lets go of it.
    if (m_notesPanel)
        m_notesPanel->detachWorkshop();
}

TrainerNotesPanel* WorkshopActions::notesPanel()
{
    if (m_notesPanel)
        return m_notesPanel;
    WorkshopStore* store = workshopStore();
    if (!store)
        return nullptr;
    m_notesDock = new QDockWidget(m_window);
    m_notesDock->setObjectName(QStringLiteral("trainerNotesDock"));
    m_notesPanel = new TrainerNotesPanel(m_window->store(), store, m_notesDock);
    m_notesDock->setWidget(m_notesPanel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    // A tab among the reader's other panels on the right, as tall as they are.
    for (QDockWidget* other : m_window->findChildren<QDockWidget*>()) {
        if (other != m_notesDock && m_window->dockWidgetArea(other) == Qt::RightDockWidgetArea && !other->isFloating()
            && other->isVisible()) {
            m_window->tabifyDockWidget(other, m_notesDock);
            break;
        }
    }
    m_window->resizeDocks({ m_notesDock }, { 420 }, Qt::Horizontal);
    connect(m_notesPanel, &TrainerNotesPanel::openProvision, m_window, &MainWindow::openLocation);
    // The reader's text changes whenever it shows another provision.
    if (auto* reader = m_window->findChild<ReaderView*>())
        connect(reader, &QTextEdit::textChanged, this, &WorkshopActions::followReader);
    connect(m_notesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            followReader();
    });
    retranslate();
    followReader();
    return m_notesPanel;
}

void WorkshopActions::followReader()
{
    if (!m_notesPanel)
        return;
    const Location here = m_window->location();
    m_notesPanel->setProvision(here.actId, here.key);
}

void WorkshopActions::showNotes()
{
    if (!notesPanel())
        return;
    m_notesDock->show();
    m_notesDock->raise();
    followReader();
}

void WorkshopActions::noteOnProvisionShown()
{
    if (!notesPanel())
        return;
    showNotes();
    m_notesPanel->setScope(TrainerNotesPanel::Scope::Provision);
    if (m_notesPanel->list()->topLevelItemCount() > 0)
        m_notesPanel->list()->setCurrentItem(m_notesPanel->list()->topLevelItem(0));
    else
        m_notesPanel->newNote();
    m_notesPanel->editor()->setFocus();
}

void WorkshopActions::addFileEntries(QMenu* menu)
{
    menu->addAction(m_export);
    menu->addAction(m_import);
}

void WorkshopActions::addViewEntries(QMenu* menu)
{
    menu->addAction(m_present);
    menu->addAction(m_notes);
    menu->addAction(m_noteHere);
}

void WorkshopActions::retranslate()
{
    m_present->setText(tr("Presentation…"));
    m_export->setText(tr("Export workshop pack…"));
    m_import->setText(tr("Import workshop pack…"));
    m_notes->setText(tr("Trainer's notes"));
    m_noteHere->setText(tr("Trainer's note on the provision shown"));
    if (m_notesDock)
        m_notesDock->setWindowTitle(tr("Trainer's notes"));
}

bool WorkshopActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_window && event->type() == QEvent::Close && m_notesPanel && !m_notesPanel->saveNow()) {
        // Nothing lost: the window stays open with the note that could not be saved.
        if (!UserPrompts::confirm(m_window, tr("Trainer's note not saved"),
                tr("The trainer's note could not be saved: %1\nClose anyway and lose it?")
                    .arg(m_notesPanel->statusText()),
                false)) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

WorkshopStore* WorkshopActions::workshopStore()
{
    if (m_workshop.isOpen())
        return &m_workshop;
    QString error;
    if (!m_workshop.open(WorkshopStore::pathBeside(m_window->store().path()), &error)) {
        UserPrompts::error(m_window, tr("The workshop file cannot be opened"), error);
        return nullptr;
    }
    return &m_workshop;
}

QList<QPair<QString, QList<PackProvisionRef>>> WorkshopActions::presentationSources()
{
    QList<QPair<QString, QList<PackProvisionRef>>> sources;
    if (WorkshopStore* store = workshopStore()) {
        for (const StoredPack& p : store->packs())
            sources << qMakePair(tr("Workshop pack: %1").arg(p.title), p.provisions);
    }
    const auto* view = m_window->findChild<CasesView*>();
    if (view && m_window->cases().isOpen() && view->page()->caseId()) {
        if (const std::optional<CaseFile> file = m_window->cases().caseFile(view->page()->caseId())) {
            const QList<PackProvisionRef> cited = provisionsCitedBy(*file);
            if (!cited.isEmpty())
                sources.prepend(qMakePair(tr("Provisions cited by the case: %1").arg(file->record.title), cited));
        }
    }
    const QString actId = m_window->location().actId;
    if (!actId.isEmpty()) {
        const QList<PackProvisionRef> articles = articlesOf(m_window->store(), actId, Language::Ru);
        if (!articles.isEmpty())
            sources.prepend(qMakePair(tr("Articles of the act shown: %1").arg(actId), articles));
    }
    return sources;
}

PresentationView* WorkshopActions::present()
{
    const auto sources = presentationSources();
    if (sources.isEmpty()) {
        UserPrompts::info(m_window, tr("Presentation"),
            tr("Nothing to present yet: open an act, a case citing provisions, or import a workshop pack."));
        return nullptr;
    }
    int chosen = 0;
    if (sources.size() > 1) {
        QDialog dialog(m_window);
        dialog.setObjectName(QStringLiteral("presentationSourceDialog"));
        dialog.setWindowTitle(tr("Present which provisions?"));
        auto* list = new QListWidget(&dialog);
        list->setObjectName(QStringLiteral("presentationSources"));
        for (const auto& s : sources)
            list->addItem(tr("%1 (%n provisions)", nullptr, static_cast<int>(s.second.size())).arg(s.first));
        list->setCurrentRow(0);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(list);
        layout->addWidget(buttons);
        if (UserPrompts::runDialog(&dialog) != QDialog::Accepted || list->currentRow() < 0)
            return nullptr;
        chosen = list->currentRow();
    }
    auto* view = new PresentationView(m_window->store());
    if (m_notesPanel)
        m_notesPanel->saveNow(); // the notes as typed so far
    view->setWorkshopStore(workshopStore());
    view->setTitle(sources.at(chosen).first);
    view->setItems(sources.at(chosen).second);
    switch (m_window->viewMode()) {
    case ViewMode::Kk:
        view->setLanguages({ Language::Kk });
        break;
    case ViewMode::En:
        view->setLanguages({ Language::En });
        break;
    case ViewMode::SideBySide:
        view->setLanguages(kAllLanguages);
        break;
    case ViewMode::Ru:
        view->setLanguages({ Language::Ru });
        break;
    }
    view->show();
    view->setFocus();
    return view;
}

void WorkshopActions::exportPack()
{
    WorkshopStore* notes = workshopStore();
    PackExportDialog dialog(m_window->store(), m_window->cases().isOpen() ? &m_window->cases() : nullptr, m_window);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    const PackSelection selection = dialog.selection();
    const QString path = UserPrompts::saveFileName(m_window, tr("Export workshop pack"),
        selection.title + QStringLiteral(".zlpack"), tr("Workshop packs (*.zlpack)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!zanlink::exportPack(m_window->store(), m_window->cases().isOpen() ? &m_window->cases() : nullptr, notes,
            selection, path, &error)) {
        UserPrompts::error(m_window, tr("The workshop pack was not exported"), error);
        return;
    }
    UserPrompts::info(m_window, tr("Workshop pack exported"), tr("Saved to %1").arg(path));
}

void WorkshopActions::importPack()
{
    WorkshopStore* notes = workshopStore();
    if (!notes)
        return;
    const QString path
        = UserPrompts::openFileName(m_window, tr("Import workshop pack"), tr("Workshop packs (*.zlpack)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<PackContents> pack = readPack(path, &error);
    if (!pack) {
        UserPrompts::error(m_window, tr("The workshop pack cannot be imported"), error);
        return;
    }
    CaseStore* cases = m_window->cases().isOpen() ? &m_window->cases() : nullptr;
    PackImportDialog dialog(summarizePack(*pack, m_window->store(), *notes, cases), m_window);
    if (UserPrompts::runDialog(&dialog) != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Importing the workshop pack…"), QString(), 0, 1, m_window);
    progress.setObjectName(QStringLiteral("packImportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const std::optional<PackImportReport> report
        = zanlink::importPack(*pack, m_window->store(), *notes, cases, &error, [&](int done, int total, const QString&) {
              progress.setMaximum(total);
              progress.setValue(done);
          });
    progress.reset();
    if (!report) {
        UserPrompts::error(m_window, tr("The workshop pack was not imported"), error);
        return;
    }
    if (report->editionsAdded > 0)
        Q_EMIT libraryChanged();
    if (auto* view = m_window->findChild<CasesView*>(); view && !report->caseIds.isEmpty())
        view->refresh();
    UserPrompts::info(m_window, tr("Workshop pack imported"),
        tr("%1 new editions (%2 already there), %3 notes, %4 exercise cases added as new cases.")
            .arg(report->editionsAdded)
            .arg(report->editionsSkipped)
            .arg(report->notesAdded)
            .arg(report->caseIds.size()));
}

} // namespace zanlink
