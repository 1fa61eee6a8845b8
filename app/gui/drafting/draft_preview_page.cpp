#include "draft_preview_page.h"

#include "corpus/citation.h"
#include "draft_export.h"
#include "draft_fields_page.h"
#include "linked_text.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "ui_language.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace zanlink {

DraftPreviewPage::DraftPreviewPage(DraftSession& session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Click ¶ before a paragraph to see why it is there."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("draftRenderError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:" + HtmlColours::current().warning);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("draftPreview"));
    m_preview->setOpenLinks(false);
    m_trace = new QTextBrowser(this);
    m_trace->setObjectName(QStringLiteral("draftTrace"));
    m_trace->setOpenLinks(false);
    auto* split = new QSplitter(this);
    split->addWidget(m_preview);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 700, 260 });
    auto* save = new QPushButton(tr("&Save as…"), this);
    save->setObjectName(QStringLiteral("draftSaveAs"));
    save->setToolTip(tr("Write the document as DOCX, ODT or PDF"));
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setObjectName(QStringLiteral("draftPrintPreview"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("draftPrint"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(preview);
    buttons->addWidget(print);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == u"trace")
            showTrace(url.path().toInt());
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (m_doc)
            exportRenderedDraft(this, *m_doc, m_session.title);
    });
    connect(preview, &QPushButton::clicked, this, [this] {
        if (m_doc)
            previewRenderedDraft(this, *m_doc);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_doc)
            printRenderedDraft(this, *m_doc);
    });
}

void DraftPreviewPage::initializePage()
{
    TemplateError error;
    const RenderOptions options = m_session.renderOptions();
    m_doc = renderDraft(m_session.draft, options, &error);
    m_traces.clear();
    if (!m_doc) {
        m_error->setText(tr("The draft could not be rendered: %1").arg(error.toString()));
        m_error->show();
        m_preview->clear();
        m_trace->clear();
        return;
    }
    m_error->hide();
    m_traces = traceDocument(m_session.draft, *m_doc, options);
    m_preview->setHtml(m_doc->toHtml(RenderedDocument::HtmlMarks::TraceLinks));
    m_trace->setHtml(u"<p>" + tr("Click ¶ before a paragraph of the draft.").toHtmlEscaped() + u"</p>");
}

void DraftPreviewPage::showTrace(int n)
{
    if (n < 0 || n >= m_traces.size())
        return;
    const ParagraphTrace& t = m_traces.at(n);
    const Language ui = UiLanguage::current();
    QString html = u"<h3>" + tr("Why is this here").toHtmlEscaped() + u"</h3><p><i>"
        + t.text.left(240).toHtmlEscaped() + (t.text.size() > 240 ? QStringLiteral("…") : QString()) + u"</i></p>";
    html += u"<p><b>" + tr("Template:").toHtmlEscaped() + u"</b> " + t.templateName.toHtmlEscaped() + u", "
        + tr("part").toHtmlEscaped() + u" «" + t.part.toHtmlEscaped() + u"»<br/><small>"
        + t.templateFile.toHtmlEscaped() + u"</small></p>";
    if (!t.fields.isEmpty()) {
        html += u"<p><b>" + tr("Fields used:").toHtmlEscaped() + u"</b></p><ul>";
        for (const auto& [name, value] : t.fields)
            html += u"<li>" + DraftFieldsPage::fieldLabel(name).toHtmlEscaped() + u": "
                + (value.isEmpty() ? u"<i>" + tr("empty").toHtmlEscaped() + u"</i>" : value.toHtmlEscaped())
                + u"</li>";
        html += u"</ul>";
    }
    if (!t.citations.isEmpty()) {
        html += u"<p><b>" + tr("Provisions cited:").toHtmlEscaped() + u"</b></p><ul>";
        for (const PinnedCitation& c : t.citations) {
            // The exact edition pinned: its full citation carries language, date and official link.
            std::optional<EditionInfo> pinned;
            if (m_session.library) {
                for (const EditionInfo& e : m_session.library->editions(c.actId)) {
                    if (e.language == c.language && e.editionDate == c.editionDate)
                        pinned = e;
                }
            }
            QString line;
            if (pinned) {
                line = fullCitation(citationTarget(*m_session.library, *pinned, c.key));
            } else {
                const QString title = citationTitle(c.actId, ui, QString());
                line = (c.key.isEmpty() ? title : compactKeyLabel(c.key, ui) + u' ' + title) + u" — "
                    + languageCode(c.language) + u", "
                    + (c.editionDate.isValid()
                              ? tr("edition of %1 (not in the library)")
                                    .arg(c.editionDate.toString(QStringLiteral("dd.MM.yyyy")))
                              : tr("not pinned to an edition"));
            }
            html += u"<li>" + line.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")) + u"</li>";
        }
        html += u"</ul>";
    }
    if (t.fields.isEmpty() && t.citations.isEmpty())
        html += u"<p>" + tr("Fixed wording of the template; no field or provision.").toHtmlEscaped() + u"</p>";
    m_trace->setHtml(html);
}

} // namespace zanlink
