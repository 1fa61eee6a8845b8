#pragma once

#include "cases/case_model.h"
#include "deadlines/working_calendar.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace zanlink {

// A deadline the law sets: pick the rule and the event it runs from (or a
// moment), see the due time counted in Kazakhstan's working days and time.
class DeadlineRuleDialog : public QDialog {
    Q_OBJECT
public:
    DeadlineRuleDialog(const CaseFile& file, QWidget* parent = nullptr);

    // The deadline to add (caseId, title, dueUtc, ruleId, fromEventId set).
    Deadline deadline() const { return m_deadline; }
    QComboBox* ruleCombo() const { return m_rule; }
    QComboBox* eventCombo() const { return m_event; }
    QLabel* dueLabel() const { return m_due; }
    // Kazakhstan's working days: the shipped data merged with the user's
    // calendar.json in the application's data folder.
    static const WorkingCalendar& calendar();

private:
    void update();

    CaseFile m_file;
    Deadline m_deadline;
    QComboBox* m_rule = nullptr;
    QComboBox* m_event = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_basis = nullptr;
};

} // namespace zanlink
