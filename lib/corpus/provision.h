#pragma once

#include "corpus/language.h"

#include <QDate>
#include <QList>
#include <QString>

namespace zanlink {

enum class ProvisionKind {
    Preamble,     // text before the first chapter or article
    Section,      // Раздел / бөлім / Section
    Chapter,      // Глава / тарау / Chapter
    Article,      // Статья / бап / Article
    Paragraph,    // пункт or часть / тармақ or бөлік / paragraph: "1.", "1-2."
    Subparagraph, // подпункт / тармақша / subparagraph: "3)", "3-1)"
    Note,         // Примечание / Ескертпе / Note inside an article
    Text,         // an unnumbered paragraph following numbered ones
    Signature,    // the signature block at the end of the act
};

QString provisionKindName(ProvisionKind kind);
std::optional<ProvisionKind> provisionKindFromName(const QString& name);

enum class NoteKind {
    Footnote,  // amendment footnote: Сноска / Ескерту / Footnote
    Editorial, // editor's note in red: Примечание ИЗПИ! / ЗҚАИ-ның ескертпесі!
};

struct NoteLink {
    QString text;
    QString href;
    bool operator==(const NoteLink&) const = default;
};

struct ProvisionNote {
    NoteKind kind = NoteKind::Footnote;
    QString text;
    QList<NoteLink> links;
    bool operator==(const ProvisionNote&) const = default;
};

// One node of an act's tree. The key is the path of numbers below the act
// ("41-1/1-2/3" for subparagraph 3 of paragraph 1-2 of article 41-1); it is the
// same in every language, so the languages align on it. Chapters and sections
// have keys of their own ("ch:1", "sec:2") outside the article path.
struct Provision {
    ProvisionKind kind = ProvisionKind::Text;
    QString key;
    QString number;  // "41-1", "1-2", "3"; empty for unnumbered nodes
    QString heading; // article or chapter heading without the number
    QString text;    // own text, without children
    QString anchor;  // Adilet anchor, e.g. "z123"; empty when the page had none
    int sourceLine = 0;
    QList<ProvisionNote> notes;
    QList<Provision> children;

    bool operator==(const Provision&) const = default;
};

// How a stored provision differs from the same key in the previous edition.
enum class ChangeMark { Unchanged = 0, Changed = 1, Added = 2 };

// One language version of an act as of one revision, as parsed from a source.
struct ActEdition {
    QString actId;      // Adilet id: "Z040000567_"
    Language language = Language::Ru;
    QString title;      // as the source gives it
    QString actLine;    // "Закон Республики Казахстан от … № …"
    QString statusText; // "Обновленный", "Жаңа", …
    QDate editionDate;  // "as of" date of the text; may be invalid when unknown
    QString sourceKind; // "adilet-html", "docx", "text", "adiletcodex"
    QString source;     // URL or file path
    QList<Provision> provisions; // top-level nodes in document order

    int provisionCount() const;
};

// Joins key segments: keyJoin("41-1", "2") == "41-1/2".
QString keyJoin(const QString& parent, const QString& segment);

} // namespace zanlink
