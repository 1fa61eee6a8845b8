#include "deadlines/deadline_rules.h"

namespace zanlink {

namespace {

QHash<Language, QString> tr3(const QString& kk, const QString& ru, const QString& en)
{
    return { { Language::Kk, kk }, { Language::Ru, ru }, { Language::En, en } };
}

QString pick(const QHash<Language, QString>& h, Language lang)
{
    const QString s = h.value(lang);
    return s.isEmpty() ? h.value(Language::Ru) : s;
}

const QString kOnlinePlatforms = QStringLiteral("Z2300000018");
const QString kCommunications = QStringLiteral("Z040000567_");
const QString kMassMedia = QStringLiteral("Z2400000093");

QList<DeadlineRule> makeRules()
{
    QList<DeadlineRule> rules;

    rules << DeadlineRule {
        QStringLiteral("platform-request-24h"),
        DeadlineUnit::Hours,
        24,
        kOnlinePlatforms,
        QStringLiteral("9"),
        tr3(QStringLiteral("Платформаның уәкілетті орган сұрауын қарауы"),
            QStringLiteral("Рассмотрение платформой запроса уполномоченного органа"),
            QStringLiteral("Platform considers the authorised body's request")),
        tr3(QStringLiteral("уәкілетті органның сұрауын алу"),
            QStringLiteral("получение запроса уполномоченного органа"),
            QStringLiteral("receipt of the authorised body's request")),
        QStringLiteral("Online Platforms Law No. 18-VIII, Art. 9: the owner of an online platform or its legal "
                       "representative considers the authorised body's request within 24 hours."),
    };

    rules << DeadlineRule {
        QStringLiteral("cyberbullying-decision-3wd"),
        DeadlineUnit::WorkingDays,
        3,
        kMassMedia,
        QStringLiteral("40/1"),
        tr3(QStringLiteral("Кибербуллинг туралы шағым бойынша сараптамалық топтың шешімі"),
            QStringLiteral("Решение экспертной группы по жалобе о кибербуллинге"),
            QStringLiteral("Expert group decides on a cyberbullying complaint")),
        tr3(QStringLiteral("шағымның министрлікке түсуі"), QStringLiteral("поступление жалобы в министерство"),
            QStringLiteral("receipt of the complaint by the ministry")),
        QStringLiteral("Mass Media Law No. 93-VIII, Art. 40(1), and the rules approved by order No. 562-НҚ of "
                       "26.11.2024: the expert group decides within 3 working days."),
    };

    rules << DeadlineRule {
        QStringLiteral("cyberbullying-extension-15cd"),
        DeadlineUnit::CalendarDays,
        15,
        kMassMedia,
        QStringLiteral("40/1"),
        tr3(QStringLiteral("Кибербуллинг туралы шағымды қараудың ұзартылған мерзімі"),
            QStringLiteral("Продлённый срок рассмотрения жалобы о кибербуллинге"),
            QStringLiteral("Extended consideration of a cyberbullying complaint")),
        tr3(QStringLiteral("шағымның министрлікке түсуі"), QStringLiteral("поступление жалобы в министерство"),
            QStringLiteral("receipt of the complaint by the ministry")),
        QStringLiteral("Mass Media Law No. 93-VIII, Art. 40(1), and order No. 562-НҚ: the consideration may be "
                       "extended to 15 calendar days. Counted here from the receipt of the complaint; a last day "
                       "on a day off is not moved."),
    };

    rules << DeadlineRule {
        QStringLiteral("cyberbullying-extension-notice-2wd"),
        DeadlineUnit::WorkingDays,
        2,
        kMassMedia,
        QStringLiteral("40/1"),
        tr3(QStringLiteral("Өтініш берушіге мерзімнің ұзартылғаны туралы хабарлау"),
            QStringLiteral("Уведомление заявителя о продлении срока"),
            QStringLiteral("Applicant told of the extension")),
        tr3(QStringLiteral("қарау мерзімін ұзарту туралы шешім"),
            QStringLiteral("решение о продлении срока рассмотрения"),
            QStringLiteral("the decision to extend the consideration")),
        QStringLiteral("Mass Media Law No. 93-VIII, Art. 40(1), and order No. 562-НҚ: the applicant is told of "
                       "an extension within 2 working days."),
    };

    rules << DeadlineRule {
        QStringLiteral("restoration-immediately"),
        DeadlineUnit::Immediately,
        0,
        kCommunications,
        QStringLiteral("41-1/6"),
        tr3(QStringLiteral("Нұсқаудан кейін қолжетімділікті қалпына келтіру"),
            QStringLiteral("Восстановление доступа после указания"),
            QStringLiteral("Access restored after the instruction")),
        tr3(QStringLiteral("уәкілетті органның қолжетімділікті қалпына келтіру туралы нұсқауын алу"),
            QStringLiteral("получение указания уполномоченного органа о восстановлении доступа"),
            QStringLiteral("receipt of the authorised body's instruction to restore access")),
        QStringLiteral("Communications Law No. 567-II, Art. 41-1(6): operators, platform owners and legal "
                       "representatives restore access immediately after the instruction given under "
                       "Art. 41-1(5) (procedure: rules V2200029473)."),
    };

    rules << DeadlineRule {
        QStringLiteral("recommendation-5wd"),
        DeadlineUnit::WorkingDays,
        5,
        kOnlinePlatforms,
        QStringLiteral("6"),
        tr3(QStringLiteral("Ұсыным бойынша бұзушылықтарды жою"), QStringLiteral("Устранение нарушений по рекомендации"),
            QStringLiteral("Violations fixed after a recommendation")),
        tr3(QStringLiteral("ұсынымды алу"), QStringLiteral("получение рекомендации"),
            QStringLiteral("receipt of the recommendation")),
        QStringLiteral("Online Platforms Law No. 18-VIII, Art. 6 (preventive control): a recommendation to fix "
                       "violations is acted on within 5 working days."),
    };

    rules << DeadlineRule {
        QStringLiteral("cyberbullying-removal-24h"),
        DeadlineUnit::Hours,
        24,
        kMassMedia,
        QStringLiteral("40/1"),
        tr3(QStringLiteral("Кибербуллинг туралы нұсқама бойынша материалды жою"),
            QStringLiteral("Удаление материалов по предписанию о кибербуллинге"),
            QStringLiteral("Content removed after a cyberbullying order")),
        tr3(QStringLiteral("министрліктің жою туралы нұсқамасын алу"),
            QStringLiteral("получение предписания министерства об удалении"),
            QStringLiteral("receipt of the ministry's order to delete")),
        QStringLiteral("Mass Media Law No. 93-VIII, Art. 40(1), and order No. 562-НҚ: the owner or legal "
                       "representative deletes the content on the ministry's order. The 24-hour term is as media "
                       "report it; confirm it against the text of the rules."),
    };
    return rules;
}

} // namespace

QString DeadlineRule::title(Language lang) const
{
    return pick(titles, lang);
}

QString DeadlineRule::start(Language lang) const
{
    return pick(startsWith, lang);
}

const QList<DeadlineRule>& builtinDeadlineRules()
{
    static const QList<DeadlineRule> rules = makeRules();
    return rules;
}

const DeadlineRule* findDeadlineRule(const QString& id)
{
    for (const DeadlineRule& r : builtinDeadlineRules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace zanlink
