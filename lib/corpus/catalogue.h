#pragma once

#include "corpus/language.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zanlink {

enum class ActKind { Law, Code, Rules, Other };

// A known act: facts about it, never its text.
struct CatalogueAct {
    QString id;      // Adilet id, the same for all three languages
    QStringList aliases;
    ActKind kind = ActKind::Law;
    QString number;  // "567-II"
    QDate adopted;   // may be invalid when unknown
    QHash<Language, QString> titles;
    bool titleIsWorking = false; // true until the official title is imported
    bool mission = false;        // one of the laws ZanLink is built around

    QString title(Language lang) const;
};

class Catalogue {
public:
    // The catalogue shipped with the application.
    static const Catalogue& builtin();
    // Parses a catalogue document; returns false and sets *error on bad input.
    bool load(const QByteArray& json, QString* error);

    const QList<CatalogueAct>& acts() const { return m_acts; }
    const CatalogueAct* byId(const QString& id) const;
    // Resolves an Adilet id, an act number ("18-VIII") or an alias ("communications").
    const CatalogueAct* find(const QString& idNumberOrAlias) const;

private:
    QList<CatalogueAct> m_acts;
};

// https://adilet.zan.kz/rus/docs/Z040000567_ (with "#z123" when an anchor is given)
QUrl officialUrl(const QString& actId, Language lang, const QString& anchor = {});
// The legacy page that carries the full text: https://old.adilet.zan.kz/rus/docs/ID
QUrl legacyPageUrl(const QString& actId, Language lang);
// Adilet ids look like Z040000567_, V2200029473, K2600000255.
bool isAdiletId(const QString& id);

} // namespace zanlink
