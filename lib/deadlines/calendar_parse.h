#pragma once

#include "deadlines/working_calendar.h"

#include <QJsonObject>

namespace zanlink {

// Parses and checks one entry of a calendar file's "years" list (entry `index`,
// counted from 0). On bad input returns false with *error naming the year and date.
bool parseCalendarYear(const QJsonObject& o, qsizetype index, WorkingCalendar::Year* y, QString* error);

} // namespace zanlink
