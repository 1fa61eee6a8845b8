#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace zanlink {

// Asks the passphrase of a protected case file (the characters are not
// shown). After a wrong passphrase the same dialog is run again with a
// message saying so; Cancel leaves the case file closed.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    // `prompt` empty: "Enter the passphrase of the case file <path>".
    explicit PassphraseDialog(const QString& path, QWidget* parent = nullptr, const QString& prompt = {});

    QString passphrase() const;
    // Empties the field (after each try, so the text is not kept longer
    // than needed).
    void clearPassphrase();
    // A message above the field (a wrong passphrase); empty hides it.
    void setMessage(const QString& text);
    QString message() const;
    QLineEdit* passphraseEdit() const { return m_edit; }

    // Shows the "Remember in the system keychain" checkbox (hidden unless
    // offered) with a note on what it means. A non-empty
    // `unavailableReason` disables it and says why in its tooltip.
    void offerRemember(bool checked, const QString& unavailableReason = {});
    // The checkbox is shown, enabled and ticked.
    bool remember() const;

private:
    QLabel* m_prompt = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_message = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_rememberNote = nullptr;
};

} // namespace zanlink
