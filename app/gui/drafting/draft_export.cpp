#include "draft_export.h"

#include "drafting/document_writers.h"
#include "session/print_support.h"
#include "user_prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextDocument>

namespace zanlink {

QString draftFileName(const QString& title)
{
    QString name;
    for (QChar c : title.simplified()) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_')
            name += c;
        else if (c == u'.' || c == u'/' || c == u'—')
            name += u'-';
    }
    name = name.simplified().left(80);
    return name.isEmpty() ? QStringLiteral("draft") : name;
}

QString exportRenderedDraft(QWidget* parent, const RenderedDocument& doc, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = UserPrompts::saveFileName(parent, QCoreApplication::translate("zanlink::DraftExport", "Save the draft"),
        QDir(folder).filePath(draftFileName(suggestedName) + u".docx"),
        QCoreApplication::translate("zanlink::DraftExport", "Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"docx" && suffix != u"odt" && suffix != u"pdf")
        path += u".docx";
    QString error;
    const bool ok = path.endsWith(u".odt", Qt::CaseInsensitive) ? writeOdt(doc, path, &error)
        : path.endsWith(u".pdf", Qt::CaseInsensitive)           ? writePdf(doc, path, &error)
                                                                : writeDocx(doc, path, &error);
    if (!ok) {
        UserPrompts::error(parent, QCoreApplication::translate("zanlink::DraftExport", "Not saved"), QCoreApplication::translate("zanlink::DraftExport", "%1 was not written: %2").arg(path, error));
        return {};
    }
    return path;
}

void printRenderedDraft(QWidget* parent, const RenderedDocument& doc)
{
    QTextDocument text;
    text.setHtml(doc.toHtml());
    printTextDocument(parent, text, doc.title);
}

void previewRenderedDraft(QWidget* parent, const RenderedDocument& doc)
{
    QTextDocument text;
    text.setHtml(doc.toHtml());
    previewTextDocument(parent, text, doc.title);
}

} // namespace zanlink
