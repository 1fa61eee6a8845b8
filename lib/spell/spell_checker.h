#pragma once

#include "corpus/language.h"
#include "spell/personal_words.h"
#include "spell/spell_dictionary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <array>
#include <memory>
#include <optional>

namespace zanlink {

// The spell-checker the editors share: one dictionary per language, loaded
// once, lazily and off the GUI thread (Russian takes a moment), plus the
// user's personal words of each language (saved) and the words ignored in
// this session (not saved). A language whose dictionary is missing is simply
// not checked; loadError() says which file and package.
class SpellChecker : public QObject {
    Q_OBJECT
public:
    enum class State { NotLoaded, Loading, Ready, Missing };

    explicit SpellChecker(QObject* parent = nullptr);
    ~SpellChecker() override;

    // The checker of the application (a child of the application object).
    static SpellChecker& shared();
    // ZANLINK_SPELL_PATH (folders separated by ':') when set, else the
    // standard folders (SpellDictionary::defaultSearchPaths()).
    static QStringList configuredSearchPaths();

    // Where dictionaries are looked for. Changing it unloads them.
    void setSearchPaths(const QStringList& paths);
    QStringList searchPaths() const { return m_searchPaths; }
    // The folder of the personal word lists, "<app data>/spelling" unless
    // set: kk.txt, ru.txt, en.txt. Changing it reads them again.
    void setPersonalFolder(const QString& folder);
    QString personalFolder() const { return m_personalFolder; }
    QString personalFile(Language lang) const;

    // Off: nothing is misspelt and nothing loads.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);

    State state(Language lang) const;
    // Starts loading the language's dictionary in the background, once.
    void request(Language lang);
    // Loads the dictionary now (or waits for the load under way); true when it is usable.
    bool waitUntilLoaded(Language lang);
    std::optional<SpellLoadError> loadError(Language lang) const;
    // The loaded dictionary's encoding ("UTF-8", "KOI8-R"); empty when not loaded.
    QString encoding(Language lang) const;

    // True when the language's dictionary is loaded and knows neither the
    // word nor it is a personal or ignored word. Words with no letter of the
    // language's script (Latin names in a Russian text, Cyrillic in English)
    // are not judged.
    bool isMisspelt(Language lang, const QString& word);
    QStringList suggestions(Language lang, const QString& word, int max = 6);
    // Adds the word to the personal list (saved at once).
    bool addToPersonal(Language lang, const QString& word, QString* error = nullptr);
    // Accepts the word everywhere until ZanLink closes.
    void ignore(Language lang, const QString& word);
    QStringList personalWords(Language lang) const;

Q_SIGNALS:
    void dictionaryReady(zanlink::Language lang);
    void dictionaryMissing(zanlink::Language lang, const QString& message);
    // Personal or ignored words changed, or the dictionaries were unloaded: check again.
    void wordsChanged(zanlink::Language lang);
    void enabledChanged(bool on);

private:
    struct LoadResult;
    struct Slot {
        State state = State::NotLoaded;
        std::shared_ptr<SpellDictionary> dictionary;
        std::optional<SpellLoadError> error;
        std::shared_ptr<LoadResult> pending;
        PersonalWordList personal;
        bool personalLoaded = false;
        QSet<QString> ignored;
        QHash<QString, bool> known; // word → spelt right, as the dictionary says
    };
    Slot& slot(Language lang) { return m_slots[static_cast<size_t>(lang)]; }
    const Slot& slot(Language lang) const { return m_slots[static_cast<size_t>(lang)]; }
    void finishLoad(Language lang, const std::shared_ptr<LoadResult>& result);
    void loadPersonal(Language lang);
    bool isOwnWord(const Slot& s, const QString& word) const;

    std::array<Slot, 3> m_slots;
    QStringList m_searchPaths;
    QString m_personalFolder;
    bool m_enabled = true;
    QThreadPool m_pool;
};

} // namespace zanlink
