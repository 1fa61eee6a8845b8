#include "navigation_history.h"

namespace zanlink {

QList<Language> viewModeLanguages(ViewMode mode)
{
    switch (mode) {
    case ViewMode::Kk:
        return { Language::Kk };
    case ViewMode::Ru:
        return { Language::Ru };
    case ViewMode::En:
        return { Language::En };
    case ViewMode::SideBySide:
        break;
    }
    return kAllLanguages;
}

void NavigationHistory::visit(const Location& loc)
{
    if (m_index >= 0 && m_items.at(m_index) == loc)
        return;
    m_items.resize(m_index + 1);
    m_items << loc;
    m_index = m_items.size() - 1;
}

Location NavigationHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

Location NavigationHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}

} // namespace zanlink
