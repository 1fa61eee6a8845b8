#include "welcome/welcome_dialog.h"

#include "ui_language.h"
#include "welcome/welcome_download_page.h"

#include <QButtonGroup>
#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zanlink {

namespace {

QLabel* titleLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    label->setFont(big);
    label->setWordWrap(true);
    return label;
}

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomeDialog::WelcomeDialog(EditionSink sink, const QUrl& siteBase, QWidget* parent)
    : QDialog(parent), m_pages(new QStackedWidget(this)),
      m_download(new WelcomeDownloadPage(std::move(sink), siteBase, this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    m_pages->addWidget(buildLanguagePage());
    m_pages->addWidget(buildStartPage());
    m_pages->addWidget(m_download);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_download, &WelcomeDownloadPage::backRequested, this, [this] { setPage(StartPage); });
    connect(m_download, &WelcomeDownloadPage::closeRequested, this, &QDialog::accept);
    connect(m_download, &WelcomeDownloadPage::documentImported, this, &WelcomeDialog::documentImported);
    connect(m_download, &WelcomeDownloadPage::runFinished, this, &WelcomeDialog::downloadsFinished);

    retranslate();
    setMinimumSize(560, 460);
    resize(760, 600);
    setPage(LanguagePage);
}

QWidget* WelcomeDialog::buildLanguagePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomeLanguagePage"));
    m_languageTitle = titleLabel(page);
    m_languageText = textLabel(page);
    // The question in the three languages, so it is understood whatever the interface shows now.
    auto* ask = new QLabel(QStringLiteral("Тілді таңдаңыз · Выберите язык · Choose the language"), page);
    ask->setObjectName(QStringLiteral("welcomeLanguageQuestion"));
    QFont askFont = ask->font();
    askFont.setPointSizeF(askFont.pointSizeF() * 1.15);
    askFont.setBold(true);
    ask->setFont(askFont);
    ask->setWordWrap(true);
    auto* group = new QButtonGroup(page);
    auto* choices = new QVBoxLayout;
    choices->setContentsMargins(24, 6, 0, 12);
    choices->setSpacing(12);
    for (int i = 0; i < 3; ++i) {
        const Language lang = kAllLanguages.at(i);
        // Each language is named in itself, so it can be found whatever the interface shows now.
        auto* radio = new QRadioButton(languageNativeName(lang), page);
        radio->setObjectName(u"welcomeLanguage_" + languageCode(lang));
        QFont f = radio->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        radio->setFont(f);
        group->addButton(radio, i);
        choices->addWidget(radio);
        m_languages[i] = radio;
        connect(radio, &QRadioButton::toggled, this, [this, lang](bool on) {
            if (on && lang != UiLanguage::current())
                Q_EMIT languageChosen(lang);
        });
    }
    m_continue = new QPushButton(page);
    m_continue->setObjectName(QStringLiteral("welcomeContinue"));
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, [this] { setPage(StartPage); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_languageTitle);
    layout->addWidget(m_languageText);
    layout->addSpacing(12);
    layout->addWidget(ask);
    layout->addLayout(choices);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget* WelcomeDialog::buildStartPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomeStartPage"));
    m_startTitle = titleLabel(page);
    m_startText = textLabel(page);
    auto choice = [page](const char* name) {
        auto* b = new QCommandLinkButton(page);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_downloadChoice = choice("welcomeDownloadLaws");
    m_importChoice = choice("welcomeImportPages");
    m_packChoice = choice("welcomeOpenPack");
    m_skipChoice = choice("welcomeSkip");
    connect(m_downloadChoice, &QPushButton::clicked, this, [this] { setPage(DownloadPage); });
    connect(m_importChoice, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT importPagesRequested();
    });
    connect(m_packChoice, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT openPackRequested();
    });
    connect(m_skipChoice, &QPushButton::clicked, this, &QDialog::accept);
    m_startBack = new QPushButton(page);
    m_startBack->setObjectName(QStringLiteral("welcomeBack"));
    m_startBack->setAutoDefault(false);
    connect(m_startBack, &QPushButton::clicked, this, [this] { setPage(LanguagePage); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startBack);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_startTitle);
    layout->addWidget(m_startText);
    for (QCommandLinkButton* b : { m_downloadChoice, m_importChoice, m_packChoice, m_skipChoice })
        layout->addWidget(b);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

WelcomeDialog::Page WelcomeDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void WelcomeDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    switch (page) {
    case LanguagePage:
        m_continue->setDefault(true);
        for (QRadioButton* r : m_languages) {
            if (r->isChecked())
                r->setFocus();
        }
        break;
    case StartPage:
        m_downloadChoice->setFocus();
        break;
    case DownloadPage:
        m_download->setFocus();
        if (QWidget* next = m_download->findChild<QPushButton*>(QStringLiteral("welcomeStartDownload"));
            next && next->isVisible())
            next->setFocus();
        break;
    }
}

void WelcomeDialog::reject()
{
    if (m_download->isRunning()) {
        m_download->cancelDownload();
        return;
    }
    QDialog::reject();
}

void WelcomeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to ZanLink"));
    m_languageTitle->setText(tr("Welcome to ZanLink"));
    m_languageText->setText(tr("ZanLink is a library of Kazakhstan's media law in Kazakh, Russian and English that "
                               "works offline. First choose the language of its menus and windows; it changes at "
                               "once, and View ▸ Interface language changes it later."));
    const int current = static_cast<int>(kAllLanguages.indexOf(UiLanguage::current()));
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker quiet(m_languages[i]);
        m_languages[i]->setChecked(i == current);
    }
    m_continue->setText(tr("&Continue >"));

    m_startTitle->setText(tr("How would you like to start?"));
    m_startText->setText(tr("ZanLink reads the laws from its own library on this computer. Add them in one of these "
                            "ways; each of them is also in the File menu, and Help ▸ Welcome brings this window "
                            "back."));
    QStringList titles;
    for (const DownloadItem& item : DownloadQueue::missionItems()) {
        const QString title = WelcomeDownloadPage::quotedTitle(item.actId);
        if (!titles.contains(title))
            titles << title;
    }
    m_downloadChoice->setText(tr("&Download the three laws from Adilet"));
    m_downloadChoice->setDescription(
        tr("%1, %2 and %3, each in Kazakh, Russian and English: nine pages from the official legal information "
           "system, one at a time. Needs the internet; you start it on the next page.")
            .arg(titles.value(0), titles.value(1), titles.value(2)));
    m_importChoice->setText(tr("&Import saved pages…"));
    m_importChoice->setDescription(tr("Act pages saved from Adilet in a browser, Adilet's DOCX files, copied text or "
                                      "the AdiletCodex dataset. Works without the internet."));
    m_packChoice->setText(tr("Open a &workshop pack…"));
    m_packChoice->setDescription(tr("A .zlpack file from a trainer: the acts of a workshop, the provisions to present "
                                    "and exercise cases."));
    m_skipChoice->setText(tr("&Skip for now"));
    m_skipChoice->setDescription(tr("Start with an empty library."));
    m_startBack->setText(tr("< &Back"));
    m_download->retranslate();
}

} // namespace zanlink
