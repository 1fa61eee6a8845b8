#pragma once

#include <QByteArray>
#include <QString>

namespace zanlink {

// Decodes a text or HTML file: a BOM or an HTML charset declaration wins;
// otherwise valid UTF-8 is taken as UTF-8 and anything else as Windows-1251,
// the other encoding Adilet pages come in.
QString decodeText(const QByteArray& bytes);

} // namespace zanlink
