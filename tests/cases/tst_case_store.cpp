// Tests of the case store (lib/cases/case_store.h): the model, status history,
// confidentiality, filters, citations, audit and validation. Every name, case
// and address here is fictional.
#include "cases/case_store.h"
#include "cases/cases_schema.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zanlink;

namespace {

CaseRecord fictionalCase(const QString& title = QStringLiteral("Блогер Ержан Т. — ограничение аккаунта"))
{
    CaseRecord r;
    r.title = title;
    r.kind = CaseKind::Restriction;
    r.status = CaseStatus::Open;
    r.tags = QStringList { QStringLiteral("TikTok"), QStringLiteral("блокировка") };
    r.confidential = true;
    return r;
}

QDateTime utc(int y, int mo, int d, int h = 9, int mi = 30)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestCaseStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
        m_path = m_dir.filePath(QStringLiteral("sub/cases.sqlite"));
        QString error;
        QVERIFY2(m_store.open(m_path, &error), qPrintable(error));
        m_store.setActor(QStringLiteral("advokat.test"));
    }
    void cleanup()
    {
        m_store.database().close();
        QFile::remove(m_path);
    }

    void enumNamesAreStable()
    {
        QCOMPARE(caseKindName(CaseKind::ChildCyberbullying), QStringLiteral("child-cyberbullying"));
        QCOMPARE(eventKindName(EventKind::BlockedWithoutOrder), QStringLiteral("blocked-without-order"));
        QCOMPARE(partyRoleName(PartyRole::PlatformRepresentative), QStringLiteral("platform-representative"));
        for (CaseKind k : allCaseKinds())
            QCOMPARE(caseKindFromName(caseKindName(k)), k);
        for (CaseStatus s : allCaseStatuses())
            QCOMPARE(caseStatusFromName(caseStatusName(s)), s);
        for (PartyRole r : allPartyRoles())
            QCOMPARE(partyRoleFromName(partyRoleName(r)), r);
        for (EventKind e : allEventKinds())
            QCOMPARE(eventKindFromName(eventKindName(e)), e);
        QCOMPARE(partyKindFromName(QStringLiteral("organisation")), PartyKind::Organisation);
        QVERIFY(!caseKindFromName(QStringLiteral("Restriction")));
    }

    void pathsBesideTheLibrary()
    {
        QCOMPARE(CaseStore::pathBeside(QStringLiteral("/data/zanlink/library.sqlite")),
            QStringLiteral("/data/zanlink/cases.sqlite"));
        QCOMPARE(m_store.evidenceDir(), m_dir.filePath(QStringLiteral("sub/evidence")));
        QCOMPARE(m_store.workingCopyDir(), m_dir.filePath(QStringLiteral("sub/evidence-working")));
    }

    void roundTripOfEveryField()
    {
        QString error;
        const qint64 caseId = *m_store.saveCase(fictionalCase(), &error);
        QVERIFY(caseId > 0);

        Party applicant;
        applicant.caseId = caseId;
        applicant.role = PartyRole::Applicant;
        applicant.kind = PartyKind::Person;
        applicant.name = QStringLiteral("Ержан Тестов");
        applicant.details = QStringLiteral("блогер, г. Вымышленск");
        applicant.birthDate = QDate(1990, 4, 12);
        applicant.confidential = true;
        applicant.id = *m_store.saveParty(applicant, &error);
        Party platform;
        platform.caseId = caseId;
        platform.role = PartyRole::Platform;
        platform.kind = PartyKind::Organisation;
        platform.name = QStringLiteral("TikTok");
        platform.id = *m_store.saveParty(platform, &error);

        ContentItem item;
        item.caseId = caseId;
        item.url = QStringLiteral("https://video.example.org/@erzhan_test/123");
        item.platform = QStringLiteral("TikTok");
        item.account = QStringLiteral("@erzhan_test");
        item.contentKind = QStringLiteral("video");
        item.language = QStringLiteral("kk");
        item.notes = QStringLiteral("Видео о вымышленном акимате");
        item.id = *m_store.saveContentItem(item, &error);
        QVERIFY2(item.id > 0, qPrintable(error));

        CaseEvent blocked;
        blocked.caseId = caseId;
        blocked.kind = EventKind::BlockedWithoutOrder;
        blocked.atUtc = utc(2025, 3, 3);
        blocked.description = QStringLiteral("Аккаунт недоступен, органы отрицают предписание");
        blocked.contentItemId = item.id;
        blocked.id = *m_store.saveEvent(blocked, &error);

        Deadline deadline;
        deadline.caseId = caseId;
        deadline.title = QStringLiteral("Ответ платформы");
        deadline.dueUtc = utc(2025, 3, 4);
        deadline.ruleId = QStringLiteral("platform-24h");
        deadline.fromEventId = blocked.id;
        deadline.notes = QStringLiteral("24 часа");
        deadline.id = *m_store.saveDeadline(deadline, &error);

        CaseNote note;
        note.caseId = caseId;
        note.html = QStringLiteral("<p>См. <b>ст. 41-1</b></p>");
        note.plainText = QStringLiteral("См. ст. 41-1");
        note.citations = { NoteCitation { QStringLiteral("Z9900000001"), QStringLiteral("41-1/1-2"), Language::Kk,
                               QDate(2024, 7, 1), 4, 8, false },
            NoteCitation { QStringLiteral("Z9900000002"), {}, Language::Ru, {}, -1, 0, true } };
        note.id = *m_store.saveNote(note, &error);

        Evidence meta;
        meta.contentItemId = item.id;
        meta.capturedAtUtc = utc(2025, 3, 3, 10, 0);
        meta.capturedBy = QStringLiteral("Айгерим Вымыслова");
        meta.captureMethod = QStringLiteral("screenshot");
        meta.measurementId = QStringLiteral("20250303T100000Z_webconnectivity_KZ_0000_n1_fictional");
        meta.description = QStringLiteral("Снимок страницы ошибки");
        const QString shot = m_dir.filePath(QStringLiteral("снимок.png"));
        QFile f(shot);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("fictional png bytes");
        f.close();
        const std::optional<Evidence> ev = m_store.attachEvidence(caseId, shot, meta, &error);
        QVERIFY2(ev, qPrintable(error));

        const std::optional<CaseFile> file = m_store.caseFile(caseId);
        QVERIFY(file);
        const CaseRecord& r = file->record;
        QCOMPARE(r.id, caseId);
        QCOMPARE(r.title, fictionalCase().title);
        QCOMPARE(r.kind, CaseKind::Restriction);
        QCOMPARE(r.status, CaseStatus::Open);
        QCOMPARE(r.tags, fictionalCase().tags);
        QVERIFY(r.confidential);
        QVERIFY(r.createdUtc.isValid());
        QVERIFY(r.updatedUtc >= r.createdUtc);

        QCOMPARE(file->parties.size(), 2);
        const Party& p = file->parties.at(0);
        QCOMPARE(p.id, applicant.id);
        QCOMPARE(p.caseId, caseId);
        QCOMPARE(p.role, PartyRole::Applicant);
        QCOMPARE(p.kind, PartyKind::Person);
        QCOMPARE(p.name, applicant.name);
        QCOMPARE(p.details, applicant.details);
        QCOMPARE(p.isChild, false);
        QCOMPARE(p.birthDate, applicant.birthDate);
        QVERIFY(p.confidential);
        QCOMPARE(file->parties.at(1).kind, PartyKind::Organisation);
        QVERIFY(!file->parties.at(1).birthDate.isValid());
        QVERIFY(!file->parties.at(1).confidential);

        QCOMPARE(file->items.size(), 1);
        const ContentItem& c = file->items.first();
        QCOMPARE(c.id, item.id);
        QCOMPARE(c.url, item.url);
        QCOMPARE(c.platform, item.platform);
        QCOMPARE(c.account, item.account);
        QCOMPARE(c.contentKind, item.contentKind);
        QCOMPARE(c.language, item.language);
        QCOMPARE(c.notes, item.notes);

        QCOMPARE(file->events.size(), 1);
        const CaseEvent& e = file->events.first();
        QCOMPARE(e.id, blocked.id);
        QCOMPARE(e.kind, EventKind::BlockedWithoutOrder);
        QCOMPARE(e.atUtc, blocked.atUtc);
        QCOMPARE(e.description, blocked.description);
        QCOMPARE(e.contentItemId, item.id);

        QCOMPARE(file->deadlines.size(), 1);
        const Deadline& d = file->deadlines.first();
        QCOMPARE(d.title, deadline.title);
        QCOMPARE(d.dueUtc, deadline.dueUtc);
        QCOMPARE(d.ruleId, deadline.ruleId);
        QCOMPARE(d.fromEventId, blocked.id);
        QCOMPARE(d.done, false);
        QCOMPARE(d.notes, deadline.notes);

        QCOMPARE(file->notes.size(), 1);
        const CaseNote& n = file->notes.first();
        QCOMPARE(n.html, note.html);
        QCOMPARE(n.plainText, note.plainText);
        QVERIFY(n.createdUtc.isValid() && n.updatedUtc.isValid());
        QCOMPARE(n.citations.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const NoteCitation& a = n.citations.at(i);
            const NoteCitation& b = note.citations.at(i);
            QCOMPARE(a.actId, b.actId);
            QCOMPARE(a.key, b.key);
            QCOMPARE(a.language, b.language);
            QCOMPARE(a.editionDate, b.editionDate);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.length, b.length);
            QCOMPARE(a.manual, b.manual);
        }

        QCOMPARE(file->evidence.size(), 1);
        const Evidence& x = file->evidence.first();
        QCOMPARE(x.id, ev->id);
        QCOMPARE(x.contentItemId, item.id);
        QCOMPARE(x.fileName, QStringLiteral("снимок.png"));
        QCOMPARE(x.size, 19);
        QCOMPARE(x.capturedAtUtc, meta.capturedAtUtc);
        QCOMPARE(x.capturedBy, meta.capturedBy);
        QCOMPARE(x.captureMethod, meta.captureMethod);
        QCOMPARE(x.measurementId, meta.measurementId);
        QCOMPARE(x.description, meta.description);

        // Removing the content item keeps the event and evidence, unlinked.
        QVERIFY2(m_store.removeContentItem(item.id, &error), qPrintable(error));
        const CaseFile after = *m_store.caseFile(caseId);
        QCOMPARE(after.events.first().contentItemId, 0);
        QCOMPARE(after.evidence.first().contentItemId, 0);
        QVERIFY(m_store.removeEvent(blocked.id, &error));
        QCOMPARE(m_store.caseFile(caseId)->deadlines.first().fromEventId, 0);
        QVERIFY(m_store.removeDeadline(deadline.id, &error));
        QVERIFY(m_store.removeNote(note.id, &error));
        QVERIFY(m_store.removeParty(platform.id, &error));
        const CaseFile last = *m_store.caseFile(caseId);
        QVERIFY(last.deadlines.isEmpty() && last.notes.isEmpty() && last.events.isEmpty());
        QCOMPARE(last.parties.size(), 1);
        QVERIFY(!m_store.removeNote(note.id, &error));
        QVERIFY2(error.contains(u"no note"), qPrintable(error));
    }

    void updatesAndStatusHistory()
    {
        QString error;
        CaseRecord r = fictionalCase();
        r.id = *m_store.saveCase(r, &error);
        const QDateTime firstUpdate = m_store.caseRecord(r.id)->updatedUtc;
        QTest::qSleep(5);
        r.status = CaseStatus::Waiting;
        r.title = QStringLiteral("  Блогер   Ержан Т. — ожидание ответа ");
        QCOMPARE(*m_store.saveCase(r, &error), r.id);
        r.status = CaseStatus::Closed;
        QVERIFY(m_store.saveCase(r, &error));
        // Saving an unchanged case writes nothing.
        const int auditRows = int(m_store.audit(r.id).size());
        QVERIFY(m_store.saveCase(r, &error));
        QCOMPARE(m_store.audit(r.id).size(), auditRows);

        const CaseFile file = *m_store.caseFile(r.id);
        QCOMPARE(file.record.title, QStringLiteral("Блогер Ержан Т. — ожидание ответа"));
        QCOMPARE(file.record.status, CaseStatus::Closed);
        QVERIFY(file.record.updatedUtc > firstUpdate);
        QCOMPARE(file.statusHistory.size(), 3);
        QCOMPARE(file.statusHistory.at(0).status, CaseStatus::Open);
        QCOMPARE(file.statusHistory.at(1).status, CaseStatus::Waiting);
        QCOMPARE(file.statusHistory.at(2).status, CaseStatus::Closed);
        QCOMPARE(file.statusHistory.at(2).by, QStringLiteral("advokat.test"));
        QVERIFY(file.statusHistory.at(2).atUtc >= file.statusHistory.at(0).atUtc);

        // A change to a part touches the case.
        const QDateTime before = file.record.updatedUtc;
        QTest::qSleep(5);
        Party p;
        p.caseId = r.id;
        p.name = QStringLiteral("Юрист Тестова");
        p.role = PartyRole::Lawyer;
        QVERIFY(m_store.saveParty(p, &error));
        QVERIFY(m_store.caseRecord(r.id)->updatedUtc > before);
    }

    void childIsConfidentialByDefault()
    {
        QString error;
        CaseRecord r = fictionalCase(QStringLiteral("Кибербуллинг ученицы 8 класса"));
        r.kind = CaseKind::ChildCyberbullying;
        r.confidential = false;
        const qint64 caseId = *m_store.saveCase(r, &error);
        Party child;
        child.caseId = caseId;
        child.name = QStringLiteral("Айя Вымышленная");
        child.isChild = true;
        child.birthDate = QDate(2011, 2, 1);
        child.id = *m_store.saveParty(child, &error);
        Party parent;
        parent.caseId = caseId;
        parent.name = QStringLiteral("Сауле Вымышленная");
        parent.id = *m_store.saveParty(parent, &error);
        const CaseFile file = *m_store.caseFile(caseId);
        QVERIFY(file.parties.at(0).confidential);
        QVERIFY(!file.parties.at(1).confidential);
        // The user may lift it explicitly afterwards.
        child = file.parties.at(0);
        child.confidential = false;
        QVERIFY(m_store.saveParty(child, &error));
        QVERIFY(!m_store.caseFile(caseId)->parties.at(0).confidential);
        // The audit names what changed, never the child's name or birth date.
        for (const AuditEntry& a : m_store.audit(caseId)) {
            QVERIFY2(!a.detail.contains(u"Айя"), qPrintable(a.detail));
            QVERIFY2(!a.detail.contains(u"2011"), qPrintable(a.detail));
        }
    }

    void filters()
    {
        QString error;
        CaseRecord a = fictionalCase(QStringLiteral("Новостной сайт Example — блокировка"));
        a.kind = CaseKind::AppealObjection;
        a.tags = { QStringLiteral("сайт") };
        a.id = *m_store.saveCase(a, &error);
        CaseRecord b = fictionalCase(QStringLiteral("Удаление постов"));
        b.kind = CaseKind::RemovalRequest;
        b.status = CaseStatus::Waiting;
        b.tags = { QStringLiteral("ҚҰҚЫҚ") };
        b.id = *m_store.saveCase(b, &error);
        CaseRecord c = fictionalCase(QStringLiteral("Консультация"));
        c.kind = CaseKind::Consultation;
        c.tags = {};
        c.id = *m_store.saveCase(c, &error);

        ContentItem item;
        item.caseId = a.id;
        item.url = QStringLiteral("http://news.example.org/");
        item.platform = QStringLiteral("website");
        QVERIFY(m_store.saveContentItem(item, &error));
        Party platform;
        platform.caseId = b.id;
        platform.role = PartyRole::Platform;
        platform.kind = PartyKind::Organisation;
        platform.name = QStringLiteral("Instagram");
        QVERIFY(m_store.saveParty(platform, &error));
        Party person;
        person.caseId = c.id;
        person.name = QStringLiteral("Әлия Тестова");
        QVERIFY(m_store.saveParty(person, &error));
        Deadline open;
        open.caseId = b.id;
        open.title = QStringLiteral("Срок");
        open.dueUtc = utc(2025, 5, 1);
        QVERIFY(m_store.saveDeadline(open, &error));
        Deadline done = open;
        done.caseId = c.id;
        done.done = true;
        QVERIFY(m_store.saveDeadline(done, &error));

        auto ids = [&](const CaseFilter& f) {
            QList<qint64> list;
            for (const CaseRecord& r : m_store.cases(f))
                list << r.id;
            return list;
        };
        // Newest updated first: c got a party and a deadline last.
        QCOMPARE(ids({}), (QList<qint64> { c.id, b.id, a.id }));
        CaseFilter f;
        f.status = CaseStatus::Waiting;
        QCOMPARE(ids(f), QList<qint64> { b.id });
        f = {};
        f.kind = CaseKind::AppealObjection;
        QCOMPARE(ids(f), QList<qint64> { a.id });
        f = {};
        f.platform = QStringLiteral("WEBSITE");
        QCOMPARE(ids(f), QList<qint64> { a.id });
        f.platform = QStringLiteral("instagram");
        QCOMPARE(ids(f), QList<qint64> { b.id });
        f = {};
        f.text = QStringLiteral("блокиров"); // title, case-insensitive Cyrillic
        QCOMPARE(ids(f), QList<qint64> { a.id });
        f.text = QStringLiteral("құқ"); // tag, Kazakh letters folded
        QCOMPARE(ids(f), QList<qint64> { b.id });
        f.text = QStringLiteral("ӘЛИЯ"); // party name
        QCOMPARE(ids(f), QList<qint64> { c.id });
        f = {};
        f.withOpenDeadlinesOnly = true;
        QCOMPARE(ids(f), QList<qint64> { b.id });
    }

    void casesCiting()
    {
        QString error;
        const qint64 one = *m_store.saveCase(fictionalCase(QStringLiteral("Первое дело")), &error);
        CaseRecord second = fictionalCase(QStringLiteral("Второе дело"));
        second.confidential = false;
        const qint64 two = *m_store.saveCase(second, &error);
        const QString act = QStringLiteral("Z9900000001");
        auto cite = [&](qint64 caseId, const QStringList& keys) {
            CaseNote n;
            n.caseId = caseId;
            n.plainText = QStringLiteral("заметка");
            for (const QString& k : keys)
                n.citations << NoteCitation { act, k, Language::Ru, QDate(2024, 1, 1), -1, 0, true };
            return *m_store.saveNote(n, &error);
        };
        const qint64 n1 = cite(one, { QStringLiteral("41-1/1-2") });
        const qint64 n2 = cite(two, { QStringLiteral("41-10"), QStringLiteral("41-1") });
        cite(two, { QStringLiteral("7") });

        const QList<CaseCitation> hits = m_store.casesCiting(act, QStringLiteral("41-1"));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).caseId, two); // newest updated first
        QCOMPARE(hits.at(0).noteId, n2);
        QCOMPARE(hits.at(0).key, QStringLiteral("41-1"));
        QCOMPARE(hits.at(0).caseTitle, QStringLiteral("Второе дело"));
        QVERIFY(!hits.at(0).confidential);
        QCOMPARE(hits.at(1).caseId, one);
        QCOMPARE(hits.at(1).noteId, n1);
        QCOMPARE(hits.at(1).key, QStringLiteral("41-1/1-2"));
        QCOMPARE(hits.at(1).editionDate, QDate(2024, 1, 1));
        QVERIFY(hits.at(1).confidential);
        QCOMPARE(m_store.casesCiting(act, QStringLiteral("41-1/1-2")).size(), 1);
        QCOMPARE(m_store.casesCiting(act, QStringLiteral("41")).size(), 0);
        QCOMPARE(m_store.casesCiting(act, {}).size(), 4);
        QCOMPARE(m_store.casesCiting(QStringLiteral("Z9900000009"), {}).size(), 0);

        // Saving a note replaces its citations.
        CaseNote changed = m_store.caseFile(one)->notes.first();
        changed.citations = { NoteCitation { act, QStringLiteral("7"), Language::Kk, {}, 0, 5, false } };
        QVERIFY(m_store.saveNote(changed, &error));
        QCOMPARE(m_store.casesCiting(act, QStringLiteral("41-1")).size(), 1);
        QCOMPARE(m_store.casesCiting(act, QStringLiteral("7")).size(), 2);
        // Deleting a case takes its notes' citations with it.
        QVERIFY(m_store.deleteCase(two, &error));
        QCOMPARE(m_store.casesCiting(act, {}).size(), 1);
    }

    void draftsAreSavedWithTheirChainAndEditions()
    {
        QString error;
        const qint64 caseId = *m_store.saveCase(fictionalCase(), &error);
        const QString act = QStringLiteral("Z9900000001");
        CaseDraft objection;
        objection.caseId = caseId;
        objection.type = QStringLiteral("objection-appeal");
        objection.language = QStringLiteral("kk+ru");
        objection.title = QStringLiteral("Возражение на предписание");
        objection.fieldsJson = QStringLiteral("{\"issuer\":\"Әлия Қ.\"}");
        objection.citations = { DraftCitation { act, QStringLiteral("41-1/1-2"), Language::Kk, QDate(2024, 5, 2), true },
            DraftCitation { act, QStringLiteral("41-1/1-2"), Language::Ru, QDate(2024, 5, 3), false } };
        const std::optional<qint64> first = m_store.saveDraft(objection, &error);
        QVERIFY2(first, qPrintable(error));

        CaseDraft appeal = objection;
        appeal.parentId = *first;
        appeal.title = QStringLiteral("Жалоба прокурору");
        appeal.final = true;
        appeal.citations.removeLast();
        const std::optional<qint64> second = m_store.saveDraft(appeal, &error);
        QVERIFY2(second, qPrintable(error));

        const CaseFile file = *m_store.caseFile(caseId);
        QCOMPARE(file.drafts.size(), 2);
        QCOMPARE(file.drafts.at(0).id, *first);
        QCOMPARE(file.drafts.at(0).fieldsJson, objection.fieldsJson);
        QCOMPARE(file.drafts.at(0).language, QStringLiteral("kk+ru"));
        QCOMPARE(file.drafts.at(0).citations, objection.citations);
        QVERIFY(file.drafts.at(0).createdUtc.isValid());
        QCOMPARE(file.drafts.at(1).parentId, *first);
        QVERIFY(file.drafts.at(1).final);
        QCOMPARE(file.drafts.at(1).citations.size(), 1);

        // Drafts are listed under the provisions they cite, after notes.
        CaseNote note;
        note.caseId = caseId;
        note.citations << NoteCitation { act, QStringLiteral("41-1"), Language::Ru, {}, -1, 0, true };
        QVERIFY(m_store.saveNote(note, &error));
        const QList<CaseCitation> hits = m_store.casesCiting(act, QStringLiteral("41-1"));
        QCOMPARE(hits.size(), 4);
        QVERIFY(hits.at(0).noteId != 0);
        QCOMPARE(hits.at(1).draftId, *first);
        QCOMPARE(hits.at(1).draftTitle, objection.title);
        QCOMPARE(hits.at(1).editionDate, QDate(2024, 5, 2));
        QCOMPARE(hits.at(3).draftId, *second);

        // Saving again replaces the citations; an unchanged save writes no audit row.
        const int auditRows = static_cast<int>(m_store.audit(caseId).size());
        QVERIFY(m_store.saveDraft(*m_store.draft(*second), &error));
        QCOMPARE(m_store.audit(caseId).size(), auditRows);
        CaseDraft changed = *m_store.draft(*second);
        changed.citations.clear();
        QVERIFY(m_store.saveDraft(changed, &error));
        QCOMPARE(m_store.casesCiting(act, QStringLiteral("41-1")).size(), 3);
        QCOMPARE(m_store.audit(caseId).last().detail, QStringLiteral("citations"));

        // Removing the first keeps the one that followed, now first of its chain.
        QVERIFY2(m_store.removeDraft(*first, &error), qPrintable(error));
        QCOMPARE(m_store.draft(*second)->parentId, 0);
        QVERIFY(!m_store.draft(*first));
    }

    void draftBadInputsNameTheField()
    {
        QString error;
        const qint64 one = *m_store.saveCase(fictionalCase(), &error);
        const qint64 two = *m_store.saveCase(fictionalCase(QStringLiteral("Другое дело")), &error);
        CaseDraft d;
        d.caseId = one;
        d.language = QStringLiteral("ru");
        QVERIFY(!m_store.saveDraft(d, &error));
        QVERIFY2(error.contains(u"request type"), qPrintable(error));
        d.type = QStringLiteral("removal-request");
        d.citations << DraftCitation { QStringLiteral(" "), QStringLiteral("1"), Language::Ru, {}, false };
        QVERIFY(!m_store.saveDraft(d, &error));
        QVERIFY2(error.contains(u"citation 1") && error.contains(u"actId"), qPrintable(error));
        d.citations.clear();
        CaseDraft other = d;
        other.caseId = two;
        const qint64 otherId = *m_store.saveDraft(other, &error);
        d.parentId = otherId;
        QVERIFY(!m_store.saveDraft(d, &error));
        QVERIFY2(error.contains(u"parent") && error.contains(u"not part of case"), qPrintable(error));
        d.parentId = 0;
        d.caseId = 999;
        QVERIFY(!m_store.saveDraft(d, &error));
        QVERIFY2(error.contains(u"no case with id 999"), qPrintable(error));
        QCOMPARE(m_store.caseFile(one)->drafts.size(), 0);
    }

    void auditRows()
    {
        QString error;
        CaseRecord r = fictionalCase();
        r.id = *m_store.saveCase(r, &error);
        r.title = QStringLiteral("Секретное новое название");
        r.status = CaseStatus::Waiting;
        QVERIFY(m_store.saveCase(r, &error));
        Party p;
        p.caseId = r.id;
        p.name = QStringLiteral("Ержан Тестов");
        p.id = *m_store.saveParty(p, &error);
        p.name = QStringLiteral("Ержан Тестович");
        QVERIFY(m_store.saveParty(p, &error));
        QVERIFY(m_store.logAction(
            r.id, QStringLiteral("export"), QStringLiteral("case"), r.id, QStringLiteral("to a case bundle"), &error));
        QVERIFY(m_store.deleteCase(r.id, &error));

        const QList<AuditEntry> log = m_store.audit(r.id);
        QCOMPARE(log.size(), 6);
        const QStringList actions { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("export"), QStringLiteral("delete") };
        const QStringList entities { QStringLiteral("case"), QStringLiteral("case"), QStringLiteral("party"),
            QStringLiteral("party"), QStringLiteral("case"), QStringLiteral("case") };
        for (int i = 0; i < log.size(); ++i) {
            QCOMPARE(log.at(i).action, actions.at(i));
            QCOMPARE(log.at(i).entity, entities.at(i));
            QCOMPARE(log.at(i).who, QStringLiteral("advokat.test"));
            QCOMPARE(log.at(i).caseId, r.id);
            QVERIFY(log.at(i).atUtc.isValid());
            QVERIFY2(!log.at(i).detail.contains(u"Секрет"), qPrintable(log.at(i).detail));
            QVERIFY2(!log.at(i).detail.contains(u"Ержан"), qPrintable(log.at(i).detail));
        }
        QVERIFY2(log.at(1).detail.contains(u"title"), qPrintable(log.at(1).detail));
        QVERIFY2(log.at(1).detail.contains(u"status: open -> waiting"), qPrintable(log.at(1).detail));
        QCOMPARE(log.at(2).entityId, p.id);
        QCOMPARE(log.at(3).detail, QStringLiteral("name"));
        QVERIFY(!m_store.caseRecord(r.id));
        QCOMPARE(m_store.audit().size(), log.size());
    }

    void badInputsNameTheField()
    {
        QString error;
        CaseRecord empty = fictionalCase(QStringLiteral("   "));
        QVERIFY(!m_store.saveCase(empty, &error));
        QVERIFY2(error.contains(u"title"), qPrintable(error));
        CaseRecord ghost = fictionalCase();
        ghost.id = 4242;
        QVERIFY(!m_store.saveCase(ghost, &error));
        QVERIFY2(error.contains(u"4242"), qPrintable(error));

        const qint64 caseId = *m_store.saveCase(fictionalCase(), &error);
        ContentItem item;
        item.caseId = caseId;
        for (const QString& url : { QString(), QStringLiteral("ftp://files.example.org/a"),
                 QStringLiteral("javascript:alert(1)"), QStringLiteral("example.org/page") }) {
            item.url = url;
            QVERIFY(!m_store.saveContentItem(item, &error));
            QVERIFY2(error.contains(u"URL"), qPrintable(error));
        }
        item.caseId = 999;
        item.url = QStringLiteral("https://example.org/");
        QVERIFY(!m_store.saveContentItem(item, &error));
        QVERIFY2(error.contains(u"caseId") && error.contains(u"999"), qPrintable(error));

        Party nameless;
        nameless.caseId = caseId;
        QVERIFY(!m_store.saveParty(nameless, &error));
        QVERIFY2(error.contains(u"name"), qPrintable(error));
        CaseEvent timeless;
        timeless.caseId = caseId;
        QVERIFY(!m_store.saveEvent(timeless, &error));
        QVERIFY2(error.contains(u"time"), qPrintable(error));
        Deadline d;
        d.caseId = caseId;
        d.dueUtc = utc(2025, 1, 1);
        QVERIFY(!m_store.saveDeadline(d, &error));
        QVERIFY2(error.contains(u"title"), qPrintable(error));
        d.title = QStringLiteral("Срок");
        d.dueUtc = {};
        QVERIFY(!m_store.saveDeadline(d, &error));
        QVERIFY2(error.contains(u"due"), qPrintable(error));
        CaseNote n;
        n.caseId = caseId;
        n.citations = { NoteCitation {} };
        QVERIFY(!m_store.saveNote(n, &error));
        QVERIFY2(error.contains(u"actId"), qPrintable(error));

        // A reference to another case's content item is refused.
        const qint64 other = *m_store.saveCase(fictionalCase(QStringLiteral("Другое дело")), &error);
        item.caseId = other;
        const qint64 foreignItem = *m_store.saveContentItem(item, &error);
        CaseEvent e;
        e.caseId = caseId;
        e.atUtc = utc(2025, 1, 1);
        e.contentItemId = foreignItem;
        QVERIFY(!m_store.saveEvent(e, &error));
        QVERIFY2(error.contains(u"content item"), qPrintable(error));
        // Updating a part through the wrong case is refused.
        item.id = foreignItem;
        item.caseId = caseId;
        QVERIFY(!m_store.saveContentItem(item, &error));
        QVERIFY2(error.contains(u"no content"), qPrintable(error));
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(m_store.database().exec(
            QStringLiteral("UPDATE case_schema_version SET version = %1").arg(caseSchemaVersion() + 1)));
        m_store.database().close();
        CaseStore again;
        QString error;
        QVERIFY(!again.open(m_path, &error));
        QVERIFY2(error.contains(u"newer"), qPrintable(error));
        QVERIFY2(error.contains(m_path), qPrintable(error));
    }

    void anotherProgramsDatabaseIsRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("browser-history.sqlite"));
        {
            Database db;
            QVERIFY(db.open(other));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE visits (url TEXT); INSERT INTO visits VALUES ('x');")));
        }
        CaseStore store;
        QString error;
        QVERIFY(!store.open(other, &error));
        QVERIFY2(error.contains(u"another program"), qPrintable(error));
        // Nothing was added to it.
        Database db;
        QVERIFY(db.open(other, false));
        Statement s = db.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        QVERIFY(s.next());
        QCOMPARE(s.integer(0), 1);

        // A file with the case tables' marker but another application id.
        const QString tagged = m_dir.filePath(QStringLiteral("tagged.sqlite"));
        {
            Database t;
            QVERIFY(t.open(tagged));
            QVERIFY(t.exec(QStringLiteral("PRAGMA application_id = 12345;")));
        }
        QVERIFY(!store.open(tagged, &error));
        QVERIFY2(error.contains(u"another program"), qPrintable(error));

        // An empty file is a new case file; opening it twice is fine.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/cases.sqlite"));
        QVERIFY2(store.open(fresh, &error), qPrintable(error));
        QVERIFY2(store.open(fresh, &error), qPrintable(error));
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
    QString m_path;
    CaseStore m_store;
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_case_store.moc"
