#include "spell/dictionary_codec.h"

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace zanlink {

namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openConverter(const QByteArray& icuName)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter c(ucnv_open(icuName.constData(), &status));
    if (U_FAILURE(status))
        return {};
    return c;
}

// Hunspell's names that ICU's lenient alias matching does not know as they are.
QByteArray icuNameFor(const QString& hunspellName)
{
    const QString n = hunspellName.trimmed().toLower();
    if (n.isEmpty())
        return QByteArrayLiteral("ISO-8859-1");
    if (n == u"microsoft-cp1251")
        return QByteArrayLiteral("windows-1251");
    if (n == u"iscii-devanagari")
        return QByteArrayLiteral("ISCII,version=0");
    return hunspellName.trimmed().toLatin1();
}

} // namespace

DictionaryCodec::DictionaryCodec(const QString& hunspellName)
    : m_name(hunspellName.trimmed().isEmpty() ? QStringLiteral("ISO8859-1") : hunspellName.trimmed())
{
    const QString n = m_name.toLower();
    m_utf8 = n == u"utf-8" || n == u"utf8";
    if (m_utf8) {
        m_valid = true;
        return;
    }
    m_icuName = icuNameFor(m_name);
    m_valid = openConverter(m_icuName) != nullptr;
}

std::optional<QByteArray> DictionaryCodec::encode(const QString& text) const
{
    if (m_utf8)
        return text.toUtf8();
    if (!m_valid)
        return std::nullopt;
    Converter c = openConverter(m_icuName);
    if (!c)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    // Stop at a character the encoding lacks instead of writing a substitute.
    ucnv_setFromUCallBack(c.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const auto* src = reinterpret_cast<const UChar*>(text.constData());
    const auto srcLength = static_cast<int32_t>(text.size());
    QByteArray out(ucnv_getMaxCharSize(c.get()) * srcLength + 1, Qt::Uninitialized);
    const int32_t written
        = ucnv_fromUChars(c.get(), out.data(), static_cast<int32_t>(out.size()), src, srcLength, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(written);
    return out;
}

QString DictionaryCodec::decode(const QByteArray& bytes) const
{
    if (m_utf8)
        return QString::fromUtf8(bytes);
    Converter c = m_valid ? openConverter(m_icuName) : Converter {};
    if (!c)
        return QString::fromLatin1(bytes);
    UErrorCode status = U_ZERO_ERROR;
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t written = ucnv_toUChars(c.get(), reinterpret_cast<UChar*>(out.data()),
        static_cast<int32_t>(out.size()), bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return QString();
    out.truncate(written);
    return out;
}

} // namespace zanlink
