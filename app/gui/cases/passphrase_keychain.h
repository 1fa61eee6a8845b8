#pragma once

#include <QHash>
#include <QString>

namespace zanlink {

// Where a case file's passphrase may be remembered: the system keychain
// (Secret Service, KWallet, macOS Keychain, Windows Credential Manager)
// behind a small interface, so tests use an in-memory store instead.
// Entries are kept under the service "ZanLink" with the case file's
// canonical path as the key. Every call returns within a few seconds.
class PassphraseStore {
public:
    enum class Status {
        Found, // read: the secret is in `secret`
        NotFound, // read: the keychain works and holds nothing under the key
        Unavailable, // no keychain (no Secret Service, no D-Bus, a time-out) or access refused
    };
    struct Result {
        Status status = Status::Unavailable;
        QString secret;
        // Why the keychain could not be used (Unavailable), for a tooltip.
        QString error;
    };

    static constexpr const char16_t* kService = u"ZanLink";

    virtual ~PassphraseStore() = default;
    virtual Result read(const QString& key) = 0;
    // True when the secret was stored; *error says why not.
    virtual bool write(const QString& key, const QString& secret, QString* error) = 0;
    // True when the entry is gone (also when there was none).
    virtual bool remove(const QString& key, QString* error) = 0;

    // The key of a case file: its canonical path (the absolute path when the
    // file does not exist).
    static QString keyFor(const QString& caseFilePath);

    // The store the app uses: the system keychain unless a test replaced it
    // (the store is not owned; nullptr puts the system keychain back).
    static PassphraseStore& system();
    static void setSystemForTests(PassphraseStore* store);
};

// The system keychain through qtkeychain. Its jobs are asynchronous: each
// call waits for its job in a local event loop, at most `timeoutMs`; a job
// that does not answer in time makes the keychain count as unavailable for
// the rest of the session (the job is left to finish and delete itself).
// The insecure plain-text fallback of qtkeychain is never used.
class SystemPassphraseStore : public PassphraseStore {
public:
    explicit SystemPassphraseStore(int timeoutMs = 5000) : m_timeoutMs(timeoutMs) { }
    Result read(const QString& key) override;
    bool write(const QString& key, const QString& secret, QString* error) override;
    bool remove(const QString& key, QString* error) override;

private:
    int m_timeoutMs;
    QString m_brokenReason; // set after a time-out: later calls return at once
};

// An in-memory store for tests: entries in a hash, or a keychain that is
// not there at all (setAvailable(false)).
class FakePassphraseStore : public PassphraseStore {
public:
    Result read(const QString& key) override;
    bool write(const QString& key, const QString& secret, QString* error) override;
    bool remove(const QString& key, QString* error) override;

    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QString>& entries() { return m_entries; }
    int reads = 0;
    int writes = 0;
    int removals = 0;

private:
    bool m_available = true;
    QHash<QString, QString> m_entries;
};

} // namespace zanlink
