#pragma once

#include "corpus/language.h"

#include <QList>
#include <QString>

namespace zanlink {

// How the reader shows provisions: one language, or all three side by side.
enum class ViewMode { Kk, Ru, En, SideBySide };

// The languages a mode shows: one, or kk, ru and en.
QList<Language> viewModeLanguages(ViewMode mode);

// A place in the reader: an act and a provision key ("" for the act's start).
struct Location {
    QString actId;
    QString key;
    bool operator==(const Location&) const = default;
};

// Back/forward history, as in a browser: visiting a new place after going
// back drops the forward part.
class NavigationHistory {
public:
    void visit(const Location& loc);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_items.size(); }
    Location back();
    Location forward();
    Location current() const { return m_index >= 0 ? m_items.at(m_index) : Location{}; }
    qsizetype size() const { return m_items.size(); }

private:
    QList<Location> m_items;
    qsizetype m_index = -1;
};

} // namespace zanlink
