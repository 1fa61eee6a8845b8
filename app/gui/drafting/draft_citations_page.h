#pragma once

#include "draft_session.h"
#include "refs/act_directory.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace zanlink {

// The provisions the request rests on, one row per language version, each
// pinned to an edition, shown as the draft will cite it. Provisions are added
// by typing them as in Ctrl+K ("связь 41-1 1-2"); "Quote" puts the official
// text of that edition into the draft.
class DraftCitationsPage : public QWizardPage {
    Q_OBJECT
public:
    DraftCitationsPage(DraftSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    // Adds what the text names in every output language; false with a message when it names nothing.
    bool addTyped(const QString& typed);
    QTreeWidget* list() const { return m_list; }

private:
    void fill();
    void storeQuotes();
    void move(int delta);
    void removeSelected();
    void pinNewest();

    DraftSession& m_session;
    ActDirectory m_acts;
    bool m_actsRead = false;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_add = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace zanlink
