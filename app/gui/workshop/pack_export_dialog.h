#pragma once

#include "workshop/workshop_pack.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace zanlink {

class CaseStore;
class LibraryStore;

// File ▸ Export workshop pack: the title, the acts (whole, or some of their
// articles), the languages, the trainer's notes and the exercise cases.
class PackExportDialog : public QDialog {
    Q_OBJECT
public:
    PackExportDialog(LibraryStore& library, CaseStore* cases, QWidget* parent = nullptr);

    PackSelection selection() const;
    // For tests and callers: tick an act (all its articles) or one article.
    void checkAct(const QString& actId, const QString& key = {});
    void checkCase(qint64 caseId);
    void setTitle(const QString& title);

private:
    void updateOk();

    QLineEdit* m_title = nullptr;
    QLineEdit* m_creator = nullptr;
    QTreeWidget* m_acts = nullptr;
    QCheckBox* m_languages[3] = {};
    QCheckBox* m_notes = nullptr;
    QListWidget* m_cases = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace zanlink
