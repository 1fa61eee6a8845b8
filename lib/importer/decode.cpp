#include "importer/decode.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <boost/locale/encoding.hpp>

namespace zanlink {

namespace {

QString fromCp1251(const QByteArray& bytes)
{
    const std::string utf8 = boost::locale::conv::to_utf<char>(
        bytes.constData(), bytes.constData() + bytes.size(), "windows-1251", boost::locale::conv::default_method);
    return QString::fromStdString(utf8);
}

QString declaredCharset(const QByteArray& bytes)
{
    // Only the head of the document can declare its charset.
    const QString head = QString::fromLatin1(bytes.left(4096)).toLower();
    static const QRegularExpression re(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([a-z0-9_-]+)"));
    const QRegularExpressionMatch m = re.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString decodeText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder dec(QStringDecoder::Utf16LE);
        return dec(bytes.mid(2));
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(QStringDecoder::Utf16BE);
        return dec(bytes.mid(2));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = utf8(bytes);
    const bool validUtf8 = !utf8.hasError();
    const QString charset = declaredCharset(bytes);
    if (charset == u"windows-1251" || charset == u"cp1251" || charset == u"x-cp1251") {
        // A page saved by a browser can keep its old declaration while the
        // bytes are UTF-8; Cyrillic in Windows-1251 is practically never
        // valid UTF-8, so valid UTF-8 with non-ASCII bytes wins.
        const bool hasNonAscii = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return c & 0x80; });
        if (validUtf8 && hasNonAscii)
            return s;
        return fromCp1251(bytes);
    }
    if (validUtf8)
        return s;
    return fromCp1251(bytes);
}

} // namespace zanlink
