// Workshop packs: export, read and import into an empty library and case
// file, re-import, and the broken packs that must be refused with nothing written.
#include "../cases/bundle_fixture.h"
#include "../cases/zip_test_helpers.h"
#include "../store/refs_fixture.h"
#include "cases/case_store.h"
#include "workshop/workshop_pack.h"
#include "workshop/workshop_store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

using Entries = ZipEntries;

// A provision as compared across libraries: everything stored but its ids.
QStringList provisionLines(LibraryStore& library, const QString& actId)
{
    QStringList lines;
    for (const EditionInfo& e : library.editions(actId)) {
        lines << QStringLiteral("edition %1 %2 %3 %4 %5")
                     .arg(languageCode(e.language), e.editionDate.toString(Qt::ISODate), e.title, e.actLine,
                         e.contentHash);
        for (const StoredProvision& p : library.provisions(e.id)) {
            QString notes;
            for (const ProvisionNote& n : p.notes)
                notes += u'|' + n.text;
            lines << QStringLiteral("%1 %2 %3 [%4] %5 %6 %7 %8")
                         .arg(languageCode(e.language), provisionKindName(p.kind), p.key, p.number, p.heading, p.text,
                             notes)
                         .arg(p.depth);
        }
    }
    return lines;
}

QStringList noteLines(WorkshopStore& store)
{
    QStringList lines;
    for (const TrainerNote& n : store.notes())
        lines << n.actId + u' ' + n.key + u' ' + n.text;
    return lines;
}

// A case as compared across case files: its content without ids and times.
QString caseSummary(const CaseFile& f)
{
    QStringList parts { f.record.title, caseKindName(f.record.kind), caseStatusName(f.record.status),
        f.record.tags.join(u',') };
    for (const Party& p : f.parties)
        parts << QStringLiteral("party %1 %2 %3").arg(partyRoleName(p.role), p.name, p.details);
    for (const ContentItem& c : f.items)
        parts << QStringLiteral("item %1 %2 %3").arg(c.url, c.platform, c.account);
    for (const CaseEvent& e : f.events)
        parts << QStringLiteral("event %1 %2 %3").arg(eventKindName(e.kind), e.atUtc.toString(Qt::ISODate), e.description);
    for (const Deadline& d : f.deadlines)
        parts << QStringLiteral("deadline %1 %2 %3").arg(d.title, d.dueUtc.toString(Qt::ISODate), d.ruleId);
    for (const CaseNote& n : f.notes) {
        parts << QStringLiteral("note %1").arg(n.plainText);
        for (const NoteCitation& c : n.citations)
            parts << QStringLiteral("cites %1 %2 %3").arg(c.actId, c.key, languageCode(c.language));
    }
    return parts.join(u'\n');
}

// The files of one user: library, case file and workshop notes.
struct Desk {
    QTemporaryDir dir;
    LibraryStore library;
    CaseStore cases;
    WorkshopStore workshop;
    bool open()
    {
        QString e;
        const QString lib = dir.filePath(QStringLiteral("library.sqlite"));
        return library.open(lib, &e) && cases.open(CaseStore::pathBeside(lib), &e)
            && workshop.open(WorkshopStore::pathBeside(lib), &e);
    }
    QString state()
    {
        QStringList all = provisionLines(library, kRefsAct) + noteLines(workshop);
        for (const CaseRecord& r : cases.cases())
            all << caseSummary(*cases.caseFile(r.id));
        all << QString::number(workshop.packs().size());
        return all.join(u'\n');
    }
};

} // namespace

class TestWorkshopPack : public QObject {
    Q_OBJECT

private:
    Desk m_trainer;
    qint64 m_caseId = 0;
    qint64 m_plainCaseId = 0;
    QString m_pack;

    PackSelection selection() const
    {
        PackSelection s;
        s.title = QStringLiteral("Вымышленный семинар: ограничение доступа");
        s.creator = QStringLiteral("Тренер Т.");
        s.acts << PackActChoice { kRefsAct, kAllLanguages, { QStringLiteral("2"), QStringLiteral("3/1") } };
        s.caseIds = { m_caseId, m_plainCaseId };
        return s;
    }

