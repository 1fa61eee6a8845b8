#include "session/session_state.h"

#include <QSettings>

namespace zanlink {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kCasesMode = QStringLiteral("session/casesMode");
const QString kCaseId = QStringLiteral("session/caseId");
const QString kCurrentTab = QStringLiteral("session/currentTab");
const QString kTabs = QStringLiteral("session/tabs");

QString modeName(ViewMode mode)
{
    switch (mode) {
    case ViewMode::Kk:
        return QStringLiteral("kk");
    case ViewMode::Ru:
        return QStringLiteral("ru");
    case ViewMode::En:
        return QStringLiteral("en");
    case ViewMode::SideBySide:
        break;
    }
    return QStringLiteral("all");
}

ViewMode modeFromName(const QString& name)
{
    if (name == u"kk")
        return ViewMode::Kk;
    if (name == u"en")
        return ViewMode::En;
    if (name == u"all")
        return ViewMode::SideBySide;
    return ViewMode::Ru;
}

} // namespace

void SessionState::save(QSettings& settings) const
{
    settings.setValue(kGeometry, geometry);
    settings.setValue(kWindowState, windowState);
    settings.setValue(kCasesMode, casesMode);
    settings.setValue(kCaseId, caseId);
    settings.setValue(kCurrentTab, currentTab);
    settings.remove(kTabs);
    settings.beginWriteArray(kTabs, static_cast<int>(tabs.size()));
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        settings.setArrayIndex(static_cast<int>(i));
        const SessionTab& t = tabs.at(i);
        settings.setValue(QStringLiteral("act"), t.actId);
        settings.setValue(QStringLiteral("key"), t.key);
        settings.setValue(QStringLiteral("mode"), modeName(t.mode));
        settings.setValue(QStringLiteral("scroll"), t.scroll);
    }
    settings.endArray();
}

SessionState SessionState::load(QSettings& settings)
{
    SessionState s;
    s.geometry = settings.value(kGeometry).toByteArray();
    s.windowState = settings.value(kWindowState).toByteArray();
    s.casesMode = settings.value(kCasesMode, false).toBool();
    s.caseId = settings.value(kCaseId, 0).toLongLong();
    const int n = settings.beginReadArray(kTabs);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SessionTab t;
        t.actId = settings.value(QStringLiteral("act")).toString();
        t.key = settings.value(QStringLiteral("key")).toString();
        t.mode = modeFromName(settings.value(QStringLiteral("mode")).toString());
        t.scroll = qMax(0, settings.value(QStringLiteral("scroll"), 0).toInt());
        s.tabs << t;
    }
    settings.endArray();
    s.currentTab = qBound(0, settings.value(kCurrentTab, 0).toInt(), qMax(0, static_cast<int>(s.tabs.size()) - 1));
    return s;
}

void SessionState::dropMissing(const std::function<bool(const QString& actId, const QString& key)>& exists)
{
    QList<SessionTab> kept;
    int current = 0;
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        const SessionTab& t = tabs.at(i);
        // A tab on the reader's start page (no act) has nothing to lose.
        if (!t.actId.isEmpty() && !exists(t.actId, t.key))
            continue;
        if (i <= currentTab)
            current = static_cast<int>(kept.size());
        kept << t;
    }
    tabs = kept;
    currentTab = tabs.isEmpty() ? 0 : qMin(current, static_cast<int>(tabs.size()) - 1);
}

} // namespace zanlink
