// A writer for the crash test (tst_sealed_crash): opens the sealed file (or
// creates it), then adds a row and saves, over and over, printing
// "saved ROUND N" after each save, until it is killed.
//   sealed_writer SEALEDFILE ROUND
#include "sealed/sealed_database.h"

#include <QCoreApplication>
#include <QFileInfo>
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
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: sealed_writer SEALEDFILE ROUND"));
    const QString path = args.at(1);
    const int round = args.at(2).toInt();
    const QString passphrase = QStringLiteral("Сынақ құпия сөзі");
    SealedDatabase sealed;
    QString error;
    if (QFileInfo::exists(path)) {
        if (!sealed.open(path, passphrase, &error))
            return fail(error);
    } else {
        if (!sealed.create(path, passphrase, &error, SealParams::minimum()))
            return fail(error);
        // A few hundred kilobytes, so a save takes a while to write.
        if (!sealed.database().execScript(
                QStringLiteral("CREATE TABLE saves (round INTEGER, n INTEGER, body TEXT, filler BLOB);"
                               "INSERT INTO saves VALUES (-1, 0, '', randomblob(400000));")))
            return fail(sealed.database().lastError());
    }
    say(QStringLiteral("ready %1").arg(round));
    Database& db = sealed.database();
    for (int n = 0; n < 1000000; ++n) {
        Statement add = db.prepare(QStringLiteral("INSERT INTO saves VALUES (?1, ?2, ?3, randomblob(1000))"));
        add.bind(1, round).bind(2, n).bind(3, QStringLiteral("Сақтау %1/%2").arg(round).arg(n));
        if (!add.exec())
            return fail(db.lastError());
        if (!sealed.save(&error))
            return fail(error);
        say(QStringLiteral("saved %1 %2").arg(round).arg(n));
    }
    return 0;
}
