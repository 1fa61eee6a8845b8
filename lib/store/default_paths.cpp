#include "store/default_paths.h"

#include <QDir>
#include <QStandardPaths>

namespace zanlink {

QString defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

} // namespace zanlink
