#include "session/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace zanlink {

Theme::Choice Theme::s_current = Theme::System;

namespace {

const QString kSetting = QStringLiteral("view/theme");

// The style the platform chose, kept before Light or Dark replace it.
QString& systemStyleName()
{
    static QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

bool desktopAsksForDark()
{
    // GTK's own way of asking a dark variant; Qt 6.4 exposes no other.
    return qEnvironmentVariable("GTK_THEME").endsWith(u":dark", Qt::CaseInsensitive);
}

void setColours(QPalette& p, QPalette::ColorGroup group, const QColor& window, const QColor& windowText,
    const QColor& base, const QColor& alternateBase, const QColor& text, const QColor& button, const QColor& buttonText,
    const QColor& highlight, const QColor& highlightedText, const QColor& placeholder)
{
    p.setColor(group, QPalette::Window, window);
    p.setColor(group, QPalette::WindowText, windowText);
    p.setColor(group, QPalette::Base, base);
    p.setColor(group, QPalette::AlternateBase, alternateBase);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, buttonText);
    p.setColor(group, QPalette::Highlight, highlight);
    p.setColor(group, QPalette::HighlightedText, highlightedText);
    p.setColor(group, QPalette::PlaceholderText, placeholder);
}

void setShades(QPalette& p, const QColor& button)
{
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Dark, button.darker(180));
    p.setColor(QPalette::Shadow, button.darker(300));
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor highlight(0x30, 0x8c, 0xc6);
    for (QPalette::ColorGroup g : { QPalette::Active, QPalette::Inactive })
        setColours(p, g, window, text, Qt::white, QColor(0xf5, 0xf5, 0xf5), text, window, text, highlight, Qt::white,
            QColor(0x80, 0x80, 0x80));
    setColours(p, QPalette::Disabled, window, QColor(0x9a, 0x9a, 0x9a), QColor(0xf4, 0xf4, 0xf4),
        QColor(0xf4, 0xf4, 0xf4), QColor(0x9a, 0x9a, 0x9a), window, QColor(0x9a, 0x9a, 0x9a), QColor(0x91, 0x91, 0x91),
        QColor(0xf4, 0xf4, 0xf4), QColor(0xb0, 0xb0, 0xb0));
    setShades(p, window);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5a, 0xb8));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3a, 0xa8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe0));
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x3d, 0x7e, 0xc6);
    for (QPalette::ColorGroup g : { QPalette::Active, QPalette::Inactive })
        setColours(p, g, window, text, base, QColor(0x27, 0x29, 0x2c), text, QColor(0x35, 0x37, 0x3b), text, highlight,
            Qt::white, QColor(0x8c, 0x8c, 0x8c));
    setColours(p, QPalette::Disabled, window, QColor(0x6e, 0x6e, 0x6e), QColor(0x26, 0x27, 0x2a),
        QColor(0x26, 0x27, 0x2a), QColor(0x6e, 0x6e, 0x6e), QColor(0x30, 0x32, 0x35), QColor(0x6e, 0x6e, 0x6e),
        QColor(0x3a, 0x3c, 0x40), QColor(0x9a, 0x9a, 0x9a), QColor(0x5a, 0x5a, 0x5a));
    setShades(p, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

void Theme::apply(Choice choice)
{
    const QString systemStyle = systemStyleName(); // noted before the first change
    s_current = choice;
    if (choice == System && !desktopAsksForDark()) {
        if (!systemStyle.isEmpty() && QApplication::style()->name() != systemStyle)
            QApplication::setStyle(systemStyle);
        QApplication::setPalette(QPalette()); // the platform's own
        return;
    }
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == Light ? lightPalette() : darkPalette());
}

Theme::Choice Theme::saved()
{
    const QString name = QSettings().value(kSetting).toString();
    return name == u"light" ? Light : name == u"dark" ? Dark : System;
}

void Theme::save(Choice choice)
{
    static const QString names[] = { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
    QSettings().setValue(kSetting, names[choice]);
}

ThemeActions::ThemeActions(QObject* parent) : QObject(parent)
{
    m_group = new QActionGroup(this);
    const char* const names[] = { "themeSystem", "themeLight", "themeDark" };
    for (int i = 0; i < 3; ++i) {
        QAction* a = m_group->addAction(QString());
        a->setObjectName(QString::fromLatin1(names[i]));
        a->setCheckable(true);
        const auto choice = static_cast<Theme::Choice>(i);
        connect(a, &QAction::triggered, this, [choice] {
            Theme::save(choice);
            Theme::apply(choice);
        });
        m_actions[i] = a;
    }
    const Theme::Choice saved = Theme::saved();
    m_actions[saved]->setChecked(true);
    // "System" at the first start keeps the platform's palette untouched,
    // unless the desktop asks for a dark one.
    if (saved != Theme::current() || saved != Theme::System || desktopAsksForDark())
        Theme::apply(saved);
}

void ThemeActions::addTo(QMenu* viewMenu)
{
    m_menu = viewMenu->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("themeMenu"));
    for (QAction* a : m_actions)
        m_menu->addAction(a);
    retranslate();
}

void ThemeActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("&Theme"));
    m_actions[Theme::System]->setText(tr("&System"));
    m_actions[Theme::System]->setToolTip(tr("Colours of the desktop"));
    m_actions[Theme::Light]->setText(tr("&Light"));
    m_actions[Theme::Dark]->setText(tr("&Dark"));
}

QAction* ThemeActions::action(Theme::Choice choice) const
{
    return m_actions[choice];
}

} // namespace zanlink