    // Imports the pack into `desk`, expecting it to be refused with a message
    // containing `words`, and nothing written.
    void expectRefused(const QString& path, const QString& words)
    {
        Desk desk;
        QVERIFY(desk.open());
        const QString before = desk.state();
        QString error;
        const std::optional<PackContents> contents = readPack(path, &error);
        QVERIFY2(!contents, qPrintable(QStringLiteral("accepted, expected: ") + words));
        QVERIFY2(error.contains(words), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(desk.state(), before);
    }

    QString broken(const QString& name, const Entries& entries)
    {
        const QString path = m_trainer.dir.filePath(name);
        if (!writeZip(path, entries))
            qWarning() << "cannot write" << path;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_trainer.open());
        QVERIFY(importRefsFixture(m_trainer.library));
        m_caseId = makeBundleCase(m_trainer.cases, m_trainer.dir);
        QVERIFY(m_caseId);
        QString e;
        CaseRecord plain;
        plain.title = QStringLiteral("Вымышленная жалоба на удаление поста");
        plain.kind = CaseKind::RemovalRequest;
        m_plainCaseId = m_trainer.cases.saveCase(plain, &e).value_or(0);
        QVERIFY2(m_plainCaseId, qPrintable(e));
        for (const auto& [key, text] : QList<std::pair<QString, QString>> {
                 { QStringLiteral("2/1"), QStringLiteral("Спросить: кто выносит вымышленное ограничение?") },
                 { QStringLiteral("3/1/2"), QStringLiteral("Упражнение: найти порядок устранения нарушения.") },
                 { QStringLiteral("4"), QStringLiteral("Не входит в семинар.") } }) {
            QVERIFY2(m_trainer.workshop.addNote(TrainerNote { 0, kRefsAct, key, text, {}, 0, {} }, &e), qPrintable(e));
        }
        m_pack = m_trainer.dir.filePath(QStringLiteral("seminar.zlpack"));
        QVERIFY2(exportPack(m_trainer.library, &m_trainer.cases, &m_trainer.workshop, selection(), m_pack, &e),
            qPrintable(e));
    }

