#include "html_item_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTreeView>
#include <QTextDocument>

namespace zanlink {

namespace {

void setUp(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width)
{
    doc.setDocumentMargin(2);
    doc.setDefaultFont(option.font);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

} // namespace

void HtmlItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QTextDocument doc;
    setUp(doc, opt, html, rect.width());
    QAbstractTextDocumentLayout::PaintContext ctx;
    const bool selected = opt.state & QStyle::State_Selected;
    ctx.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(rect.translated(-rect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    // The text wraps at the width the view gives the item: its viewport less
    // the indentation of the item's level.
    int width = 400;
    if (const auto* view = qobject_cast<const QTreeView*>(opt.widget)) {
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width = qMax(120, view->viewport()->width() - view->indentation() * (depth + 1) - 8);
    }
    setUp(doc, opt, opt.text, width);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(base.width(), qMin(qMax(base.height(), static_cast<int>(doc.size().height())), 4 * base.height()));
}

} // namespace zanlink
