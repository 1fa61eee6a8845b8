#include "text/kazakh_stemmer.h"

#include <array>

namespace zanlink {

namespace {

// What an ending may follow.
enum class After {
    Any,
    Vowel,
    Consonant,
    Voiced, // a vowel or a voiced consonant
    Voiceless,
    Possessive, // the possessive ы/и
    VowelOrNasal,
    PossessiveOrNasal,
};

struct Ending {
    const char16_t* text;
    After after;
};

bool isVowel(QChar c)
{
    return QStringView(u"аеиоуыэюяё").contains(c);
}

bool isVoiceless(QChar c)
{
    return QStringView(u"кпстфхцчшщ").contains(c);
}

bool fits(After after, QChar prev)
{
    switch (after) {
    case After::Any:
        return true;
    case After::Vowel:
        return isVowel(prev);
    case After::Consonant:
        return prev.isLetter() && !isVowel(prev);
    case After::Voiced:
        return prev.isLetter() && !isVoiceless(prev);
    case After::Voiceless:
        return isVoiceless(prev);
    case After::Possessive:
        return prev == u'ы' || prev == u'и';
    case After::VowelOrNasal:
        return isVowel(prev) || prev == u'м' || prev == u'н';
    case After::PossessiveOrNasal:
        return prev == u'ы' || prev == u'и' || prev == u'м' || prev == u'н';
    }
    return false;
}

// Longest endings first within each group.
const std::array kCaseEndings {
    Ending { u"ндагы", After::Possessive },
    Ending { u"ндеги", After::Possessive },
    Ending { u"дагы", After::Voiced },
    Ending { u"деги", After::Voiced },
    Ending { u"тагы", After::Voiceless },
    Ending { u"теги", After::Voiceless },
    Ending { u"дын", After::Consonant },
    Ending { u"дин", After::Consonant },
    Ending { u"тын", After::Voiceless },
    Ending { u"тин", After::Voiceless },
    Ending { u"нын", After::VowelOrNasal },
    Ending { u"нин", After::VowelOrNasal },
    Ending { u"дан", After::Voiced },
    Ending { u"ден", After::Voiced },
    Ending { u"тан", After::Voiceless },
    Ending { u"тен", After::Voiceless },
    Ending { u"нан", After::PossessiveOrNasal },
    Ending { u"нен", After::PossessiveOrNasal },
    Ending { u"нда", After::Possessive },
    Ending { u"нде", After::Possessive },
    Ending { u"мен", After::Any },
    Ending { u"бен", After::Any },
    Ending { u"пен", After::Any },
    Ending { u"га", After::Voiced },
    Ending { u"ге", After::Voiced },
    Ending { u"ка", After::Voiceless },
    Ending { u"ке", After::Voiceless },
    Ending { u"на", After::Possessive },
    Ending { u"не", After::Possessive },
    Ending { u"ды", After::Consonant },
    Ending { u"ди", After::Consonant },
    Ending { u"ты", After::Voiceless },
    Ending { u"ти", After::Voiceless },
    Ending { u"ны", After::Vowel },
    Ending { u"ни", After::Vowel },
    Ending { u"да", After::Voiced },
    Ending { u"де", After::Voiced },
    Ending { u"та", After::Voiceless },
    Ending { u"те", After::Voiceless },
    Ending { u"н", After::Possessive },
};

const std::array kPossessiveEndings {
    Ending { u"сы", After::Vowel },
    Ending { u"си", After::Vowel },
    Ending { u"ы", After::Consonant },
    Ending { u"и", After::Consonant },
};

const std::array kPluralEndings {
    Ending { u"лар", After::Any },
    Ending { u"лер", After::Any },
    Ending { u"дар", After::Consonant },
    Ending { u"дер", After::Consonant },
    Ending { u"тар", After::Voiceless },
    Ending { u"тер", After::Voiceless },
};

template <std::size_t N> bool stripOne(QString& w, const std::array<Ending, N>& endings)
{
    for (const Ending& e : endings) {
        const QStringView ending(e.text);
        const qsizetype rest = w.size() - ending.size();
        if (rest < kKazakhMinStem || !QStringView(w).endsWith(ending))
            continue;
        if (!fits(e.after, w.at(rest - 1)))
            continue;
        // Country names: Қазақстан, not Қазақс + тан.
        if (ending == u"тан" && w.at(rest - 1) == u'с')
            continue;
        w.truncate(rest);
        return true;
    }
    return false;
}

} // namespace

QString kazakhStem(const QString& foldedWord)
{
    QString w = foldedWord;
    for (int round = 0; round < 8; ++round) {
        bool stripped = stripOne(w, kCaseEndings);
        stripped = stripOne(w, kPossessiveEndings) || stripped;
        stripped = stripOne(w, kPluralEndings) || stripped;
        if (!stripped)
            break;
    }
    if (w.size() >= kKazakhMinStem) {
        if (w.back() == u'б')
            w.back() = u'п';
        else if (w.back() == u'г')
            w.back() = u'к';
    }
    return w;
}

} // namespace zanlink
