#include "spell_field.h"

#include "spell/spell_checker.h"
#include "spell/spell_words.h"
#include "spell_highlighter.h"

#include <QAbstractScrollArea>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <memory>

namespace zanlink {

namespace {

constexpr int kMaxSuggestions = 6;
constexpr int kStatusMessageMs = 15000;

const QString kEnabledKey = QStringLiteral("spelling/enabled");

std::function<void(QMenu*)>& menuHandler()
{
    static std::function<void(QMenu*)> handler;
    return handler;
}

// The languages whose missing dictionary the status bar has reported.
QSet<int>& announcedMissing()
{
    static QSet<int> languages;
    return languages;
}

QString codeOf(std::optional<Language> lang)
{
    return lang ? languageCode(*lang) : QStringLiteral("off");
}

QString languageName(std::optional<Language> lang)
{
    if (!lang)
        return SpellField::tr("Off");
    switch (*lang) {
    case Language::Kk:
        return SpellField::tr("Kazakh");
    case Language::Ru:
        return SpellField::tr("Russian");
    case Language::En:
        return SpellField::tr("English");
    }
    return QString();
}

QMainWindow* mainWindowOf(QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (auto* main = qobject_cast<QMainWindow*>(w))
            return main;
    }
    return nullptr;
}

} // namespace

SpellField::SpellField(
    QWidget* editor, QTextEdit* textEdit, QPlainTextEdit* plainEdit, QLineEdit* lineEdit, std::optional<Language> lang)
    : QObject(editor), m_checker(SpellChecker::shared()), m_editor(editor), m_textEdit(textEdit),
      m_plainEdit(plainEdit), m_lineEdit(lineEdit), m_language(lang)
{
    setObjectName(QStringLiteral("spellField"));
    m_checker.setEnabled(isSpellingEnabled());
    QTextDocument* document = textEdit ? textEdit->document() : plainEdit ? plainEdit->document() : nullptr;
    if (document) {
        m_highlighter = new SpellHighlighter(document, m_checker);
        m_highlighter->setLanguage(lang);
    }
    editor->installEventFilter(this);
    if (auto* area = qobject_cast<QAbstractScrollArea*>(editor))
        area->viewport()->installEventFilter(this);
    connect(&m_checker, &SpellChecker::dictionaryMissing, this, [this](Language l) {
        if (m_language == l)
            updateMissingNotice();
    });
    connect(&m_checker, &SpellChecker::enabledChanged, this, &SpellField::updateMissingNotice);
    if (editor->isVisible())
        requestDictionary();
}

SpellField* SpellField::attach(QTextEdit* editor, std::optional<Language> lang)
{
    if (SpellField* existing = of(editor)) {
        existing->setLanguage(lang);
        return existing;
    }
    return new SpellField(editor, editor, nullptr, nullptr, lang);
}

SpellField* SpellField::attach(QPlainTextEdit* editor, std::optional<Language> lang)
{
    if (SpellField* existing = of(editor)) {
        existing->setLanguage(lang);
        return existing;
    }
    return new SpellField(editor, nullptr, editor, nullptr, lang);
}

SpellField* SpellField::attach(QLineEdit* editor, std::optional<Language> lang)
{
    if (SpellField* existing = of(editor)) {
        existing->setLanguage(lang);
        return existing;
    }
    return new SpellField(editor, nullptr, nullptr, editor, lang);
}

SpellField* SpellField::of(const QWidget* editor)
{
    return editor ? editor->findChild<SpellField*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

SpellHighlighter* SpellField::highlighter() const
{
    return m_highlighter;
}

void SpellField::setLanguage(std::optional<Language> lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    if (m_highlighter)
        m_highlighter->setLanguage(lang);
    if (m_editor->isVisible())
        requestDictionary();
    updateMissingNotice();
}

void SpellField::requestDictionary()
{
    if (!m_language || !m_checker.isEnabled())
        return;
    m_checker.request(*m_language);
    updateMissingNotice();
}

bool SpellField::isSpellingEnabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void SpellField::setSpellingEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
    SpellChecker::shared().setEnabled(on);
}

QAction* SpellField::createEnabledAction(QObject* parent)
{
    auto* action = new QAction(tr("Check spelling as you type"), parent);
    action->setObjectName(QStringLiteral("spellEnabledAction"));
    action->setCheckable(true);
    action->setChecked(isSpellingEnabled());
    connect(action, &QAction::toggled, action, [](bool on) { setSpellingEnabled(on); });
    connect(&SpellChecker::shared(), &SpellChecker::enabledChanged, action, [action](bool on) {
        const QSignalBlocker quiet(action);
        action->setChecked(on);
    });
    return action;
}

