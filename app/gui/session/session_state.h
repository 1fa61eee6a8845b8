#pragma once

#include "navigation_history.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

class QSettings;

namespace zanlink {

// One reader tab as it is kept between runs: where it was, in which
// languages, and how far down the page.
struct SessionTab {
    QString actId;
    QString key;
    ViewMode mode = ViewMode::Ru;
    int scroll = 0;
    bool operator==(const SessionTab&) const = default;
};

// What comes back after a restart: the window's size and docks, the Law or
// Cases view with the case open, and the reader's tabs.
struct SessionState {
    QByteArray geometry;
    QByteArray windowState;
    bool casesMode = false;
    qint64 caseId = 0;
    QList<SessionTab> tabs;
    int currentTab = 0;

    // Writes under "session/" (and "window/" for the geometry and the docks),
    // replacing what an earlier session left.
    void save(QSettings& settings) const;
    static SessionState load(QSettings& settings);

    // Drops the tabs whose act or provision `exists` does not find, keeping
    // the current tab on the same tab where it survives (else the nearest).
    void dropMissing(const std::function<bool(const QString& actId, const QString& key)>& exists);
};

} // namespace zanlink
