#include "importer/plain_text_blocks.h"

namespace zanlink {

BlockDocument plainTextBlocks(const QString& text)
{
    BlockDocument doc;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNo;
        const QString folded = foldWhitespace(line.toString());
        if (folded.isEmpty())
            continue;
        TextBlock b;
        b.text = folded;
        b.line = lineNo;
        doc.blocks << b;
    }
    takeTitleFromBlocks(doc);
    return doc;
}

} // namespace zanlink
