#include "deadline_rule_dialog.h"

#include "case_labels.h"
#include "corpus/citation.h"
#include "deadlines/deadline_rules.h"
#include "store/citation_lookup.h"
#include "ui_language.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace zanlink {

const WorkingCalendar& DeadlineRuleDialog::calendar()
{
    // The shipped calendar, corrected or extended by the user's own file
    // (e.g. when the government moves days off after this release).
    static const WorkingCalendar cal = [] {
        WorkingCalendar c = WorkingCalendar::builtin();
        QString error;
        const QString path
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/calendar.json");
        if (!c.loadUserFile(path, &error))
            qWarning("%s", qPrintable(error)); // the shipped data still serves
        return c;
    }();
    return cal;
}

DeadlineRuleDialog::DeadlineRuleDialog(const CaseFile& file, QWidget* parent) : QDialog(parent), m_file(file)
{
    setObjectName(QStringLiteral("deadlineRuleDialog"));
    setWindowTitle(tr("Deadline set by law"));
    const Language lang = UiLanguage::current();
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("deadlineRule"));
    for (const DeadlineRule& r : builtinDeadlineRules())
        m_rule->addItem(r.title(lang), r.id);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("deadlineEvent"));
    m_event->addItem(tr("A moment given below"), 0);
    for (const CaseEvent& e : file.events) {
        m_event->addItem(
            e.atUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) + u" — " + CaseLabels::event(e.kind),
            e.id);
    }
    m_start = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_start->setObjectName(QStringLiteral("deadlineStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("deadlineDue"));
    m_due->setWordWrap(true);
    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    m_basis->setStyleSheet(QStringLiteral("color:#555555;"));
    auto* form = new QFormLayout;
    form->addRow(tr("Rule:"), m_rule);
    form->addRow(tr("Runs from:"), m_event);
    form->addRow(tr("Start (local time):"), m_start);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add deadline"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_basis);
    layout->addWidget(m_due);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &DeadlineRuleDialog::update);
    connect(m_event, &QComboBox::currentIndexChanged, this, &DeadlineRuleDialog::update);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &DeadlineRuleDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The newest event is the likeliest start.
    if (m_event->count() > 1)
        m_event->setCurrentIndex(m_event->count() - 1);
    update();
}

void DeadlineRuleDialog::update()
{
    const Language lang = UiLanguage::current();
    const DeadlineRule* rule = findDeadlineRule(m_rule->currentData().toString());
    if (!rule)
        return;
    const qint64 eventId = m_event->currentData().toLongLong();
    QDateTime startUtc = m_start->dateTime().toUTC();
    for (const CaseEvent& e : m_file.events) {
        if (e.id == eventId)
            startUtc = e.atUtc;
    }
    m_start->setEnabled(eventId == 0);
    const DueDate due = computeDue(*rule, startUtc, calendar());
    QString text
        = tr("Due: %1 (local time)").arg(due.dueUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (due.calendarIncomplete)
        text += u"\n"
            + tr("The calendar of public holidays and transfers is incomplete for this period; check the "
                 "date by hand.");
    m_due->setText(text);
    const QString act = citationTitle(rule->actId, lang, QString());
    m_basis->setText(tr("Runs from: %1. Basis: %2 %3.").arg(rule->start(lang), compactKeyLabel(rule->key, lang), act));
    m_deadline = Deadline {};
    m_deadline.caseId = m_file.record.id;
    m_deadline.title = rule->title(lang);
    m_deadline.dueUtc = due.dueUtc;
    m_deadline.ruleId = rule->id;
    m_deadline.fromEventId = eventId;
}

} // namespace zanlink
