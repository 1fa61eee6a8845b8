#include "draft_wizard.h"

#include "draft_check_page.h"
#include "draft_citations_page.h"
#include "draft_fields_page.h"
#include "draft_preview_page.h"
#include "draft_request_page.h"
#include "drafting/draft_record.h"

namespace zanlink {

DraftWizard::DraftWizard(const CaseFile& file, LibraryStore* library, std::optional<RequestType> type,
    qint64 parentId, QWidget* parent)
    : QWizard(parent)
{
    m_session.file = file;
    m_session.library = library;
    m_session.today = QDate::currentDate();
    m_session.parentId = parentId;
    m_session.draft.type = type.value_or(requestTypeForCaseKind(file.record.kind).value_or(RequestType::RemovalRequest));
    m_session.draft.language = OutputLanguage::Ru;
    // The language of the draft it follows, by default.
    for (const CaseDraft& d : file.drafts) {
        if (d.id == parentId && parentId != 0)
            m_session.draft.language = outputLanguageFromCode(d.language).value_or(OutputLanguage::Ru);
    }
    setUp();
}

DraftWizard::DraftWizard(const CaseFile& file, LibraryStore* library, const CaseDraft& saved, QWidget* parent)
    : QWizard(parent)
{
    m_session.file = file;
    m_session.library = library;
    m_session.today = QDate::currentDate();
    m_session.recordId = saved.id;
    m_session.parentId = saved.parentId;
    m_session.title = saved.title;
    m_session.final = saved.final;
    QString error;
    if (const std::optional<Draft> d = draftFromRecord(saved, &error)) {
        m_session.draft = *d;
        m_session.built = true;
    } else {
        // Opened anyway, prefilled anew from the case; the reason is shown on the first page.
        m_session.draft = draftFromCase(file, RequestType::RemovalRequest, OutputLanguage::Ru, m_session.today);
    }
    setUp();
    if (!error.isEmpty())
        m_request->setSubTitle(tr("The saved draft could not be read (%1); it is filled from the case again.")
                                   .arg(error));
}

void DraftWizard::setUp()
{
    setObjectName(QStringLiteral("draftWizard"));
    setWindowTitle(m_session.recordId ? tr("Draft: %1").arg(m_session.title) : tr("New draft"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    m_request = new DraftRequestPage(m_session, this);
    m_fields = new DraftFieldsPage(m_session, this);
    m_citations = new DraftCitationsPage(m_session, this);
    m_check = new DraftCheckPage(m_session, this);
    m_preview = new DraftPreviewPage(m_session, this);
    setPage(RequestPage, m_request);
    setPage(FieldsPage, m_fields);
    setPage(CitationsPage, m_citations);
    setPage(CheckPage, m_check);
    setPage(PreviewPage, m_preview);
    setButtonText(QWizard::FinishButton, tr("Save to the &case"));
    resize(960, 720);
}

CaseDraft DraftWizard::record() const
{
    CaseDraft r = toCaseDraft(m_session.draft, m_session.file.record.id, m_session.title, m_session.parentId);
    r.id = m_session.recordId;
    r.final = m_session.final;
    return r;
}

} // namespace zanlink
