#pragma once

#include <QString>

namespace zanlink {

// Why an import failed, with where: the file and, when known, the line.
struct ImportError {
    QString file;
    int line = 0;
    QString message;

    // "file.html:120: message", or "file.html: message" without a line.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += u':' + QString::number(line);
        return where.isEmpty() ? message : where + u": " + message;
    }
};

} // namespace zanlink
