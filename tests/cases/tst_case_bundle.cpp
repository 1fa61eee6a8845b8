// Case bundles: export, read and import of one fictional case, and the broken
// bundles that must be refused without touching the case file.
#include "../store/refs_fixture.h"
#include "bundle_fixture.h"
#include "cases/case_bundle.h"
#include "cases/case_store.h"
#include "zip_test_helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

using Entries = ZipEntries;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCaseBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_library));
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("a/cases.sqlite")), &error), qPrintable(error));
        m_caseId = makeBundleCase(m_store, m_dir);
        QVERIFY(m_caseId > 0);
    }

    void roundTripIntoAnEmptyCaseFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.zlcase"));
        QString error;
        BundleOptions options;
        options.includeConfidential = true;
        options.library = &m_library;
        QVERIFY2(exportCase(m_store, m_caseId, path, options, &error), qPrintable(error));
        const std::optional<BundleContents> contents = readBundle(path, &error);
        QVERIFY2(contents, qPrintable(error));
        QCOMPARE(contents->formatVersion, QStringLiteral("1"));
        QCOMPARE(contents->evidenceFiles, 2);
        QVERIFY(contents->leftOut.isEmpty());
        QCOMPARE(contents->provisions.size(), 1);
        const CitedProvisionText& p = contents->provisions.first();
        QCOMPARE(p.actId, kRefsAct);
        QCOMPARE(p.key, QStringLiteral("2/1"));
        QCOMPARE(p.editionDate, QDate(2099, 6, 1));
        QVERIFY(!p.text.isEmpty());
        QVERIFY(p.officialUrl.startsWith(u"https://adilet.zan.kz/rus/docs/Z9900000003"));

        CaseStore other;
        QVERIFY2(other.open(m_dir.filePath(QStringLiteral("b/cases.sqlite")), &error), qPrintable(error));
        const std::optional<qint64> id = importCase(other, path, &error);
        QVERIFY2(id, qPrintable(error));
        const CaseFile a = *m_store.caseFile(m_caseId);
        const CaseFile b = *other.caseFile(*id);
        QCOMPARE(b.record.title, a.record.title);
        QCOMPARE(b.record.kind, a.record.kind);
        QCOMPARE(b.record.status, a.record.status);
        QCOMPARE(b.record.tags, a.record.tags);
        QCOMPARE(b.record.confidential, a.record.confidential);
        QCOMPARE(b.record.createdUtc, a.record.createdUtc);
        QCOMPARE(b.statusHistory.size(), a.statusHistory.size());
        for (qsizetype i = 0; i < a.statusHistory.size(); ++i) {
            QCOMPARE(b.statusHistory.at(i).status, a.statusHistory.at(i).status);
            QCOMPARE(b.statusHistory.at(i).atUtc, a.statusHistory.at(i).atUtc);
            QCOMPARE(b.statusHistory.at(i).by, a.statusHistory.at(i).by);
        }
        QCOMPARE(b.parties.size(), 3);
        for (qsizetype i = 0; i < a.parties.size(); ++i) {
            const Party &x = a.parties.at(i), &y = b.parties.at(i);
            QCOMPARE(y.name, x.name);
            QCOMPARE(y.role, x.role);
            QCOMPARE(y.kind, x.kind);
            QCOMPARE(y.details, x.details);
            QCOMPARE(y.isChild, x.isChild);
            QCOMPARE(y.birthDate, x.birthDate);
            QCOMPARE(y.confidential, x.confidential);
        }
        QCOMPARE(b.items.size(), 1);
        QCOMPARE(b.items.first().url, a.items.first().url);
        QCOMPARE(b.items.first().account, a.items.first().account);
        QCOMPARE(b.evidence.size(), 2);
        for (qsizetype i = 0; i < a.evidence.size(); ++i) {
            const Evidence &x = a.evidence.at(i), &y = b.evidence.at(i);
            QCOMPARE(y.fileName, x.fileName);
            QCOMPARE(y.sha256, x.sha256);
            QCOMPARE(y.size, x.size);
            QCOMPARE(y.capturedAtUtc, x.capturedAtUtc);
            QCOMPARE(y.capturedBy, x.capturedBy);
            QCOMPARE(y.captureMethod, x.captureMethod);
            QCOMPARE(y.measurementId, x.measurementId);
            QCOMPARE(y.description, x.description);
            QCOMPARE(y.contentItemId != 0, x.contentItemId != 0);
            QCOMPARE(fileBytes(other.evidencePath(y)), fileBytes(m_store.evidencePath(x)));
        }
        QCOMPARE(b.events.size(), 1);
        QCOMPARE(b.events.first().kind, EventKind::BlockedWithoutOrder);
        QCOMPARE(b.events.first().atUtc, a.events.first().atUtc);
        QCOMPARE(b.events.first().contentItemId, b.items.first().id);
        QCOMPARE(b.deadlines.size(), 1);
        QCOMPARE(b.deadlines.first().dueUtc, a.deadlines.first().dueUtc);
        QCOMPARE(b.deadlines.first().ruleId, a.deadlines.first().ruleId);
        QCOMPARE(b.deadlines.first().fromEventId, b.events.first().id);
        QCOMPARE(b.notes.size(), 2);
        for (qsizetype i = 0; i < a.notes.size(); ++i) {
            const CaseNote &x = a.notes.at(i), &y = b.notes.at(i);
            QCOMPARE(y.plainText, x.plainText);
            QCOMPARE(y.html, x.html);
            QCOMPARE(y.createdUtc, x.createdUtc);
            QCOMPARE(y.citations.size(), x.citations.size());
            for (qsizetype j = 0; j < x.citations.size(); ++j) {
                QCOMPARE(y.citations.at(j).actId, x.citations.at(j).actId);
                QCOMPARE(y.citations.at(j).key, x.citations.at(j).key);
                QCOMPARE(y.citations.at(j).language, x.citations.at(j).language);
                QCOMPARE(y.citations.at(j).editionDate, x.citations.at(j).editionDate);
                QCOMPARE(y.citations.at(j).start, x.citations.at(j).start);
                QCOMPARE(y.citations.at(j).manual, x.citations.at(j).manual);
            }
        }
        QCOMPARE(other.casesCiting(kRefsAct, QStringLiteral("2")).size(), 1);
        // The export is in the sender's audit log, the import in the receiver's.
        QVERIFY(hasAudit(m_store, m_caseId, QStringLiteral("export")));
        QVERIFY(hasAudit(other, *id, QStringLiteral("import")));
    }

    void confidentialPartiesAreLeftOutUnlessAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("default.zlcase"));
        QString error;
        QVERIFY2(exportCase(m_store, m_caseId, path, {}, &error), qPrintable(error));
        std::optional<BundleContents> c = readBundle(path, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->caseFile.parties.size(), 2);
        for (const Party& p : c->caseFile.parties)
            QVERIFY(!p.isChild && !p.name.contains(u"Айсулу"));
        QCOMPARE(c->leftOut,
            (QStringList {
                QStringLiteral("party 2 (confidential)"), QStringLiteral("note 2 (names a confidential party)") }));
        QCOMPARE(c->caseFile.notes.size(), 1);
        QVERIFY(!fileBytes(path).contains(QStringLiteral("Айсулу").toUtf8()));
        QVERIFY(c->provisions.isEmpty()); // no library given

        BundleOptions all;
        all.includeConfidential = true;
        QVERIFY2(exportCase(m_store, m_caseId, path, all, &error), qPrintable(error));
        c = readBundle(path, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->caseFile.parties.size(), 3);
        QVERIFY(c->leftOut.isEmpty());
    }

    void draftsTravelWithTheCase()
    {
        QString error;
        CaseRecord r;
        r.title = QStringLiteral("Вымышленное дело с проектами");
        const qint64 caseId = *m_store.saveCase(r, &error);
        Party child;
        child.caseId = caseId;
        child.name = QStringLiteral("Дильназ Вымышленная");
        child.isChild = true;
        QVERIFY(m_store.saveParty(child, &error));
        CaseDraft objection;
        objection.caseId = caseId;
        objection.type = QStringLiteral("objection-appeal");
        objection.language = QStringLiteral("kk+ru");
        objection.title = QStringLiteral("Возражение");
        objection.fieldsJson = QStringLiteral("{\"facts\":[\"Вымышленный факт\"]}");
        objection.citations = { DraftCitation { kRefsAct, QStringLiteral("2/1"), Language::Ru, QDate(2099, 6, 1), true } };
        objection.id = *m_store.saveDraft(objection, &error);
        CaseDraft appeal = objection;
        appeal.id = 0;
        appeal.parentId = objection.id;
        appeal.title = QStringLiteral("Жалоба");
        appeal.final = true;
        appeal.id = *m_store.saveDraft(appeal, &error);
        CaseDraft naming = objection;
        naming.id = 0;
        naming.parentId = appeal.id;
        naming.title = QStringLiteral("Восстановление");
        naming.fieldsJson = QStringLiteral("{\"subject\":\"Дильназ Вымышленная\"}");
        naming.id = *m_store.saveDraft(naming, &error);

        const QString path = m_dir.filePath(QStringLiteral("drafts.zlcase"));
        BundleOptions options;
        options.includeConfidential = true;
        options.library = &m_library;
        QVERIFY2(exportCase(m_store, caseId, path, options, &error), qPrintable(error));
        const std::optional<BundleContents> contents = readBundle(path, &error);
        QVERIFY2(contents, qPrintable(error));
        QCOMPARE(contents->provisions.size(), 1); // the drafts' provision goes with them

        CaseStore other;
        QVERIFY2(other.open(m_dir.filePath(QStringLiteral("d/cases.sqlite")), &error), qPrintable(error));
        const std::optional<qint64> id = importCase(other, path, &error);
        QVERIFY2(id, qPrintable(error));
        const CaseFile b = *other.caseFile(*id);
        QCOMPARE(b.drafts.size(), 3);
        QCOMPARE(b.drafts.at(0).title, objection.title);
        QCOMPARE(b.drafts.at(0).fieldsJson, objection.fieldsJson);
        QCOMPARE(b.drafts.at(0).language, objection.language);
        QCOMPARE(b.drafts.at(0).citations, objection.citations);
        QCOMPARE(b.drafts.at(1).parentId, b.drafts.at(0).id);
        QVERIFY(b.drafts.at(1).final);
        QCOMPARE(b.drafts.at(2).parentId, b.drafts.at(1).id);
        QCOMPARE(other.casesCiting(kRefsAct, QStringLiteral("2")).size(), 3);

        // Without confidential data, the draft naming the child stays home.
        QVERIFY2(exportCase(m_store, caseId, path, {}, &error), qPrintable(error));
        const std::optional<BundleContents> withheld = readBundle(path, &error);
        QVERIFY2(withheld, qPrintable(error));
        QCOMPARE(withheld->caseFile.drafts.size(), 2);
        QVERIFY(withheld->leftOut.contains(QStringLiteral("draft 3 (names a confidential party)")));
        QVERIFY(!fileBytes(path).contains(QStringLiteral("Дильназ").toUtf8()));

        // Drafts following each other in a circle are refused, naming the draft.
        Entries entries = readZip(path);
        QByteArray& data = entry(entries, QStringLiteral("case.json"));
        QJsonObject c = QJsonDocument::fromJson(data).object();
        QJsonArray drafts = c.value(u"drafts").toArray();
        QJsonObject first = drafts.at(0).toObject();
        first.insert(QStringLiteral("parent_id"), drafts.at(1).toObject().value(u"id"));
        drafts.replace(0, first);
        c.insert(QStringLiteral("drafts"), drafts);
        data = QJsonDocument(c).toJson();
        fixManifest(entries, QStringLiteral("case.json"));
        const QString circle = m_dir.filePath(QStringLiteral("circle.zlcase"));
        QVERIFY(writeZip(circle, entries));
        QVERIFY(!readBundle(circle, &error));
        QVERIFY2(error.contains(u"draft 1") && error.contains(u"circle"), qPrintable(error));
        QVERIFY(m_store.deleteCase(caseId, &error));
    }

    void importingTwiceGivesTwoCases()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.zlcase"));
        QString error;
        QVERIFY2(exportCase(m_store, m_caseId, path, {}, &error), qPrintable(error));
        const qsizetype before = m_store.cases().size();
        const std::optional<qint64> first = importCase(m_store, path, &error);
        QVERIFY2(first, qPrintable(error));
        const std::optional<qint64> second = importCase(m_store, path, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(*first != *second && *first != m_caseId);
        QCOMPARE(m_store.cases().size(), before + 2);
        const QString title = m_store.caseRecord(m_caseId)->title;
        QCOMPARE(m_store.caseRecord(*first)->title, QString(title + u" (imported)"));
        QCOMPARE(m_store.caseRecord(*second)->title, QString(title + u" (imported 2)"));
        QCOMPARE(m_store.caseFile(m_caseId)->parties.size(), 3); // the original is untouched
        QVERIFY(m_store.deleteCase(*first, &error) && m_store.deleteCase(*second, &error));
    }

    void brokenBundlesAreRefused_data()
    {
        QTest::addColumn<QString>("broken");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a zip") << "notzip"
                                   << "not a complete zip";
        QTest::newRow("truncated") << "truncated"
                                   << "not a complete zip";
        QTest::newRow("no manifest") << "nomanifest"
                                     << "no manifest.json";
        QTest::newRow("newer version") << "newer"
                                       << "newer ZanLink";
        QTest::newRow("entry ../x") << "dotdot"
                                    << "leaves the bundle";
        QTest::newRow("entry /etc/passwd") << "absolute"
                                           << "absolute path";
        QTest::newRow("evidence changed") << "evidence"
                                          << "does not match its SHA-256";
        QTest::newRow("evidence changed, manifest too") << "evidence-manifest"
                                                        << "does not match its SHA-256";
        QTest::newRow("case.json changed") << "casejson"
                                           << "does not match the SHA-256";
        QTest::newRow("case.json shape") << "shape"
                                         << "\"parties\" must be a list";
        QTest::newRow("oversized entry") << "oversized"
                                         << "at most";
    }

    void brokenBundlesAreRefused()
    {
        QFETCH(QString, broken);
        QFETCH(QString, message);
        const QString good = m_dir.filePath(QStringLiteral("good.zlcase"));
        QString error;
        QVERIFY2(exportCase(m_store, m_caseId, good, {}, &error), qPrintable(error));
        const QString path = m_dir.filePath(broken + u".zlcase");
        Entries entries = readZip(good);
        QCOMPARE(entries.size(), 4); // manifest, case, two originals
        const QString evidenceName = m_store.caseFile(m_caseId)->evidence.first().sha256.prepend(u"evidence/");
        if (broken == u"notzip") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Это не архив, а заметка.\n");
        } else if (broken == u"truncated") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileBytes(good).left(fileBytes(good).size() / 2));
        } else {
            if (broken == u"nomanifest") {
                entries.removeIf([](const auto& e) { return e.first == u"manifest.json"; });
            } else if (broken == u"newer") {
                QJsonObject m = QJsonDocument::fromJson(entry(entries, QStringLiteral("manifest.json"))).object();
                m.insert(QStringLiteral("version"), 2);
                entry(entries, QStringLiteral("manifest.json")) = QJsonDocument(m).toJson();
            } else if (broken == u"dotdot" || broken == u"absolute") {
                const QString name = broken == u"dotdot" ? QStringLiteral("../x") : QStringLiteral("/etc/passwd");
                entries.append({ name, QByteArray("root:x:0:0\n") });
                fixManifest(entries, name);
            } else if (broken == u"evidence" || broken == u"evidence-manifest") {
                QByteArray& data = entry(entries, evidenceName);
                data[0] = static_cast<char>(data.at(0) ^ 0x55);
                if (broken == u"evidence-manifest")
                    fixManifest(entries, evidenceName);
            } else if (broken == u"casejson") {
                // The same size, one letter changed.
                QByteArray& data = entry(entries, QStringLiteral("case.json"));
                data.replace(QStringLiteral("Ерлан").toUtf8(), QStringLiteral("Ерлам").toUtf8());
            } else if (broken == u"shape") {
                QByteArray& data = entry(entries, QStringLiteral("case.json"));
                QJsonObject c = QJsonDocument::fromJson(data).object();
                c.insert(QStringLiteral("parties"), QStringLiteral("x"));
                data = QJsonDocument(c).toJson();
                fixManifest(entries, QStringLiteral("case.json"));
            } else if (broken == u"oversized") {
                BundleLimits small;
                small.maxEntryBytes = 100;
                setCaseBundleLimits(small);
            }
            QVERIFY(writeZip(path, entries));
        }
        const qsizetype cases = m_store.cases().size();
        const qsizetype audit = m_store.audit().size();
        const qsizetype originals = QDir(m_store.evidenceDir()).entryList(QDir::Files).size();
        QVERIFY(!readBundle(path, &error));
        QVERIFY2(error.contains(message) && error.contains(path), qPrintable(error));
        error.clear();
        QVERIFY(!importCase(m_store, path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        setCaseBundleLimits({});
        QCOMPARE(m_store.cases().size(), cases);
        QCOMPARE(m_store.audit().size(), audit);
        QCOMPARE(QDir(m_store.evidenceDir()).entryList(QDir::Files).size(), originals);
    }

private:
    static bool hasAudit(CaseStore& store, qint64 caseId, const QString& action)
    {
        const QList<AuditEntry> log = store.audit(caseId);
        return std::any_of(log.begin(), log.end(), [&](const AuditEntry& e) { return e.action == action; });
    }

    QTemporaryDir m_dir;
    LibraryStore m_library;
    CaseStore m_store;
    qint64 m_caseId = 0;
};

QTEST_GUILESS_MAIN(TestCaseBundle)
#include "tst_case_bundle.moc"
