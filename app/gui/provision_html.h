#pragma once

#include "linked_text.h"
#include "store/library_store.h"
#include "store/link_queries.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zanlink {

// One language of the page being shown: its edition and the provisions
// (a subtree in document order) to render.
struct LanguageColumn {
    Language language = Language::Ru;
    std::optional<EditionInfo> edition;
    QList<StoredProvision> nodes;
    std::optional<Language> missingLanguage; // the language asked for, when shown in another
    QHash<qint64, QList<StoredLink>> links; // references found in the provisions, by provision id
};

// Renders the reader's page as the rich text QTextBrowser shows: one column,
// or kk | ru | en side by side with rows aligned by provision key. Every
// column says which act, language and edition it shows, with the official
// link. Links: "cite:KEY?lang=xx" copies a citation; "go:ACT?key=KEY"
// navigates (references in the text, defined terms).
// Colours come from the application's palette unless given (printing gives
// a light palette's), so the page reads in the dark theme too.
struct PageStyle {
    HtmlColours colours = HtmlColours::current();
    bool citeLinks = true; // the "cite" link after each provision (not on paper)
    QString preamble; // rich text put before the page (the citation header of a printout)
};

class ProvisionHtml {
    Q_DECLARE_TR_FUNCTIONS(ProvisionHtml)
public:
    using Style = PageStyle;
    static QString page(const QString& actId, const QList<LanguageColumn>& columns, const Style& style = {});
    // The page for an act of the catalogue that is not imported yet.
    static QString notImported(const QString& actId);
    static QString welcome();
    // A line in the warning colour (e.g. "this is an older edition").
    static QString warning(const QString& text, const HtmlColours& colours = HtmlColours::current());

private:
    static QString columnHeader(const QString& actId, const LanguageColumn& c, const Style& style);
    static QString cell(const StoredProvision& p, const LanguageColumn& c, int baseDepth, const Style& style);
    static QString noteHtml(
        const ProvisionNote& n, const QList<StoredLink>& links, int place, const HtmlColours& colours);
};

} // namespace zanlink
