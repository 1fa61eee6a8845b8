#pragma once

#include "draft_session.h"

#include <QWizard>
#include <optional>

namespace zanlink {

class DraftCheckPage;
class DraftCitationsPage;
class DraftFieldsPage;
class DraftPreviewPage;
class DraftRequestPage;

// Drafting a request from a case: the type and language → the fields,
// prefilled from the case → the provisions, pinned to editions → the check
// of what is missing → the preview with "why is this here", save as DOCX,
// ODT or PDF, print. Finishing gives the draft to keep with the case.
class DraftWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { RequestPage, FieldsPage, CitationsPage, CheckPage, PreviewPage };

    // A new draft of the case; parentId and type preset the chain.
    DraftWizard(const CaseFile& file, LibraryStore* library, std::optional<RequestType> type, qint64 parentId,
        QWidget* parent = nullptr);
    // A saved draft opened again, with its fields and editions.
    DraftWizard(const CaseFile& file, LibraryStore* library, const CaseDraft& saved, QWidget* parent = nullptr);

    // The draft to save with the case (its id is the saved draft's, or 0).
    CaseDraft record() const;
    DraftSession& session() { return m_session; }
    DraftFieldsPage* fieldsPage() const { return m_fields; }
    DraftCitationsPage* citationsPage() const { return m_citations; }
    DraftCheckPage* checkPage() const { return m_check; }
    DraftPreviewPage* previewPage() const { return m_preview; }

private:
    void setUp();

    DraftSession m_session;
    DraftRequestPage* m_request = nullptr;
    DraftFieldsPage* m_fields = nullptr;
    DraftCitationsPage* m_citations = nullptr;
    DraftCheckPage* m_check = nullptr;
    DraftPreviewPage* m_preview = nullptr;
};

} // namespace zanlink
