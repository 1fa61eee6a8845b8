#pragma once

#include "corpus/catalogue.h"
#include "corpus/language.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zanlink {

// Who the acts are, for resolving the names, dates and numbers by which the
// texts cite them. Built from the catalogue and from the titles of imported acts.
class ActDirectory {
public:
    struct Act {
        QString id;
        ActKind kind = ActKind::Law;
        QString number; // "567-II"; may be empty
        QDate adopted; // may be invalid
        QHash<Language, QString> titles;
    };

    // A name found in a run of words: the act and how many words it took.
    struct NameMatch {
        QString actId;
        int words = 0;
        bool whole = false; // every word of the name matched (not just its beginning)
    };

    // The catalogue's acts with their titles, plus the loose names people use
    // for them in free text (a resource of this library).
    static ActDirectory fromCatalogue(const Catalogue& catalogue = Catalogue::builtin());

    // An act imported into the library, with its title as imported («О связи»,
    // "Об онлайн-платформах и онлайн-рекламе"); unknown ids are added.
    void addAct(const QString& actId, Language lang, const QString& title);
    // Facts about an act (kind, number, adoption date), for citations by date and number.
    void addActFacts(const QString& actId, ActKind kind, const QString& number, const QDate& adopted);
    // A loose name ("закон о связи" without the noun: "о связи"; "law on online platforms").
    void addLooseName(const QString& actId, Language lang, const QString& name);

    const Act* act(const QString& actId) const;
    const QList<Act>& acts() const { return m_acts; }
    QString title(const QString& actId, Language lang) const;

    // "567-II" (Cyrillic lookalikes in the numeral accepted); when date is valid
    // and the act's adoption date is known, they must agree.
    QString findByNumber(const QString& number, const QDate& date = {}) const;
    // The act whose title (or loose name) is exactly these words, in any case.
    QString findByTitle(const QString& title) const;
    // Longest name beginning at words[pos]; words are normalised (normalizedWord)
    // with the country's name left out. allowPrefix accepts the first half of a
    // title ("об онлайн-платформах" for "Об онлайн-платформах и онлайн-рекламе").
    NameMatch matchName(const QStringList& words, int pos, bool allowPrefix, bool looseNames = true) const;

    // When on, a law or code cited by date and number that the directory does
    // not know gets the id Adilet gives such acts since 2011 (derivedAdiletId).
    void setDerivesIds(bool on) { m_derive = on; }
    bool derivesIds() const { return m_derive; }
    // Laws and codes adopted from 2011 on: Z|K + YY + the number's digits padded
    // to 7 (Z2300000018 = law 18-VIII of 2023, K1400000235 = code 235-V of 2014).
    // Older acts have another form (Z040000567_); empty for those.
    static QString derivedAdiletId(ActKind kind, const QDate& adopted, const QString& number);

private:
    struct Name {
        QString actId;
        QStringList words;
        bool loose = false;
    };
    Act* findOrAdd(const QString& actId);
    void addName(const QString& actId, const QString& text, bool loose);

    QList<Act> m_acts;
    QList<Name> m_names;
    // The names by the key of their first word (nameKey): matchName compares
    // a word only with the names whose first word can be the same word.
    QHash<QString, QList<qsizetype>> m_namesByFirstWord;
    bool m_derive = false;
};

// Lower case, Latin i between Cyrillic letters made Cyrillic і, ё made е,
// quotes dropped. Same length as the input except for dropped quotes.
QString normalizedWord(QStringView word);
// True when two normalised words are the same word in different cases
// ("связи"/"связь", "кодекса"/"кодекс", "заңының"/"заңы").
bool sameWordStem(const QString& a, const QString& b);
// Words that name the country ("Республики Казахстан", "РК", "Қазақстан
// Республикасының", "ҚР", "of the Republic of Kazakhstan"): left out when matching names.
bool isCountryWord(const QString& normalizedWord);
// Normalises an act number: "567-ІІ" (Cyrillic І) → "567-II".
QString normalizedActNumber(const QString& number);

} // namespace zanlink
