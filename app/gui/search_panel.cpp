#include "search_panel.h"

#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "html_item_delegate.h"
#include "store/citation_lookup.h"
#include "store/library_search.h"
#include "store/library_store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kActRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

} // namespace

SearchPanel::SearchPanel(LibraryStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchEdit"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_act = new QComboBox(this);
    m_act->setObjectName(QStringLiteral("searchActFilter"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("searchLanguageFilter"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHeaderHidden(true);
    m_results->setItemDelegate(new HtmlItemDelegate(m_results));
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_act, 2);
    filters->addWidget(m_language, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runNow();
        if (QTreeWidgetItem* first = m_results->topLevelItemCount() ? m_results->topLevelItem(0)->child(0) : nullptr) {
            m_results->setCurrentItem(first);
            m_results->setFocus();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::runNow);
    connect(m_act, &QComboBox::currentIndexChanged, this, &SearchPanel::runNow);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SearchPanel::runNow);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchPanel::onActivated);
    retranslate();
}

void SearchPanel::retranslate()
{
    m_query->setPlaceholderText(tr("Search the law (Ctrl+F): words, \"a phrase\", қазақша or kazakhsha"));
    const int lang = qMax(0, m_language->currentIndex());
    {
        const QSignalBlocker block(m_language);
        m_language->clear();
        m_language->addItem(tr("All languages"));
        for (Language l : kAllLanguages)
            m_language->addItem(languageNativeName(l), languageCode(l));
        m_language->setCurrentIndex(lang);
    }
    refreshActs();
}

void SearchPanel::refreshActs()
{
    const QString current = m_act->currentData().toString();
    const QSignalBlocker block(m_act);
    m_act->clear();
    m_act->addItem(tr("All acts"));
    for (const QString& id : m_store.actIds()) {
        const CatalogueAct* known = Catalogue::builtin().byId(id);
        QString title = known ? known->title(Language::Ru) : QString();
        if (title.isEmpty()) {
            const std::optional<EditionInfo> e = m_store.latestEdition(id, Language::Ru);
            title = e ? e->title : id;
        }
        m_act->addItem(title, id);
    }
    m_act->setCurrentIndex(qMax(0, m_act->findData(current)));
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::runNow()
{
    m_timer->stop();
    m_results->clear();
    SearchOptions options;
    options.prefixLast = true;
    options.limit = 100;
    options.actId = m_act->currentData().toString();
    if (m_language->currentIndex() > 0)
        options.language = languageFromCode(m_language->currentData().toString());
    const QString query = m_query->text();
    if (query.trimmed().isEmpty()) {
        m_message->clear();
        return;
    }
    const SearchResults found = searchLibrary(m_store.database(), query, options);
    QHash<QString, QTreeWidgetItem*> groups;
    for (const SearchHit& h : found.hits) {
        QTreeWidgetItem*& group = groups[h.actId];
        if (!group) {
            const std::optional<EditionInfo> e = m_store.edition(h.editionId);
            const QString title = citationTitle(h.actId, h.language, e ? e->title : QString());
            group = new QTreeWidgetItem(m_results, { QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()) });
            group->setData(0, kActRole, h.actId);
            group->setExpanded(true);
        }
        const QString snippet = markMatches(h.snippet.toHtmlEscaped(), QStringLiteral("<b>"), QStringLiteral("</b>"));
        auto* item = new QTreeWidgetItem(group,
            { QStringLiteral("<span style=\"color:%4;\">%1</span> · %2<br>%3")
                    .arg(compactKeyLabel(h.key, h.language).toHtmlEscaped(), languageCode(h.language), snippet,
                        palette().color(QPalette::Link).name()) });
        item->setData(0, kActRole, h.actId);
        item->setData(0, kKeyRole, h.key);
    }
    QString message = found.message;
    if (found.hits.isEmpty() && message.isEmpty())
        message = tr("Nothing found. Kazakh may be typed with Russian letters (казакстан) or in Latin (qazaqstan).");
    else if (!found.hits.isEmpty())
        message = tr("%n result(s)", nullptr, static_cast<int>(found.hits.size()))
            + (message.isEmpty() ? QString() : u" · " + message);
    m_message->setText(message);
}

void SearchPanel::onActivated(QTreeWidgetItem* item)
{
    if (!item || item->data(0, kKeyRole).toString().isEmpty())
        return;
    Q_EMIT openRequested(item->data(0, kActRole).toString(), item->data(0, kKeyRole).toString());
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_results->topLevelItemCount() > 0) {
            m_results->setFocus();
            QTreeWidgetItem* first = m_results->topLevelItem(0);
            m_results->setCurrentItem(first->childCount() ? first->child(0) : first);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace zanlink
