#pragma once

#include "corpus/language.h"

#include <QObject>

class QTranslator;

namespace zanlink {

// The interface language: loads ZanLink's and Qt's own translations and
// switches them at once, without a restart; the choice is remembered.
class UiLanguage {
public:
    static Language current();
    // The remembered choice, else the system's language when it is kk or ru,
    // else English.
    static Language initial();
    static void apply(Language lang);

private:
    static QTranslator* s_app;
    static QTranslator* s_qt;
    static Language s_current;
};

} // namespace zanlink