    void manifestListsEveryEntry()
    {
        Entries entries = readZip(m_pack);
        QStringList names;
        for (const auto& [name, data] : entries)
            names << name;
        names.sort();
        QCOMPARE(names,
            QStringList({ QStringLiteral("cases/1.json"), QStringLiteral("cases/2.json"),
                QStringLiteral("editions/Z9900000003.en.json"), QStringLiteral("editions/Z9900000003.kk.json"),
                QStringLiteral("editions/Z9900000003.ru.json"), QStringLiteral("manifest.json"),
                QStringLiteral("notes.json"), QStringLiteral("provisions.json") }));
        const QJsonObject m = QJsonDocument::fromJson(entry(entries, QStringLiteral("manifest.json"))).object();
        QCOMPARE(m.value(u"format").toString(), QStringLiteral("zanlink-workshop-pack"));
        QCOMPARE(m.value(u"version").toInt(), 1);
        QCOMPARE(m.value(u"title").toString(), selection().title);
        QCOMPARE(m.value(u"creator").toString(), selection().creator);
        QVERIFY(QDateTime::fromString(m.value(u"created_utc").toString(), Qt::ISODateWithMs).isValid());
        const QJsonArray list = m.value(u"entries").toArray();
        QCOMPARE(list.size(), 7);
        for (const QJsonValue& v : list) {
            const QByteArray data = entry(entries, v[u"name"].toString());
            QCOMPARE(v[u"size"].toInteger(), data.size());
            QCOMPARE(v[u"sha256"].toString(),
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        }
        const QJsonObject ru
            = QJsonDocument::fromJson(entry(entries, QStringLiteral("editions/Z9900000003.ru.json"))).object();
        QCOMPARE(ru.value(u"edition_date").toString(), QStringLiteral("2099-06-01"));
        QVERIFY(ru.value(u"official_url").toString().startsWith(u"https://adilet.zan.kz/"));
    }

    void confidentialPartiesAreLeftOut()
    {
        QString e;
        const std::optional<PackContents> pack = readPack(m_pack, &e);
        QVERIFY2(pack, qPrintable(e));
        QCOMPARE(pack->cases.size(), 2);
        const CaseFile& exercise = pack->cases.first();
        QCOMPARE(exercise.parties.size(), 2); // the blogger and the platform; not the child
        for (const Party& p : exercise.parties)
            QVERIFY(!p.isChild && !p.confidential);
        QCOMPARE(exercise.notes.size(), 1); // the note naming the child is left out
        QVERIFY(exercise.evidence.isEmpty());
        Entries entries = readZip(m_pack);
        const QByteArray raw = entry(entries, QStringLiteral("cases/1.json"));
        QVERIFY(!QString::fromUtf8(raw).contains(QStringLiteral("Айсулу")));
        QVERIFY(pack->leftOut.contains(QStringLiteral("case 1: party 2 (confidential)")));
        // Notes: those on the chosen provisions only.
        QCOMPARE(pack->notes.size(), 2);
        QCOMPARE(pack->provisions,
            QList<PackProvisionRef>({ { kRefsAct, QStringLiteral("2") }, { kRefsAct, QStringLiteral("3/1") } }));
    }

    void roundTripIntoEmptyLibrary()
    {
        Desk desk;
        QVERIFY(desk.open());
        QString e;
        const std::optional<PackContents> pack = readPack(m_pack, &e);
        QVERIFY2(pack, qPrintable(e));
        const PackSummary summary = summarizePack(*pack, desk.library, desk.workshop, &desk.cases);
        QCOMPARE(summary.newEditions, 3);
        QCOMPARE(summary.presentEditions, 0);
        QCOMPARE(summary.newActs, QStringList { kRefsAct });
        QCOMPARE(summary.newNotes, 2);
        QCOMPARE(summary.caseTitles.size(), 2);
        QVERIFY(!summary.packAlreadyImported);

        int lastDone = -1;
        const auto report = importPack(*pack, desk.library, desk.workshop, &desk.cases, &e,
            [&](int done, int total, const QString&) { lastDone = done == total ? done : lastDone; });
        QVERIFY2(report, qPrintable(e));
        QCOMPARE(report->editionsAdded, 3);
        QCOMPARE(report->notesAdded, 2);
        QCOMPARE(report->caseIds.size(), 2);
        QVERIFY(lastDone > 0);

        // The same provisions in every language, the same notes, the same cases.
        QCOMPARE(provisionLines(desk.library, kRefsAct), provisionLines(m_trainer.library, kRefsAct));
        QStringList expectedNotes;
        for (const TrainerNote& n : pack->notes)
            expectedNotes << n.actId + u' ' + n.key + u' ' + n.text;
        QCOMPARE(noteLines(desk.workshop), expectedNotes);
        QCOMPARE(expectedNotes.size(), 2);
        for (qsizetype i = 0; i < pack->cases.size(); ++i) {
            const std::optional<CaseFile> imported = desk.cases.caseFile(report->caseIds.at(i));
            QVERIFY(imported);
            QCOMPARE(caseSummary(*imported), caseSummary(pack->cases.at(i)));
        }
        const std::optional<CaseFile> original = m_trainer.cases.caseFile(m_caseId);
        QCOMPARE(desk.cases.caseFile(report->caseIds.first())->record.title, original->record.title);
        QCOMPARE(desk.cases.caseFile(report->caseIds.first())->notes.first().plainText,
            original->notes.first().plainText);
        const QList<StoredPack> packs = desk.workshop.packs();
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().title, selection().title);
        QCOMPARE(packs.first().provisions, pack->provisions);

        // Importing it again adds nothing but the cases, as new cases with free titles.
        const QString lawBefore = provisionLines(desk.library, kRefsAct).join(u'\n');
        const PackSummary again = summarizePack(*pack, desk.library, desk.workshop, &desk.cases);
        QCOMPARE(again.newEditions, 0);
        QCOMPARE(again.presentEditions, 3);
        QCOMPARE(again.newNotes, 0);
        QVERIFY(again.packAlreadyImported);
        QCOMPARE(again.caseTitles.first(), original->record.title + QStringLiteral(" (exercise)"));
        const auto second = importPack(*pack, desk.library, desk.workshop, &desk.cases, &e);
        QVERIFY2(second, qPrintable(e));
        QCOMPARE(second->editionsAdded, 0);
        QCOMPARE(second->editionsSkipped, 3);
        QCOMPARE(second->notesAdded, 0);
        QCOMPARE(provisionLines(desk.library, kRefsAct).join(u'\n'), lawBefore);
        QCOMPARE(noteLines(desk.workshop).size(), 2);
        QCOMPARE(desk.workshop.packs().size(), 1);
        QCOMPARE(desk.cases.cases().size(), 4);
        QCOMPARE(desk.cases.caseFile(second->caseIds.first())->record.title, again.caseTitles.first());
        // The first import's cases are as they were.
        QCOMPARE(caseSummary(*desk.cases.caseFile(report->caseIds.first())), caseSummary(pack->cases.first()));
    }

