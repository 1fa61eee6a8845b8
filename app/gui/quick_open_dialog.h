#pragma once

#include "refs/act_directory.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace zanlink {

class LibraryStore;

// Ctrl+K: type where to go — "связь 41-1 1-2", "41-1-бап", "Art. 41-1",
// "ст. 41-1 п. 1-2" — and Enter jumps there. The line below says what the
// words were read as, or why they lead nowhere.
class QuickOpenDialog : public QDialog {
    Q_OBJECT
public:
    QuickOpenDialog(LibraryStore& store, const QString& currentAct, QWidget* parent = nullptr);

    QString actId() const { return m_actId; }
    QString key() const { return m_key; }
    QLineEdit* input() const { return m_input; }

    void accept() override;

private:
    void update();

    LibraryStore& m_store;
    QString m_currentAct;
    ActDirectory m_acts; // read once: the dialog reads every keystroke
    QLineEdit* m_input = nullptr;
    QLabel* m_preview = nullptr;
    QString m_actId;
    QString m_key;
};

} // namespace zanlink
