#include "quick_open_dialog.h"

#include "corpus/citation.h"
#include "refs/quick_open.h"
#include "store/citation_lookup.h"
#include "store/library_acts.h"
#include "store/library_store.h"
#include "ui_language.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zanlink {

QuickOpenDialog::QuickOpenDialog(LibraryStore& store, const QString& currentAct, QWidget* parent)
    : QDialog(parent), m_store(store), m_currentAct(currentAct), m_acts(libraryActDirectory(store.database()))
{
    setObjectName(QStringLiteral("quickOpenDialog"));
    setWindowTitle(tr("Go to provision"));
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("quickOpenEdit"));
    m_input->setPlaceholderText(tr("e.g. связь 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("quickOpenPreview"));
    m_preview->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_preview);
    setMinimumWidth(480);
    connect(m_input, &QLineEdit::textChanged, this, &QuickOpenDialog::update);
    update();
}

void QuickOpenDialog::update()
{
    m_actId.clear();
    m_key.clear();
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) {
        m_preview->setText(tr("An act (name, number or id) and the numbers of article, paragraph, subparagraph."));
        return;
    }
    const std::optional<QuickOpenTarget> target = parseQuickOpen(typed, m_acts);
    if (!target) {
        m_preview->setText(tr("No provision is named by these words."));
        return;
    }
    const QString actId = target->actId.isEmpty() ? m_currentAct : target->actId;
    if (actId.isEmpty()) {
        m_preview->setText(tr("Name the act too: no act is open."));
        return;
    }
    const Language lang = UiLanguage::current();
    const std::optional<EditionInfo> edition = m_store.latestEditionPreferring(actId, lang);
    const QString title = citationTitle(actId, lang, edition ? edition->title : QString());
    const QString where = (target->key.isEmpty() ? QString() : compactKeyLabel(target->key, lang) + u' ') + title;
    if (!edition) {
        m_preview->setText(tr("%1 — the act is not in the library; Enter shows how to get it.").arg(where));
    } else if (!target->key.isEmpty() && m_store.subtree(edition->id, target->key).isEmpty()) {
        m_preview->setText(tr("%1 — no such provision in the library's text.").arg(where));
        return;
    } else {
        m_preview->setText(tr("Enter: open %1").arg(where));
    }
    m_actId = actId;
    m_key = target->key;
}

void QuickOpenDialog::accept()
{
    if (m_actId.isEmpty())
        return; // nothing to open: the dialog stays for another try
    QDialog::accept();
}

} // namespace zanlink
