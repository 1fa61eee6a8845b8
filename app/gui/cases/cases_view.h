#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace zanlink {

class CasePage;
class CaseStore;
class LibraryStore;

// The Cases view: the list of matters with filters (status, kind, platform,
// open deadlines, words), and the page of the chosen case. Ctrl+N makes a
// new case; Delete on the list removes one (asked first).
class CasesView : public QWidget {
    Q_OBJECT
public:
    CasesView(CaseStore& cases, LibraryStore& library, QWidget* parent = nullptr);

    void refresh();
    void retranslate();
    void newCase();
    void deleteCurrent();
    void openCase(qint64 caseId);
    // One file with the case, its evidence and the cited provisions' texts;
    // confidential data only when the user says so.
    void exportCurrent();
    void importBundle();
    CasePage* page() const { return m_page; }
    QTreeWidget* list() const { return m_list; }
    bool isAvailable() const;

Q_SIGNALS:
    void openProvision(const QString& actId, const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CaseStore& m_cases;
    LibraryStore& m_library;
    QTreeWidget* m_list = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_platform = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_deadlines = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    CasePage* m_page = nullptr;
};

} // namespace zanlink
