#pragma once

#include "draft_session.h"
#include "drafting/document_model.h"
#include "drafting/draft_trace.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QTextBrowser;

namespace zanlink {

// The rendered request as it will be saved, with a "¶" before each paragraph:
// clicking it shows why the paragraph is there — the template part, the field
// values it used and the provision editions it cites. Saves the document as
// DOCX, ODT or PDF, or prints it; a template error names the file and line.
class DraftPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    DraftPreviewPage(DraftSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    const std::optional<RenderedDocument>& document() const { return m_doc; }
    const QList<ParagraphTrace>& traces() const { return m_traces; }
    // Shows the trace of paragraph n (as the "¶" link does).
    void showTrace(int n);
    QTextBrowser* preview() const { return m_preview; }
    QTextBrowser* traceView() const { return m_trace; }

private:
    DraftSession& m_session;
    QLabel* m_error = nullptr;
    QTextBrowser* m_preview = nullptr;
    QTextBrowser* m_trace = nullptr;
    std::optional<RenderedDocument> m_doc;
    QList<ParagraphTrace> m_traces;
};

} // namespace zanlink
