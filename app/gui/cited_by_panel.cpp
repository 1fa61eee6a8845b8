#include "cited_by_panel.h"

#include "corpus/citation.h"
#include "html_item_delegate.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "store/link_queries.h"
#include "ui_language.h"

#include <QHash>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kActRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

// The citing words in bold inside their sentence.
QString sentenceHtml(const Backlink& b)
{
    const qsizetype at = b.words.isEmpty() ? -1 : b.sentence.indexOf(b.words);
    if (at < 0)
        return b.sentence.toHtmlEscaped();
    return b.sentence.left(at).toHtmlEscaped() + u"<b>" + b.words.toHtmlEscaped() + u"</b>"
        + b.sentence.mid(at + b.words.size()).toHtmlEscaped();
}

} // namespace

CitedByPanel::CitedByPanel(LibraryStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("citedByPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("citedByTitle"));
    m_title->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("citedByList"));
    m_list->setHeaderHidden(true);
    m_list->setItemDelegate(new HtmlItemDelegate(m_list));
    m_list->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, &CitedByPanel::onActivated);
    retranslate();
}

void CitedByPanel::retranslate()
{
    showFor(m_actId, m_key);
}

void CitedByPanel::showFor(const QString& actId, const QString& key)
{
    m_actId = actId;
    m_key = key;
    m_list->clear();
    if (actId.isEmpty()) {
        m_title->setText(tr("Open a provision to see where it is cited."));
        return;
    }
    QList<Backlink> links = LinkQueries(m_store.database()).citedBy(actId, key);
    if (key.isEmpty()) // the act as a whole: what other acts say of it
        links.removeIf([&](const Backlink& b) { return b.actId == actId; });
    QHash<QString, QTreeWidgetItem*> groups;
    for (const Backlink& b : links) {
        QTreeWidgetItem*& group = groups[b.actId];
        if (!group) {
            const std::optional<EditionInfo> e = m_store.edition(b.editionId);
            const QString title
                = b.actId == actId ? tr("This act") : citationTitle(b.actId, b.language, e ? e->title : QString());
            group = new QTreeWidgetItem(m_list, { QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()) });
            group->setData(0, kActRole, b.actId);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group,
            { QStringLiteral("<span style=\"color:%4;\">%1</span> · %2<br>%3")
                    .arg(compactKeyLabel(b.key, b.language).toHtmlEscaped(), languageCode(b.language),
                        sentenceHtml(b), palette().color(QPalette::Link).name()) });
        item->setData(0, kActRole, b.actId);
        item->setData(0, kKeyRole, b.key);
    }
    const QString what = key.isEmpty() ? tr("this act") : compactKeyLabel(key, UiLanguage::current());
    m_title->setText(links.isEmpty() ? tr("Nothing in the library cites %1.").arg(what)
                                     : tr("Cited in %n place(s):", nullptr, static_cast<int>(links.size())));
}

void CitedByPanel::onActivated(QTreeWidgetItem* item)
{
    if (!item || item->data(0, kKeyRole).toString().isEmpty())
        return;
    Q_EMIT openRequested(item->data(0, kActRole).toString(), item->data(0, kKeyRole).toString());
}

} // namespace zanlink
