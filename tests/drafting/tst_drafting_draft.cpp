// Drafts prefilled from a fictional case, and the completeness check.
#include "drafting/draft.h"
#include "fictional_case.h"
#include "store/library_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

bool hasField(const QList<MissingItem>& list, const QString& field, const QString& words = {})
{
    for (const MissingItem& m : list) {
        if (m.field == field && m.message.contains(words))
            return true;
    }
    return false;
}

} // namespace

class TstDraftingDraft : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void prefill()
    {
        const Draft d = draftFromCase(
            test::fictionalCase(), RequestType::RemovalRequest, OutputLanguage::BilingualKkRu, QDate(2026, 3, 5));
        QCOMPARE(d.text(u"issuer"_qs, Language::Ru), u"Айгерим Вымышленная"_qs);
        QCOMPARE(d.text(u"subject"_qs, Language::Ru), u"А. В."_qs);
        QCOMPARE(d.text(u"issuerCapacity"_qs, Language::Kk), u"баланың заңды өкілі"_qs);
        QCOMPARE(d.text(u"issuerCapacity"_qs, Language::Ru), u"законный представитель ребенка"_qs);
        QCOMPARE(d.text(u"addressee"_qs, Language::Ru), u"ТОО «Вымышленная платформа Казахстан»"_qs);
        QCOMPARE(d.list(u"urls"_qs, Language::Ru).size(), 2);
        QCOMPARE(d.list(u"facts"_qs, Language::Ru).first(), u"02.03.2026 — Опубликовано видео с ребенком"_qs);
        QVERIFY(d.text(u"orderReference"_qs, Language::Ru).contains(u"1-ВЫМ"));
        QCOMPARE(d.text(u"deadlineStart"_qs, Language::Ru), u"Предписание № 1-ВЫМ"_qs);
        QCOMPARE(d.date(u"deadlineDate"_qs), QDate(2026, 3, 6));
        // two default provisions and one from the note, each in kk and ru
        QCOMPARE(d.citationsIn(Language::Kk).size(), 3);
        QCOMPARE(d.citationsIn(Language::Ru).size(), 3);
        QCOMPARE(d.citationsIn(Language::Ru).last().editionDate, QDate(2026, 1, 1));
        QVERIFY(!d.citationsIn(Language::Kk).last().editionDate.isValid());

        const Draft ministry
            = draftFromCase(test::fictionalCase(), RequestType::CyberbullyingComplaint, OutputLanguage::En, {});
        QVERIFY(ministry.text(u"addressee"_qs, Language::En).startsWith(u"Ministry of Culture and Information"));
    }

    void completeness()
    {
        QTemporaryDir dir;
        LibraryStore lib;
        QString error;
        QVERIFY2(lib.open(dir.filePath(u"lib.sqlite"_qs), &error), qPrintable(error));
        const QDate ed(2026, 1, 1);
        QVERIFY(lib.addEditions({ test::fictionalEdition(u"Z2300000018"_qs, Language::Ru, ed),
                                    test::fictionalEdition(u"Z040000567_"_qs, Language::Ru, ed) },
            &error));

        Draft d = draftFromCase(test::fictionalCase(), RequestType::TargetedRestriction, OutputLanguage::Ru, {});
        QCOMPARE(pinLatestEditions(d, lib), 2);
        auto missing = completenessCheck(d, &lib, QDate(2026, 3, 10));
        QVERIFY(hasField(missing, u"actionRequested"_qs));
        QVERIFY(hasField(missing, u"territorialScope"_qs));
        QVERIFY(hasField(missing, u"redress"_qs));
        QVERIFY(hasField(missing, u"attachments"_qs));
        QVERIFY(hasField(missing, u"deadlineDate"_qs, u"passed on 2026-03-06"_qs));
        QVERIFY(!hasField(missing, u"issuer"_qs));
        QVERIFY(!hasField(missing, u"citations"_qs));

        d.fields[u"urls"_qs] = QStringList { u"https://video.example/"_qs, u"not a url at all"_qs };
        d.citations.append(PinnedCitation { u"Z2400000093"_qs, u"40/1"_qs, Language::Ru, ed, false });
        d.citations.append(PinnedCitation { u"Z040000567_"_qs, u"99/1"_qs, Language::Ru, ed, false });
        missing = completenessCheck(d, &lib, QDate(2026, 3, 1));
        QVERIFY(hasField(missing, u"urls"_qs, u"whole site or platform"_qs));
        QVERIFY(hasField(missing, u"urls"_qs, u"is not a web address"_qs));
        QVERIFY(hasField(missing, u"citations"_qs, u"Z2400000093 is not in the library in Russian"_qs));
        // An act the library lacks cannot be pinned; the check says to import it.
        d.citations.append(PinnedCitation { u"Z9900000077"_qs, u"1"_qs, Language::Ru, {}, false });
        QVERIFY(hasField(completenessCheck(d, &lib, {}), u"citations"_qs,
            u"cannot be pinned: the library has no Russian text of Z9900000077"_qs));
        QVERIFY(hasField(missing, u"citations"_qs, u"Art. 99(1) of Z040000567_ is not in the"_qs));
        QVERIFY(!hasField(missing, u"deadlineDate"_qs));
        d.fields[u"wholePlatformRequested"_qs] = true;
        QVERIFY(!hasField(completenessCheck(d, &lib, {}), u"urls"_qs, u"whole site"_qs));

        Draft bi = draftFromCase(test::fictionalCase(), RequestType::RemovalRequest, OutputLanguage::BilingualKkRu, {});
        bi.fields.remove(u"issuerCapacity@kk"_qs);
        QVERIFY(hasField(completenessCheck(bi, nullptr, {}), u"issuerCapacity"_qs, u"(in Kazakh)"_qs));
        QVERIFY(hasField(completenessCheck(bi, nullptr, {}), u"citations"_qs, u"not pinned to an edition"_qs));
    }
};

QTEST_GUILESS_MAIN(TstDraftingDraft)
#include "tst_drafting_draft.moc"
