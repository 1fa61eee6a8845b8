#include "corpus_generator.h"

#include "corpus_vocabulary.h"

#include <array>
#include <random>

namespace zanlink::bench {

namespace {

// Index of a language in the arrays below; editions come in this order.
enum { Kk = 0, Ru = 1, En = 2, LangCount = 3 };
const Language kLanguages[LangCount] = { Language::Kk, Language::Ru, Language::En };

using Rng = std::mt19937_64;
using Tri = std::array<QString, LangCount>;

int pick(Rng& rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

int between(Rng& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

bool chance(Rng& rng, double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p;
}

// splitmix64: independent streams from one seed.
quint64 mix(quint64 seed, quint64 index, quint64 stream)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * (index * 4 + stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString str(QStringView v)
{
    return v.toString();
}

QString capitalised(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

const Noun& noun(Rng& rng)
{
    return nouns()[pick(rng, static_cast<int>(nouns().size()))];
}

const Noun& otherNoun(Rng& rng, const Noun& not1)
{
    for (;;) {
        const Noun& n = noun(rng);
        if (&n != &not1)
            return n;
    }
}

const Verb& verb(Rng& rng)
{
    return verbs()[pick(rng, static_cast<int>(verbs().size()))];
}

// The nouns of act titles: pairs first, then triples, in a fixed order.
const QList<QList<int>>& titleCombos()
{
    static const QList<QList<int>> combos = [] {
        QList<QList<int>> out;
        const int n = static_cast<int>(nouns().size());
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b)
                out.append({ a, b });
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b)
                for (int c = b + 1; c < n; ++c)
                    out.append({ a, b, c });
        return out;
    }();
    return combos;
}

QString joinList(const QStringList& items, const QString& conj)
{
    if (items.size() < 2)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + u' ' + conj + u' ' + items.last();
}

// ---- skeleton: the numbers of the act, drawn before any text --------------

struct ParaSkel {
    QString number;
    QStringList subs;
};

struct ArticleSkel {
    QString number;
    bool chapterStart = false;
    bool definitions = false;
    QList<ParaSkel> paras;
    QStringList directSubs;
};

QStringList numbers(Rng& rng, int count, double insertChance)
{
    QStringList out;
    for (int i = 1; i <= count; ++i) {
        out << QString::number(i);
        if (i < count && chance(rng, insertChance))
            out << QString::number(i) + QStringLiteral("-1");
    }
    return out;
}

QList<ArticleSkel> skeleton(Rng& rng, int target)
{
    QList<ArticleSkel> arts;
    int count = 1; // the preamble
    int base = 0;
    int sinceChapter = 0;
    int chapterLength = 0;
    while (count < target) {
        ArticleSkel a;
        const bool inserted = base > 1 && !arts.last().number.contains(u'-') && chance(rng, 0.04);
        a.number = inserted ? QString::number(base) + QStringLiteral("-1") : QString::number(++base);
        a.chapterStart = arts.isEmpty() || sinceChapter >= chapterLength;
        if (a.chapterStart) {
            sinceChapter = 0;
            chapterLength = between(rng, 6, 14);
            ++count;
        }
        ++sinceChapter;
        ++count;
        if (arts.isEmpty()) {
            a.definitions = true;
            a.directSubs = numbers(rng, between(rng, 6, 14), 0.08);
            count += static_cast<int>(a.directSubs.size());
        } else {
            static const int kParaWeights[] = { 15, 25, 25, 15, 10, 10 };
            std::discrete_distribution<int> paras(std::begin(kParaWeights), std::end(kParaWeights));
            for (const QString& p : numbers(rng, paras(rng) + 1, 0.05)) {
                ParaSkel ps { p, {} };
                if (chance(rng, 0.3))
                    ps.subs = numbers(rng, between(rng, 2, 8), 0.06);
                count += 1 + static_cast<int>(ps.subs.size());
                a.paras << ps;
            }
        }
        arts << a;
    }
    return arts;
}

// ---- citations --------------------------------------------------------------

struct Cite {
    QString ru[2]; // instrumental, prepositional
    QString kk[2]; // dative, locative
    QString en;
    CitedAct cited = CitedAct::This;
    QString actId;
    QStringList keys; // empty: the whole act
};

struct TitledAct {
    QString id;
    Tri title;
};

class TextWriter {
public:
    TextWriter(Rng& rng, const QList<ArticleSkel>& arts, const QString& actId, QList<TitledAct> others,
        QList<QList<ExpectedTarget>>* expected)
        : m_rng(rng), m_arts(arts), m_actId(actId), m_others(std::move(others)), m_expected(expected)
    {
    }

    const ArticleSkel* article = nullptr;
    const ParaSkel* para = nullptr;
    QString provisionKey;

    // "Оператор хранит ответы пользователей в порядке, установленном …."
    Tri sentence()
    {
        const Noun& s = noun(m_rng);
        const Verb& v = verb(m_rng);
        const Noun& o = noun(m_rng);
        const Noun& x = otherNoun(m_rng, o);
        const Tri tail = this->tail(0.35);
        return { capitalised(str(s.kk[KkNom])) + u' ' + tail[Kk] + str(x.kk[KkPlGen]) + u' ' + str(o.kk[KkPossAcc])
                + u' ' + str(v.kk) + u'.',
            capitalised(str(s.ru[RuNom])) + u' ' + str(v.ru) + u' ' + str(o.ru[RuAcc]) + u' ' + str(x.ru[RuGenPl])
                + tail[Ru] + u'.',
            QStringLiteral("The ") + str(s.en) + QStringLiteral(" shall ") + str(v.en) + QStringLiteral(" the ")
                + str(o.en) + QStringLiteral(" of ") + str(x.enPl) + tail[En] + u'.' };
    }

    // The lead of a list: "Оператор хранит:".
    Tri lead()
    {
        const Noun& s = noun(m_rng);
        const Verb& v = verb(m_rng);
        return { capitalised(str(s.kk[KkNom])) + QStringLiteral(" мыналарды ") + str(v.kk) + u':',
            capitalised(str(s.ru[RuNom])) + u' ' + str(v.ru) + u':',
            QStringLiteral("The ") + str(s.en) + QStringLiteral(" shall ") + str(v.en) + u':' };
    }

    // A list item: "защита пользователей;".
    Tri item(bool last)
    {
        const Noun& x = noun(m_rng);
        const Noun& y = otherNoun(m_rng, x);
        const Tri tail = this->tail(0.3);
        const QChar end = last ? u'.' : u';';
        return { tail[Kk] + str(y.kk[KkPlGen]) + u' ' + str(x.kk[KkPoss]) + end,
            str(x.ru[RuNom]) + u' ' + str(y.ru[RuGenPl]) + tail[Ru] + end,
            QStringLiteral("the ") + str(x.en) + QStringLiteral(" of ") + str(y.enPl) + tail[En] + end };
    }

    // "оператор платформ – лицо, которое …;"
    Tri definition(bool last)
    {
        const Noun& a = noun(m_rng);
        const Noun& b = otherNoun(m_rng, a);
        const Verb& v = verb(m_rng);
        const Noun& o = noun(m_rng);
        const Noun& y = otherNoun(m_rng, o);
        const QChar end = last ? u'.' : u';';
        return { str(b.kk[KkPlGen]) + u' ' + str(a.kk[KkPoss]) + QStringLiteral(" – ") + str(y.kk[KkPlGen]) + u' '
                + str(o.kk[KkPossAcc]) + u' ' + str(v.kkAttr) + QStringLiteral(" тұлға") + end,
            str(a.ru[RuNom]) + u' ' + str(b.ru[RuGenPl]) + QStringLiteral(" – лицо, которое ") + str(v.ru) + u' '
                + str(o.ru[RuAcc]) + u' ' + str(y.ru[RuGenPl]) + end,
            str(a.en) + QStringLiteral(" of ") + str(b.enPl) + QStringLiteral(" means a person who ") + str(v.en3)
                + QStringLiteral(" the ") + str(o.en) + QStringLiteral(" of ") + str(y.enPl) + end };
    }

    // "Порядок введения в действие см. ст. 25."
    Tri seeArticle()
    {
        const ArticleSkel& a = m_arts.at(pick(m_rng, static_cast<int>(m_arts.size())));
        expect(CitedAct::This, m_actId, { a.number });
        return { QStringLiteral("Қолданысқа енгізілу тәртібін ") + a.number + QStringLiteral("-баптан қараңыз."),
            QStringLiteral("Порядок введения в действие см. ст. ") + a.number + u'.',
            QStringLiteral("For the order of enforcement see Article ") + a.number + u'.' };
    }

    static Tri heading(Rng& rng)
    {
        const Noun& a = noun(rng);
        const Noun& b = otherNoun(rng, a);
        return { capitalised(str(b.kk[KkPlGen])) + u' ' + str(a.kk[KkPoss]),
            capitalised(str(a.ru[RuNom])) + u' ' + str(b.ru[RuGenPl]),
            capitalised(str(a.en)) + QStringLiteral(" of ") + str(b.enPl) };
    }

private:
    // Nothing, a time limit or a citation in a frame, in each language.
    Tri tail(double citeChance)
    {
        const double r = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        if (r < citeChance) {
            const Cite c = cite();
            expect(c.cited, c.actId, c.keys);
            switch (pick(m_rng, 4)) {
            case 0:
                return { c.kk[0] + QStringLiteral(" сәйкес "), QStringLiteral(" в соответствии с ") + c.ru[0],
                    QStringLiteral(" in accordance with ") + c.en };
            case 1:
                return { c.kk[1] + QStringLiteral(" көзделген тәртіппен "),
                    QStringLiteral(" в порядке, установленном ") + c.ru[0],
                    QStringLiteral(" in the manner established by ") + c.en };
            case 2:
                return { c.kk[1] + QStringLiteral(" көрсетілген "), QStringLiteral(", указанных в ") + c.ru[1],
                    QStringLiteral(" referred to in ") + c.en };
            default:
                return { c.kk[1] + QStringLiteral(" көзделген жағдайларды қоспағанда "),
                    QStringLiteral(" за исключением случаев, предусмотренных ") + c.ru[0],
                    QStringLiteral(" except in the cases provided for in ") + c.en };
            }
        }
        if (r < citeChance + 0.1) {
            const QString n = QString::number(between(m_rng, 2, 30));
            return { n + QStringLiteral(" жұмыс күні ішінде "),
                QStringLiteral(" в течение ") + n + QStringLiteral(" рабочих дней"),
                QStringLiteral(" within ") + n + QStringLiteral(" working days") };
        }
        return {};
    }

    void expect(CitedAct cited, const QString& actId, const QStringList& keys)
    {
        for (int l = 0; l < LangCount; ++l) {
            QList<ExpectedTarget>& list = (*m_expected)[l];
            if (keys.isEmpty())
                list << ExpectedTarget { provisionKey, cited, actId, QString() };
            for (const QString& k : keys)
                list << ExpectedTarget { provisionKey, cited, actId, k };
        }
    }

    const ArticleSkel& articleWithParagraphs()
    {
        for (;;) {
            const ArticleSkel& a = m_arts.at(pick(m_rng, static_cast<int>(m_arts.size())));
            if (!a.paras.isEmpty() || m_arts.size() == 1)
                return a;
        }
    }

    Cite cite()
    {
        const int r = pick(m_rng, 100);
        Cite c;
        c.actId = m_actId;
        if (r < 30 || (r < 60 && !article) || m_arts.size() < 2) {
            const ArticleSkel& a = articleWithParagraphs();
            if (a.paras.isEmpty())
                return articleCite(a.number);
            const QString p = a.paras.at(pick(m_rng, static_cast<int>(a.paras.size()))).number;
            const QString pa = QStringLiteral("пункт%1 ") + p + QStringLiteral(" статьи ") + a.number
                + QStringLiteral(" настоящего Закона");
            c.ru[0] = pa.arg(QStringLiteral("ом"));
            c.ru[1] = pa.arg(QStringLiteral("е"));
            const QString k = QStringLiteral("осы Заңның ") + a.number + QStringLiteral("-бабының ") + p;
            c.kk[0] = k + QStringLiteral("-тармағына");
            c.kk[1] = k + QStringLiteral("-тармағында");
            c.en = QStringLiteral("paragraph ") + p + QStringLiteral(" of Article ") + a.number
                + QStringLiteral(" of this Law");
            c.keys = QStringList { a.number + u'/' + p };
            return c;
        }
        if (r < 40)
            return articleCite(articleWithParagraphs().number);
        if (r < 55 && article && !article->paras.isEmpty())
            return sameArticle();
        if (r < 60 && para && para->subs.size() >= 2)
            return sameParagraph();
        if (r < 80)
            return otherAct(CitedAct::Catalogue);
        if (r < 92 && !m_others.isEmpty())
            return otherAct(CitedAct::Synthetic);
        return otherAct(CitedAct::Unknown);
    }

    Cite articleCite(const QString& a)
    {
        Cite c;
        c.actId = m_actId;
        c.ru[0] = QStringLiteral("статьей ") + a + QStringLiteral(" настоящего Закона");
        c.ru[1] = QStringLiteral("статье ") + a + QStringLiteral(" настоящего Закона");
        c.kk[0] = QStringLiteral("осы Заңның ") + a + QStringLiteral("-бабына");
        c.kk[1] = QStringLiteral("осы Заңның ") + a + QStringLiteral("-бабында");
        c.en = QStringLiteral("Article ") + a + QStringLiteral(" of this Law");
        c.keys = QStringList { a };
        return c;
    }

    // "пунктами 1 и 2 настоящей статьи"
    Cite sameArticle()
    {
        Cite c;
        c.actId = m_actId;
        const int n = static_cast<int>(article->paras.size());
        const int i = pick(m_rng, n);
        const QString p = article->paras.at(i).number;
        c.keys = QStringList { article->number + u'/' + p };
        if (n > 1 && i + 1 < n && chance(m_rng, 0.4)) {
            const QString q = article->paras.at(i + 1).number;
            c.keys << article->number + u'/' + q;
            c.ru[0] = QStringLiteral("пунктами ") + p + QStringLiteral(" и ") + q + QStringLiteral(" настоящей статьи");
            c.ru[1] = QStringLiteral("пунктах ") + p + QStringLiteral(" и ") + q + QStringLiteral(" настоящей статьи");
            c.kk[0]
                = QStringLiteral("осы баптың ") + p + QStringLiteral(" және ") + q + QStringLiteral("-тармақтарына");
            c.kk[1]
                = QStringLiteral("осы баптың ") + p + QStringLiteral(" және ") + q + QStringLiteral("-тармақтарында");
            c.en = QStringLiteral("paragraphs ") + p + QStringLiteral(" and ") + q + QStringLiteral(" of this Article");
            return c;
        }
        c.ru[0] = QStringLiteral("пунктом ") + p + QStringLiteral(" настоящей статьи");
        c.ru[1] = QStringLiteral("пункте ") + p + QStringLiteral(" настоящей статьи");
        c.kk[0] = QStringLiteral("осы баптың ") + p + QStringLiteral("-тармағына");
        c.kk[1] = QStringLiteral("осы баптың ") + p + QStringLiteral("-тармағында");
        c.en = QStringLiteral("paragraph ") + p + QStringLiteral(" of this Article");
        return c;
    }

    // "подпунктами 1) и 2) настоящего пункта"
    Cite sameParagraph()
    {
        Cite c;
        c.actId = m_actId;
        const int i = pick(m_rng, static_cast<int>(para->subs.size()) - 1);
        const QString s = para->subs.at(i);
        const QString t = para->subs.at(i + 1);
        const QString base = article->number + u'/' + para->number + u'/';
        c.keys = QStringList { base + s, base + t };
        c.ru[0]
            = QStringLiteral("подпунктами ") + s + QStringLiteral(") и ") + t + QStringLiteral(") настоящего пункта");
        c.ru[1]
            = QStringLiteral("подпунктах ") + s + QStringLiteral(") и ") + t + QStringLiteral(") настоящего пункта");
        c.kk[0]
            = QStringLiteral("осы тармақтың ") + s + QStringLiteral(") және ") + t + QStringLiteral(") тармақшаларына");
        c.kk[1] = QStringLiteral("осы тармақтың ") + s + QStringLiteral(") және ") + t
            + QStringLiteral(") тармақшаларында");
        c.en = QStringLiteral("subparagraphs ") + s + QStringLiteral(") and ") + t
            + QStringLiteral(") of this paragraph");
        return c;
    }

    // A provision or the whole of a catalogue act, another synthetic act or an unknown one.
    Cite otherAct(CitedAct cited)
    {
        Cite c;
        c.cited = cited;
        Tri title;
        QString a;
        QString p;
        if (cited == CitedAct::Synthetic) {
            const TitledAct& t = m_others.at(pick(m_rng, static_cast<int>(m_others.size())));
            c.actId = t.id;
            title = t.title;
            a = QString::number(between(m_rng, 2, 30));
            p = QStringLiteral("1");
        } else {
            const CataloguedAct& act = cited == CitedAct::Unknown
                ? kUnknownAct
                : cataloguedActs()[pick(m_rng, static_cast<int>(cataloguedActs().size()))];
            c.actId = str(act.id);
            title = { str(act.kk), str(act.ru), str(act.en) };
            a = QString::number(between(m_rng, 1, 60));
            if (chance(m_rng, 0.1))
                a += QStringLiteral("-1");
            p = QString::number(between(m_rng, 1, 5));
        }
        const bool guillemets = chance(m_rng, 0.5);
        const QString ruQuoted = guillemets ? u'«' + title[Ru] + u'»' : u'"' + title[Ru] + u'"';
        const QString kkQuoted = guillemets ? u'«' + title[Kk] + u'»' : u'"' + title[Kk] + u'"';
        const QString enQuoted = u'"' + title[En] + u'"';
        const int shape = pick(m_rng, 4); // 0-1: paragraph of an article, 2: article, 3: whole act
        if (shape == 3) {
            c.ru[0] = QStringLiteral("Законом Республики Казахстан ") + ruQuoted;
            c.ru[1] = QStringLiteral("Законе Республики Казахстан ") + ruQuoted;
            c.kk[0] = kkQuoted + QStringLiteral(" Қазақстан Республикасының Заңына");
            c.kk[1] = kkQuoted + QStringLiteral(" Қазақстан Республикасының Заңында");
            c.en = QStringLiteral("the Law of the Republic of Kazakhstan ") + enQuoted;
            return c;
        }
        const QString ruAct = QStringLiteral(" Закона Республики Казахстан ") + ruQuoted;
        const QString kkAct = kkQuoted + QStringLiteral(" Қазақстан Республикасы Заңының ") + a;
        const QString enAct = QStringLiteral(" of the Law of the Republic of Kazakhstan ") + enQuoted;
        if (shape == 2) {
            c.ru[0] = QStringLiteral("статьей ") + a + ruAct;
            c.ru[1] = QStringLiteral("статье ") + a + ruAct;
            c.kk[0] = kkAct + QStringLiteral("-бабына");
            c.kk[1] = kkAct + QStringLiteral("-бабында");
            c.en = QStringLiteral("Article ") + a + enAct;
            c.keys = QStringList { a };
            return c;
        }
        c.ru[0] = QStringLiteral("пунктом ") + p + QStringLiteral(" статьи ") + a + ruAct;
        c.ru[1] = QStringLiteral("пункте ") + p + QStringLiteral(" статьи ") + a + ruAct;
        c.kk[0] = kkAct + QStringLiteral("-бабының ") + p + QStringLiteral("-тармағына");
        c.kk[1] = kkAct + QStringLiteral("-бабының ") + p + QStringLiteral("-тармағында");
        c.en = QStringLiteral("paragraph ") + p + QStringLiteral(" of Article ") + a + enAct;
        c.keys = QStringList { a + u'/' + p };
        return c;
    }

    Rng& m_rng;
    const QList<ArticleSkel>& m_arts;
    QString m_actId;
    QList<TitledAct> m_others;
    QList<QList<ExpectedTarget>>* m_expected;
};

// ---- tree -------------------------------------------------------------------

struct Trees {
    std::array<QList<Provision>, LangCount> roots;
    int anchor = 100;

    // Appends the same node to each language's list and returns the three.
    std::array<Provision*, LangCount> add(std::array<QList<Provision>*, LangCount> lists, ProvisionKind kind,
        const QString& key, const QString& number, const Tri& heading, const Tri& text)
    {
        std::array<Provision*, LangCount> out {};
        const QString a = u'z' + QString::number(anchor++);
        for (int l = 0; l < LangCount; ++l) {
            Provision p;
            p.kind = kind;
            p.key = key;
            p.number = number;
            p.heading = heading[l];
            p.text = text[l];
            p.anchor = a;
            lists[l]->append(p);
            out[l] = &lists[l]->last();
        }
        return out;
    }
};

std::array<QList<Provision>*, LangCount> childLists(const std::array<Provision*, LangCount>& nodes)
{
    return { &nodes[0]->children, &nodes[1]->children, &nodes[2]->children };
}

Tri joinSentences(const QList<Tri>& sentences)
{
    Tri out;
    for (const Tri& s : sentences) {
        for (int l = 0; l < LangCount; ++l)
            out[l] += (out[l].isEmpty() ? QString() : QStringLiteral(" ")) + s[l];
    }
    return out;
}

void addFootnote(Rng& rng, const std::array<Provision*, LangCount>& article, const QString& number)
{
    const int k = between(rng, 1, 99);
    const QString law = QString::number(k) + QStringLiteral("-IX");
    const QString id = QStringLiteral("Z99000900%1").arg(k, 2, 10, QChar(u'0'));
    const QString href = QStringLiteral("https://adilet.zan.kz/%1/docs/") + id + QStringLiteral("#z5");
    const QString ru = QStringLiteral("Сноска. Статья ") + number
        + QStringLiteral(" с изменениями, внесенными вымышленным Законом РК от 02.02.2100 № ") + law
        + QStringLiteral(" (вводится в действие с 01.03.2100).");
    // Official Kazakh text sometimes carries a Latin i for і ("енгiзiледi"): kept on purpose.
    const QString kk = QStringLiteral("Ескерту. ") + number
        + QStringLiteral("-бапқа өзгеріс енгізілді – ҚР 02.02.2100 № ") + law
        + QStringLiteral(" ойдан шығарылған Заңымен (01.03.2100 бастап қолданысқа енгiзiледi).");
    const QString en = QStringLiteral("Footnote. Article ") + number
        + QStringLiteral(" as amended by the fictional Law of the Republic of Kazakhstan dated 02.02.2100 No. ") + law
        + QStringLiteral(" (shall be enforced from 01.03.2100).");
    const Tri texts { kk, ru, en };
    const Tri words { QStringLiteral("№ ") + law, QStringLiteral("№ ") + law, QStringLiteral("No. ") + law };
    for (int l = 0; l < LangCount; ++l) {
        ProvisionNote n;
        n.kind = NoteKind::Footnote;
        n.text = texts[l];
        n.links << NoteLink { words[l], href.arg(adiletPathSegment(kLanguages[l])) };
        article[l]->notes << n;
    }
}

QString upper(const QString& s)
{
    return s.toUpper();
}

} // namespace

CorpusGenerator::CorpusGenerator(qint64 provisionsPerLanguage, quint64 seed, int provisionsPerAct)
    : m_total(qMax<qint64>(provisionsPerLanguage, 50)), m_seed(seed), m_perAct(qMax(provisionsPerAct, 50)),
      m_actCount(static_cast<int>((m_total + m_perAct - 1) / m_perAct))
{
}

QString CorpusGenerator::actId(int index)
{
    return QStringLiteral("Z99000%1").arg(10000 + index, 5, 10, QChar(u'0'));
}

QString CorpusGenerator::title(int index, Language lang) const
{
    const QList<QList<int>>& combos = titleCombos();
    const QList<int>& combo = combos.at(index % combos.size());
    QStringList words;
    for (int i : combo) {
        const Noun& n = nouns()[i];
        switch (lang) {
        case Language::Ru:
            words << str(n.ru[RuPrepPl]);
            break;
        case Language::Kk:
            words << str(n.kk[KkPl]);
            break;
        case Language::En:
            words << capitalised(str(n.enPl));
            break;
        }
    }
    // Past the last combination the titles would repeat; a series number keeps them apart.
    const int series = static_cast<int>(index / combos.size());
    const QString suffix = series ? u' ' + QString::number(series + 1) : QString();
    switch (lang) {
    case Language::Ru:
        return QStringLiteral("О вымышленных ") + joinList(words, QStringLiteral("и")) + suffix;
    case Language::Kk:
        return QStringLiteral("Ойдан шығарылған ") + joinList(words, QStringLiteral("және")) + suffix
            + QStringLiteral(" туралы");
    case Language::En:
        return QStringLiteral("On Fictional ") + joinList(words, QStringLiteral("and")) + suffix;
    }
    return {};
}

GeneratedAct CorpusGenerator::act(int index) const
{
    GeneratedAct out;
    out.actId = actId(index);
    const qint64 before = qint64(index) * m_perAct;
    const int target = static_cast<int>(qMin<qint64>(m_perAct, m_total - before));

    Rng skelRng(mix(m_seed, index, 0));
    const QList<ArticleSkel> arts = skeleton(skelRng, qMax(target, 10));

    QList<TitledAct> others;
    for (int j = 0; j < m_actCount && others.size() < 16; ++j) {
        const int other = (index + 1 + j * 7) % m_actCount;
        if (other != index)
            others << TitledAct { actId(other),
                { title(other, Language::Kk), title(other, Language::Ru), title(other, Language::En) } };
    }
    out.expected.resize(LangCount);
    Rng rng(mix(m_seed, index, 1));
    TextWriter w(rng, arts, out.actId, others, &out.expected);
    Trees t;
    const std::array<QList<Provision>*, LangCount> top { &t.roots[0], &t.roots[1], &t.roots[2] };

    w.provisionKey = QStringLiteral("preamble");
    t.add(top, ProvisionKind::Preamble, w.provisionKey, {}, {},
        { QStringLiteral("Осы Заңның мәтіні ойдан шығарылған: бұл ZanLink өнімділігін өлшеуге арналған синтетикалық "
                         "корпус, қолданыстағы құқық емес."),
            QStringLiteral("Текст настоящего Закона вымышлен: это синтетический корпус ZanLink для замеров "
                           "производительности, а не действующее право."),
            QStringLiteral("The text of this Law is fictional: a synthetic ZanLink corpus for performance "
                           "measurements, not law in force.") });

    std::array<QList<Provision>*, LangCount> chapterChildren = top;
    int chapter = 0;
    for (const ArticleSkel& a : arts) {
        w.article = &a;
        w.para = nullptr;
        if (a.chapterStart) {
            ++chapter;
            const Noun& x = noun(rng);
            const Noun& y = otherNoun(rng, x);
            const Tri h { upper(str(x.kk[KkPl]) + QStringLiteral(" және ") + str(y.kk[KkPl])),
                upper(str(x.ru[RuNomPl]) + QStringLiteral(" и ") + str(y.ru[RuNomPl])),
                upper(str(x.enPl) + QStringLiteral(" and ") + str(y.enPl)) };
            const QString n = QString::number(chapter);
            chapterChildren = childLists(t.add(top, ProvisionKind::Chapter, QStringLiteral("ch:") + n, n, h, {}));
        }
        w.provisionKey = a.number;
        if (a.definitions) {
            const auto art = t.add(chapterChildren, ProvisionKind::Article, a.number, a.number,
                { QStringLiteral("Осы Заңда пайдаланылатын негізгі ұғымдар"),
                    QStringLiteral("Основные понятия, используемые в настоящем Законе"),
                    QStringLiteral("Basic concepts used in this Law") },
                { QStringLiteral("Осы Заңда мынадай негізгі ұғымдар пайдаланылады:"),
                    QStringLiteral("В настоящем Законе используются следующие понятия:"),
                    QStringLiteral("The following basic concepts are used in this Law:") });
            for (qsizetype i = 0; i < a.directSubs.size(); ++i) {
                const QString key = a.number + u'/' + a.directSubs.at(i);
                t.add(childLists(art), ProvisionKind::Subparagraph, key, a.directSubs.at(i), {},
                    w.definition(i + 1 == a.directSubs.size()));
            }
            continue;
        }
        const auto art
            = t.add(chapterChildren, ProvisionKind::Article, a.number, a.number, TextWriter::heading(rng), {});
        if (chance(rng, 0.04))
            addFootnote(rng, art, a.number);
        for (const ParaSkel& p : a.paras) {
            w.para = &p;
            const QString key = a.number + u'/' + p.number;
            w.provisionKey = key;
            Tri text;
            if (!p.subs.isEmpty()) {
                text = w.lead();
            } else {
                QList<Tri> sentences;
                const int n = between(rng, 1, 3);
                for (int s = 0; s < n; ++s)
                    sentences << w.sentence();
                if (chance(rng, 0.02))
                    sentences << w.seeArticle();
                text = joinSentences(sentences);
            }
            const auto para = t.add(childLists(art), ProvisionKind::Paragraph, key, p.number, {}, text);
            for (qsizetype i = 0; i < p.subs.size(); ++i) {
                w.provisionKey = key + u'/' + p.subs.at(i);
                t.add(childLists(para), ProvisionKind::Subparagraph, w.provisionKey, p.subs.at(i), {},
                    w.item(i + 1 == p.subs.size()));
            }
        }
    }

    for (int l = 0; l < LangCount; ++l) {
        ActEdition e;
        e.actId = out.actId;
        e.language = kLanguages[l];
        e.title = title(index, e.language);
        const QString number = QString::number(1000 + index) + QStringLiteral("-IX");
        switch (e.language) {
        case Language::Kk:
            e.actLine = QStringLiteral("Қазақстан Республикасының 2099 жылғы 1 сәуірдегі № ") + number
                + QStringLiteral(" ойдан шығарылған Заңы.");
            e.statusText = QStringLiteral("Жаңартылған");
            break;
        case Language::Ru:
            e.actLine
                = QStringLiteral("Вымышленный закон Республики Казахстан от 1 апреля 2099 года № ") + number + u'.';
            e.statusText = QStringLiteral("Обновленный");
            break;
        case Language::En:
            e.actLine = QStringLiteral("The fictional Law of the Republic of Kazakhstan dated 1 April 2099 No. ")
                + number + u'.';
            e.statusText = QStringLiteral("Updated");
            break;
        }
        e.editionDate = QDate(2099, 4, 1);
        e.sourceKind = QStringLiteral("adilet-html");
        e.source = QStringLiteral("bench:synthetic/") + languageCode(e.language) + u'/' + out.actId;
        e.provisions = t.roots[l];
        out.editions << e;
    }
    return out;
}

qint64 textBytes(const ActEdition& edition)
{
    qint64 n = 0;
    const auto walk = [&](const auto& self, const QList<Provision>& list) -> void {
        for (const Provision& p : list) {
            n += p.heading.toUtf8().size() + p.text.toUtf8().size();
            for (const ProvisionNote& note : p.notes)
                n += note.text.toUtf8().size();
            self(self, p.children);
        }
    };
    walk(walk, edition.provisions);
    return n;
}

} // namespace zanlink::bench
