#pragma once

#include "draft_session.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace zanlink {

// What the request still lacks before it can be final: missing fields, a
// provision not in the library in that language and edition, a deadline
// already passed. A draft may be saved incomplete; "Final version" only when
// nothing is missing.
class DraftCheckPage : public QWizardPage {
    Q_OBJECT
public:
    DraftCheckPage(DraftSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    QTreeWidget* list() const { return m_list; }
    QCheckBox* finalBox() const { return m_final; }

private:
    DraftSession& m_session;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_final = nullptr;
};

} // namespace zanlink
