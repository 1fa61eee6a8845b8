// A fictional blocking case for the bundle tests: three parties (one a
// child), a content item, two evidence files, an event, a deadline and two
// notes, one citing the fictional act Z9900000003 and one naming the child.
#pragma once

#include "cases/case_store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtDebug>

namespace zanlink::testing {

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

// A fictional blocking case with a child among the parties.
inline qint64 makeBundleCase(CaseStore& store, const QTemporaryDir& dir)
{
    QString e;
    CaseRecord r;
    r.title = QStringLiteral("Блокировка канала «Вымышленные новости»");
    r.kind = CaseKind::Restriction;
    r.tags = QStringList { QStringLiteral("блокировка"), QStringLiteral("TikTok") };
    r.createdUtc = QDateTime(QDate(2099, 3, 1), QTime(9, 30), Qt::UTC);
    const qint64 id = store.saveCase(r, &e).value_or(0);
    r.id = id;
    r.status = CaseStatus::Waiting;
    store.saveCase(r, &e);
    Party blogger { 0, id, PartyRole::Applicant, PartyKind::Person, QStringLiteral("Ерлан Вымышленов"),
        QStringLiteral("блогер"), false, {}, false };
    Party child { 0, id, PartyRole::Other, PartyKind::Person, QStringLiteral("Айсулу Т."),
        QStringLiteral("свидетель, 14 лет"), true, QDate(2085, 5, 2), false };
    Party platform { 0, id, PartyRole::Platform, PartyKind::Organisation, QStringLiteral("TikTok"), {}, false, {},
        false };
    for (const Party& p : { blogger, child, platform })
        store.saveParty(p, &e);
    ContentItem item { 0, id, QStringLiteral("https://example.org/@vymysel/video/1"), QStringLiteral("TikTok"),
        QStringLiteral("@vymysel"), QStringLiteral("video"), QStringLiteral("kk"), {} };
    const qint64 itemId = store.saveContentItem(item, &e).value_or(0);
    QByteArray binary(5000, Qt::Uninitialized);
    for (char& c : binary)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    Evidence meta;
    meta.contentItemId = itemId;
    meta.capturedAtUtc = QDateTime(QDate(2099, 3, 1), QTime(10, 0), Qt::UTC);
    meta.capturedBy = QStringLiteral("юрист");
    meta.captureMethod = QStringLiteral("screenshot");
    meta.measurementId = QStringLiteral("20990301T100000Z_webconnectivity_KZ_0000_n1_fictional");
    store.attachEvidence(id, writeFile(dir, QStringLiteral("скриншот.png"), binary), meta, &e);
    meta.contentItemId = 0;
    meta.description = QStringLiteral("Сохранённая страница");
    store.attachEvidence(id, writeFile(dir, QStringLiteral("page.html"), QByteArray("<html>blocked</html>")), meta, &e);
    CaseEvent ev { 0, id, EventKind::BlockedWithoutOrder, QDateTime(QDate(2099, 3, 1), QTime(8, 0), Qt::UTC),
        QStringLiteral("Нет предписания"), itemId };
    const qint64 eventId = store.saveEvent(ev, &e).value_or(0);
    Deadline d { 0, id, QStringLiteral("Ответ платформы"), QDateTime(QDate(2099, 3, 2), QTime(8, 0), Qt::UTC),
        QStringLiteral("platform-24h"), eventId, false, {} };
    store.saveDeadline(d, &e);
    CaseNote n;
    n.caseId = id;
    n.plainText = QStringLiteral("См. п. 1 ст. 2 Закона «О вымышленном доступе».");
    n.html = n.plainText;
    n.citations << NoteCitation { QStringLiteral("Z9900000003"), QStringLiteral("2/1"), Language::Ru, QDate(2099, 6, 1),
        4, 9, false };
    store.saveNote(n, &e);
    CaseNote named;
    named.caseId = id;
    named.plainText = QStringLiteral("Айсулу Т. видела ролик до блокировки.");
    named.html = named.plainText;
    store.saveNote(named, &e);
    if (!e.isEmpty())
        qWarning() << e;
    return e.isEmpty() ? id : 0;
}

} // namespace zanlink::testing
