#include "spell/spell_dictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <algorithm>
#include <hunspell.hxx>
#include <string>

namespace zanlink {

namespace {

// How many spellings of a word typed on a Russian keyboard are tried at most.
constexpr int kMaxRestorations = 4096;

std::string toStd(const QByteArray& bytes)
{
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// The Kazakh letters a Russian keyboard types as its nearest letter.
QString kazakhFor(QChar russian)
{
    switch (russian.toLower().unicode()) {
    case u'а':
        return QStringLiteral("ә");
    case u'г':
        return QStringLiteral("ғ");
    case u'к':
        return QStringLiteral("қ");
    case u'н':
        return QStringLiteral("ң");
    case u'о':
        return QStringLiteral("ө");
    case u'у':
        return QStringLiteral("ұү");
    case u'х':
        return QStringLiteral("һ");
    case u'и':
        return QStringLiteral("і");
    default:
        return QString();
    }
}

} // namespace

QString SpellLoadError::message() const
{
    if (!missingFile.isEmpty()) {
        return QStringLiteral("The %1 spelling dictionary %2 was not found in %3; install the Debian package %4.")
            .arg(languageCode(language), missingFile, searched.join(QStringLiteral(", ")), package);
    }
    return QStringLiteral("The %1 spelling dictionary cannot be used: %2").arg(languageCode(language), detail);
}

SpellDictionary::SpellDictionary(Language lang, const QString& affPath, const QString& dicPath)
    : m_language(lang), m_affPath(affPath), m_dicPath(dicPath),
      m_hunspell(
          std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData())),
      m_codec(QString::fromLatin1(m_hunspell->get_dic_encoding()))
{
}

SpellDictionary::~SpellDictionary() = default;

QStringList SpellDictionary::fileNames(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return { QStringLiteral("kk_KZ") };
    case Language::Ru:
        return { QStringLiteral("ru_RU") };
    case Language::En:
        return { QStringLiteral("en_US"), QStringLiteral("en_GB"), QStringLiteral("en_AU"), QStringLiteral("en_CA") };
    }
    return {};
}

QString SpellDictionary::debianPackage(Language lang)
{
    switch (lang) {
    case Language::Kk:
        return QStringLiteral("hunspell-kk");
    case Language::Ru:
        return QStringLiteral("hunspell-ru");
    case Language::En:
        return QStringLiteral("hunspell-en-us");
    }
    return {};
}

QStringList SpellDictionary::defaultSearchPaths()
{
    QStringList paths;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        paths << data + QStringLiteral("/dictionaries");
    paths << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/local/share/hunspell")
          << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts");
    return paths;
}

std::unique_ptr<SpellDictionary> SpellDictionary::open(
    Language lang, const QStringList& searchPaths, SpellLoadError* error)
{
    for (const QString& name : fileNames(lang)) {
        for (const QString& folder : searchPaths) {
            const QDir dir(folder);
            const QString dic = dir.filePath(name + QStringLiteral(".dic"));
            const QString aff = dir.filePath(name + QStringLiteral(".aff"));
            if (QFileInfo::exists(dic) || QFileInfo::exists(aff))
                return openFiles(lang, aff, dic, error);
        }
    }
    if (error) {
        *error = SpellLoadError {};
        error->language = lang;
        error->missingFile = fileNames(lang).constFirst() + QStringLiteral(".dic");
        error->package = debianPackage(lang);
        error->searched = searchPaths;
    }
    return nullptr;
}