std::optional<Language> SpellField::rememberedLanguage(const QString& key, std::optional<Language> fallback)
{
    const QString code = QSettings().value(QStringLiteral("spelling/language/") + key).toString();
    if (code == u"off")
        return std::nullopt;
    if (const std::optional<Language> lang = languageFromCode(code))
        return lang;
    return fallback;
}

void SpellField::rememberLanguage(const QString& key, std::optional<Language> lang)
{
    QSettings().setValue(QStringLiteral("spelling/language/") + key, codeOf(lang));
}

bool SpellField::hasRememberedLanguage(const QString& key)
{
    return QSettings().contains(QStringLiteral("spelling/language/") + key);
}

void SpellField::setMenuHandler(std::function<void(QMenu*)> handler)
{
    menuHandler() = std::move(handler);
}

bool SpellField::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::FocusIn:
        if (watched == m_editor)
            requestDictionary();
        break;
    case QEvent::ContextMenu: {
        auto* e = static_cast<QContextMenuEvent*>(event);
        if (watched != m_editor) { // the viewport of a text editor
            showMenu(e->pos(), e->globalPos());
            return true;
        }
        if (m_lineEdit) {
            showMenu(e->pos(), e->globalPos());
            return true;
        }
        if (e->reason() == QContextMenuEvent::Keyboard) { // sent to the editor, at its text cursor
            auto* area = static_cast<QAbstractScrollArea*>(m_editor);
            showMenu(area->viewport()->mapFrom(m_editor, e->pos()), e->globalPos());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SpellField::showMenu(const QPoint& pos, const QPoint& globalPos)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(pos));
    if (menuHandler())
        menuHandler()(menu.get());
    else
        menu->exec(globalPos);
}

std::optional<SpellField::Hit> SpellField::misspeltWordAt(const QPoint& pos)
{
    if (!m_language || !m_checker.isEnabled())
        return std::nullopt;
    const Language lang = *m_language;
    if (!m_checker.waitUntilLoaded(lang)) // a moment, only while it is still loading
        return std::nullopt;
    std::optional<SpellWord> word;
    int offset = 0;
    if (m_lineEdit) {
        word = spellWordAt(m_lineEdit->text(), m_lineEdit->cursorPositionAt(pos));
    } else {
        const QTextCursor cursor
            = m_textEdit ? m_textEdit->cursorForPosition(pos) : m_plainEdit->cursorForPosition(pos);
        const QTextBlock block = cursor.block();
        offset = block.position();
        word = spellWordAt(block.text(), cursor.position() - offset);
    }
    if (!word || !m_checker.isMisspelt(lang, word->text))
        return std::nullopt;
    return Hit { offset + static_cast<int>(word->start), static_cast<int>(word->length), word->text };
}

QMenu* SpellField::standardMenu(const QPoint& pos) const
{
    if (m_lineEdit)
        return m_lineEdit->createStandardContextMenu();
    if (m_textEdit) {
        // QTextEdit wants the point in document coordinates (for "Copy link location").
        const QPoint scrolled(m_textEdit->horizontalScrollBar()->value(), m_textEdit->verticalScrollBar()->value());
        return m_textEdit->createStandardContextMenu(pos + scrolled);
    }
    return m_plainEdit->createStandardContextMenu();
}

QMenu* SpellField::createContextMenu(const QPoint& pos)
{
    QMenu* menu = standardMenu(pos);
    menu->setObjectName(QStringLiteral("spellContextMenu"));
    const bool readOnly = m_lineEdit ? m_lineEdit->isReadOnly()
        : m_textEdit                 ? m_textEdit->isReadOnly()
                                     : m_plainEdit->isReadOnly();
    if (!readOnly) {
        if (const std::optional<Hit> hit = misspeltWordAt(pos))
            addSuggestions(menu, *hit);
    }
    addSpellingEntries(menu);
    return menu;
}

void SpellField::addSuggestions(QMenu* menu, const Hit& hit)
{
    const Language lang = *m_language;
    QAction* before = menu->actions().value(0);
    QList<QAction*> added;
    for (const QString& s : m_checker.suggestions(lang, hit.word, kMaxSuggestions)) {
        auto* a = new QAction(s, menu);
        a->setObjectName(QStringLiteral("spellSuggestion"));
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        connect(a, &QAction::triggered, this, [this, hit, s] { replace(hit, s); });
        added << a;
    }
    if (added.isEmpty()) {
        auto* none = new QAction(tr("(no suggestions)"), menu);
        none->setObjectName(QStringLiteral("spellNoSuggestions"));
        none->setEnabled(false);
        added << none;
    }
    auto* add = new QAction(tr("Add to dictionary"), menu);
    add->setObjectName(QStringLiteral("spellAddWord"));
    add->setToolTip(tr("Add «%1» to your own %2 words").arg(hit.word, languageName(lang)));
    connect(add, &QAction::triggered, this, [this, lang, word = hit.word] {
        QString error;
        if (!m_checker.addToPersonal(lang, word, &error)) {
            if (QMainWindow* main = mainWindowOf(m_editor))
                main->statusBar()->showMessage(tr("The word was not added: %1").arg(error), kStatusMessageMs);
        }
    });
    auto* ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(QStringLiteral("spellIgnoreWord"));
    ignore->setToolTip(tr("Accept «%1» everywhere until ZanLink closes").arg(hit.word));
    connect(ignore, &QAction::triggered, this, [this, lang, word = hit.word] { m_checker.ignore(lang, word); });
    added << add << ignore;
    menu->insertActions(before, added);
    if (before)
        menu->insertSeparator(before);
}

