#include "draft_request_page.h"

#include "drafting/draft_record.h"
#include "ui_language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>

namespace zanlink {

DraftRequestPage::DraftRequestPage(DraftSession& session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Request"));
    setSubTitle(tr("Choose what to write and in which language. The fields are filled from the case."));
    m_types = new QListWidget(this);
    m_types->setObjectName(QStringLiteral("draftTypes"));
    const Language ui = UiLanguage::current();
    for (RequestType t : allRequestTypes()) {
        auto* item = new QListWidgetItem(requestTypeInfo(t).title(ui), m_types);
        item->setData(Qt::UserRole, requestTypeId(t));
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("draftLanguage"));
    m_language->addItem(tr("Kazakh"), QStringLiteral("kk"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Kazakh and Russian, in two columns"), QStringLiteral("kk+ru"));
    m_follows = new QComboBox(this);
    m_follows->setObjectName(QStringLiteral("draftFollows"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    m_title->setPlaceholderText(tr("as the case's list of drafts shows it"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Type:"), m_types);
    form->addRow(tr("&Output language:"), m_language);
    form->addRow(tr("&Follows:"), m_follows);
    form->addRow(tr("T&itle:"), m_title);
}

void DraftRequestPage::initializePage()
{
    const Draft& d = m_session.draft;
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->data(Qt::UserRole).toString() == requestTypeId(d.type))
            m_types->setCurrentRow(i);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(outputLanguageCode(d.language))));
    m_follows->clear();
    m_follows->addItem(tr("— nothing: the first of its chain —"), 0);
    // Not itself nor a draft that follows it: a chain never runs in a circle.
    QSet<qint64> after { m_session.recordId };
    for (bool grew = m_session.recordId != 0; grew;) {
        grew = false;
        for (const CaseDraft& other : m_session.file.drafts) {
            if (after.contains(other.parentId) && !after.contains(other.id)) {
                after.insert(other.id);
                grew = true;
            }
        }
    }
    for (const CaseDraft& other : m_session.file.drafts) {
        if (!after.contains(other.id))
            m_follows->addItem(other.title.isEmpty() ? tr("Draft %1").arg(other.id) : other.title, other.id);
    }
    m_follows->setCurrentIndex(qMax(0, m_follows->findData(m_session.parentId)));
    m_title->setText(m_session.title);
}

bool DraftRequestPage::validatePage()
{
    const RequestType type = requestTypeFromId(m_types->currentItem() ? m_types->currentItem()->data(Qt::UserRole).toString()
                                                                        : QString())
                                 .value_or(m_session.draft.type);
    const OutputLanguage lang = outputLanguageFromCode(m_language->currentData().toString()).value_or(OutputLanguage::Ru);
    const qint64 parentId = m_follows->currentData().toLongLong();
    if (!m_session.built || type != m_session.draft.type || lang != m_session.draft.language
        || parentId != m_session.parentId)
        rebuild(type, lang, parentId);
    m_session.title = m_title->text().trimmed();
    if (m_session.title.isEmpty())
        m_session.title = requestTypeInfo(type).title(UiLanguage::current()) + u" — "
            + m_session.today.toString(QStringLiteral("dd.MM.yyyy"));
    m_title->setText(m_session.title);
    return true;
}

void DraftRequestPage::rebuild(RequestType type, OutputLanguage lang, qint64 parentId)
{
    std::optional<Draft> parent;
    QString parentTitle;
    for (const CaseDraft& r : m_session.file.drafts) {
        if (r.id == parentId && parentId != 0) {
            QString error;
            parent = draftFromRecord(r, &error);
            parentTitle = r.title;
        }
    }
    if (parent) {
        parent->language = lang;
        m_session.draft = chainedDraft(*parent, parentTitle, type, m_session.file, m_session.today);
    } else {
        m_session.draft = draftFromCase(m_session.file, type, lang, m_session.today);
    }
    if (m_session.library)
        pinLatestEditions(m_session.draft, *m_session.library);
    m_session.parentId = parent ? parentId : 0;
    m_session.built = true;
}

} // namespace zanlink
