#pragma once

#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;
class QMenu;

namespace zanlink {

// The light and dark themes. "System" keeps the platform's style and
// palette (Qt 6.4 has no colour-scheme hint; a GTK desktop asking for a dark
// theme with GTK_THEME=…:dark gets the dark palette); Light and Dark use the
// Fusion style with a complete palette of their own.
class Theme {
public:
    enum Choice { System, Light, Dark };

    static void apply(Choice choice);
    static Choice current() { return s_current; }
    // The choice remembered in the settings ("view/theme").
    static Choice saved();
    static void save(Choice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette has light text on a dark background.
    static bool isDark(const QPalette& palette);

private:
    static Choice s_current;
};

// View ▸ Theme: System, Light, Dark. Applies the remembered choice when made.
class ThemeActions : public QObject {
    Q_OBJECT
public:
    explicit ThemeActions(QObject* parent);
    void addTo(QMenu* viewMenu);
    void retranslate();
    QAction* action(Theme::Choice choice) const;

private:
    QMenu* m_menu = nullptr;
    QActionGroup* m_group = nullptr;
    QAction* m_actions[3] = {};
};

} // namespace zanlink
