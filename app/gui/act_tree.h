#pragma once

#include "corpus/language.h"

#include <QTreeWidget>

class QMenu;

namespace zanlink {

class LibraryStore;

// Acts → sections/chapters → articles. Acts known from the catalogue but not
// imported are listed in grey so the user sees what is missing.
class ActTree : public QTreeWidget {
    Q_OBJECT
public:
    enum Role { ActIdRole = Qt::UserRole + 1, KeyRole, ImportedRole, EditionRole, LanguageRole };

    explicit ActTree(QWidget* parent = nullptr);
    // Fills the tree from the library, each act in `lang` where it has that
    // language, else in the first language it has. An act's chapters and
    // articles are read from the library when it is first expanded or an
    // item of it is asked for (itemFor, select).
    void reload(LibraryStore& store, Language lang);
    // Selects the item of the act and key (or the nearest article above the key).
    void select(const QString& actId, const QString& key);
    QTreeWidgetItem* itemFor(const QString& actId, const QString& key) const;
    // The context menu of an item: "Open in new tab". The caller owns it.
    QMenu* contextMenuFor(QTreeWidgetItem* item);

Q_SIGNALS:
    // A middle click or Ctrl+click on an item, or "Open in new tab".
    void openInNewTabRequested(const QString& actId, const QString& key);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Reads the act's outline into its item, once. The items are a cache of
    // the library, so this is allowed where the tree is const.
    void fillAct(QTreeWidgetItem* actItem) const;

    LibraryStore* m_store = nullptr;
};

} // namespace zanlink
