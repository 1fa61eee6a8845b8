#include "importer/decode.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <boost/locale/encoding.hpp>

namespace zanlink {

namespace {

QString fromCp1251(const QByteArray& bytes)
{
    const std::string utf8 = boost::locale::conv::to_utf<char>(bytes.constData(), bytes.constData() + bytes.size(),
                                                              "windows-1251", boost::locale::conv::default_method);
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
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        return dec(bytes);
    }
    const QString charset = declaredCharset(bytes);
    if (charset == u"windows-1251" || charset == u"cp1251")
        return fromCp1251(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8(bytes);
    if (!utf8.hasError())
        return s;
    return fromCp1251(bytes);
}

} // namespace zanlink
