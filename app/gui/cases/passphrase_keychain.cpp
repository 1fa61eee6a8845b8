#include "passphrase_keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(logKeychain, "zanlink.keychain", QtInfoMsg)

namespace zanlink {

namespace {

PassphraseStore* s_testStore = nullptr;

QString noService()
{
    return QCoreApplication::translate(
        "zanlink::PassphraseStore", "no keychain service (such as GNOME Keyring or KWallet) is running for this user.");
}

QString noAnswer()
{
    return QCoreApplication::translate("zanlink::PassphraseStore", "the keychain did not answer.");
}

QString refused()
{
    return QCoreApplication::translate("zanlink::PassphraseStore", "access to the keychain was refused.");
}

// Runs a keychain job and waits for it at most `timeoutMs` in a local event
// loop that leaves user input alone. False on a time-out: the job is then
// left running and deletes itself when (if ever) it finishes.
bool runJob(QKeychain::Job* job, int timeoutMs)
{
    bool done = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->start();
    timer.start(timeoutMs);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done)
        job->setAutoDelete(true);
    return done;
}

// Why a keychain job failed, in words for the user.
QString reason(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noService();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return refused();
    default:
        // qtkeychain says little more than "Unknown error" when there is no
        // D-Bus session or no Secret Service on it: the detail goes to the log.
        qCInfo(logKeychain) << "keychain error" << job.error() << job.errorString();
        return noService();
    }
}

} // namespace

QString PassphraseStore::keyFor(const QString& caseFilePath)
{
    const QFileInfo info(caseFilePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

PassphraseStore& PassphraseStore::system()
{
    if (s_testStore)
        return *s_testStore;
    static SystemPassphraseStore store;
    return store;
}

void PassphraseStore::setSystemForTests(PassphraseStore* store)
{
    s_testStore = store;
}

PassphraseStore::Result SystemPassphraseStore::read(const QString& key)
{
    Result result;
    if (!m_brokenReason.isEmpty()) {
        result.error = m_brokenReason;
        return result;
    }
    auto* job = new QKeychain::ReadPasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    if (!runJob(job, m_timeoutMs)) {
        m_brokenReason = noAnswer();
        result.error = m_brokenReason;
        qCInfo(logKeychain) << "no answer from the keychain";
        return result;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Found;
        result.secret = job->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        break;
    default:
        result.error = reason(*job);
        break;
    }
    delete job;
    return result;
}

bool SystemPassphraseStore::write(const QString& key, const QString& secret, QString* error)
{
    if (!m_brokenReason.isEmpty()) {
        *error = m_brokenReason;
        return false;
    }
    auto* job = new QKeychain::WritePasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    job->setTextData(secret);
    if (!runJob(job, m_timeoutMs)) {
        m_brokenReason = noAnswer();
        *error = m_brokenReason;
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok)
        *error = reason(*job);
    delete job;
    return ok;
}

bool SystemPassphraseStore::remove(const QString& key, QString* error)
{
    if (!m_brokenReason.isEmpty()) {
        *error = m_brokenReason;
        return false;
    }
    auto* job = new QKeychain::DeletePasswordJob(QString::fromUtf16(kService));
    job->setKey(key);
    if (!runJob(job, m_timeoutMs)) {
        m_brokenReason = noAnswer();
        *error = m_brokenReason;
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
    if (!ok)
        *error = reason(*job);
    delete job;
    return ok;
}

PassphraseStore::Result FakePassphraseStore::read(const QString& key)
{
    ++reads;
    Result result;
    if (!m_available) {
        result.error = noService();
        return result;
    }
    const auto it = m_entries.constFind(key);
    result.status = it == m_entries.cend() ? Status::NotFound : Status::Found;
    if (it != m_entries.cend())
        result.secret = *it;
    return result;
}

bool FakePassphraseStore::write(const QString& key, const QString& secret, QString* error)
{
    ++writes;
    if (!m_available) {
        *error = noService();
        return false;
    }
    m_entries.insert(key, secret);
    return true;
}

bool FakePassphraseStore::remove(const QString& key, QString* error)
{
    ++removals;
    if (!m_available) {
        *error = noService();
        return false;
    }
    m_entries.remove(key);
    return true;
}

} // namespace zanlink
