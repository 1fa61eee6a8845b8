#pragma once

#include "draft_session.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace zanlink {

// The first step: what kind of request, in what language, following which
// earlier draft of the case, and its title in the case's list.
class DraftRequestPage : public QWizardPage {
    Q_OBJECT
public:
    DraftRequestPage(DraftSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;

private:
    void rebuild(RequestType type, OutputLanguage lang, qint64 parentId);

    DraftSession& m_session;
    QListWidget* m_types = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_follows = nullptr;
    QLineEdit* m_title = nullptr;
};

} // namespace zanlink
