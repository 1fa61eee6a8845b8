#include "act_tree.h"

#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "store/library_store.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>

namespace zanlink {

ActTree::ActTree(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("actTree"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) { fillAct(item); });
}

void ActTree::fillAct(QTreeWidgetItem* actItem) const
{
    if (!m_store || actItem->parent() || !actItem->data(0, EditionRole).isValid() || actItem->childCount() > 0)
        return;
    const qint64 editionId = actItem->data(0, EditionRole).toLongLong();
    const auto shown = static_cast<Language>(actItem->data(0, LanguageRole).toInt());
    const QString id = actItem->data(0, ActIdRole).toString();
    // Sections and chapters hold articles; deeper nodes are shown in the view.
    QHash<qint64, QTreeWidgetItem*> items;
    for (const StoredProvision& p : m_store->outline(editionId)) {
        QTreeWidgetItem* parentItem = items.value(p.parentId, actItem);
        auto* item = new QTreeWidgetItem(parentItem);
        item->setText(0, QString(provisionLabel(p.kind, p.number, shown) + u' ' + p.heading).trimmed());
        item->setData(0, ActIdRole, id);
        item->setData(0, KeyRole, p.key);
        item->setData(0, ImportedRole, true);
        if (p.change != ChangeMark::Unchanged)
            item->setToolTip(0, tr("Changed in this edition"));
        items.insert(p.id, item);
    }
    if (actItem->childCount() == 0)
        actItem->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

void ActTree::reload(LibraryStore& store, Language lang)
{
    const QString selectedAct = currentItem() ? currentItem()->data(0, ActIdRole).toString() : QString();
    const QString selectedKey = currentItem() ? currentItem()->data(0, KeyRole).toString() : QString();
    clear();
    m_store = &store;
    QStringList ids;
    for (const CatalogueAct& a : Catalogue::builtin().acts())
        ids << a.id;
    for (const QString& id : store.actIds()) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString& id : ids) {
        std::optional<EditionInfo> edition = store.latestEdition(id, lang);
        for (Language other : {Language::Ru, Language::Kk, Language::En}) {
            if (!edition)
                edition = store.latestEdition(id, other);
        }
        const CatalogueAct* known = Catalogue::builtin().byId(id);
        auto* actItem = new QTreeWidgetItem(this);
        const Language shown = edition ? edition->language : lang;
        QString title = known && !known->titleIsWorking ? known->title(shown) : QString();
        if (title.isEmpty())
            title = edition ? edition->title : (known ? known->title(shown) : id);
        if (title.isEmpty())
            title = id; // imported from text that gave no title
        actItem->setText(0, title);
        actItem->setToolTip(0, id + (known ? u" · № " + known->number : QString()));
        actItem->setData(0, ActIdRole, id);
        actItem->setData(0, KeyRole, QString());
        actItem->setData(0, ImportedRole, edition.has_value());
        if (!edition) {
            actItem->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            continue;
        }
        // An act's chapters and articles are read when it is first opened:
        // a library of hundreds of acts starts without reading their outlines.
        actItem->setData(0, EditionRole, edition->id);
        actItem->setData(0, LanguageRole, static_cast<int>(shown));
        actItem->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
    if (!selectedAct.isEmpty())
        select(selectedAct, selectedKey);
}

QTreeWidgetItem* ActTree::itemFor(const QString& actId, const QString& key) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* act = topLevelItem(i);
        if (act->data(0, ActIdRole).toString() != actId)
            continue;
        fillAct(act);
        if (key.isEmpty())
            return act;
        // The key's article is its first segment; chapters have keys of their own.
        const QString article = key.section(u'/', 0, 0);
        QList<QTreeWidgetItem*> stack{act};
        QTreeWidgetItem* best = nullptr;
        while (!stack.isEmpty()) {
            QTreeWidgetItem* it = stack.takeLast();
            const QString k = it->data(0, KeyRole).toString();
            if (k == key)
                return it;
            if (k == article)
                best = it;
            for (int c = 0; c < it->childCount(); ++c)
                stack << it->child(c);
        }
        return best ? best : act;
    }
    return nullptr;
}

void ActTree::mousePressEvent(QMouseEvent* event)
{
    // A middle click or Ctrl+click opens the item in a new tab and leaves the
    // current tab where it is.
    const bool newTab = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier));
    if (newTab) {
        if (QTreeWidgetItem* item = itemAt(event->position().toPoint())) {
            Q_EMIT openInNewTabRequested(item->data(0, ActIdRole).toString(), item->data(0, KeyRole).toString());
            event->accept();
            return;
        }
    }
    QTreeWidget::mousePressEvent(event);
}

QMenu* ActTree::contextMenuFor(QTreeWidgetItem* item)
{
    auto* menu = new QMenu(this);
    if (!item)
        return menu;
    const QString actId = item->data(0, ActIdRole).toString();
    const QString key = item->data(0, KeyRole).toString();
    QAction* open = menu->addAction(tr("Open in new &tab"));
    open->setObjectName(QStringLiteral("openInNewTab"));
    connect(open, &QAction::triggered, this, [this, actId, key] { Q_EMIT openInNewTabRequested(actId, key); });
    return menu;
}

void ActTree::changeEvent(QEvent* event)
{
    QTreeWidget::changeEvent(event);
    // Acts not imported stay grey in the light and the dark theme.
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem* act = topLevelItem(i);
            if (!act->data(0, ImportedRole).toBool())
                act->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
}

void ActTree::contextMenuEvent(QContextMenuEvent* event)
{
    QTreeWidgetItem* item = itemAt(event->pos());
    if (!item)
        return;
    QMenu* menu = contextMenuFor(item);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ActTree::select(const QString& actId, const QString& key)
{
    if (QTreeWidgetItem* it = itemFor(actId, key)) {
        const QSignalBlocker block(this);
        setCurrentItem(it);
        scrollToItem(it);
    }
}

} // namespace zanlink
