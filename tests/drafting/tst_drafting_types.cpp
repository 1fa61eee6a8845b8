// Request types: ids, titles and the provisions each rests on.
#include "drafting/request_types.h"

#include <QTest>

using namespace zanlink;

class TstDraftingTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsRoundTrip()
    {
        QCOMPARE(allRequestTypes().size(), 5);
        for (RequestType t : allRequestTypes()) {
            QCOMPARE(requestTypeFromId(requestTypeId(t)), std::optional<RequestType>(t));
            const RequestTypeInfo& info = requestTypeInfo(t);
            QVERIFY(!info.titleKk.isEmpty() && !info.titleRu.isEmpty() && !info.titleEn.isEmpty());
            QVERIFY(!info.defaultProvisions.isEmpty());
            QVERIFY(info.requiredFields.contains(u"issuer"_qs));
        }
        QVERIFY(!requestTypeFromId(u"nonsense"_qs));
    }
    void provisions()
    {
        const auto& restore = requestTypeInfo(RequestType::RestorationRequest);
        QVERIFY(restore.defaultProvisions.contains(ProvisionRef { u"Z040000567_"_qs, u"41-1/6"_qs }));
        const auto& bullying = requestTypeInfo(RequestType::CyberbullyingComplaint);
        QVERIFY(bullying.defaultProvisions.contains(ProvisionRef { u"Z2400000093"_qs, u"40/1"_qs }));
        QCOMPARE(requestTypeInfo(RequestType::RemovalRequest).addresseeRole, PartyRole::PlatformRepresentative);
        QVERIFY(requestTypeInfo(RequestType::TargetedRestriction).needsTargetedUrls);
        QCOMPARE(requestTypeForCaseKind(CaseKind::ChildCyberbullying),
            std::optional<RequestType>(RequestType::CyberbullyingComplaint));
    }
};

QTEST_GUILESS_MAIN(TstDraftingTypes)
#include "tst_drafting_types.moc"
