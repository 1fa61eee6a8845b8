#include "new_passphrase_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zanlink {

namespace {

QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return edit;
}

} // namespace

NewPassphraseDialog::NewPassphraseDialog(Purpose purpose, QWidget* parent) : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    setWindowTitle(purpose == Purpose::Protect ? tr("Protect the case file") : tr("Change the passphrase"));
    auto* intro = new QLabel(purpose == Purpose::Protect
            ? tr("The case database (cases, parties, notes, drafts, the audit log) will be kept encrypted on "
                 "disk and opened only with this passphrase. Evidence files and exported case bundles are not "
                 "encrypted yet.")
            : tr("The case file will be encrypted again under the new passphrase."),
        this);
    intro->setWordWrap(true);
    auto* warning = new QLabel(tr("<b>A forgotten passphrase cannot be recovered</b>: nobody, not even the "
                                  "makers of ZanLink, can open the case file without it. Write it down and keep "
                                  "it somewhere safe."),
        this);
    warning->setObjectName(QStringLiteral("passphraseWarning"));
    warning->setWordWrap(true);
    m_current = passwordEdit(QStringLiteral("currentPassphraseEdit"), this);
    m_new = passwordEdit(QStringLiteral("newPassphraseEdit"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPassphraseEdit"), this);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_strength->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : { m_current, m_new, m_repeat })
        connect(e, &QLineEdit::textChanged, this, &NewPassphraseDialog::update);

    auto* form = new QFormLayout;
    if (purpose == Purpose::Change)
        form->addRow(tr("Current passphrase:"), m_current);
    else
        m_current->hide();
    form->addRow(tr("New passphrase:"), m_new);
    form->addRow(tr("Repeat it:"), m_repeat);
    form->addRow(QString(), m_strength);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(m_buttons);
    update();
}

QString NewPassphraseDialog::currentPassphrase() const
{
    return m_current->text();
}

QString NewPassphraseDialog::passphrase() const
{
    return m_new->text();
}

QString NewPassphraseDialog::strengthHint(const QString& passphrase)
{
    const qsizetype length = passphrase.size();
    if (length < kMinimumLength)
        return tr("Too short: use at least %1 characters; a few unrelated words are best.").arg(kMinimumLength);
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    const qsizetype words = passphrase.split(u' ', Qt::SkipEmptyParts).size();
    if (length >= 20 || (length >= 14 && (kinds >= 3 || words >= 3)))
        return tr("Strong.");
    if (length >= 12 || kinds >= 3)
        return tr("Fair: a longer passphrase, or one more word, is better.");
    return tr("Weak: add a word or two.");
}

void NewPassphraseDialog::update()
{
    const QString text = m_new->text();
    QString hint = text.isEmpty() ? QString() : strengthHint(text);
    const bool matches = text == m_repeat->text();
    if (!text.isEmpty() && !m_repeat->text().isEmpty() && !matches)
        hint += u' ' + tr("The two entries differ.");
    m_strength->setText(hint);
    const bool ok
        = text.size() >= kMinimumLength && matches && (m_purpose == Purpose::Protect || !m_current->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace zanlink