    void userCasesAreNeverOverwritten()
    {
        Desk desk;
        QVERIFY(desk.open());
        QString e;
        CaseRecord mine;
        mine.title = QStringLiteral("Вымышленная жалоба на удаление поста"); // the same title as an exercise
        mine.kind = CaseKind::Consultation;
        const qint64 myId = desk.cases.saveCase(mine, &e).value_or(0);
        QVERIFY(myId);
        const QString before = caseSummary(*desk.cases.caseFile(myId));
        const std::optional<PackContents> pack = readPack(m_pack, &e);
        QVERIFY(pack);
        const auto report = importPack(*pack, desk.library, desk.workshop, &desk.cases, &e);
        QVERIFY2(report, qPrintable(e));
        QVERIFY(!report->caseIds.contains(myId));
        QCOMPARE(caseSummary(*desk.cases.caseFile(myId)), before);
        QCOMPARE(desk.cases.caseFile(report->caseIds.at(1))->record.title,
            QStringLiteral("Вымышленная жалоба на удаление поста (exercise)"));
    }

    void wrongVersionIsRefused()
    {
        Entries entries = readZip(m_pack);
        QJsonObject m = QJsonDocument::fromJson(entry(entries, QStringLiteral("manifest.json"))).object();
        m.insert(QStringLiteral("version"), 2);
        entry(entries, QStringLiteral("manifest.json")) = QJsonDocument(m).toJson();
        expectRefused(broken(QStringLiteral("v2.zlpack"), entries), QStringLiteral("newer ZanLink (pack format 2"));
        m.insert(QStringLiteral("version"), QStringLiteral("1"));
        entry(entries, QStringLiteral("manifest.json")) = QJsonDocument(m).toJson();
        expectRefused(broken(QStringLiteral("vtext.zlpack"), entries), QStringLiteral("field \"version\""));
        m.insert(QStringLiteral("version"), 1);
        m.insert(QStringLiteral("format"), QStringLiteral("zanlink-case-bundle"));
        entry(entries, QStringLiteral("manifest.json")) = QJsonDocument(m).toJson();
        expectRefused(broken(QStringLiteral("format.zlpack"), entries), QStringLiteral("not a workshop pack"));
    }

    void missingManifestIsRefused()
    {
        Entries entries = readZip(m_pack);
        entries.removeIf([](const auto& e) { return e.first == u"manifest.json"; });
        expectRefused(broken(QStringLiteral("nomanifest.zlpack"), entries), QStringLiteral("no manifest.json"));
    }

    void shaMismatchIsRefused()
    {
        Entries entries = readZip(m_pack);
        QByteArray& notes = entry(entries, QStringLiteral("notes.json"));
        const qsizetype at = notes.indexOf("Спросить");
        QVERIFY(at > 0);
        notes[at] = 'X'; // same size, other content
        expectRefused(broken(QStringLiteral("sha.zlpack"), entries),
            QStringLiteral("\"notes.json\" does not match the SHA-256"));
    }

    void changedEditionTextIsRefused()
    {
        // An edition changed and its manifest hash made to agree: the content hash still catches it.
        Entries entries = readZip(m_pack);
        QByteArray& ru = entry(entries, QStringLiteral("editions/Z9900000003.ru.json"));
        ru.replace("Ограничение доступа", "Ограничения нет");
        fixManifest(entries);
        expectRefused(broken(QStringLiteral("text.zlpack"), entries), QStringLiteral("content hash"));
    }

