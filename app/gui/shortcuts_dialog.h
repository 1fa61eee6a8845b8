#pragma once

#include <QDialog>

class QMenuBar;

namespace zanlink {

// Help ▸ Keyboard shortcuts: every menu command that has a shortcut, by menu,
// read from the menu bar so the list never falls behind the menus.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
};

} // namespace zanlink
