#include "presentation_view.h"

#include "corpus/citation.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "workshop/workshop_store.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kMinPointSize = 10;
constexpr int kMaxPointSize = 96;

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// One provision and its parts, as paragraphs.
QString nodeHtml(const StoredProvision& p, Language lang, int baseDepth)
{
    const QString label = provisionLabel(p.kind, p.number, lang);
    const int indent = qMax(0, p.depth - baseDepth) * 24;
    const bool heading
        = p.kind == ProvisionKind::Article || p.kind == ProvisionKind::Chapter || p.kind == ProvisionKind::Section;
    QString html;
    if (heading) {
        html += QStringLiteral("<p style=\"margin-left:%1px; margin-bottom:12px;\"><b>%2 %3</b></p>")
                    .arg(indent)
                    .arg(esc(label), esc(p.heading));
        if (!p.text.isEmpty())
            html += QStringLiteral("<p style=\"margin-left:%1px;\">%2</p>").arg(indent).arg(esc(p.text));
    } else {
        const QString text = label.isEmpty() ? esc(p.text) : QString(u"<b>" + esc(label) + u"</b> " + esc(p.text));
        html += QStringLiteral("<p style=\"margin-left:%1px; margin-top:6px;\">%2</p>").arg(indent).arg(text);
    }
    return html;
}

} // namespace

PresentationView::PresentationView(LibraryStore& library, QWidget* parent) : QWidget(parent), m_library(library)
{
    setObjectName(QStringLiteral("presentationView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("presentationHeader"));
    m_header->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("presentationText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setOpenLinks(false);
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("presentationNotes"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setOpenLinks(false);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setAutoFillBackground(true);
    m_notes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_notes->hide();
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("presentationFooter"));
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_footer);
    setFocusPolicy(Qt::StrongFocus);
    setWindowTitle(tr("Presentation"));
    resize(1280, 720);
    applyColours();
    setPointSize(kBasePointSize);
}

void PresentationView::setTitle(const QString& title)
{
    m_title = title;
    setWindowTitle(title.isEmpty() ? tr("Presentation") : tr("Presentation: %1").arg(title));
    render();
}

void PresentationView::setItems(const QList<PackProvisionRef>& items)
{
    m_items = items;
    m_index = 0;
    render();
}

void PresentationView::setLanguages(const QList<Language>& languages)
{
    m_languages = languages.isEmpty() ? QList<Language> { Language::Ru } : languages;
    render();
}

void PresentationView::setCurrentIndex(int index)
{
    if (m_items.isEmpty())
        return;
    m_index = qBound(0, index, static_cast<int>(m_items.size()) - 1);
    render();
}

void PresentationView::next()
{
    setCurrentIndex(m_index + 1);
}

void PresentationView::previous()
{
    setCurrentIndex(m_index - 1);
}

void PresentationView::first()
{
    setCurrentIndex(0);
}

void PresentationView::last()
{
    setCurrentIndex(static_cast<int>(m_items.size()) - 1);
}

void PresentationView::setPointSize(int points)
{
    m_pointSize = qBound(kMinPointSize, points, kMaxPointSize);
    QFont body = font();
    body.setPointSize(m_pointSize);
    m_text->document()->setDefaultFont(body);
    QFont small = font();
    small.setPointSize(qMax(kMinPointSize - 2, m_pointSize * 45 / 100));
    m_footer->setFont(small);
    m_header->setFont(small);
    QFont notes = font();
    notes.setPointSize(qMax(kMinPointSize, m_pointSize * 60 / 100));
    m_notes->document()->setDefaultFont(notes);
    render();
}

void PresentationView::zoomIn()
{
    setPointSize(m_pointSize + 2);
}

void PresentationView::zoomOut()
{
    setPointSize(m_pointSize - 2);
}

void PresentationView::resetZoom()
{
    setPointSize(kBasePointSize);
}

void PresentationView::setHighContrast(bool on)
{
    m_highContrast = on;
    applyColours();
    render();
}

void PresentationView::applyColours()
{
    const QColor background = m_highContrast ? QColor(Qt::black) : QColor(0xfa, 0xfa, 0xf7);
    const QColor foreground = m_highContrast ? QColor(Qt::white) : QColor(0x11, 0x11, 0x11);
    const QColor muted = m_highContrast ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x55, 0x55, 0x55);
    QPalette p = palette();
    for (QPalette::ColorRole role : { QPalette::Window, QPalette::Base })
        p.setColor(role, background);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text })
        p.setColor(role, foreground);
    setPalette(p);
    m_text->setPalette(p);
    QPalette quiet = p;
    quiet.setColor(QPalette::WindowText, muted);
    m_footer->setPalette(quiet);
    m_header->setPalette(quiet);
    // The notes strip stands apart from the law's text: the trainer's own words.
    QPalette notes = p;
    notes.setColor(QPalette::Base, m_highContrast ? QColor(0x26, 0x26, 0x26) : QColor(0xff, 0xf3, 0xcf));
    notes.setColor(QPalette::Window, notes.color(QPalette::Base));
    m_notes->setPalette(notes);
}