std::unique_ptr<SpellDictionary> SpellDictionary::openFiles(
    Language lang, const QString& affPath, const QString& dicPath, SpellLoadError* error)
{
    const auto fail = [&](const QString& missing, const QString& detail) {
        if (error) {
            *error = SpellLoadError {};
            error->language = lang;
            error->missingFile = missing;
            error->package = debianPackage(lang);
            error->searched = { QFileInfo(dicPath).absolutePath() };
            error->detail = detail;
        }
        return nullptr;
    };
    for (const QString& path : { affPath, dicPath }) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(info.fileName(), QString());
        if (!info.isReadable() || !info.isFile())
            return fail(QString(), QStringLiteral("%1 cannot be read").arg(path));
    }
    std::unique_ptr<SpellDictionary> d(new SpellDictionary(lang, affPath, dicPath));
    if (!d->m_codec.isValid()) {
        return fail(QString(),
            QStringLiteral("%1 is in the encoding %2, which ZanLink cannot convert").arg(affPath, d->m_codec.name()));
    }
    return d;
}

bool SpellDictionary::checkLocked(const QByteArray& word) const
{
    return m_hunspell->spell(toStd(word));
}

bool SpellDictionary::check(const QString& word) const
{
    const std::optional<QByteArray> encoded = m_codec.encode(word);
    if (!encoded)
        return false;
    QMutexLocker lock(&m_mutex);
    return checkLocked(*encoded);
}

QStringList SpellDictionary::keyboardRestorations(const QString& word, int max) const
{
    // Positions where a Kazakh letter may have been typed as a Russian one,
    // and the choices at each: the letter as typed first.
    QList<qsizetype> positions;
    QList<QString> choices;
    qint64 combinations = 1;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QString kazakh = kazakhFor(word.at(i));
        if (kazakh.isEmpty())
            continue;
        QString options = QString(word.at(i));
        for (QChar k : kazakh)
            options += word.at(i).isUpper() ? k.toUpper() : k;
        positions << i;
        choices << options;
        combinations *= options.size();
        if (combinations > kMaxRestorations)
            return {};
    }
    if (positions.isEmpty())
        return {};
    QList<std::pair<int, QString>> found; // (letters changed, word)
    QList<int> pick(positions.size(), 0);
    for (qint64 n = 1; n < combinations; ++n) {
        // The next combination, counting in mixed radix.
        for (qsizetype p = 0; p < pick.size(); ++p) {
            if (++pick[p] < choices.at(p).size())
                break;
            pick[p] = 0;
        }
        QString candidate = word;
        int changed = 0;
        for (qsizetype p = 0; p < pick.size(); ++p) {
            if (pick.at(p) != 0) {
                candidate[positions.at(p)] = choices.at(p).at(pick.at(p));
                ++changed;
            }
        }
        const std::optional<QByteArray> encoded = m_codec.encode(candidate);
        if (encoded && checkLocked(*encoded))
            found.append({ changed, candidate });
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& f : std::as_const(found)) {
        if (out.size() >= max)
            break;
        out << f.second;
    }
    return out;
}

QStringList SpellDictionary::suggestions(const QString& word, int max) const
{
    if (max <= 0)
        return {};
    const std::optional<QByteArray> encoded = m_codec.encode(word);
    QMutexLocker lock(&m_mutex);
    QStringList out;
    if (m_language == Language::Kk)
        out = keyboardRestorations(word, max);
    if (!encoded)
        return out;
    for (const std::string& s : m_hunspell->suggest(toStd(*encoded))) {
        if (out.size() >= max)
            break;
        const QString suggestion = m_codec.decode(QByteArray(s.data(), static_cast<qsizetype>(s.size())));
        if (!suggestion.isEmpty() && !out.contains(suggestion))
            out << suggestion;
    }
    return out;
}

bool SpellDictionary::addWord(const QString& word)
{
    const std::optional<QByteArray> encoded = m_codec.encode(word);
    if (!encoded)
        return false;
    QMutexLocker lock(&m_mutex);
    return m_hunspell->add(toStd(*encoded)) == 0;
}

bool SpellDictionary::removeWord(const QString& word)
{
    const std::optional<QByteArray> encoded = m_codec.encode(word);
    if (!encoded)
        return false;
    QMutexLocker lock(&m_mutex);
    return m_hunspell->remove(toStd(*encoded)) == 0;
}

} // namespace zanlink