void SpellField::addSpellingEntries(QMenu* menu)
{
    menu->addSeparator();
    if (!m_choosable) {
        menu->addAction(createEnabledAction(menu));
    } else {
        QMenu* languages = menu->addMenu(tr("Spelling language"));
        languages->setObjectName(QStringLiteral("spellLanguageMenu"));
        auto* group = new QActionGroup(languages);
        QList<std::optional<Language>> choices;
        for (Language l : kAllLanguages)
            choices << l;
        choices << std::nullopt;
        for (const std::optional<Language>& l : choices) {
            QString name = languageName(l);
            if (l && m_checker.state(*l) == SpellChecker::State::Missing)
                name = tr("%1 (no dictionary)").arg(name);
            QAction* a = languages->addAction(name);
            a->setObjectName(QStringLiteral("spellLanguage_") + codeOf(l));
            a->setCheckable(true);
            a->setChecked(l == m_language);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, l] {
                setLanguage(l);
                Q_EMIT languageChosen(l);
            });
        }
        languages->addSeparator();
        languages->addAction(createEnabledAction(languages));
    }
    if (m_showingMissing) {
        QAction* missing = menu->addAction(missingMessage());
        missing->setObjectName(QStringLiteral("spellMissing"));
        missing->setEnabled(false);
    }
}

void SpellField::replace(const Hit& hit, const QString& with)
{
    if (m_lineEdit) {
        if (m_lineEdit->text().mid(hit.start, hit.length) != hit.word)
            return; // changed since the menu opened
        m_lineEdit->setSelection(hit.start, hit.length);
        m_lineEdit->insert(with);
        return;
    }
    QTextDocument* document = m_textEdit ? m_textEdit->document() : m_plainEdit->document();
    QTextCursor cursor(document);
    cursor.setPosition(hit.start);
    cursor.setPosition(hit.start + hit.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != hit.word)
        return;
    cursor.beginEditBlock(); // one undo step
    cursor.insertText(with);
    cursor.endEditBlock();
    if (m_textEdit)
        m_textEdit->setTextCursor(cursor);
    else
        m_plainEdit->setTextCursor(cursor);
}

QStringList SpellField::misspeltWords() const
{
    QStringList out;
    if (!m_language || !m_checker.isEnabled())
        return out;
    const auto collect = [&](const QString& text) {
        for (const SpellWord& w : spellWords(text)) {
            if (m_checker.isMisspelt(*m_language, w.text))
                out << w.text;
        }
    };
    if (m_lineEdit) {
        collect(m_lineEdit->text());
        return out;
    }
    const QTextDocument* document = m_textEdit ? m_textEdit->document() : m_plainEdit->document();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        collect(b.text());
    return out;
}

QString SpellField::missingMessage() const
{
    if (!m_language)
        return QString();
    const std::optional<SpellLoadError> error = m_checker.loadError(*m_language);
    if (!error)
        return QString();
    const QString name = languageName(m_language);
    if (!error->missingFile.isEmpty()) {
        return tr("Spell-check is off for %1: its dictionary %2 is not installed (Debian package %3).")
            .arg(name, error->missingFile, error->package);
    }
    return tr("Spell-check is off for %1: %2").arg(name, error->detail);
}

void SpellField::updateMissingNotice()
{
    const bool missing
        = m_language && m_checker.isEnabled() && m_checker.state(*m_language) == SpellChecker::State::Missing;
    if (!missing) {
        if (m_showingMissing)
            m_editor->setToolTip(m_ownToolTip);
        m_showingMissing = false;
        return;
    }
    if (!m_showingMissing)
        m_ownToolTip = m_editor->toolTip();
    m_showingMissing = true;
    const QString message = missingMessage();
    m_editor->setToolTip(message);
    const int key = static_cast<int>(*m_language);
    if (!announcedMissing().contains(key)) {
        if (QMainWindow* main = mainWindowOf(m_editor)) {
            announcedMissing().insert(key);
            main->statusBar()->showMessage(message, kStatusMessageMs);
        }
    }
}

} // namespace zanlink
