#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace zanlink {

class CaseStore;

// The Cases tab beside Where cited: the case notes that cite the provision
// shown (or one inside it), with the edition each was made against.
class CasesCitingPanel : public QWidget {
    Q_OBJECT
public:
    explicit CasesCitingPanel(CaseStore& cases, QWidget* parent = nullptr);

    void showFor(const QString& actId, const QString& key);
    void retranslate();
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void openCase(qint64 caseId);

private:
    CaseStore& m_cases;
    QLabel* m_title = nullptr;
    QTreeWidget* m_list = nullptr;
    QString m_actId;
    QString m_key;
};

} // namespace zanlink
