#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace zanlink {

class LibraryStore;

// Search as you type over the library: results grouped by act with the
// matched words in bold, filters by act and language, keyboard throughout
// (Down moves from the query into the results, Enter opens one).
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(LibraryStore& store, QWidget* parent = nullptr);

    // Puts the cursor in the query with its text selected.
    void focusQuery();
    // Refreshes the act filter after an import.
    void refreshActs();
    void retranslate();
    // Runs the query now (tests; typing runs it after a short pause).
    void runNow();
    QTreeWidget* results() const { return m_results; }

Q_SIGNALS:
    void openRequested(const QString& actId, const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onActivated(QTreeWidgetItem* item);

    LibraryStore& m_store;
    QLineEdit* m_query = nullptr;
    QComboBox* m_act = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_results = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace zanlink
