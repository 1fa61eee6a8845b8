#include "import_dialogs.h"

#include "corpus/catalogue.h"
#include "importer/decode.h"
#include "importer/docx_blocks.h"
#include "importer/html_blocks.h"
#include "importer/importer.h"
#include "importer/numbering_grammar.h"
#include "importer/plain_text_blocks.h"
#include "ui_language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zanlink {

namespace {

void fillLanguages(QComboBox* box, std::optional<Language> preset)
{
    for (Language l : kAllLanguages)
        box->addItem(languageNativeName(l) + u" (" + languageCode(l) + u')', languageCode(l));
    if (preset)
        box->setCurrentIndex(static_cast<int>(kAllLanguages.indexOf(*preset)));
    else
        box->setCurrentIndex(1);
}

void fillActs(QComboBox* box)
{
    for (const CatalogueAct& a : Catalogue::builtin().acts())
        box->addItem(a.title(UiLanguage::current()) + u" — " + a.id, a.id);
}

} // namespace

FileSniff sniffFile(const QString& path)
{
    FileSniff s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxActFileBytes * 4)
        return s;
    const QByteArray head = f.peek(65536);
    const SourceKind kind = detectSourceKind(path, head);
    if (kind == SourceKind::AdiletCodex) {
        s.isDataset = true;
        return s;
    }
    if (f.size() > kMaxActFileBytes)
        return s;
    const QByteArray bytes = f.readAll();
    ImportError ignored;
    std::optional<BlockDocument> doc;
    if (kind == SourceKind::Docx)
        doc = docxBlocks(bytes, path, &ignored);
    else if (kind == SourceKind::AdiletHtml)
        doc = htmlBlocks(decodeText(bytes), path, &ignored);
    else
        doc = plainTextBlocks(decodeText(bytes));
    if (!doc)
        return s;
    s.actId = doc->actId;
    s.language = doc->language ? doc->language : detectLanguage(doc->blocks);
    return s;
}

ImportOptionsDialog::ImportOptionsDialog(const QString& path, const FileSniff& sniff, QWidget* parent)
    : QDialog(parent), m_lang(new QComboBox(this)), m_act(new QComboBox(this))
{
    setObjectName(QStringLiteral("importOptionsDialog"));
    setWindowTitle(tr("Import an act"));
    auto* layout = new QVBoxLayout(this);
    auto* info = new QLabel(tr("File: %1").arg(QFileInfo(path).fileName()), this);
    info->setWordWrap(true);
    layout->addWidget(info);
    auto* form = new QFormLayout;
    m_lang->setObjectName(QStringLiteral("languageCombo"));
    fillLanguages(m_lang, sniff.language);
    form->addRow(tr("&Language of the text:"), m_lang);
    m_act->setObjectName(QStringLiteral("actCombo"));
    m_act->setEditable(true);
    if (!sniff.actId.isEmpty())
        m_act->addItem(tr("As the page says (%1)").arg(sniff.actId), QString());
    fillActs(m_act);
    m_act->setToolTip(tr("The act, when the file does not name it: choose one or type its Adilet id."));
    form->addRow(tr("&Act:"), m_act);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Language ImportOptionsDialog::language() const
{
    return languageFromCode(m_lang->currentData().toString()).value_or(Language::Ru);
}

QString ImportOptionsDialog::actId() const
{
    // A typed id has no item data; a chosen item carries the id.
    if (m_act->currentIndex() >= 0 && m_act->itemText(m_act->currentIndex()) == m_act->currentText())
        return m_act->currentData().toString();
    return m_act->currentText().trimmed();
}

DownloadDialog::DownloadDialog(QWidget* parent) : QDialog(parent), m_act(new QComboBox(this)), m_lang(new QComboBox(this))
{
    setObjectName(QStringLiteral("downloadDialog"));
    setWindowTitle(tr("Download from Adilet"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The act's page is downloaded from the legacy Adilet site (old.adilet.zan.kz) over "
                               "HTTPS, one request at a time. Nothing else leaves this computer."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    m_act->setObjectName(QStringLiteral("actCombo"));
    fillActs(m_act);
    form->addRow(tr("&Act:"), m_act);
    m_lang->setObjectName(QStringLiteral("languageCombo"));
    fillLanguages(m_lang, Language::Ru);
    form->addRow(tr("&Language:"), m_lang);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Download"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DownloadDialog::actId() const
{
    return m_act->currentData().toString();
}

Language DownloadDialog::language() const
{
    return languageFromCode(m_lang->currentData().toString()).value_or(Language::Ru);
}

} // namespace zanlink
