#include "spell/spell_checker.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QStandardPaths>

namespace zanlink {

namespace {

Q_LOGGING_CATEGORY(logSpell, "zanlink.spell")

constexpr qsizetype kMaxKnownWords = 50000;

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x052F;
}

bool isLatin(QChar c)
{
    return c.isLetter() && c.unicode() < 0x0250;
}

// Whether the dictionary of the language can judge the word at all.
bool inScriptOf(Language lang, const QString& word)
{
    const bool cyrillic = lang != Language::En;
    for (QChar c : word) {
        if (cyrillic ? isCyrillic(c) : isLatin(c))
            return true;
    }
    return false;
}

QString lowerFirst(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toLower() + word.mid(1);
}

} // namespace

struct SpellChecker::LoadResult {
    QMutex mutex;
    bool done = false;
    std::unique_ptr<SpellDictionary> dictionary;
    SpellLoadError error;
};

SpellChecker::SpellChecker(QObject* parent) : QObject(parent), m_searchPaths(configuredSearchPaths())
{
    m_pool.setMaxThreadCount(1);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_personalFolder = data.isEmpty() ? QString() : data + QStringLiteral("/spelling");
}

SpellChecker::~SpellChecker()
{
    m_pool.waitForDone();
}

SpellChecker& SpellChecker::shared()
{
    static QPointer<SpellChecker> s_shared;
    if (!s_shared)
        s_shared = new SpellChecker(QCoreApplication::instance());
    return *s_shared;
}

QStringList SpellChecker::configuredSearchPaths()
{
    const QString env = qEnvironmentVariable("ZANLINK_SPELL_PATH");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return SpellDictionary::defaultSearchPaths();
}

void SpellChecker::setSearchPaths(const QStringList& paths)
{
    m_pool.waitForDone();
    m_searchPaths = paths;
    for (Language lang : kAllLanguages) {
        Slot& s = slot(lang);
        s.state = State::NotLoaded;
        s.dictionary.reset();
        s.error.reset();
        s.pending.reset();
        s.known.clear();
        Q_EMIT wordsChanged(lang);
    }
}

void SpellChecker::setPersonalFolder(const QString& folder)
{
    m_personalFolder = folder;
    for (Language lang : kAllLanguages) {
        Slot& s = slot(lang);
        s.personalLoaded = false;
        s.personal = PersonalWordList();
        if (s.state == State::Ready) {
            loadPersonal(lang);
            for (const QString& w : s.personal.words())
                s.dictionary->addWord(w);
        }
        Q_EMIT wordsChanged(lang);
    }
}

QString SpellChecker::personalFile(Language lang) const
{
    if (m_personalFolder.isEmpty())
        return QString();
    return QDir(m_personalFolder).filePath(languageCode(lang) + QStringLiteral(".txt"));
}

void SpellChecker::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    Q_EMIT enabledChanged(on);
}

SpellChecker::State SpellChecker::state(Language lang) const
{
    return slot(lang).state;
}

void SpellChecker::request(Language lang)
{
    Slot& s = slot(lang);
    if (s.state != State::NotLoaded)
        return;
    s.state = State::Loading;
    auto result = std::make_shared<LoadResult>();
    s.pending = result;
    const QStringList paths = m_searchPaths;
    m_pool.start([this, lang, paths, result] {
        SpellLoadError error;
        std::unique_ptr<SpellDictionary> dictionary = SpellDictionary::open(lang, paths, &error);
        {
            QMutexLocker lock(&result->mutex);
            result->dictionary = std::move(dictionary);
            result->error = error;
            result->done = true;
        }
        QMetaObject::invokeMethod(
            this, [this, lang, result] { finishLoad(lang, result); }, Qt::QueuedConnection);
    });
}

bool SpellChecker::waitUntilLoaded(Language lang)
{
    request(lang);
    Slot& s = slot(lang);
    if (s.state == State::Loading) {
        m_pool.waitForDone();
        if (s.pending)
            finishLoad(lang, s.pending);
    }
    return s.state == State::Ready;
}

void SpellChecker::finishLoad(Language lang, const std::shared_ptr<LoadResult>& result)
{
    Slot& s = slot(lang);
    if (!result || s.pending != result)
        return; // finished already, or unloaded since
    const std::shared_ptr<LoadResult> keep = result;
    s.pending.reset();
    QMutexLocker lock(&keep->mutex);
    if (!keep->done)
        return;
    s.known.clear();
    if (keep->dictionary) {
        s.dictionary = std::move(keep->dictionary);
        s.error.reset();
        s.state = State::Ready;
        lock.unlock();
        loadPersonal(lang);
        for (const QString& w : s.personal.words())
            s.dictionary->addWord(w);
        qCDebug(logSpell) << "loaded" << s.dictionary->dicPath() << "in" << s.dictionary->encoding();
        Q_EMIT dictionaryReady(lang);
    } else {
        s.error = keep->error;
        s.state = State::Missing;
        lock.unlock();
        const QString message = s.error->message();
        qCInfo(logSpell).noquote() << message;
        Q_EMIT dictionaryMissing(lang, message);
    }
}

void SpellChecker::loadPersonal(Language lang)
{
    Slot& s = slot(lang);
    if (s.personalLoaded)
        return;
    s.personalLoaded = true;
    s.personal = PersonalWordList(personalFile(lang));
    QString error;
    if (!s.personal.load(&error))
        qCWarning(logSpell).noquote() << error;
}

std::optional<SpellLoadError> SpellChecker::loadError(Language lang) const
{
    return slot(lang).error;
}

QString SpellChecker::encoding(Language lang) const
{
    const Slot& s = slot(lang);
    return s.dictionary ? s.dictionary->encoding() : QString();
}

bool SpellChecker::isOwnWord(const Slot& s, const QString& word) const
{
    for (const QString& w : { word, lowerFirst(word) }) {
        if (s.ignored.contains(w) || s.personal.contains(w))
            return true;
    }
    return false;
}

bool SpellChecker::isMisspelt(Language lang, const QString& word)
{
    Slot& s = slot(lang);
    if (!m_enabled || s.state != State::Ready || word.isEmpty() || !inScriptOf(lang, word) || isOwnWord(s, word))
        return false;
    const auto known = s.known.constFind(word);
    if (known != s.known.cend())
        return !known.value();
    if (s.known.size() > kMaxKnownWords)
        s.known.clear();
    const bool right = s.dictionary->check(word);
    s.known.insert(word, right);
    return !right;
}

QStringList SpellChecker::suggestions(Language lang, const QString& word, int max)
{
    const Slot& s = slot(lang);
    if (s.state != State::Ready)
        return {};
    return s.dictionary->suggestions(word, max);
}

bool SpellChecker::addToPersonal(Language lang, const QString& word, QString* error)
{
    Slot& s = slot(lang);
    if (!s.personalLoaded)
        loadPersonal(lang);
    if (!s.personal.add(word, error))
        return false;
    if (s.dictionary)
        s.dictionary->addWord(word.trimmed());
    s.known.clear();
    Q_EMIT wordsChanged(lang);
    return true;
}

void SpellChecker::ignore(Language lang, const QString& word)
{
    Slot& s = slot(lang);
    s.ignored.insert(word);
    s.known.remove(word);
    Q_EMIT wordsChanged(lang);
}

QStringList SpellChecker::personalWords(Language lang) const
{
    return slot(lang).personal.words();
}

} // namespace zanlink
