#pragma once

#include "draft_session.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QWidget;

namespace zanlink {

// The request's fields, prefilled from the case: who issues it and in what
// capacity, the addressee, the person concerned, facts, URLs, the action and
// its scope, deadlines, the order referred to, redress, attachments, date and
// place. Lists take one entry per line. A bilingual draft has its wording in
// each language: "Wording in" switches between them. The text fields are
// spell-checked in the language shown (underlined in the multi-line ones,
// suggestions on right-click in all).
class DraftFieldsPage : public QWizardPage {
    Q_OBJECT
public:
    DraftFieldsPage(DraftSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    // The editor of a field (by its Draft field name), for tests.
    QWidget* editor(const QString& field) const;
    static QString fieldLabel(const QString& field);

private:
    void load(Language lang);
    void store(Language lang);

    DraftSession& m_session;
    QComboBox* m_wording = nullptr;
    QFormLayout* m_form = nullptr;
    QHash<QString, QWidget*> m_editors;
    Language m_shown = Language::Ru;
};

} // namespace zanlink
