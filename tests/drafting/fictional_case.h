#pragma once
// A fictional case and fictional provision texts for the drafting tests. Every
// name, address and "provision text" here is made up; none is a statute's text.

#include "cases/case_model.h"
#include "corpus/provision.h"

#include <QTimeZone>

namespace zanlink::test {

inline QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

inline CaseFile fictionalCase()
{
    CaseFile f;
    f.record.id = 1;
    f.record.title = QStringLiteral("Вымышленное дело: видео о ребенке");
    f.record.kind = CaseKind::ChildCyberbullying;
    Party mother { 1, 1, PartyRole::Applicant, PartyKind::Person, QStringLiteral("Айгерим Вымышленная"),
        QStringLiteral("г. Астана, ул. Несуществующая, 1"), false, QDate(), false };
    Party child { 2, 1, PartyRole::Applicant, PartyKind::Person, QStringLiteral("А. В."), QString(), true,
        QDate(2014, 5, 1), true };
    Party rep { 3, 1, PartyRole::PlatformRepresentative, PartyKind::Organisation,
        QStringLiteral("ТОО «Вымышленная платформа Казахстан»"), QStringLiteral("г. Алматы, пр. Примерный, 2"), false,
        QDate(), false };
    f.parties = { mother, child, rep };
    ContentItem v;
    v.id = 1;
    v.url = QStringLiteral("https://video.example/@fictional/video/123");
    v.platform = QStringLiteral("VideoExample");
    ContentItem c;
    c.id = 2;
    c.url = QStringLiteral("https://social.example/p/456?comment=7");
    f.items = { v, c };
    CaseEvent seen { 1, 1, EventKind::Other, utc(2026, 3, 2), QStringLiteral("Опубликовано видео с ребенком"), 1 };
    CaseEvent order { 2, 1, EventKind::OrderIssued, utc(2026, 3, 5), QStringLiteral("Предписание № 1-ВЫМ"), 0 };
    f.events = { seen, order };
    Deadline dl;
    dl.id = 1;
    dl.title = QStringLiteral("24 часа на удаление");
    dl.dueUtc = utc(2026, 3, 6);
    dl.fromEventId = 2;
    f.deadlines = { dl };
    CaseNote note;
    note.id = 1;
    NoteCitation nc;
    nc.actId = QStringLiteral("Z2300000018");
    nc.key = QStringLiteral("6");
    nc.language = Language::Ru;
    nc.editionDate = QDate(2026, 1, 1);
    note.citations = { nc };
    f.notes = { note };
    return f;
}

inline Provision node(ProvisionKind kind, const QString& key, const QString& number, const QString& text,
    const QList<Provision>& children = {})
{
    Provision p;
    p.kind = kind;
    p.key = key;
    p.number = number;
    p.text = text;
    p.children = children;
    return p;
}

// A fictional edition of a real act's id with made-up text, for quoting.
inline ActEdition fictionalEdition(const QString& actId, Language lang, const QDate& date)
{
    const QString tag = lang == Language::Kk ? QStringLiteral("ВЫМЫШЛЕННЫЙ-KK")
        : lang == Language::Ru               ? QStringLiteral("ВЫМЫШЛЕННЫЙ-RU")
                                             : QStringLiteral("FICTIONAL-EN");
    ActEdition e;
    e.actId = actId;
    e.language = lang;
    e.title = actId;
    e.editionDate = date;
    e.sourceKind = QStringLiteral("text");
    const auto para = [&](const QString& art, const QString& n) {
        return node(ProvisionKind::Paragraph, art + u'/' + n, n, tag + u" text of " + art + u'/' + n + u" & <x>");
    };
    for (const QString& art : { QStringLiteral("6"), QStringLiteral("9"), QStringLiteral("11"), QStringLiteral("40"),
             QStringLiteral("41-1") }) {
        e.provisions.append(node(ProvisionKind::Article, art, art, QString(),
            { para(art, u"1"_qs), para(art, u"1-1"_qs), para(art, u"4"_qs), para(art, u"5"_qs), para(art, u"6"_qs) }));
    }
    return e;
}

} // namespace zanlink::test
