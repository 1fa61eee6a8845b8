// Offscreen tests of the trainer's notes panel: a note typed is saved by
// itself and comes back after reopening; saved on hiding; delete and undo;
// the note's language and provision; the presentation view's notes strip
// (hidden until N); an exported pack carries the note; the View entries of
// the main window. All acts and notes are fictional.
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "main_window.h"
#include "ui_language.h"
#include "user_prompts.h"
#include "workshop/presentation_view.h"
#include "spell/spell_field.h"
#include "workshop/trainer_notes_panel.h"
#include "workshop/workshop_actions.h"
#include "workshop/workshop_pack.h"
#include "workshop/workshop_store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

// Types text the way a user does, one character at a time (keyClicks
// cannot send Cyrillic in Qt 6.4).
void type(QWidget* w, const QString& text)
{
    for (QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

const QString kNoteText = QStringLiteral("Спросить: кто по вымышленному закону вправе ограничить доступ?");

} // namespace

class TestTrainerNotes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    LibraryStore m_library;

    QString workshopPath() const { return WorkshopStore::pathBeside(m_db); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(m_library.open(m_db, &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_library));
    }

    void init()
    {
        QSettings().clear();
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(workshopPath() + QLatin1String(suffix));
    }

    void aTypedNoteIsSavedAndComesBack()
    {
        {
            WorkshopStore store;
            QString e;
            QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
            TrainerNotesPanel panel(m_library, &store);
            panel.resize(520, 640);
            panel.setProvision(kRefsAct, QStringLiteral("2/1"));
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QCOMPARE(panel.editor()->objectName(), QStringLiteral("trainerNoteEditor"));
            const QString on = panel.findChild<QLabel*>(QStringLiteral("trainerNoteProvision"))->text();
            QVERIFY2(on.contains(u"Art. 2"), qPrintable(on)); // the interface is in English
            // Spelling is checked in the interface's language until the note has its own.
            QVERIFY(SpellField::of(panel.editor()));
            QCOMPARE(SpellField::of(panel.editor())->language(), std::optional<Language>(Language::En));
            panel.setNoteLanguage(Language::Ru);
            const QString onRu = panel.findChild<QLabel*>(QStringLiteral("trainerNoteProvision"))->text();
            QVERIFY2(onRu.contains(u"ст. 2"), qPrintable(onRu)); // cited in the note's language
            QCOMPARE(SpellField::of(panel.editor())->language(), std::optional<Language>(Language::Ru));
            panel.editor()->setFocus();
            type(panel.editor(), kNoteText);
            QVERIFY(panel.isDirty());
            // Saved by itself once typing stops.
            QTRY_COMPARE(store.notes().size(), 1);
            QVERIFY(!panel.isDirty());
            const TrainerNote saved = store.notes().first();
            QCOMPARE(saved.text, kNoteText);
            QCOMPARE(saved.actId, kRefsAct);
            QCOMPARE(saved.key, QStringLiteral("2/1"));
            QCOMPARE(saved.language, std::optional<Language>(Language::Ru));
            QVERIFY2(panel.statusText().startsWith(u"Saved"), qPrintable(panel.statusText()));
            QCOMPARE(panel.list()->topLevelItemCount(), 1);
            QVERIFY(panel.list()->topLevelItem(0)->text(1).startsWith(u"Спросить"));
            QVERIFY2(panel.list()->topLevelItem(0)->text(0).contains(u"п. 1"), // in the note's language
                qPrintable(panel.list()->topLevelItem(0)->text(0)));

            // More typing, then the panel is hidden at once: saved on hiding, not lost.
            QTextCursor end = panel.editor()->textCursor();
            end.movePosition(QTextCursor::End);
            panel.editor()->setTextCursor(end);
            type(panel.editor(), QStringLiteral(" Ответ — в п. 1."));
            QVERIFY(panel.isDirty());
            saveShot(panel, QStringLiteral("trainer-notes.png"));
            panel.hide();
            QCOMPARE(store.notes().first().text, kNoteText + QStringLiteral(" Ответ — в п. 1."));
            QCOMPARE(store.notes().size(), 1); // edited, not a second note
        }
        // Reopened: the note is there, listed for its provision and shown in the editor.
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        TrainerNotesPanel panel(m_library, &store);
        panel.setProvision(kRefsAct, QStringLiteral("2"));
        QCOMPARE(panel.list()->topLevelItemCount(), 1); // a note on 2/1 is within article 2
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QCOMPARE(panel.editor()->toPlainText(), kNoteText + QStringLiteral(" Ответ — в п. 1."));
        QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("trainerNoteLanguage"))->currentData().toString(),
            QStringLiteral("ru"));
        panel.setProvision(kRefsAct, QStringLiteral("3"));
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        panel.setScope(TrainerNotesPanel::Scope::Act);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        panel.setScope(TrainerNotesPanel::Scope::All);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
    }

    void deleteAndUndo()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        TrainerNotesPanel panel(m_library, &store);
        panel.setProvision(kRefsAct, QStringLiteral("3/1"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.newNote();
        type(panel.editor(), QStringLiteral("Упражнение: найти вымышленный порядок."));
        QVERIFY(panel.saveNow());
        QCOMPARE(store.notes().size(), 1);
        const TrainerNote before = store.notes().first();

        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("trainerNoteDelete")), Qt::LeftButton);
        QVERIFY(store.notes().isEmpty());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        QVERIFY(panel.editor()->toPlainText().isEmpty());

        QAction* undo = panel.undoAction();
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(store.notes().size(), 1);
        const TrainerNote back = store.notes().first();
        QCOMPARE(back.id, before.id);
        QCOMPARE(back.text, before.text);
        QCOMPARE(back.createdUtc, before.createdUtc);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.editor()->toPlainText(), before.text);

        panel.redoAction()->trigger();
        QVERIFY(store.notes().isEmpty());
        undo->trigger();
        QCOMPARE(store.notes().size(), 1);

        // Undoing an edit puts the earlier text back.
        QTextCursor end = panel.editor()->textCursor();
        end.movePosition(QTextCursor::End);
        panel.editor()->setTextCursor(end);
        type(panel.editor(), QStringLiteral(" Срок — 3 дня."));
        QVERIFY(panel.saveNow());
        QCOMPARE(store.notes().first().text, before.text + QStringLiteral(" Срок — 3 дня."));
        undo->trigger();
        QCOMPARE(store.notes().first().text, before.text);
        QCOMPARE(panel.editor()->toPlainText(), before.text);
    }

    void moveANoteToTheProvisionShown()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        TrainerNotesPanel panel(m_library, &store);
        panel.setProvision(kRefsAct, QStringLiteral("1"));
        panel.newNote();
        type(panel.editor(), QStringLiteral("Заметка не к той статье."));
        QVERIFY(panel.saveNow());
        panel.setProvision(kRefsAct, QStringLiteral("4"));
        auto* attach = panel.findChild<QPushButton*>(QStringLiteral("trainerNoteAttach"));
        QVERIFY(attach->isEnabled());
        attach->click();
        QCOMPARE(store.notes().size(), 1);
        QCOMPARE(store.notes().first().key, QStringLiteral("4"));
        QVERIFY(!attach->isEnabled());
    }

    void presentationShowsTheNoteWhenAsked()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        QVERIFY(store.addNote(TrainerNote { 0, kRefsAct, QStringLiteral("2/1"), kNoteText, {}, 0, Language::Ru }, &e));
        // A note that came with an imported pack.
        StoredPack pack;
        pack.packUid = QStringLiteral("fictional-pack");
        pack.title = QStringLiteral("Вымышленный семинар");
        pack.creator = QStringLiteral("Тренер Т.");
        const qint64 packId = store.addPack(pack, &e).value_or(0);
        QVERIFY2(packId, qPrintable(e));
        QVERIFY(store.addNote(TrainerNote { 0, kRefsAct, QStringLiteral("3"),
                                  QStringLiteral("Из пакета: обсудить срок."), {}, packId, {} },
            &e));

        PresentationView view(m_library);
        view.setAttribute(Qt::WA_DeleteOnClose, false);
        view.setWorkshopStore(&store);
        view.setItems({ { kRefsAct, QStringLiteral("1") }, { kRefsAct, QStringLiteral("2") },
            { kRefsAct, QStringLiteral("3") } });
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* strip = view.findChild<QTextBrowser*>(QStringLiteral("presentationNotes"));
        QVERIFY(strip);
        // Hidden unless chosen: the projector does not show it.
        QVERIFY(!view.notesShown());
        QVERIFY(!strip->isVisible());
        QTest::keyClick(&view, Qt::Key_Right); // article 2
        QVERIFY(!strip->isVisible());
        QTest::keyClick(&view, Qt::Key_N);
        QVERIFY(view.notesShown());
        QVERIFY(strip->isVisible());
        QVERIFY2(view.notesText().contains(kNoteText), qPrintable(view.notesText()));
        QVERIFY(!view.notesText().contains(u"Из пакета"));
        QVERIFY(!view.currentHtml().contains(kNoteText.toHtmlEscaped())); // not in the law's text
        saveShot(view, QStringLiteral("presentation-notes.png"));
        QTest::keyClick(&view, Qt::Key_Left); // article 1: no note
        QVERIFY2(view.notesText().contains(u"No trainer's note"), qPrintable(view.notesText()));
        QTest::keyClick(&view, Qt::Key_End); // article 3: the pack's note
        QVERIFY2(view.notesText().contains(u"Из пакета: обсудить срок."), qPrintable(view.notesText()));
        QVERIFY2(view.notesText().contains(u"from the pack Вымышленный семинар"), qPrintable(view.notesText()));
        QTest::keyClick(&view, Qt::Key_H);
        saveShot(view, QStringLiteral("presentation-notes-contrast.png"));
        QTest::keyClick(&view, Qt::Key_N);
        QVERIFY(!view.notesShown());
        QVERIFY(!strip->isVisible());
    }

    void anExportedPackCarriesTheNote()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        {
            TrainerNotesPanel panel(m_library, &store);
            panel.setProvision(kRefsAct, QStringLiteral("2/1"));
            panel.setNoteLanguage(Language::Kk);
            type(panel.editor(), QStringLiteral("Қатысушылардан сұраңыз: кім шектейді?"));
            QVERIFY(panel.saveNow());
        }
        PackSelection selection;
        selection.title = QStringLiteral("Вымышленный семинар");
        selection.acts << PackActChoice { kRefsAct, kAllLanguages, { QStringLiteral("2") } };
        const QString path = m_dir.filePath(QStringLiteral("notes.zlpack"));
        QVERIFY2(exportPack(m_library, nullptr, &store, selection, path, &e), qPrintable(e));
        const std::optional<PackContents> pack = readPack(path, &e);
        QVERIFY2(pack, qPrintable(e));
        QCOMPARE(pack->notes.size(), 1);
        QCOMPARE(pack->notes.first().text, QStringLiteral("Қатысушылардан сұраңыз: кім шектейді?"));
        QCOMPARE(pack->notes.first().key, QStringLiteral("2/1"));
        QCOMPARE(pack->notes.first().language, std::optional<Language>(Language::Kk));
    }

    void theViewMenuOpensTheNotesOnTheProvisionShown()
    {
        {
            MainWindow w(m_db);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openLocation(kRefsAct, QStringLiteral("3/1"));
            auto* action = w.findChild<QAction*>(QStringLiteral("trainerNoteHereAction"));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
            QVERIFY(w.findChild<QAction*>(QStringLiteral("trainerNotesAction")));
            action->trigger();
            auto* dock = w.findChild<QDockWidget*>(QStringLiteral("trainerNotesDock"));
            QVERIFY(dock);
            QVERIFY(dock->isVisible());
            auto* panel = w.findChild<TrainerNotesPanel*>();
            QVERIFY(panel);
            QCOMPARE(panel->actId(), kRefsAct);
            QCOMPARE(panel->key(), QStringLiteral("3/1"));
            // The panel follows the reader.
            w.openLocation(kRefsAct, QStringLiteral("4"));
            QCOMPARE(panel->key(), QStringLiteral("4"));
            type(panel->editor(), QStringLiteral("Заметка из главного окна."));
            QVERIFY(panel->isDirty());
            QCoreApplication::processEvents(); // the dock's layout, before the picture
            saveShot(w, QStringLiteral("trainer-notes-window.png"));
            // The window is closed before the autosave: the note is kept.
        }
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(workshopPath(), &e), qPrintable(e));
        QCOMPARE(store.notes().size(), 1);
        QCOMPARE(store.notes().first().key, QStringLiteral("4"));
        QCOMPARE(store.notes().first().text, QStringLiteral("Заметка из главного окна."));
    }
};

QTEST_MAIN(TestTrainerNotes)
#include "tst_trainer_notes.moc"
