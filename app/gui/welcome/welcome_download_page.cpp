#include "welcome/welcome_download_page.h"

#include "corpus/catalogue.h"
#include "ui_language.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

QLocale uiLocale()
{
    return QLocale(languageCode(UiLanguage::current()));
}

} // namespace

WelcomeDownloadPage::WelcomeDownloadPage(EditionSink sink, const QUrl& siteBase, QWidget* parent)
    : QWidget(parent), m_queue(new DownloadQueue(std::move(sink), this))
{
    setObjectName(QStringLiteral("welcomeDownloadPage"));
    m_queue->setObjectName(QStringLiteral("welcomeQueue"));
    m_queue->fetcher().setBaseUrl(siteBase);
    for (const DownloadItem& item : DownloadQueue::missionItems()) {
        DownloadResult r;
        r.item = item;
        m_docs << r;
    }

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("welcomeDownloads"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors = new QTextBrowser(this);
    m_errors->setObjectName(QStringLiteral("welcomeErrors"));
    m_errors->setOpenLinks(false);
    m_errors->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_errors->hide();

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("welcomeDownloadBack"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("welcomeStartDownload"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("welcomeCancelDownload"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("welcomeClose"));
    connect(m_back, &QPushButton::clicked, this, &WelcomeDownloadPage::backRequested);
    connect(m_start, &QPushButton::clicked, this, &WelcomeDownloadPage::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, &WelcomeDownloadPage::cancelDownload);
    connect(m_close, &QPushButton::clicked, this, &WelcomeDownloadPage::closeRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_errors);
    layout->addLayout(buttons);

    connect(m_queue, &DownloadQueue::itemStarted, this, &WelcomeDownloadPage::onStarted);
    connect(m_queue, &DownloadQueue::progress, this, &WelcomeDownloadPage::onProgress);
    connect(m_queue, &DownloadQueue::itemFinished, this, &WelcomeDownloadPage::onItemFinished);
    connect(m_queue, &DownloadQueue::finished, this, &WelcomeDownloadPage::onFinished);

    buildList();
    retranslate();
}

bool WelcomeDownloadPage::isRunning() const
{
    return m_queue->isRunning();
}

QString WelcomeDownloadPage::languageName(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return tr("Kazakh");
    case Language::Ru:
        return tr("Russian");
    case Language::En:
        return tr("English");
    }
    return {};
}

QString WelcomeDownloadPage::actTitle(const QString& actId)
{
    const CatalogueAct* act = Catalogue::builtin().byId(actId);
    return act ? act->title(UiLanguage::current()) : actId;
}

QString WelcomeDownloadPage::quotedTitle(const QString& actId)
{
    return uiLocale().quoteString(actTitle(actId)); // «…» in kk and ru, “…” in en
}

QString WelcomeDownloadPage::documentName(const DownloadItem& item) const
{
    return tr("%1 in %2").arg(quotedTitle(item.actId), languageName(item.language));
}

void WelcomeDownloadPage::buildList()
{
    QTreeWidgetItem* act = nullptr;
    for (int i = 0; i < m_docs.size(); ++i) {
        const DownloadItem& item = m_docs.at(i).item;
        if (!act || act->data(0, IndexRole).toString() != item.actId) {
            act = new QTreeWidgetItem(m_list);
            act->setData(0, IndexRole, item.actId);
            act->setFirstColumnSpanned(true);
            act->setFlags(Qt::ItemIsEnabled);
            QFont bold = act->font(0);
            bold.setBold(true);
            act->setFont(0, bold);
            m_actRows << act;
        }
        auto* row = new QTreeWidgetItem(act);
        row->setData(0, IndexRole, i);
        m_rows << row;
    }
    m_list->expandAll();
}

void WelcomeDownloadPage::retranslate()
{
    m_title->setText(tr("Download the three laws from Adilet"));
    m_intro->setText(tr("ZanLink downloads these nine pages from %1, one at a time, and imports each into the "
                        "library on this computer. Only the pages' addresses are sent. The Kazakh and Russian texts "
                        "are official; the English ones are unofficial translations.")
                         .arg(m_queue->fetcher().baseUrl().host()));
    m_list->setHeaderLabels({ tr("Document"), tr("State") });
    for (QTreeWidgetItem* act : m_actRows) {
        const QString id = act->data(0, IndexRole).toString();
        act->setText(0, actTitle(id));
        act->setToolTip(0, id);
    }
    int languageWidth = 0;
    for (Language l : kAllLanguages)
        languageWidth = qMax(languageWidth, m_list->fontMetrics().horizontalAdvance(languageName(l)));
    m_list->setColumnWidth(0, languageWidth + m_list->indentation() + 4 * m_list->fontMetrics().averageCharWidth());
    for (int i = 0; i < m_docs.size(); ++i)
        showRow(i);
    m_back->setText(tr("< &Back"));
    m_cancel->setText(tr("&Cancel download"));
    m_close->setText(tr("C&lose"));
    updateButtons();
    if (isRunning()) {
        const int index = m_queue->currentIndex();
        if (index >= 0)
            onProgress(index, static_cast<int>(m_runDocs.size()), m_received, -1);
    } else if (m_ran) {
        showSummary();
    } else {
        m_progress->setFormat(tr("%1 documents").arg(m_docs.size()));
        m_status->setText(tr("Nothing is downloaded until you press Download."));
    }
}

QString WelcomeDownloadPage::stateText(const DownloadResult& r) const
{
    switch (r.state) {
    case DownloadState::Waiting:
        return tr("Waiting");
    case DownloadState::Downloading:
        return r.bytes > 0 ? tr("Downloading… %1").arg(uiLocale().formattedDataSize(r.bytes)) : tr("Downloading…");
    case DownloadState::Imported:
        return tr("Imported: %n provisions", nullptr, r.provisions);
    case DownloadState::AlreadyPresent:
        return tr("Already in the library");
    case DownloadState::Failed:
        return tr("Error: %1").arg(r.error);
    case DownloadState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void WelcomeDownloadPage::showRow(int doc)
{
    const DownloadResult& r = m_docs.at(doc);
    QTreeWidgetItem* row = m_rows.at(doc);
    row->setText(0, languageName(r.item.language));
    row->setText(1, stateText(r));
    row->setToolTip(1, stateText(r));
    row->setData(1, StateRole, static_cast<int>(r.state));
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (r.state) {
    case DownloadState::Imported:
    case DownloadState::AlreadyPresent:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case DownloadState::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case DownloadState::Downloading:
        icon = QStyle::SP_ArrowDown;
        break;
    case DownloadState::Cancelled:
        icon = QStyle::SP_DialogCancelButton;
        break;
    case DownloadState::Waiting:
        break;
    }
    if (icon != QStyle::SP_CustomBase) {
        row->setIcon(1, style()->standardIcon(icon));
    } else {
        // A blank of the same size keeps every row as high as the others.
        const int side = m_list->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
        QPixmap blank(side, side);
        blank.fill(Qt::transparent);
        row->setIcon(1, QIcon(blank));
    }
}

void WelcomeDownloadPage::startDownload()
{
    if (isRunning())
        return;
    QList<DownloadItem> items;
    m_runDocs.clear();
    for (int i = 0; i < m_docs.size(); ++i) {
        DownloadResult& r = m_docs[i];
        if (r.state == DownloadState::Imported || r.state == DownloadState::AlreadyPresent)
            continue;
        const DownloadItem item = r.item;
        r = DownloadResult();
        r.item = item;
        showRow(i);
        m_runDocs << i;
        items << item;
    }
    if (items.isEmpty())
        return;
    m_ran = true;
    m_errors->hide();
    m_errors->clear();
    m_progress->setRange(0, static_cast<int>(items.size()) * 100);
    m_progress->setValue(0);
    m_queue->start(items);
    updateButtons();
    m_cancel->setFocus();
}

void WelcomeDownloadPage::cancelDownload()
{
    m_queue->cancel();
}

void WelcomeDownloadPage::onStarted(int index)
{
    const int doc = m_runDocs.value(index, -1);
    if (doc < 0)
        return;
    m_received = 0;
    m_docs[doc].state = DownloadState::Downloading;
    showRow(doc);
    m_list->scrollToItem(m_rows.at(doc));
}

void WelcomeDownloadPage::onProgress(int index, int count, qint64 received, qint64 total)
{
    const int doc = m_runDocs.value(index, -1);
    if (doc < 0)
        return;
    m_received = received;
    m_docs[doc].bytes = received;
    showRow(doc);
    const int share = total > 0 ? static_cast<int>(qBound(qint64(0), received * 100 / total, qint64(100))) : 0;
    m_progress->setValue(qMax(m_progress->value(), index * 100 + share));
    m_progress->setFormat(tr("Document %1 of %2").arg(index + 1).arg(count));
    m_status->setText(received > 0 ? tr("Downloading %1: %2 received…")
                                         .arg(documentName(m_docs.at(doc).item), uiLocale().formattedDataSize(received))
                                   : tr("Downloading %1…").arg(documentName(m_docs.at(doc).item)));
}

void WelcomeDownloadPage::onItemFinished(int index)
{
    const int doc = m_runDocs.value(index, -1);
    if (doc < 0)
        return;
    m_docs[doc] = m_queue->results().at(index);
    showRow(doc);
    m_progress->setValue(qMax(m_progress->value(), (index + 1) * 100));
    if (m_docs.at(doc).state == DownloadState::Imported)
        Q_EMIT documentImported(m_docs.at(doc).item.actId);
}

void WelcomeDownloadPage::onFinished()
{
    if (!m_queue->summary().cancelled)
        m_progress->setValue(m_progress->maximum());
    showSummary();
    updateButtons();
    (m_start->isVisible() ? m_start : m_close)->setFocus();
    Q_EMIT runFinished();
}

void WelcomeDownloadPage::showSummary()
{
    const DownloadSummary run { m_docs, m_queue->summary().cancelled };
    const int imported = run.count(DownloadState::Imported);
    const int present = run.count(DownloadState::AlreadyPresent);
    const int failed = run.count(DownloadState::Failed);
    const int cancelled = run.count(DownloadState::Cancelled) + run.count(DownloadState::Waiting);
    QStringList parts;
    parts << tr("%n imported", nullptr, imported);
    if (present > 0)
        parts << tr("%n already in the library", nullptr, present);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (cancelled > 0)
        parts << tr("%n not downloaded", nullptr, cancelled);
    const QString counts = parts.join(QStringLiteral(", "));
    m_progress->setFormat(tr("%1 of %2 documents in the library").arg(imported + present).arg(m_docs.size()));
    if (run.cancelled)
        m_status->setText(tr("Cancelled: %1. The documents finished before stay in the library.").arg(counts));
    else if (failed > 0)
        m_status->setText(tr("Finished with errors: %1. What went wrong is listed below.").arg(counts));
    else
        m_status->setText(tr("Finished: %1. Choose a law on the left of the main window to read it.").arg(counts));

    if (failed == 0) {
        m_errors->hide();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Not imported:").toHtmlEscaped());
    for (const DownloadResult& r : m_docs) {
        if (r.state == DownloadState::Failed)
            html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                        .arg(actTitle(r.item.actId).toHtmlEscaped(), languageName(r.item.language).toHtmlEscaped(),
                            r.error.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Try again later, or open the page in a browser, save it, and import the saved page with "
                        "File ▸ Import.")
                         .toHtmlEscaped());
    m_errors->setHtml(html);
    m_errors->show();
}

void WelcomeDownloadPage::updateButtons()
{
    const bool running = isRunning();
    bool anyToDo = false;
    for (const DownloadResult& r : std::as_const(m_docs))
        anyToDo = anyToDo || (r.state != DownloadState::Imported && r.state != DownloadState::AlreadyPresent);
    m_start->setText(m_ran ? tr("&Try again") : tr("&Download"));
    m_start->setVisible(!running && anyToDo);
    m_cancel->setVisible(running);
    m_back->setEnabled(!running);
    m_close->setEnabled(!running);
    m_start->setDefault(!running && anyToDo);
    m_close->setDefault(!running && !anyToDo);
}

} // namespace zanlink