    void unsafeEntryNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("dotdot") << QStringLiteral("../evil") << QStringLiteral("leaves the pack");
        QTest::newRow("nested dotdot") << QStringLiteral("editions/../../evil.json")
                                       << QStringLiteral("leaves the pack");
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.json") << QStringLiteral("an absolute path");
        QTest::newRow("drive") << QStringLiteral("C:/evil.json") << QStringLiteral("an absolute path");
        QTest::newRow("unknown") << QStringLiteral("evil.sh") << QStringLiteral("not an entry a workshop pack holds");
    }

    void unsafeEntryNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, words);
        Entries entries = readZip(m_pack);
        entries.append({ name, QByteArray("[]") });
        fixManifest(entries);
        const QString path = broken(QStringLiteral("name.zlpack"), entries);
        expectRefused(path, words);
        QString error;
        readPack(path, &error);
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/evil.json")));
    }

    void oversizedEntryIsRefused()
    {
        // An entry that unpacks past the limit (a zip bomb in small), refused
        // from the size the zip declares, before it is inflated.
        Entries entries = readZip(m_pack);
        entry(entries, QStringLiteral("notes.json")) = QByteArray(300000, ' ') + "[]";
        fixManifest(entries);
        const QString path = broken(QStringLiteral("big.zlpack"), entries);
        const PackLimits saved = workshopPackLimits();
        PackLimits small = saved;
        small.maxEntryBytes = 200000;
        setWorkshopPackLimits(small);
        expectRefused(path, QStringLiteral("\"notes.json\" unpacks to 0.3 MB; at most 0.2 MB"));
        small = saved;
        small.maxTotalBytes = 250000;
        setWorkshopPackLimits(small);
        expectRefused(path, QStringLiteral("unpacks to more than 0.2 MB"));
        setWorkshopPackLimits(saved);
        QString e;
        QVERIFY2(readPack(path, &e), qPrintable(e)); // within the usual limits it is a good pack
    }

    void truncatedZipIsRefused()
    {
        QFile in(m_pack);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray data = in.readAll();
        const QString path = m_trainer.dir.filePath(QStringLiteral("truncated.zlpack"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data.left(data.size() * 2 / 3));
        out.close();
        expectRefused(path, QStringLiteral("not a complete zip archive"));
    }

    void wrongJsonShapeIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("notes object") << QStringLiteral("notes.json") << QByteArray("{}")
                                      << QStringLiteral("notes.json: must be a JSON array");
        QTest::newRow("note without text")
            << QStringLiteral("notes.json")
            << QByteArray(R"([{"act":"Z9900000003","key":"2","created_utc":"2099-01-01T00:00:00.000Z"}])")
            << QStringLiteral("notes[0]: field \"text\" must be a string");
        QTest::newRow("provision kind") << QStringLiteral("provisions.json") << QByteArray(R"([{"act":1,"key":"2"}])")
                                        << QStringLiteral("provisions[0]: field \"act\" must be a string");
        QTest::newRow("unknown provision") << QStringLiteral("provisions.json")
                                           << QByteArray(R"([{"act":"Z9900000003","key":"77"}])")
                                           << QStringLiteral("Z9900000003 77 is in none of the pack's editions");
        QTest::newRow("edition array") << QStringLiteral("editions/Z9900000003.kk.json") << QByteArray("[]")
                                       << QStringLiteral("editions/Z9900000003.kk.json: must be a JSON object");
        QTest::newRow("case shape") << QStringLiteral("cases/1.json") << QByteArray(R"({"case":[]})")
                                    << QStringLiteral("cases/1.json");
        QTest::newRow("not json") << QStringLiteral("notes.json") << QByteArray("[{")
                                  << QStringLiteral("\"notes.json\" is not valid JSON");
    }

    void wrongJsonShapeIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        Entries entries = readZip(m_pack);
        entry(entries, name) = json;
        fixManifest(entries);
        expectRefused(broken(QStringLiteral("shape.zlpack"), entries), words);
    }

    void failedImportWritesNothing()
    {
        // The library refuses the editions (it is read-only): the cases and
        // notes already added go again.
        Desk desk;
        QVERIFY(desk.open());
        QString e;
        const std::optional<PackContents> pack = readPack(m_pack, &e);
        QVERIFY(pack);
        const QString before = desk.state();
        QVERIFY(desk.library.database().exec(QStringLiteral("PRAGMA query_only = ON")));
        const auto report = importPack(*pack, desk.library, desk.workshop, &desk.cases, &e);
        QVERIFY(!report);
        QVERIFY2(e.contains(QStringLiteral("the pack was not imported")), qPrintable(e));
        QVERIFY(desk.library.database().exec(QStringLiteral("PRAGMA query_only = OFF")));
        QCOMPARE(desk.state(), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopPack)
#include "tst_workshop_pack.moc"
