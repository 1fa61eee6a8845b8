#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace zanlink {

class LibraryStore;

// "Where cited": every provision, in any imported act and any language, that
// cites the provision shown (or one inside it), with the citing sentence.
class CitedByPanel : public QWidget {
    Q_OBJECT
public:
    explicit CitedByPanel(LibraryStore& store, QWidget* parent = nullptr);

    void showFor(const QString& actId, const QString& key);
    void retranslate();
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const QString& actId, const QString& key);

private:
    void onActivated(QTreeWidgetItem* item);

    LibraryStore& m_store;
    QLabel* m_title = nullptr;
    QTreeWidget* m_list = nullptr;
    QString m_actId;
    QString m_key;
};

} // namespace zanlink
