#pragma once

#include "drafting/draft.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace zanlink {

class LibraryStore;

// A template problem a trainer can fix: the template's name ("ru/removal-request"),
// the 1-based line (0 when not known) and what is wrong.
struct TemplateError {
    QString templateName;
    int line = 0;
    QString message;
    QString toString() const; // "ru/removal-request, line 12: …"
};

// Where templates come from: "<folder>/<lang>/<name>.mustache" in the user's
// folder first, then the templates built into the application
// (":/zanlink/templates/<lang>/<name>.mustache"). Partials are files whose
// names start with "_".
class TemplateLibrary {
public:
    explicit TemplateLibrary(const QString& userFolder = {});
    // name is "<lang>/<file name without .mustache>"; origin gets the file read.
    std::optional<QString> load(const QString& name, QString* origin = nullptr) const;
    // The partial names available in a language folder ("signature" for "_signature.mustache").
    QStringList partials(const QString& lang) const;

private:
    QString m_userFolder;
};

// Checks a template's Mustache syntax before it is rendered: unclosed "{{",
// sections not closed or closed in the wrong order, unescaped output ("{{{x}}}",
// "{{&x}}"), delimiter changes, unknown names and partials.
std::optional<TemplateError> checkTemplateSyntax(const QString& name, const QString& text,
    const QSet<QString>& knownNames, const std::function<bool(const QString&)>& partialExists);

struct RenderOptions {
    QString userTemplateFolder; // overrides built-in templates file by file
    LibraryStore* library = nullptr; // for quoted provision texts; none: no quotes
};

// Renders the template of the draft's type in one language to the document
// markup described in resources/templates/README.md. Every value is escaped
// for XML. The template text may be given (an edited template) instead of
// loaded from the library; templateName then only names it in errors.
std::optional<QString> renderDraftMarkup(const Draft& draft, Language lang, const RenderOptions& options,
    TemplateError* error, const std::optional<QString>& templateText = std::nullopt);

// The names a template in that language may use, for editors and the checker.
QSet<QString> templateNames(const Draft& draft, Language lang, const RenderOptions& options);

// Escapes & < > " ' for XML and HTML text and attributes.
QString escapeXml(const QString& text);

} // namespace zanlink
