// A writer for the crash test (tst_case_crash): saves notes, or attaches
// evidence, in a loop, printing a line after each commit, until it is killed.
//   case_writer notes CASEFILE [--passphrase P]
//   case_writer attach CASEFILE WORKDIR
// With --passphrase the case file is a protected one (it must exist), opened
// with P; a line is printed once the write is saved to the sealed file.
#include "cases/case_store.h"
#include "crash_note_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace zanlink;

namespace {

void say(const QString& line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fputs((message + u'\n').toUtf8().constData(), stderr);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString passphrase;
    if (const qsizetype at = args.indexOf(QStringLiteral("--passphrase")); at > 0 && at + 1 < args.size()) {
        passphrase = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 3)
        return fail(QStringLiteral("usage: case_writer notes|attach CASEFILE [WORKDIR] [--passphrase P]"));
    CaseStore store;
    QString error;
    const bool opened
        = passphrase.isEmpty() ? store.open(args.at(2), &error) : store.openSealed(args.at(2), passphrase, &error);
    if (!opened)
        return fail(error);
    store.setActor(QStringLiteral("crash-test"));
    CaseRecord record;
    record.title = QStringLiteral("Вымышленное дело для проверки сбоев");
    const std::optional<qint64> caseId = store.saveCase(record, &error);
    if (!caseId)
        return fail(error);

    if (args.at(1) == u"notes") {
        for (int n = 0; n < 1000000; ++n) {
            CaseNote note;
            note.caseId = *caseId;
            note.plainText = crashNoteText(n);
            note.html = crashNoteHtml(n);
            note.citations = { NoteCitation {
                QStringLiteral("Z9900000001"), QStringLiteral("41-1"), Language::Ru, QDate(2024, 1, 1), 0, 5, false } };
            const std::optional<qint64> id = store.saveNote(note, &error);
            if (!id)
                return fail(error);
            say(QStringLiteral("%1 %2").arg(*id).arg(n));
        }
        return 0;
    }
    if (args.at(1) == u"attach" && args.size() > 3) {
        const QDir work(args.at(3));
        for (int n = 0; n < 1000; ++n) {
            // 32 MB, different for every n, so each attach writes a new original.
            QByteArray bytes(32 * 1024 * 1024, char('a' + n % 26));
            for (qsizetype at = 0; at < bytes.size(); at += 4096)
                bytes[at] = char(n);
            const QString source = work.filePath(QStringLiteral("source-%1.bin").arg(n));
            QFile f(source);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return fail(QStringLiteral("%1: cannot write").arg(source));
            f.close();
            say(QStringLiteral("attaching %1").arg(n));
            const std::optional<Evidence> e = store.attachEvidence(*caseId, source, {}, &error);
            if (!e)
                return fail(error);
            say(QStringLiteral("attached %1 %2").arg(n).arg(e->sha256));
            QFile::remove(source);
        }
        return 0;
    }
    return fail(QStringLiteral("usage: case_writer notes|attach CASEFILE [WORKDIR]"));
}
