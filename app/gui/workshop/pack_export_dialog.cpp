#include "pack_export_dialog.h"

#include "cases/case_store.h"
#include "corpus/citation.h"
#include "store/library_store.h"
#include "workshop/presentation_items.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kCaseRole = Qt::UserRole + 1;

} // namespace

PackExportDialog::PackExportDialog(LibraryStore& library, CaseStore* cases, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("packExportDialog"));
    setWindowTitle(tr("Export workshop pack"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("packTitle"));
    m_creator = new QLineEdit(this);
    m_creator->setObjectName(QStringLiteral("packCreator"));
    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Trainer:"), m_creator);

    m_acts = new QTreeWidget(this);
    m_acts->setObjectName(QStringLiteral("packActs"));
    m_acts->setHeaderLabels({ tr("Acts and articles to present") });
    for (const QString& actId : library.actIds()) {
        const std::optional<EditionInfo> edition = library.latestEditionPreferring(actId, Language::Ru);
        auto* act = new QTreeWidgetItem(m_acts, { edition ? QStringLiteral("%1 — %2").arg(actId, edition->title) : actId });
        act->setData(0, kKeyRole, actId);
        act->setCheckState(0, Qt::Unchecked);
        for (const PackProvisionRef& ref : articlesOf(library, actId, Language::Ru)) {
            auto* article = new QTreeWidgetItem(act, { compactKeyLabel(ref.key, Language::Ru) });
            article->setData(0, kKeyRole, ref.key);
            article->setCheckState(0, Qt::Unchecked);
        }
    }
    connect(m_acts, &QTreeWidget::itemChanged, this, &PackExportDialog::updateOk);

    auto* languages = new QHBoxLayout;
    languages->addWidget(new QLabel(tr("Languages:"), this));
    for (int i = 0; i < 3; ++i) {
        const Language l = kAllLanguages.at(i);
        m_languages[i] = new QCheckBox(languageNativeName(l), this);
        m_languages[i]->setObjectName(u"packLang_" + languageCode(l));
        m_languages[i]->setChecked(true);
        connect(m_languages[i], &QCheckBox::toggled, this, &PackExportDialog::updateOk);
        languages->addWidget(m_languages[i]);
    }
    languages->addStretch();
    m_notes = new QCheckBox(tr("Include the trainer's notes on these provisions"), this);
    m_notes->setObjectName(QStringLiteral("packNotes"));
    m_notes->setChecked(true);

    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("packCases"));
    if (cases && cases->isOpen()) {
        for (const CaseRecord& r : cases->cases()) {
            auto* item = new QListWidgetItem(r.title, m_cases);
            item->setData(kCaseRole, r.id);
            item->setCheckState(Qt::Unchecked);
        }
    }
    auto* casesNote = new QLabel(tr("Exercise cases travel without confidential parties (children among them), the "
                                    "notes naming them, evidence and drafts."),
        this);
    casesNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &PackExportDialog::updateOk);
    connect(m_cases, &QListWidget::itemChanged, this, &PackExportDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_acts, 2);
    layout->addLayout(languages);
    layout->addWidget(m_notes);
    layout->addWidget(new QLabel(tr("Exercise cases:"), this));
    layout->addWidget(m_cases, 1);
    layout->addWidget(casesNote);
    layout->addWidget(buttons);
    resize(640, 640);
    updateOk();
}

PackSelection PackExportDialog::selection() const
{
    PackSelection s;
    s.title = m_title->text().trimmed();
    s.creator = m_creator->text().trimmed();
    s.includeNotes = m_notes->isChecked();
    QList<Language> languages;
    for (int i = 0; i < 3; ++i) {
        if (m_languages[i]->isChecked())
            languages << kAllLanguages.at(i);
    }
    for (int i = 0; i < m_acts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* act = m_acts->topLevelItem(i);
        QStringList keys;
        for (int j = 0; j < act->childCount(); ++j) {
            if (act->child(j)->checkState(0) == Qt::Checked)
                keys << act->child(j)->data(0, kKeyRole).toString();
        }
        if (act->checkState(0) == Qt::Checked || !keys.isEmpty())
            s.acts << PackActChoice { act->data(0, kKeyRole).toString(), languages,
                act->checkState(0) == Qt::Checked ? QStringList() : keys };
    }
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->checkState() == Qt::Checked)
            s.caseIds << m_cases->item(i)->data(kCaseRole).toLongLong();
    }
    return s;
}

void PackExportDialog::checkAct(const QString& actId, const QString& key)
{
    for (int i = 0; i < m_acts->topLevelItemCount(); ++i) {
        QTreeWidgetItem* act = m_acts->topLevelItem(i);
        if (act->data(0, kKeyRole).toString() != actId)
            continue;
        if (key.isEmpty()) {
            act->setCheckState(0, Qt::Checked);
            return;
        }
        for (int j = 0; j < act->childCount(); ++j) {
            if (act->child(j)->data(0, kKeyRole).toString() == key)
                act->child(j)->setCheckState(0, Qt::Checked);
        }
    }
}

void PackExportDialog::checkCase(qint64 caseId)
{
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->data(kCaseRole).toLongLong() == caseId)
            m_cases->item(i)->setCheckState(Qt::Checked);
    }
}

void PackExportDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void PackExportDialog::updateOk()
{
    const PackSelection s = selection();
    const bool anyLanguage = m_languages[0]->isChecked() || m_languages[1]->isChecked() || m_languages[2]->isChecked();
    m_ok->setEnabled(!s.title.isEmpty() && (!s.acts.isEmpty() || !s.caseIds.isEmpty()) && anyLanguage);
}

} // namespace zanlink
