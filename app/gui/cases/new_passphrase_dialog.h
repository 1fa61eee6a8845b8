#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace zanlink {

// Asks a new passphrase twice (and, to change it, the current one), with a
// hint of its strength and the warnings that go with protection: a
// forgotten passphrase cannot be recovered, and evidence files are not
// encrypted yet. OK is enabled once the two entries match and are long
// enough.
class NewPassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Protect, Change };
    static constexpr int kMinimumLength = 8;

    explicit NewPassphraseDialog(Purpose purpose, QWidget* parent = nullptr);

    QString currentPassphrase() const;
    QString passphrase() const;
    // "Too short…", "Weak…", "Fair…", "Strong": a rough estimate from the
    // length and the kinds of characters; a few unrelated words are best.
    static QString strengthHint(const QString& passphrase);

private:
    void update();

    Purpose m_purpose;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace zanlink
