#pragma once

#include "corpus/language.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;

namespace zanlink {

// What the file itself tells before it is imported.
struct FileSniff {
    std::optional<Language> language;
    QString actId;
    bool isDataset = false; // AdiletCodex JSON Lines
};
FileSniff sniffFile(const QString& path);

// Asks the language and act of a file to import, prefilled with what the
// file says about itself.
class ImportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    ImportOptionsDialog(const QString& path, const FileSniff& sniff, QWidget* parent = nullptr);
    Language language() const;
    QString actId() const; // empty: as the file says

private:
    QComboBox* m_lang;
    QComboBox* m_act;
};

// Chooses an act of the catalogue and a language to download from Adilet.
class DownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit DownloadDialog(QWidget* parent = nullptr);
    QString actId() const;
    Language language() const;

private:
    QComboBox* m_act;
    QComboBox* m_lang;
};

} // namespace zanlink
