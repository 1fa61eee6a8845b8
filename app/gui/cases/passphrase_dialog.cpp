#include "passphrase_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (prompt.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_message);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
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

} // namespace zanlink
