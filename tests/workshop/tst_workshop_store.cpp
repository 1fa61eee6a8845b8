// The workshop file's trainers' notes: adding, editing, removing and putting
// back a note, the language of a note, a file of the first schema brought up
// to date, and the files that must be refused. All notes are fictional.
#include "store/sqlite_db.h"
#include "workshop/pack_json.h"
#include "workshop/workshop_store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

const QString kAct = QStringLiteral("Z9900000003");

TrainerNote makeNote(const QString& key, const QString& text, std::optional<Language> lang = {})
{
    TrainerNote n;
    n.actId = kAct;
    n.key = key;
    n.text = text;
    n.language = lang;
    return n;
}

} // namespace

class TestWorkshopStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshPath(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void editsANoteAndKeepsItAcrossReopening()
    {
        const QString path = freshPath(QStringLiteral("edit.sqlite"));
        qint64 id = 0;
        {
            WorkshopStore store;
            QString e;
            QVERIFY2(store.open(path, &e), qPrintable(e));
            const auto added = store.addNote(
                makeNote(QStringLiteral("2/1"), QStringLiteral("Сұрақ: кім шектейді?"), Language::Kk), &e);
            QVERIFY2(added, qPrintable(e));
            id = *added;
            TrainerNote n = *store.note(id);
            QCOMPARE(n.language, std::optional<Language>(Language::Kk));
            n.text = QStringLiteral("Сұрақ: вымышленный орган кім?");
            n.key = QStringLiteral("3/1");
            n.language = Language::Ru;
            QVERIFY2(store.updateNote(n, &e), qPrintable(e));
        }
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(path, &e), qPrintable(e));
        const std::optional<TrainerNote> n = store.note(id);
        QVERIFY(n);
        QCOMPARE(n->text, QStringLiteral("Сұрақ: вымышленный орган кім?"));
        QCOMPARE(n->key, QStringLiteral("3/1"));
        QCOMPARE(n->language, std::optional<Language>(Language::Ru));
        QVERIFY(n->createdUtc.isValid());
        QCOMPARE(store.notesOn(kAct, QStringLiteral("3/1")).size(), 1);
        QVERIFY(store.notesOn(kAct, QStringLiteral("2/1")).isEmpty());
    }

    void aNoteWithoutLanguageStaysWithout()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(freshPath(QStringLiteral("nolang.sqlite")), &e), qPrintable(e));
        const auto id = store.addNote(makeNote(QStringLiteral("1"), QStringLiteral("Общая заметка")), &e);
        QVERIFY2(id, qPrintable(e));
        QVERIFY(!store.note(*id)->language.has_value());
    }

    void aRemovedNoteComesBackWithItsId()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(freshPath(QStringLiteral("undo.sqlite")), &e), qPrintable(e));
        const qint64 first = store.addNote(makeNote(QStringLiteral("1"), QStringLiteral("Первая")), &e).value_or(0);
        const qint64 second
            = store.addNote(makeNote(QStringLiteral("2"), QStringLiteral("Вторая"), Language::En), &e).value_or(0);
        QVERIFY(first && second && first != second);
        const TrainerNote removed = *store.note(second);
        QVERIFY2(store.removeNote(second, &e), qPrintable(e));
        QVERIFY(!store.note(second));
        // Editing the removed note is refused, naming why.
        QVERIFY(!store.updateNote(removed, &e));
        QVERIFY2(e.contains(u"deleted"), qPrintable(e));
        const auto back = store.addNote(removed, &e);
        QVERIFY2(back, qPrintable(e));
        QCOMPARE(*back, second);
        QCOMPARE(store.note(second)->text, removed.text);
        QCOMPARE(store.note(second)->createdUtc, removed.createdUtc);
        QCOMPARE(store.note(second)->language, removed.language);
        // An id in use is not taken over: the note gets a new one.
        TrainerNote clash = makeNote(QStringLiteral("3"), QStringLiteral("Третья"));
        clash.id = first;
        const auto third = store.addNote(clash, &e);
        QVERIFY2(third, qPrintable(e));
        QVERIFY(*third != first);
        QCOMPARE(store.note(first)->text, QStringLiteral("Первая"));
    }

    void emptyNotesAreRefused()
    {
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(freshPath(QStringLiteral("empty.sqlite")), &e), qPrintable(e));
        QVERIFY(!store.addNote(makeNote(QStringLiteral("1"), QStringLiteral("   ")), &e));
        QVERIFY2(e.contains(u"needs an act and some text"), qPrintable(e));
        const qint64 id = store.addNote(makeNote(QStringLiteral("1"), QStringLiteral("Текст")), &e).value_or(0);
        QVERIFY(id);
        TrainerNote n = *store.note(id);
        n.text.clear();
        QVERIFY(!store.updateNote(n, &e));
        QCOMPARE(store.note(id)->text, QStringLiteral("Текст"));
    }

    void aFileOfTheFirstSchemaIsBroughtUpToDate()
    {
        const QString path = freshPath(QStringLiteral("v1.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.execScript(QStringLiteral(
                "CREATE TABLE packs (id INTEGER PRIMARY KEY, pack_uid TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
                " creator TEXT NOT NULL, created_utc TEXT NOT NULL, imported_utc TEXT NOT NULL);"
                "CREATE TABLE pack_provisions (pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, act_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (pack_id, ord));"
                "CREATE TABLE trainer_notes (id INTEGER PRIMARY KEY, act_id TEXT NOT NULL, key TEXT NOT NULL,"
                " text TEXT NOT NULL, created_utc TEXT NOT NULL, pack_id INTEGER REFERENCES packs(id) ON DELETE SET "
                "NULL);"
                "CREATE INDEX trainer_notes_by_key ON trainer_notes(act_id, key);"
                "INSERT INTO trainer_notes(act_id, key, text, created_utc) VALUES"
                " ('Z9900000003', '2', 'Заметка первой версии', '2099-01-01T00:00:00.000Z');"
                "PRAGMA user_version = 1;")));
        }
        WorkshopStore store;
        QString e;
        QVERIFY2(store.open(path, &e), qPrintable(e));
        const QList<TrainerNote> notes = store.notes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("Заметка первой версии"));
        QVERIFY(!notes.first().language);
        TrainerNote n = notes.first();
        n.language = Language::Ru;
        QVERIFY2(store.updateNote(n, &e), qPrintable(e));
        QCOMPARE(store.note(n.id)->language, std::optional<Language>(Language::Ru));
    }

    void aNewerFileIsRefused()
    {
        const QString path = freshPath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.execScript(QStringLiteral("CREATE TABLE trainer_notes (id INTEGER PRIMARY KEY);"
                                                 "PRAGMA user_version = 99;")));
        }
        WorkshopStore store;
        QString e;
        QVERIFY(!store.open(path, &e));
        QVERIFY2(e.contains(u"newer ZanLink") && e.contains(path), qPrintable(e));
    }

    void theLanguageTravelsInAPacksNotes()
    {
        TrainerNote kk = makeNote(QStringLiteral("2"), QStringLiteral("Қазақша ескертпе"), Language::Kk);
        kk.createdUtc = QDateTime(QDate(2099, 1, 2), QTime(3, 4), Qt::UTC);
        TrainerNote none = makeNote(QStringLiteral("3"), QStringLiteral("Без языка"));
        none.createdUtc = kk.createdUtc;
        QString e;
        const auto back = pack::notesFromJson(pack::notesToJson({ kk, none }), QStringLiteral("notes.json"), &e);
        QVERIFY2(back, qPrintable(e));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).language, std::optional<Language>(Language::Kk));
        QVERIFY(!back->at(1).language);
        // A pack made before notes had a language has no "lang": still read.
        QJsonArray old = pack::notesToJson({ none });
        QJsonObject o = old.at(0).toObject();
        o.remove(QStringLiteral("lang"));
        old.replace(0, o);
        QVERIFY2(pack::notesFromJson(old, QStringLiteral("notes.json"), &e), qPrintable(e));
        o.insert(QStringLiteral("lang"), QStringLiteral("kz"));
        old.replace(0, o);
        QVERIFY(!pack::notesFromJson(old, QStringLiteral("notes.json"), &e));
        QVERIFY2(e.contains(u"notes[0]: field \"lang\""), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopStore)
#include "tst_workshop_store.moc"
