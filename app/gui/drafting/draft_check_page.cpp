#include "draft_check_page.h"

#include "draft_fields_page.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

DraftCheckPage::DraftCheckPage(DraftSession& session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Check"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("draftCheckSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftMissing"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({ tr("Field"), tr("What is missing") });
    m_final = new QCheckBox(tr("&Final version (ready to sign)"), this);
    m_final->setObjectName(QStringLiteral("draftFinal"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_final);
}

void DraftCheckPage::initializePage()
{
    const QList<MissingItem> missing = completenessCheck(m_session.draft, m_session.library, m_session.today);
    m_list->clear();
    for (const MissingItem& m : missing)
        new QTreeWidgetItem(m_list, { DraftFieldsPage::fieldLabel(m.field), m.message });
    m_list->header()->resizeSection(0, 200);
    if (missing.isEmpty()) {
        m_summary->setText(u"<span style=\"color:#1a6b1a\"><b>" + tr("Nothing is missing.").toHtmlEscaped()
            + u"</b></span> " + tr("The request can be saved as the final version.").toHtmlEscaped());
    } else {
        m_summary->setText(u"<span style=\"color:#a01010\"><b>"
            + tr("%n thing(s) missing.", nullptr, static_cast<int>(missing.size())).toHtmlEscaped() + u"</b></span> "
            + tr("Go back to fill them in, or save it as a draft and finish later.").toHtmlEscaped());
    }
    m_final->setEnabled(missing.isEmpty());
    m_final->setChecked(missing.isEmpty() && m_session.final);
    m_final->setToolTip(missing.isEmpty() ? QString() : tr("A final version needs everything listed here."));
}

bool DraftCheckPage::validatePage()
{
    m_session.final = m_final->isEnabled() && m_final->isChecked();
    return true;
}

} // namespace zanlink
