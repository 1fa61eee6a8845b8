#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace zanlink {

// Converts words between QString and the encoding a Hunspell dictionary is
// written in (the SET line of its .aff: UTF-8, KOI8-R, ISO8859-5,
// microsoft-cp1251, …). UTF-8 goes through Qt; the 8-bit encodings through
// ICU, since Qt 6.4's QStringConverter knows only the Unicode ones and Latin-1.
class DictionaryCodec {
public:
    // Hunspell's name of the encoding; empty means Hunspell's default, ISO8859-1.
    explicit DictionaryCodec(const QString& hunspellName = QString());

    bool isValid() const { return m_valid; }
    QString name() const { return m_name; }
    bool isUtf8() const { return m_utf8; }

    // The word in the dictionary's encoding; nullopt when a character of it
    // has no code there (a Kazakh letter in a KOI8-R dictionary).
    std::optional<QByteArray> encode(const QString& text) const;
    QString decode(const QByteArray& bytes) const;

private:
    QString m_name;
    QByteArray m_icuName;
    bool m_utf8 = false;
    bool m_valid = false;
};

} // namespace zanlink
