#include "session/reader_page.h"

#include "corpus/citation.h"
#include "session/theme.h"
#include "store/citation_lookup.h"
#include "store/library_store.h"
#include "store/link_queries.h"

#include <QCoreApplication>
#include <QDate>

namespace zanlink {

QList<LanguageColumn> readerColumns(
    LibraryStore& store, const Location& here, ViewMode mode, qint64 pinnedEdition, bool* any)
{
    const QList<Language> shown = viewModeLanguages(mode);
    QList<LanguageColumn> columns;
    *any = false;
    for (Language l : shown) {
        LanguageColumn c;
        c.language = l;
        c.edition = store.latestEdition(here.actId, l);
        if (pinnedEdition && shown.size() == 1) {
            const std::optional<EditionInfo> pinned = store.edition(pinnedEdition);
            if (pinned && pinned->actId == here.actId && pinned->language == l)
                c.edition = pinned;
        }
        if (c.edition) {
            *any = true;
            c.nodes = here.key.isEmpty() ? store.provisions(c.edition->id) : store.subtree(c.edition->id, here.key);
        }
        columns << c;
    }
    if (!*any && columns.size() == 1) {
        // One language asked for and missing: show another and say so.
        for (Language other : { Language::Ru, Language::Kk, Language::En }) {
            LanguageColumn& c = columns.first();
            c.edition = store.latestEdition(here.actId, other);
            if (!c.edition)
                continue;
            c.missingLanguage = c.language;
            c.language = other;
            c.nodes = here.key.isEmpty() ? store.provisions(c.edition->id) : store.subtree(c.edition->id, here.key);
            *any = true;
            break;
        }
    }
    if (!*any)
        return columns;
    LinkQueries links(store.database());
    for (LanguageColumn& c : columns) {
        if (c.edition)
            c.links = links.linksInEdition(c.edition->id);
    }
    return columns;
}

HtmlColours printColours()
{
    HtmlColours c = HtmlColours::from(Theme::lightPalette());
    c.link = QStringLiteral("#1a4a8a");
    return c;
}

std::unique_ptr<QTextDocument> readerPrintDocument(
    LibraryStore& store, const Location& here, const QList<LanguageColumn>& columns)
{
    PageStyle style;
    style.colours = printColours();
    style.citeLinks = false;
    QStringList citations;
    for (const LanguageColumn& c : columns) {
        if (c.edition)
            citations << fullCitation(citationTarget(store, *c.edition, here.key));
    }
    style.preamble = QStringLiteral("<p style=\"margin-bottom:8px;\">");
    for (const QString& line : citations)
        style.preamble += u"<b>" + line.toHtmlEscaped() + u"</b><br>";
    style.preamble += QStringLiteral("<span style=\"color:%1; font-size:small;\">%2</span></p><hr>")
                          .arg(style.colours.note,
                              QCoreApplication::translate("zanlink::ReaderPrint", "Printed from ZanLink on %1")
                                  .arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")))
                                  .toHtmlEscaped());
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(QStringLiteral("a { color: %1; }").arg(style.colours.link));
    doc->setHtml(ProvisionHtml::page(here.actId, columns, style));
    doc->setMetaInformation(QTextDocument::DocumentTitle, citations.value(0));
    return doc;
}

} // namespace zanlink
