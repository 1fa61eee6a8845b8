#include "text_citations_dialog.h"

#include "corpus/citation.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "store/text_citations.h"
#include "ui_language.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kActRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

QString stateText(TargetState s)
{
    switch (s) {
    case TargetState::InLibrary:
        return TextCitationsDialog::tr("in the library");
    case TargetState::ProvisionMissing:
        return TextCitationsDialog::tr("not found in the library's text");
    case TargetState::ActNotImported:
        return TextCitationsDialog::tr("act not imported yet");
    case TargetState::Unresolved:
        break;
    }
    return TextCitationsDialog::tr("act not identified");
}

} // namespace

TextCitationsDialog::TextCitationsDialog(LibraryStore& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("textCitationsDialog"));
    setWindowTitle(tr("Find citations in a text"));
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("textCitationsInput"));
    m_input->setPlaceholderText(tr("Paste a news item, a court decision or a letter: the acts and provisions it "
                                   "mentions are listed below (e.g. «статья 41-1 закона о связи»)."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("textCitationsSummary"));
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("textCitationsResults"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({ tr("In the text"), tr("Refers to"), tr("In the library") });
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->setColumnWidth(0, 300);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 3);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_input, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &TextCitationsDialog::findNow);
    connect(m_results, &QTreeWidget::itemActivated, this, &TextCitationsDialog::onActivated);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    findNow();
}

void TextCitationsDialog::findNow()
{
    m_timer->stop();
    m_results->clear();
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing pasted yet."));
        return;
    }
    const Language lang = UiLanguage::current();
    const QList<TextCitation> found = findCitationsInText(m_store.database(), text);
    for (const TextCitation& c : found) {
        const Reference& r = c.reference;
        const std::optional<EditionInfo> e = r.actId.isEmpty() ? std::nullopt : m_store.latestEdition(r.actId, lang);
        const QString act = r.actId.isEmpty() ? r.actName : citationTitle(r.actId, lang, e ? e->title : QString());
        auto add = [&](const QString& key, TargetState state) {
            const QString target = key.isEmpty() ? act : QString(compactKeyLabel(key, lang) + u' ' + act);
            auto* item
                = new QTreeWidgetItem(m_results, { QString(r.text).replace(u'\n', u' '), target, stateText(state) });
            item->setToolTip(0, r.text);
            item->setToolTip(1, target);
            item->setData(0, kActRole, r.actId);
            item->setData(0, kKeyRole, key);
            if (r.actId.isEmpty())
                item->setForeground(1, QColor(0x8a, 0x5a, 0x00));
        };
        if (r.targets.isEmpty())
            add(QString(), c.actState);
        for (qsizetype i = 0; i < r.targets.size(); ++i)
            add(r.targets.at(i).key, c.targetStates.at(i));
    }
    m_summary->setText(found.isEmpty()
            ? tr("No acts or provisions found.")
            : tr("%n citation(s) found; Enter or double-click opens one.", nullptr, static_cast<int>(found.size())));
}

void TextCitationsDialog::onActivated(QTreeWidgetItem* item)
{
    if (!item || item->data(0, kActRole).toString().isEmpty())
        return;
    Q_EMIT openRequested(item->data(0, kActRole).toString(), item->data(0, kKeyRole).toString());
}

} // namespace zanlink
