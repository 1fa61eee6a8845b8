#include "shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

void addMenu(QTreeWidget* list, const QMenu* menu, const QString& path)
{
    QTreeWidgetItem* group = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->menu()) {
            addMenu(list, a->menu(), path + u" ▸ " + a->menu()->title().remove(u'&'));
            continue;
        }
        if (a->isSeparator() || a->shortcut().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(list, { path });
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, { a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setHeaderLabels({ tr("Command"), tr("Keys") });
    for (QAction* a : menus->actions()) {
        if (a->menu())
            addMenu(list, a->menu(), a->menu()->title().remove(u'&'));
    }
    // Keys that belong to no menu command.
    auto* other = new QTreeWidgetItem(list, { tr("Elsewhere") });
    other->setFirstColumnSpanned(true);
    new QTreeWidgetItem(other, { tr("Next or previous paragraph in the presentation"), tr("→ / ←, Space, Page Down / Page Up, Home / End") });
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace zanlink
