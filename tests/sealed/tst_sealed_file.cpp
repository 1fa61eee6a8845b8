// The sealed file format: round trip, wrong passphrase, damage of every kind
// refused with a message naming the file, atomic replacement.
#include "sealed/sealed_file.h"
#include "sealed_test_files.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sodium.h>
#include <sys/resource.h>

using namespace zanlink;
using namespace sealedtest;

namespace {

const QString kPassphrase = QStringLiteral("Балалар құқығы 2024!");

SealKey makeKey(const QString& passphrase = kPassphrase, const SealParams& params = SealParams::minimum())
{
    QString error;
    std::optional<SealKey> key = SealKey::create(passphrase, params, &error);
    if (!key)
        qFatal("cannot make a key: %s", qPrintable(error));
    return std::move(*key);
}

// Rewrites the header checksum after a deliberate change, as a forger would.
void fixChecksum(QByteArray& file)
{
    crypto_generichash(reinterpret_cast<unsigned char*>(file.data()) + sealformat::kChecksumOffset, 16,
        reinterpret_cast<const unsigned char*>(file.constData()), sealformat::kChecksumOffset, nullptr, 0);
}

struct ReadResult {
    std::optional<QByteArray> plain;
    QString error;
    SealFailure failure = SealFailure::None;
};

ReadResult read(const QString& path, const QString& passphrase = kPassphrase)
{
    ReadResult r;
    r.plain = readSealed(path, passphrase, nullptr, &r.error, &r.failure);
    return r;
}

} // namespace

class TestSealedFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        const QByteArray plain = QStringLiteral("Қазақстан Республикасы — ақпарат").toUtf8().repeated(50);
        const SealKey key = makeKey();
        QString error;
        QVERIFY2(writeSealed(path, plain, key, &error), qPrintable(error));

        SealKey opened;
        const std::optional<QByteArray> back = readSealed(path, kPassphrase, &opened, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, plain);
        QVERIFY(opened.isValid());
        QCOMPARE(opened.salt(), key.salt());
        QCOMPARE(opened.params(), SealParams::minimum());

        const QByteArray file = readBytes(path);
        QCOMPARE(file.size(), sealformat::kHeaderSize + plain.size() + sealformat::kTagSize);
        QVERIFY(file.startsWith("ZLSEALD1"));
        QCOMPARE(versionOf(file), quint16(1));
        QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 16), SealParams::minimum().opsLimit);
        QCOMPARE(qFromLittleEndian<quint64>(file.constData() + 24), SealParams::minimum().memLimit);
        QCOMPARE(file.mid(sealformat::kSaltOffset, 16), key.salt());
        QVERIFY(!file.contains(QStringLiteral("Қазақстан").toUtf8()));
        QVERIFY(isSealedFile(path));
        // Readable by its owner only.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    }

    void emptyContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray(), makeKey(), &error), qPrintable(error));
        const ReadResult r = read(path);
        QVERIFY2(r.plain, qPrintable(r.error));
        QVERIFY(r.plain->isEmpty());
    }

    void defaultParamsAreModerate()
    {
        QCOMPARE(SealParams::moderate().opsLimit, quint64(crypto_pwhash_OPSLIMIT_MODERATE));
        QCOMPARE(SealParams::moderate().memLimit, quint64(crypto_pwhash_MEMLIMIT_MODERATE));
        QVERIFY(SealParams::moderate().isAcceptable());
        QVERIFY(SealParams::interactive().isAcceptable());
        QVERIFY(!SealParams {}.isAcceptable());
    }

    void emptyPassphraseIsRefused()
    {
        QString error;
        QVERIFY(!SealKey::create(QString(), SealParams::minimum(), &error));
        QVERIFY(error.contains(u"empty"));
    }

    void wrongPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), makeKey(), &error), qPrintable(error));
        const QByteArray before = readBytes(path);

        const ReadResult r = read(path, QStringLiteral("Балалар құқығы 2024?"));
        QVERIFY(!r.plain);
        QCOMPARE(r.failure, SealFailure::WrongPassphrase);
        QVERIFY2(r.error.contains(u"wrong passphrase"), qPrintable(r.error));
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
        QCOMPARE(readBytes(path), before);
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("case.zlsealed") });
    }

    // Any single changed byte, anywhere, is refused as damage (never as a
    // wrong passphrase, never with content) and leaves the file as it is.
    void everyFlippedByteIsRefused()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.zlsealed"));
        const QString path = dir.filePath(QStringLiteral("flipped.zlsealed"));
        QString error;
        QVERIFY2(
            writeSealed(good, QByteArray("Small case file: Әлия, 12 years"), makeKey(), &error), qPrintable(error));
        const QByteArray original = readBytes(good);
        QVERIFY(read(good).plain);

        for (const char mask : { char(0x01), char(0x80), char(0xff) }) {
            for (qsizetype at = 0; at < original.size(); ++at) {
                QByteArray changed = original;
                changed[at] = char(changed.at(at) ^ mask);
                QVERIFY(writeBytes(path, changed));
                const ReadResult r = read(path);
                const QByteArray where
                    = QByteArray::number(at) + " mask " + QByteArray::number(uchar(mask)) + ": " + r.error.toUtf8();
                QVERIFY2(!r.plain, where.constData());
                QVERIFY2(r.error.contains(path), where.constData());
                if (at < sealformat::kMagicSize) {
                    QCOMPARE(r.failure, SealFailure::NotSealed);
                    QVERIFY2(r.error.contains(u"not a sealed case file"), where.constData());
                } else {
                    QVERIFY2(r.failure == SealFailure::Damaged, where.constData());
                    QVERIFY2(r.error.contains(u"is damaged or was changed: "), where.constData());
                }
                if (at >= sealformat::kHeaderSize)
                    QVERIFY2(r.error.endsWith(u"authentication failed"), where.constData());
                QCOMPARE(readBytes(path), changed);
            }
        }
        QCOMPARE(readBytes(good), original);
    }

    void truncation()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.zlsealed"));
        const QString path = dir.filePath(QStringLiteral("cut.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(good, QByteArray(1000, 'x'), makeKey(), &error), qPrintable(error));
        const QByteArray original = readBytes(good);
        const qsizetype minimum = sealformat::kHeaderSize + sealformat::kTagSize;
        for (const qsizetype size : { qsizetype(0), qsizetype(5), qsizetype(8), qsizetype(100), minimum - 1, minimum,
                 original.size() - 100, original.size() - 1 }) {
            QVERIFY(writeBytes(path, original.first(size)));
            const ReadResult r = read(path);
            QVERIFY(!r.plain);
            QVERIFY2(r.error.contains(path), qPrintable(r.error));
            if (size < minimum) {
                QCOMPARE(r.failure, SealFailure::TooShort);
                QVERIFY2(r.error.contains(u"too short to be a sealed case file"), qPrintable(r.error));
            } else {
                QCOMPARE(r.failure, SealFailure::Damaged);
                QVERIFY2(r.error.contains(u"is damaged or was changed: it is cut short"), qPrintable(r.error));
            }
        }
        QVERIFY(writeBytes(path, original + QByteArray("tail")));
        const ReadResult grown = read(path);
        QCOMPARE(grown.failure, SealFailure::Damaged);
        QVERIFY2(grown.error.contains(u"4 bytes more than its header says"), qPrintable(grown.error));
    }

    void notSealed()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(text, QByteArray(400, 'a')));
        ReadResult r = read(text);
        QCOMPARE(r.failure, SealFailure::NotSealed);
        QCOMPARE(r.error, text + QStringLiteral(" is not a sealed case file"));
        QVERIFY(!isSealedFile(text));

        const QString plainDb = dir.filePath(QStringLiteral("cases.sqlite"));
        QVERIFY(writeBytes(plainDb, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')));
        r = read(plainDb);
        QCOMPARE(r.failure, SealFailure::NotSealed);
        QVERIFY2(r.error.contains(u"without a passphrase"), qPrintable(r.error));

        r = read(dir.filePath(QStringLiteral("missing.zlsealed")));
        QCOMPARE(r.failure, SealFailure::CannotRead);
        QVERIFY(r.error.contains(u"missing.zlsealed"));
    }

    void newerFormatVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), makeKey(), &error), qPrintable(error));
        QByteArray file = readBytes(path);
        qToLittleEndian<quint16>(2, file.data() + 8);
        fixChecksum(file);
        QVERIFY(writeBytes(path, file));
        const ReadResult r = read(path);
        QVERIFY(!r.plain);
        QCOMPARE(r.failure, SealFailure::NewerFormat);
        QVERIFY2(r.error.contains(u" was made by a newer ZanLink"), qPrintable(r.error));
        QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
    }

    // A version-1 file whose version field alone is damaged is damage, not a
    // newer format.
    void damagedVersionField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), makeKey(), &error), qPrintable(error));
        QByteArray file = readBytes(path);
        qToLittleEndian<quint16>(7, file.data() + 8);
        QVERIFY(writeBytes(path, file));
        const ReadResult r = read(path);
        QCOMPARE(r.failure, SealFailure::Damaged);
        QVERIFY2(r.error.contains(u"format version field is damaged"), qPrintable(r.error));
    }

    // A forged header cannot make opening derive a key with absurd cost.
    void forgedKeyDerivationCost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), makeKey(), &error), qPrintable(error));
        const QByteArray original = readBytes(path);
        for (const int offset : { 16, 24 }) {
            QByteArray file = original;
            qToLittleEndian<quint64>(quint64(1) << 40, file.data() + offset);
            fixChecksum(file);
            QVERIFY(writeBytes(path, file));
            QElapsedTimer timer;
            timer.start();
            const ReadResult r = read(path);
            QCOMPARE(r.failure, SealFailure::Damaged);
            QVERIFY2(r.error.contains(u"unknown key derivation settings"), qPrintable(r.error));
            QVERIFY(timer.elapsed() < 5000);
        }
    }

    void savesUseNewNonces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        const SealKey key = makeKey();
        const QByteArray plain("the same content every time");
        QString error;
        QSet<QByteArray> nonces;
        QSet<QByteArray> payloads;
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(writeSealed(path, plain, key, &error), qPrintable(error));
            const QByteArray file = readBytes(path);
            QCOMPARE(file.mid(sealformat::kSaltOffset, 16), key.salt());
            nonces.insert(file.mid(sealformat::kNonceOffset, sealformat::kNonceSize));
            payloads.insert(file.mid(sealformat::kHeaderSize));
            const ReadResult r = read(path);
            QVERIFY2(r.plain, qPrintable(r.error));
            QCOMPARE(*r.plain, plain);
        }
        QCOMPARE(nonces.size(), 5);
        QCOMPARE(payloads.size(), 5);
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("case.zlsealed") });
    }

    // A save that fails part-way (here: the file size limit is reached while
    // the temporary file is written) leaves the old file whole.
    void failedSaveLeavesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        const SealKey key = makeKey();
        QString error;
        QVERIFY2(writeSealed(path, QByteArray(4096, 'o'), key, &error), qPrintable(error));
        const QByteArray before = readBytes(path);

        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool written = writeSealed(path, QByteArray(1024 * 1024, 'n'), key, &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!written);
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
        QCOMPARE(readBytes(path), before);
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("case.zlsealed") });
        const ReadResult r = read(path);
        QVERIFY2(r.plain, qPrintable(r.error));
        QCOMPARE(*r.plain, QByteArray(4096, 'o'));
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/case.zlsealed"));
        QString error;
        QVERIFY(!writeSealed(path, QByteArray("x"), makeKey(), &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write")), qPrintable(error));
    }

    // "й" and "ё" of the Kazakh alphabet typed precomposed or with a combining
    // mark, and compatibility forms (full-width digits), give the same key.
    void unicodePassphraseIsNormalized()
    {
        const QString composed = QStringLiteral("Әділет жүйесі ёлка ２０２４");
        const QString decomposed = QStringLiteral("Әділет жүи\u0306есі е\u0308лка 2024");
        QVERIFY(composed != decomposed);
        QCOMPARE(SealKey::normalizedPassphrase(composed), SealKey::normalizedPassphrase(decomposed));
        QCOMPARE(SealKey::normalizedPassphrase(QStringLiteral("ә")), QStringLiteral("\u04d9").toUtf8());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), makeKey(composed), &error), qPrintable(error));
        ReadResult r = read(path, decomposed);
        QVERIFY2(r.plain, qPrintable(r.error));
        QCOMPARE(*r.plain, QByteArray("content"));
        r = read(path, QStringLiteral("Әділет жүиесі ёлка 2024"));
        QCOMPARE(r.failure, SealFailure::WrongPassphrase);
    }

    void interactiveParams()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.zlsealed"));
        QElapsedTimer timer;
        timer.start();
        const SealKey key = makeKey(kPassphrase, SealParams::interactive());
        qInfo("Argon2id with INTERACTIVE parameters: %lld ms", qint64(timer.elapsed()));
        QString error;
        QVERIFY2(writeSealed(path, QByteArray("content"), key, &error), qPrintable(error));
        SealKey opened;
        QVERIFY(readSealed(path, kPassphrase, &opened, &error));
        QCOMPARE(opened.params(), SealParams::interactive());
    }
};

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealed_file.moc"
