#include "passphrase_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace zanlink {

PassphraseDialog::PassphraseDialog(const QString& path, QWidget* parent, const QString& prompt) : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Protected case file"));
    m_prompt = new QLabel(prompt.isEmpty()
            ? tr("The case file %1 is protected with a passphrase. Enter the passphrase to open it.")
                  .arg(QDir::toNativeSeparators(path))
            : prompt,
        this);
    m_prompt->setObjectName(QStringLiteral("passphrasePrompt"));
    m_prompt->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passphraseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_message->hide();
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassphraseCheck"));
    m_remember->hide();
    m_rememberNote = new QLabel(tr("Anyone who can log in as this user can then open the case file."), this);
    m_rememberNote->setObjectName(QStringLiteral("rememberPassphraseNote"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setIndent(m_remember->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
        m_remember->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    m_rememberNote->setForegroundRole(QPalette::PlaceholderText);
    m_rememberNote->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (prompt.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_message);
    layout->addWidget(m_edit);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberNote);
    layout->addWidget(buttons);
    // Wide enough for the path and the notes to wrap in a few lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_edit->setFocus();
}

QString PassphraseDialog::passphrase() const
{
    return m_edit->text();
}

void PassphraseDialog::clearPassphrase()
{
    m_edit->clear();
}

void PassphraseDialog::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString PassphraseDialog::message() const
{
    return m_message->text();
}

void PassphraseDialog::offerRemember(bool checked, const QString& unavailableReason)
{
    const bool available = unavailableReason.isEmpty();
    m_remember->setChecked(available && checked);
    m_remember->setEnabled(available);
    m_remember->setToolTip(available
            ? tr("ZanLink keeps the passphrase in the system keychain of this user account and opens the case "
                 "file at start-up without asking. After the case file locks itself (or is locked), the "
                 "passphrase is still typed.")
            : tr("The system keychain cannot be used: %1").arg(unavailableReason));
    m_rememberNote->setText(available ? tr("Anyone who can log in as this user can then open the case file.")
                                      : tr("The system keychain is not available: %1").arg(unavailableReason));
    m_rememberNote->setEnabled(available);
    m_remember->show();
    m_rememberNote->show();
}

bool PassphraseDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace zanlink
