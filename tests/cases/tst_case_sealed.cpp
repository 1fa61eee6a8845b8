// Tests of the passphrase-protected case file (CaseStore::openSealed, protect,
// removeProtection, changePassphrase, the lock file, saving after every
// commit, backups, and a writer killed mid-write). Every name and note here
// is fictional. Keys are derived with SealParams::minimum() to keep the tests
// fast.
#include "cases/case_store.h"
#include "crash_note_text.h"
#include "sealed/sealed_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

const QString kPassphrase = QStringLiteral("тау-самал жаңбыр 2026");
const QString kChildName = QStringLiteral("Айгерім Нұрланқызы Сейітова");
const QString kNoteText = QStringLiteral("Сынып жетекшісі буллинг туралы хабардар болды — секретная заметка");
const QString kDraftTitle = QStringLiteral("Жалоба в экспертную группу по кибербуллингу");

// Fills a new case with a child party, a note and a draft; returns its id.
qint64 fillCase(CaseStore& store)
{
    QString error;
    CaseRecord r;
    r.title = QStringLiteral("Кибербуллинг ребёнка — вымышленное дело");
    r.kind = CaseKind::ChildCyberbullying;
    const std::optional<qint64> id = store.saveCase(r, &error);
    if (!id)
        qFatal("saveCase: %s", qPrintable(error));
    Party child;
    child.caseId = *id;
    child.name = kChildName;
    child.isChild = true;
    child.birthDate = QDate(2013, 4, 2);
    if (!store.saveParty(child, &error))
        qFatal("saveParty: %s", qPrintable(error));
    CaseNote note;
    note.caseId = *id;
    note.plainText = kNoteText;
    note.html = u"<p>" + kNoteText + u"</p>";
    if (!store.saveNote(note, &error))
        qFatal("saveNote: %s", qPrintable(error));
    CaseDraft draft;
    draft.caseId = *id;
    draft.type = QStringLiteral("cyberbullying-complaint");
    draft.language = QStringLiteral("ru");
    draft.title = kDraftTitle;
    draft.fieldsJson = QStringLiteral("{\"applicant\":\"%1\"}").arg(kChildName);
    if (!store.saveDraft(draft, &error))
        qFatal("saveDraft: %s", qPrintable(error));
    return *id;
}

