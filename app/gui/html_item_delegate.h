#pragma once

#include <QStyledItemDelegate>

namespace zanlink {

// Paints an item's text as rich text (search snippets with the matched words
// in bold), one or two lines high.
class HtmlItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace zanlink
