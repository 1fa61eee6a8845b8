#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace zanlink {

class LibraryStore;

// Paste any text — a news item, a court decision, a letter — and see the acts
// and provisions it mentions, each opening in the reader.
class TextCitationsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TextCitationsDialog(LibraryStore& store, QWidget* parent = nullptr);

    QPlainTextEdit* input() const { return m_input; }
    QTreeWidget* results() const { return m_results; }
    // Finds the citations now (typing does it after a short pause).
    void findNow();

Q_SIGNALS:
    void openRequested(const QString& actId, const QString& key);

private:
    void onActivated(QTreeWidgetItem* item);

    LibraryStore& m_store;
    QPlainTextEdit* m_input = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace zanlink
