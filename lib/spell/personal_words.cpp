#include "spell/personal_words.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace zanlink {

PersonalWordList::PersonalWordList(const QString& path) : m_path(path)
{
}

bool PersonalWordList::load(QString* error)
{
    m_words.clear();
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, f.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(u'#'))
            m_words.insert(word.toString());
    }
    return true;
}

QStringList PersonalWordList::words() const
{
    QStringList out(m_words.cbegin(), m_words.cend());
    std::sort(out.begin(), out.end());
    return out;
}

bool PersonalWordList::add(const QString& word, QString* error)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || w.contains(u'\n'))
        return false;
    if (m_words.contains(w))
        return true;
    m_words.insert(w);
    if (save(error))
        return true;
    m_words.remove(w);
    return false;
}

bool PersonalWordList::remove(const QString& word, QString* error)
{
    if (!m_words.remove(word))
        return true;
    if (save(error))
        return true;
    m_words.insert(word);
    return false;
}

bool PersonalWordList::save(QString* error) const
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, why);
        return false;
    };
    if (m_path.isEmpty())
        return fail(QStringLiteral("no file for the personal words"));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QStringLiteral("the folder cannot be created"));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(f.errorString());
    QByteArray out = QByteArrayLiteral("# ZanLink: personal spelling words, one per line (UTF-8)\n");
    for (const QString& w : words())
        out += w.toUtf8() + '\n';
    if (f.write(out) != out.size() || !f.commit())
        return fail(f.errorString());
    return true;
}

} // namespace zanlink
