#pragma once

#include "cases/case_model.h"
#include "corpus/language.h"
#include "drafting/request_types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace zanlink {

class LibraryStore;

enum class OutputLanguage { Kk, Ru, En, BilingualKkRu };

// "kk", "ru", "en", "kk+ru"
QString outputLanguageCode(OutputLanguage lang);
std::optional<OutputLanguage> outputLanguageFromCode(const QString& code);
// The languages a draft is written in: one, or kk then ru for the bilingual form.
QList<Language> outputLanguages(OutputLanguage lang);

// A provision the draft cites, pinned to the edition of one language version.
// The bilingual form pins each provision twice, in kk and in ru.
struct PinnedCitation {
    QString actId;
    QString key; // "41-1/1-1"; empty for the whole act
    Language language = Language::Ru;
    QDate editionDate; // invalid until pinned
    bool quote = false; // quote the provision's text from the library
    bool operator==(const PinnedCitation&) const = default;
};

// The field names of Draft::fields (also the names templates use):
//   issuer, issuerCapacity, issuerDetails         QString — who issues it and in what capacity
//   addressee, addresseeDetails                   QString
//   subject                                       QString — the person concerned (a child: name only)
//   facts                                         QStringList — one paragraph each
//   urls                                          QStringList — exact URLs or accounts
//   wholePlatformRequested                        bool — the client asked for a whole site or platform
//   actionRequested, territorialScope             QString
//   deadline, deadlineStart                       QString — the deadline and the event it runs from
//   deadlineDate                                  QDate — when it falls (for "deadline passed")
//   orderReference                                QString — the order objected to or to be cancelled
//   redress                                       QString — how to seek redress
//   attachments                                   QStringList
//   date                                          QDate — the date of the document
//   place                                         QString
namespace DraftField {
inline constexpr char16_t Issuer[] = u"issuer";
inline constexpr char16_t IssuerCapacity[] = u"issuerCapacity";
inline constexpr char16_t IssuerDetails[] = u"issuerDetails";
inline constexpr char16_t Addressee[] = u"addressee";
inline constexpr char16_t AddresseeDetails[] = u"addresseeDetails";
inline constexpr char16_t Subject[] = u"subject";
inline constexpr char16_t Facts[] = u"facts";
inline constexpr char16_t Urls[] = u"urls";
inline constexpr char16_t WholePlatformRequested[] = u"wholePlatformRequested";
inline constexpr char16_t ActionRequested[] = u"actionRequested";
inline constexpr char16_t TerritorialScope[] = u"territorialScope";
inline constexpr char16_t Deadline[] = u"deadline";
inline constexpr char16_t DeadlineStart[] = u"deadlineStart";
inline constexpr char16_t DeadlineDate[] = u"deadlineDate";
inline constexpr char16_t OrderReference[] = u"orderReference";
inline constexpr char16_t Redress[] = u"redress";
inline constexpr char16_t Attachments[] = u"attachments";
inline constexpr char16_t Date[] = u"date";
inline constexpr char16_t Place[] = u"place";
} // namespace DraftField

// A field may also carry a value per language under "name@kk", "name@ru",
// "name@en"; the form in a language takes that value first, then "name". The
// bilingual form needs it for prefilled wording such as the capacity.
struct Draft {
    RequestType type = RequestType::RemovalRequest;
    OutputLanguage language = OutputLanguage::Ru;
    QVariantMap fields;
    QList<PinnedCitation> citations;

    QVariant value(const QString& field, Language lang) const;
    QString text(const QString& field, Language lang) const; // trimmed
    QStringList list(const QString& field, Language lang) const; // trimmed, empty entries dropped
    QDate date(const QString& field) const;
    // The citations of one language, in order.
    QList<PinnedCitation> citationsIn(Language lang) const;
};

// A draft prefilled from a case: the applicant issues it (a child applicant
// becomes the subject and the issuer acts as the child's legal representative),
// the party in the type's addressee role receives it, content items give the
// URLs, events the facts and the order referred to, the first open deadline the
// deadline; the type's default provisions and the provisions cited in the case
// notes are pinned for each output language. Times are shown in Kazakhstan time.
Draft draftFromCase(const CaseFile& file, RequestType type, OutputLanguage language, const QDate& today);

// Pins every citation without an edition to the newest edition of its act in
// its language held by the library; returns how many were pinned.
int pinLatestEditions(Draft& draft, LibraryStore& library);

// One thing a final request still lacks, in plain words; field is the Draft
// field name ("citations" for the legal basis).
struct MissingItem {
    QString field;
    QString message;
};

// What the request still lacks before it can be saved as final (drafts may be
// incomplete). With a library, every citation is checked to be there in its
// language and edition; today decides whether the deadline has passed.
QList<MissingItem> completenessCheck(const Draft& draft, LibraryStore* library, const QDate& today);

// True for an address naming a whole site or platform rather than specific
// content: "https://example.kz", "example.kz/", "www.tiktok.com".
bool isBareDomain(const QString& url);

} // namespace zanlink
