// Imports the fictional act Z9900000003 (tests/fixtures/refs) in kk, ru and en
// into a library: a small act that cites itself and the catalogue's acts.
#pragma once

#include "importer/importer.h"
#include "store/library_store.h"

#include <QTest>

namespace zanlink::testing {

inline const QString kRefsAct = QStringLiteral("Z9900000003");

inline ActEdition readRefsFixture(Language lang)
{
    ImportRequest req;
    req.path = QStringLiteral(ZANLINK_TEST_FIXTURES "/refs/%1_Z9900000003.txt").arg(languageCode(lang));
    req.language = lang;
    req.actId = kRefsAct;
    req.editionDate = QDate(2099, 6, 1);
    ImportError error;
    const std::optional<ImportOutcome> outcome = readSource(req, &error);
    if (!outcome || outcome->editions.size() != 1) {
        qWarning() << "fixture" << req.path << error.toString();
        return {};
    }
    ActEdition e = outcome->editions.first();
    e.title = lang == Language::Kk ? QStringLiteral("Ойдан шығарылған қолжетімділік туралы")
        : lang == Language::Ru ? QStringLiteral("О вымышленном доступе")
                               : QStringLiteral("On Fictional Access");
    return e;
}

inline bool importRefsFixture(LibraryStore& store)
{
    QList<ActEdition> editions;
    for (Language l : kAllLanguages)
        editions << readRefsFixture(l);
    QString error;
    const auto reports = store.addEditions(editions, &error);
    if (!reports)
        qWarning() << error;
    return reports.has_value();
}

} // namespace zanlink::testing
