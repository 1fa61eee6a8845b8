#pragma once

#include <QString>

class QWidget;

namespace zanlink {

class CaseStore;
class LibraryStore;

// Opening the two files at start, with a way back when one is damaged: the
// user is told what is wrong and offered the newest backup (the damaged file
// is kept aside, never deleted). Backups are taken as the app runs and when
// it closes.
class StartupRecovery {
public:
    // "<app data>/backups"
    static QString backupFolder();
    static bool openLibrary(LibraryStore& store, const QString& path, QWidget* parent, QString* error);
    static bool openCases(CaseStore& cases, const QString& path, QWidget* parent, QString* error);
    // Backs up the case file if its newest backup is older than maxAgeSeconds
    // (0: always), and the library once a day.
    static void backUp(LibraryStore& store, CaseStore& cases, qint64 caseMaxAgeSeconds);
};

} // namespace zanlink
