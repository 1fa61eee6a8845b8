#include "draft_session.h"

#include <QDir>
#include <QStandardPaths>

namespace zanlink {

RenderOptions DraftSession::renderOptions() const
{
    RenderOptions options;
    options.userTemplateFolder = userTemplateFolder();
    options.library = library;
    return options;
}

QString userTemplateFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("templates"));
}

} // namespace zanlink
