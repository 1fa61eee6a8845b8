#pragma once

// With ZANLINK_SCREENSHOT_DIR set, GUI tests leave pictures of what they
// showed there (scripts/screenshots makes docs/screens/ this way).

#include <QString>
#include <QWidget>

namespace zanlink::testing {

// Saves the widget as it is drawn now; true when no picture was asked for or
// it was written.
inline bool saveShot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZANLINK_SCREENSHOT_DIR");
    return dir.isEmpty() || w.grab().save(dir + u'/' + name);
}

} // namespace zanlink::testing
