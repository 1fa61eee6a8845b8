#pragma once

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
class ProvisionHtml {
    Q_DECLARE_TR_FUNCTIONS(ProvisionHtml)
public:
    static QString page(const QString& actId, const QList<LanguageColumn>& columns);
    // The page for an act of the catalogue that is not imported yet.
    static QString notImported(const QString& actId);
    static QString welcome();

private:
    static QString columnHeader(const QString& actId, const LanguageColumn& c);
    static QString cell(const StoredProvision& p, const LanguageColumn& c, int baseDepth);
    static QString noteHtml(const ProvisionNote& n, const QList<StoredLink>& links, int place);
};

} // namespace zanlink
