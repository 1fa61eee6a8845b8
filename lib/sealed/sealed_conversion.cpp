// Converting between a plain case file and a sealed one.
#include "sealed/sealed_database.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace zanlink {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

bool sealPlainDatabase(const QString& plainPath, const QString& sealedPath, const QString& passphrase, QString* error,
    const SealParams& params)
{
    const QString plainName = QDir::toNativeSeparators(plainPath);
    const QString sealedName = QDir::toNativeSeparators(sealedPath);
    if (QFileInfo::exists(sealedPath)) {
        setError(error, QStringLiteral("%1 already exists").arg(sealedName));
        return false;
    }
    if (!QFileInfo(plainPath).isFile()) {
        setError(error, QStringLiteral("%1: no such file").arg(plainName));
        return false;
    }
    if (isSealedFile(plainPath)) {
        setError(error, QStringLiteral("%1 is sealed already").arg(plainName));
        return false;
    }
    Database plain;
    if (!plain.open(plainPath, false)) {
        setError(error, QStringLiteral("%1: cannot open: %2").arg(plainName, plain.lastError()));
        return false;
    }
    Statement check = plain.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!check.isValid() || !check.next() || check.text(0) != u"ok") {
        const QString why = check.isValid() ? check.text(0) : plain.lastError();
        setError(error, QStringLiteral("%1 is not a sound database: %2").arg(plainName, why));
        return false;
    }
    check = Statement();
    QString why;
    std::optional<QByteArray> image = serializeDatabase(plain, &why);
    plain.close();
    if (!image) {
        setError(error, QStringLiteral("%1: %2").arg(plainName, why));
        return false;
    }
    std::optional<SealKey> key = SealKey::create(passphrase, params, &why);
    const bool ok = key && writeSealed(sealedPath, *image, *key, &why);
    sealed::wipe(*image);
    if (!ok) {
        setError(error, key ? why : QStringLiteral("%1: %2").arg(sealedName, why));
        return false;
    }
    return true;
}

bool unsealToPlain(const QString& sealedPath, const QString& plainPath, const QString& passphrase, QString* error,
    SealFailure* failure)
{
    const QString plainName = QDir::toNativeSeparators(plainPath);
    if (QFileInfo::exists(plainPath)) {
        setError(error, QStringLiteral("%1 already exists").arg(plainName));
        if (failure)
            *failure = SealFailure::CannotWrite;
        return false;
    }
    std::optional<QByteArray> image = readSealed(sealedPath, passphrase, nullptr, error, failure);
    if (!image)
        return false;
    QSaveFile out(plainPath);
    bool ok = out.open(QIODevice::WriteOnly);
    if (ok) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = out.write(*image) == image->size() && out.commit();
    }
    sealed::wipe(*image);
    if (!ok) {
        setError(error, QStringLiteral("%1: cannot write: %2").arg(plainName, out.errorString()));
        if (failure)
            *failure = SealFailure::CannotWrite;
        out.cancelWriting();
        return false;
    }
    return true;
}

} // namespace zanlink
