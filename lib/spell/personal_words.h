#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace zanlink {

// A user's own words for one language ("Add to dictionary"): a plain UTF-8
// file, one word per line, lines starting with # ignored. Every change is
// written at once and atomically (QSaveFile), so the file is never half
// written.
class PersonalWordList {
public:
    explicit PersonalWordList(const QString& path = QString());

    QString path() const { return m_path; }
    // Reads the file; a file that does not exist yet is an empty list.
    bool load(QString* error = nullptr);
    bool contains(const QString& word) const { return m_words.contains(word); }
    // Sorted.
    QStringList words() const;
    bool isEmpty() const { return m_words.isEmpty(); }
    // Adds and saves; true also when the word was there already.
    bool add(const QString& word, QString* error = nullptr);
    bool remove(const QString& word, QString* error = nullptr);

private:
    bool save(QString* error) const;

    QString m_path;
    QSet<QString> m_words;
};

} // namespace zanlink