void PresentationView::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void PresentationView::setWorkshopStore(WorkshopStore* store)
{
    m_workshop = store;
    renderNotes();
}

void PresentationView::setNotesShown(bool shown)
{
    m_notesShown = shown;
    m_notes->setVisible(shown);
    renderNotes();
}

void PresentationView::toggleNotes()
{
    setNotesShown(!m_notesShown);
}

QString PresentationView::notesText() const
{
    return m_notes->toPlainText();
}

void PresentationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitNotes();
}

void PresentationView::fitNotes()
{
    // As tall as the notes, at most a third of the view.
    const int limit = qMax(80, height() / 3);
    QTextDocument* doc = m_notes->document();
    doc->setTextWidth(qMax(100, width() - 64 - 2 * m_notes->frameWidth()));
    const int wanted = static_cast<int>(doc->size().height()) + 2 * m_notes->frameWidth() + 8;
    m_notes->setMaximumHeight(qMin(limit, wanted));
}

void PresentationView::renderNotes()
{
    QString html;
    if (m_items.isEmpty()) {
        m_notes->clear();
        return;
    }
    const PackProvisionRef& item = m_items.at(m_index);
    const Language lang = m_languages.first();
    QList<TrainerNote> notes;
    QHash<qint64, QString> packs;
    if (m_workshop && m_workshop->isOpen()) {
        for (const TrainerNote& n : m_workshop->notes(item.actId)) {
            if (item.key.isEmpty() || n.key == item.key || n.key.startsWith(QString(item.key + u'/')))
                notes << n;
        }
        for (const StoredPack& p : m_workshop->packs())
            packs.insert(p.id, p.title);
    }
    html = QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Trainer's notes (N hides them)")));
    if (notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No trainer's note on this provision.")));
    for (const TrainerNote& n : std::as_const(notes)) {
        QStringList about;
        if (!n.key.isEmpty() && n.key != item.key)
            about << compactKeyLabel(n.key, lang);
        if (n.language)
            about << languageCode(*n.language);
        if (n.packId)
            about << tr("from the pack %1").arg(packs.value(n.packId));
        const QString head = about.isEmpty() ? QString() : QStringLiteral("<b>[%1]</b> ").arg(esc(about.join(u", ")));
        html += QStringLiteral("<p style=\"margin-top:4px;\">%1%2</p>").arg(head, esc(n.text));
    }
    m_notes->setHtml(html);
    fitNotes();
}

QString PresentationView::currentHtml() const
{
    return m_html;
}

QString PresentationView::citationText() const
{
    return m_footer->text();
}

void PresentationView::render()
{
    renderNotes();
    if (m_items.isEmpty()) {
        m_html = QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to present: the list is empty.")));
        m_text->setHtml(m_html);
        m_header->setText(m_title);
        m_footer->clear();
        return;
    }
    const PackProvisionRef& item = m_items.at(m_index);
    struct Column {
        Language language;
        std::optional<EditionInfo> edition;
        QList<StoredProvision> nodes;
    };
    QList<Column> columns;
    QStringList keyOrder;
    QStringList footer;
    for (Language lang : m_languages) {
        Column c { lang, m_library.latestEdition(item.actId, lang), {} };
        if (c.edition)
            c.nodes = m_library.subtree(c.edition->id, item.key);
        for (const StoredProvision& p : c.nodes) {
            if (!keyOrder.contains(p.key))
                keyOrder << p.key;
        }
        if (c.nodes.isEmpty()) {
            footer << tr("%1 %2: not in the library in %3")
                          .arg(item.actId, item.key, languageNativeName(lang));
        } else {
            const CitationTarget target = citationTarget(m_library, *c.edition, item.key);
            footer << tr("%1 · %2 · edition of %3")
                          .arg(shortCitation(target), languageNativeName(lang),
                              c.edition->editionDate.isValid() ? c.edition->editionDate.toString(QStringLiteral("dd.MM.yyyy"))
                                                               : tr("unknown date"));
        }
        columns << c;
    }

    QString html;
    if (columns.size() == 1) {
        const Column& c = columns.first();
        const int base = c.nodes.isEmpty() ? 0 : c.nodes.first().depth;
        for (const StoredProvision& p : c.nodes)
            html += nodeHtml(p, c.language, base);
        if (c.nodes.isEmpty())
            html = QStringLiteral("<p>%1</p>").arg(esc(footer.first()));
    } else {
        // Rows aligned by key: the same provision in every language on one row.
        const int width = 100 / static_cast<int>(columns.size());
        html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\"><tr>");
        for (const Column& c : columns)
            html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(width).arg(esc(languageNativeName(c.language)));
        html += QStringLiteral("</tr>");
        for (const QString& key : keyOrder) {
            html += QStringLiteral("<tr>");
            for (const Column& c : columns) {
                const int base = c.nodes.isEmpty() ? 0 : c.nodes.first().depth;
                QString cell;
                for (const StoredProvision& p : c.nodes) {
                    if (p.key == key) {
                        cell = nodeHtml(p, c.language, base);
                        break;
                    }
                }
                html += QStringLiteral("<td width=\"%1%\" valign=\"top\">%2</td>").arg(width).arg(cell);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    m_html = html;
    m_text->setHtml(html);
    m_header->setText(tr("%1 — %2 of %3")
                          .arg(m_title.isEmpty() ? tr("Presentation") : m_title)
                          .arg(m_index + 1)
                          .arg(m_items.size()));
    m_footer->setText(footer.join(u'\n'));
    // Every line of the citation stays visible, however long the provision.
    m_footer->setMinimumHeight(QFontMetrics(m_footer->font()).lineSpacing() * static_cast<int>(footer.size() + 1));
    if (layout())
        layout()->activate();
}

void PresentationView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Home:
        first();
        return;
    case Qt::Key_End:
        last();
        return;
    case Qt::Key_Equal:
    case Qt::Key_Plus:
        if (ctrl)
            return zoomIn();
        break;
    case Qt::Key_Minus:
        if (ctrl)
            return zoomOut();
        break;
    case Qt::Key_0:
        if (ctrl)
            return resetZoom();
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
        if (!ctrl)
            return setLanguages({ kAllLanguages.at(event->key() - Qt::Key_1) });
        break;
    case Qt::Key_4:
        if (!ctrl)
            return setLanguages(kAllLanguages);
        break;
    case Qt::Key_H:
        if (!ctrl)
            return setHighContrast(!m_highContrast);
        break;
    case Qt::Key_N:
        if (!ctrl)
            return toggleNotes();
        break;
    case Qt::Key_F11:
        toggleFullScreen();
        return;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        else
            close();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresentationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace zanlink
