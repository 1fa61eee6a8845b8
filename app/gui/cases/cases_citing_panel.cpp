#include "cases_citing_panel.h"

#include "cases/case_store.h"
#include "corpus/citation.h"
#include "ui_language.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

CasesCitingPanel::CasesCitingPanel(CaseStore& cases, QWidget* parent) : QWidget(parent), m_cases(cases)
{
    setObjectName(QStringLiteral("casesCitingPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("casesCitingTitle"));
    m_title->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("casesCitingList"));
    m_list->setRootIsDecorated(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT openCase(item->data(0, Qt::UserRole).toLongLong()); });
    retranslate();
}

void CasesCitingPanel::retranslate()
{
    m_list->setHeaderLabels({ tr("Case"), tr("In"), tr("Cites"), tr("Edition") });
    showFor(m_actId, m_key);
}

void CasesCitingPanel::showFor(const QString& actId, const QString& key)
{
    m_actId = actId;
    m_key = key;
    m_list->clear();
    if (actId.isEmpty() || !m_cases.isOpen()) {
        m_title->setText(m_cases.isOpen() ? tr("Open a provision to see the cases that cite it.")
                                          : tr("The case file is not open."));
        return;
    }
    const Language lang = UiLanguage::current();
    QSet<QString> seen;
    int cases = 0;
    QSet<qint64> caseIds;
    for (const CaseCitation& c : m_cases.casesCiting(actId, key)) {
        const QString id = QString::number(c.caseId) + u'|' + c.key + u'|' + QString::number(c.draftId);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (!caseIds.contains(c.caseId)) {
            caseIds.insert(c.caseId);
            ++cases;
        }
        const QString where = c.draftId ? tr("draft: %1").arg(c.draftTitle) : tr("notes");
        auto* item = new QTreeWidgetItem(m_list,
            { c.caseTitle + (c.confidential ? QStringLiteral(" 🔒") : QString()), where,
                c.key.isEmpty() ? tr("the act") : compactKeyLabel(c.key, lang),
                c.editionDate.isValid() ? c.editionDate.toString(QStringLiteral("dd.MM.yyyy")) : QString() });
        item->setData(0, Qt::UserRole, c.caseId);
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    m_title->setText(m_list->topLevelItemCount() == 0
            ? tr("No case cites this provision.")
            : tr("Cited in the notes or drafts of %n case(s):", nullptr, cases));
}

} // namespace zanlink
