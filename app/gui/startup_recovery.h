#pragma once

#include "sealed/sealed_file.h"

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
    // A protected case file is not opened here (CaseStore::needsPassphrase):
    // it needs openSealedCases().
    static bool openCases(CaseStore& cases, const QString& path, QWidget* parent, QString* error);
    // Opens a protected case file with `passphrase`; a damaged one gets the
    // newest backup offered (itself protected, perhaps with an older
    // passphrase). *failure tells a wrong passphrase from other failures.
    static bool openSealedCases(CaseStore& cases, const QString& path, const QString& passphrase, QWidget* parent,
        QString* error, SealFailure* failure);
    // Backs up the case file if its newest backup is older than maxAgeSeconds
    // (0: always), and the library once a day. A protected case file is
    // copied as it is, encrypted.
    static void backUp(LibraryStore& store, CaseStore& cases, qint64 caseMaxAgeSeconds);
};

} // namespace zanlink
