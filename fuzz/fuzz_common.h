// Shared by the libFuzzer targets: deterministic Qt set-up, a private
// temporary folder, and checks that abort (so libFuzzer keeps the input).
#pragma once

#include "corpus/language.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHashSeed>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace zanlink::fuzz {

// Same hash order on every run, no debug output, the C locale.
inline void initQt(int* argc, char*** argv)
{
    QHashSeed::setDeterministicGlobalSeed();
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false;*.info=false");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", msg.toLocal8Bit().constData());
            std::abort();
        }
    });
    static QCoreApplication* app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv);
}

// A folder of this process, removed at exit; nothing is written elsewhere.
inline const QTemporaryDir& tempDir()
{
    static const QTemporaryDir dir;
    return dir;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The first byte chooses a language; the rest is the input.
inline Language languageOf(uint8_t b)
{
    switch (b % 3) {
    case 0:
        return Language::Kk;
    case 1:
        return Language::Ru;
    default:
        return Language::En;
    }
}

#define ZANLINK_FUZZ_CHECK(cond)                                                                                       \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                             \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)

} // namespace zanlink::fuzz
