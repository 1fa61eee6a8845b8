#pragma once

#include "corpus/language.h"
#include "spell/dictionary_codec.h"

#include <QMutex>
#include <QStringList>
#include <memory>

class Hunspell;

namespace zanlink {

// Why a language's dictionary could not be loaded: the file looked for, where,
// and the Debian package that provides it.
struct SpellLoadError {
    Language language = Language::En;
    QString missingFile; // "kk_KZ.dic"; empty when the files exist but are unusable
    QString package; // "hunspell-kk"
    QStringList searched; // the folders looked in
    QString detail; // what is wrong with files that exist
    // In English, for logs and the command line; the GUI words its own.
    QString message() const;
};

// One Hunspell dictionary (an .aff and a .dic), with its encoding. Safe to use
// from several threads (calls are serialised).
class SpellDictionary {
public:
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary&) = delete;
    SpellDictionary& operator=(const SpellDictionary&) = delete;

    // The file names looked for, best first: kk_KZ; ru_RU; en_US, en_GB, …
    static QStringList fileNames(Language lang);
    // The Debian package with the language's dictionary: hunspell-kk, hunspell-ru, hunspell-en-us.
    static QString debianPackage(Language lang);
    // The standard folders: /usr/share/hunspell and the like.
    static QStringList defaultSearchPaths();
    // The first of fileNames(lang) found in the folders, loaded. On failure
    // nullptr, with the error filled.
    static std::unique_ptr<SpellDictionary> open(
        Language lang, const QStringList& searchPaths, SpellLoadError* error = nullptr);
    // A dictionary from its two files.
    static std::unique_ptr<SpellDictionary> openFiles(
        Language lang, const QString& affPath, const QString& dicPath, SpellLoadError* error = nullptr);

    Language language() const { return m_language; }
    // Hunspell's name of the dictionary's encoding ("UTF-8", "KOI8-R", …).
    QString encoding() const { return m_codec.name(); }
    QString affPath() const { return m_affPath; }
    QString dicPath() const { return m_dicPath; }

    // Whether Hunspell knows the word; false for a word the encoding cannot hold.
    bool check(const QString& word) const;
    // Hunspell's suggestions, at most max of them. For Kazakh, the word
    // typed with the nearest Russian letters (кукыгы) comes first restored
    // (құқығы).
    QStringList suggestions(const QString& word, int max) const;
    // Adds a word for as long as the dictionary is loaded (the personal list
    // keeps it); false when the encoding cannot hold it.
    bool addWord(const QString& word);
    bool removeWord(const QString& word);

private:
    SpellDictionary(Language lang, const QString& affPath, const QString& dicPath);
    bool checkLocked(const QByteArray& word) const;
    QStringList keyboardRestorations(const QString& word, int max) const;

    Language m_language;
    QString m_affPath;
    QString m_dicPath;
    std::unique_ptr<Hunspell> m_hunspell;
    DictionaryCodec m_codec;
    mutable QMutex m_mutex;
};

} // namespace zanlink