// Every file below `dir` that holds any of `texts` (in UTF-8 or UTF-16).
QStringList filesHolding(const QString& dir, const QStringList& texts)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& t : texts) {
            const QByteArray utf16(reinterpret_cast<const char*>(t.utf16()), t.size() * 2);
            if (bytes.contains(t.toUtf8()) || bytes.contains(utf16))
                found << path;
        }
    }
    return found;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCaseSealed : public QObject {
    Q_OBJECT

private:
    // A protected case file with one filled case at m_path.
    void makeProtected(qint64* caseId = nullptr)
    {
        CaseStore store;
        QString error;
        QVERIFY2(store.open(m_path, &error), qPrintable(error));
        const qint64 id = fillCase(store);
        if (caseId)
            *caseId = id;
        QVERIFY2(store.protect(kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        QVERIFY(store.isProtected());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_path = QDir(m_tmp->path()).filePath(QStringLiteral("cases.sqlite"));
    }

    void roundTripThroughSealedFile()
    {
        qint64 id = 0;
        makeProtected(&id);
        QVERIFY(isSealedFile(m_path));
        QVERIFY(CaseStore::needsPassphrase(m_path));
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));

        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QVERIFY(store.isProtected());
        QCOMPARE(store.path(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(store.evidenceDir(), QDir(m_tmp->path()).filePath(QStringLiteral("evidence")));
        const std::optional<CaseFile> file = store.caseFile(id);
        QVERIFY(file);
        QCOMPARE(file->parties.size(), 1);
        QCOMPARE(file->parties.first().name, kChildName);
        QVERIFY(file->parties.first().confidential);
        QCOMPARE(file->notes.size(), 1);
        QCOMPARE(file->notes.first().plainText, kNoteText);
        QCOMPARE(file->drafts.size(), 1);
        QCOMPARE(file->drafts.first().title, kDraftTitle);

        // A write made now is on disk when it returns: another opener sees it.
        CaseNote second;
        second.caseId = id;
        second.plainText = QStringLiteral("Вторая заметка, сделанная в защищённом файле");
        second.html = second.plainText;
        QVERIFY2(store.saveNote(second, &error), qPrintable(error));
        QVERIFY(store.close(&error));
        CaseStore again;
        QVERIFY2(again.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QCOMPARE(again.caseFile(id)->notes.size(), 2);

        // Nothing of the content is readable in any file of the folder.
        const QStringList texts { kChildName, kNoteText, kDraftTitle, second.plainText,
            QStringLiteral("Кибербуллинг ребёнка") };
        QCOMPARE(filesHolding(m_tmp->path(), texts), QStringList());
    }

    void plainOpenRefusesProtectedFile()
    {
        makeProtected();
        CaseStore store;
        QString error;
        QVERIFY(!store.open(m_path, &error));
        QVERIFY2(error.contains(QStringLiteral("protected with a passphrase")), qPrintable(error));
        QVERIFY(!store.isOpen());
        QVERIFY(isSealedFile(m_path)); // open() did not touch it
    }

    void wrongPassphraseChangesNothing()
    {
        makeProtected();
        const QByteArray before = fileBytes(m_path);
        const QStringList filesBefore = QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden);
        CaseStore store;
        QString error;
        SealFailure failure = SealFailure::None;
        QVERIFY(!store.openSealed(m_path, QStringLiteral("тау-самал жаңбыр 2025"), &error, &failure));
        QCOMPARE(failure, SealFailure::WrongPassphrase);
        QVERIFY2(error.contains(QStringLiteral("wrong passphrase")), qPrintable(error));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileBytes(m_path), before);
        QCOMPARE(QDir(m_tmp->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        // The lock was given back: the right passphrase opens it now.
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error, &failure), qPrintable(error));
        QCOMPARE(failure, SealFailure::None);
    }

    void changePassphrase()
    {
        qint64 id = 0;
        makeProtected(&id);
        const QString next = QStringLiteral("жаңа құпия сөз");
        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        const QByteArray before = fileBytes(m_path);
        QVERIFY(!store.changePassphrase(QStringLiteral("не тот"), next, &error));
        QVERIFY2(error.contains(QStringLiteral("wrong passphrase")), qPrintable(error));
        QCOMPARE(fileBytes(m_path), before);
        QVERIFY2(store.changePassphrase(kPassphrase, next, &error), qPrintable(error));
        QVERIFY(store.close(&error));

        SealFailure failure = SealFailure::None;
        QVERIFY(!store.openSealed(m_path, kPassphrase, &error, &failure));
        QCOMPARE(failure, SealFailure::WrongPassphrase);
        QVERIFY2(store.openSealed(m_path, next, &error), qPrintable(error));
        QCOMPARE(store.caseFile(id)->parties.first().name, kChildName);
    }

    void removeProtection()
    {
        qint64 id = 0;
        makeProtected(&id);
        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QVERIFY(!store.removeProtection(QStringLiteral("не тот"), &error));
        QVERIFY2(error.contains(QStringLiteral("wrong passphrase")), qPrintable(error));
        QVERIFY(store.isProtected());
        QVERIFY(isSealedFile(m_path));
        QVERIFY2(store.removeProtection(kPassphrase, &error), qPrintable(error));
        QVERIFY(!store.isProtected());
        QVERIFY(store.isOpen());
        QVERIFY(!CaseStore::needsPassphrase(m_path));
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".lock")));
        // Writes go to the plain file again.
        CaseNote note;
        note.caseId = id;
        note.plainText = QStringLiteral("После снятия защиты");
        note.html = note.plainText;
        QVERIFY2(store.saveNote(note, &error), qPrintable(error));
        store.close();
        CaseStore plain;
        QVERIFY2(plain.open(m_path, &error), qPrintable(error));
        QCOMPARE(plain.caseFile(id)->notes.size(), 2);
        QCOMPARE(plain.caseFile(id)->parties.first().name, kChildName);
    }

    void protectRefusesWhenNotPossible()
    {
        CaseStore store;
        QString error;
        QVERIFY(!store.protect(kPassphrase, &error, SealParams::minimum()));
        QVERIFY(store.open(m_path, &error));
        QVERIFY(!store.protect(QString(), &error, SealParams::minimum()));
        QVERIFY(!store.isProtected());
        QVERIFY(!isSealedFile(m_path));
        QVERIFY2(store.protect(kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        QVERIFY(!store.protect(kPassphrase, &error, SealParams::minimum()));
        QVERIFY2(error.contains(QStringLiteral("protected already")), qPrintable(error));
    }

    void lockFileRefusesSecondOpener()
    {
        makeProtected();
        CaseStore first;
        QString error;
        QVERIFY2(first.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(m_path + QStringLiteral(".lock")));
        CaseStore second;
        QVERIFY(!second.openSealed(m_path, kPassphrase, &error));
        QVERIFY2(error.contains(QStringLiteral("already open in another ZanLink window")), qPrintable(error));
        QVERIFY(!second.isOpen());
        QVERIFY(first.isOpen()); // the refused opener took nothing away
        QVERIFY(first.close(&error));
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".lock")));
        QVERIFY2(second.openSealed(m_path, kPassphrase, &error), qPrintable(error));
    }

    void failedSaveIsReportedAndRetried()
    {
        qint64 id = 0;
        makeProtected(&id);
        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        // A folder in the file's place: the sealed file cannot be replaced.
        const QString aside = m_path + QStringLiteral(".aside");
        QVERIFY(QFile::rename(m_path, aside));
        QVERIFY(QDir().mkdir(m_path));
        CaseNote note;
        note.caseId = id;
        note.plainText = QStringLiteral("Заметка при отказе диска");
        note.html = note.plainText;
        QVERIFY(!store.saveNote(note, &error));
        QVERIFY2(error.startsWith(QStringLiteral("not saved to disk: ")), qPrintable(error));
        QString closeError;
        QVERIFY(!store.close(&closeError)); // unsaved: the store stays open
        QVERIFY(store.isOpen());
        QCOMPARE(store.caseFile(id)->notes.size(), 2); // kept in memory

        QVERIFY(QDir().rmdir(m_path));
        QVERIFY(QFile::rename(aside, m_path));
        CaseNote next;
        next.caseId = id;
        next.plainText = QStringLiteral("Следующая заметка");
        next.html = next.plainText;
        QVERIFY2(store.saveNote(next, &error), qPrintable(error));
        QVERIFY(store.close(&error));
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QCOMPARE(store.caseFile(id)->notes.size(), 3);
    }

    void backupOfProtectedFileStaysSealed()
    {
        qint64 id = 0;
        makeProtected(&id);
        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        QTemporaryDir backupDir;
        Backups backups(backupDir.path(), QStringLiteral("cases"));
        const std::optional<BackupInfo> made = store.backUp(backups, &error);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(isSealedFile(made->path));
        QCOMPARE(filesHolding(backupDir.path(), { kChildName, kNoteText }), QStringList());
        QCOMPARE(backups.list().size(), 1);
        // The backup opens with the passphrase and holds the case.
        const QString restored = QDir(m_tmp->path()).filePath(QStringLiteral("restored/cases.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(restored).absolutePath()));
        QVERIFY(QFile::copy(made->path, restored));
        CaseStore copy;
        QVERIFY2(copy.openSealed(restored, kPassphrase, &error), qPrintable(error));
        QCOMPARE(copy.caseFile(id)->parties.first().name, kChildName);
    }

    void killedWhileSavingNotes_data()
    {
        QTest::addColumn<int>("wanted");
        QTest::newRow("early") << 3;
        QTest::newRow("later") << 25;
    }

    void killedWhileSavingNotes()
    {
        QFETCH(int, wanted);
        {
            CaseStore store;
            QString error;
            QVERIFY2(store.open(m_path, &error), qPrintable(error));
            QVERIFY2(store.protect(kPassphrase, &error, SealParams::minimum()), qPrintable(error));
        }
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(ZANLINK_CASE_WRITER),
            { QStringLiteral("notes"), m_path, QStringLiteral("--passphrase"), kPassphrase });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QStringList lines;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (lines.size() < wanted && timer.elapsed() < 60000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                lines << QString::fromUtf8(pending.left(nl));
                pending.remove(0, nl + 1);
            }
        }
        QVERIFY2(lines.size() >= wanted, writer.readAllStandardError().constData());
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        pending += writer.readAllStandardOutput();
        QList<QByteArray> rest = pending.split('\n');
        rest.removeLast(); // a torn last line
        for (const QByteArray& part : rest)
            lines << QString::fromUtf8(part);

        // The dead writer's lock is stale: the file opens, whole.
        CaseStore store;
        QString error;
        QVERIFY2(store.openSealed(m_path, kPassphrase, &error), qPrintable(error));
        const QList<CaseRecord> cases = store.cases();
        QCOMPARE(cases.size(), 1);
        const CaseFile file = *store.caseFile(cases.first().id);
        QHash<qint64, CaseNote> notes;
        for (const CaseNote& n : file.notes)
            notes.insert(n.id, n);
        for (const QString& line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            const qint64 noteId = parts.at(0).toLongLong();
            QVERIFY2(notes.contains(noteId), qPrintable(line));
            QCOMPARE(notes.value(noteId).plainText, crashNoteText(parts.at(1).toInt()));
        }
        QVERIFY(notes.size() == lines.size() || notes.size() == lines.size() + 1);
        // No plaintext was left beside the sealed file by the writer.
        QCOMPARE(filesHolding(m_tmp->path(), { crashNoteText(0) }), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCaseSealed)
#include "tst_case_sealed.moc"
