#include "draft_fields_page.h"

#include "spell/spell_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace zanlink {

namespace {

enum class FieldKind { Line, Lines, Date, OptionalDate, Check };

struct FieldSpec {
    const char16_t* name;
    FieldKind kind;
    const char* label;
};

const QList<FieldSpec>& fieldSpecs()
{
    static const QList<FieldSpec> specs {
        { DraftField::Issuer, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Issued by") },
        { DraftField::IssuerCapacity, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "In the capacity of") },
        { DraftField::IssuerDetails, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Issuer's address, contacts") },
        { DraftField::Addressee, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Addressee") },
        { DraftField::AddresseeDetails, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Addressee's address") },
        { DraftField::Subject, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Person concerned") },
        { DraftField::Facts, FieldKind::Lines, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Facts and reasons (a paragraph per line)") },
        { DraftField::Urls, FieldKind::Lines, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Exact URLs or accounts (one per line)") },
        { DraftField::WholePlatformRequested, FieldKind::Check, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "The client asks for a whole site or platform") },
        { DraftField::ActionRequested, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Action asked for") },
        { DraftField::TerritorialScope, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Territorial scope") },
        { DraftField::Deadline, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Deadline") },
        { DraftField::DeadlineStart, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Deadline runs from") },
        { DraftField::DeadlineDate, FieldKind::OptionalDate, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Deadline falls on") },
        { DraftField::OrderReference, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Order referred to") },
        { DraftField::Redress, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "How to seek redress") },
        { DraftField::Attachments, FieldKind::Lines, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Attachments (one per line)") },
        { DraftField::Date, FieldKind::Date, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Date of the document") },
        { DraftField::Place, FieldKind::Line, QT_TRANSLATE_NOOP("zanlink::DraftFieldsPage", "Place") },
    };
    return specs;
}

QString perLanguage(const char16_t* field, Language lang)
{
    return QString::fromUtf16(field) + u'@' + languageCode(lang);
}

} // namespace

QString DraftFieldsPage::fieldLabel(const QString& field)
{
    for (const FieldSpec& s : fieldSpecs()) {
        if (field == QString::fromUtf16(s.name))
            return tr(s.label);
    }
    if (field == u"citations")
        return tr("Legal basis");
    return field;
}

DraftFieldsPage::DraftFieldsPage(DraftSession& session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Fields"));
    setSubTitle(tr("Filled from the case; change anything. Empty fields are listed in the check."));
    m_wording = new QComboBox(this);
    m_wording->setObjectName(QStringLiteral("draftWording"));
    m_wording->addItem(tr("Kazakh"), QStringLiteral("kk"));
    m_wording->addItem(tr("Russian"), QStringLiteral("ru"));
    auto* inner = new QWidget(this);
    m_form = new QFormLayout(inner);
    m_form->addRow(tr("&Wording in:"), m_wording);
    for (const FieldSpec& s : fieldSpecs()) {
        QWidget* w = nullptr;
        switch (s.kind) {
        case FieldKind::Line:
            w = new QLineEdit(inner);
            break;
        case FieldKind::Lines: {
            auto* e = new QPlainTextEdit(inner);
            e->setTabChangesFocus(true);
            e->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
            w = e;
            break;
        }
        case FieldKind::Date:
        case FieldKind::OptionalDate: {
            auto* e = new QDateEdit(inner);
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
            if (s.kind == FieldKind::OptionalDate) {
                e->setMinimumDate(QDate(2000, 1, 1));
                e->setSpecialValueText(tr("not set"));
            }
            w = e;
            break;
        }
        case FieldKind::Check:
            w = new QCheckBox(inner);
            break;
        }
        // Prose is spell-checked in the language the wording is in (load());
        // the list of URLs and accounts is not prose.
        if (auto* e = qobject_cast<QPlainTextEdit*>(w); e && QStringView(s.name) != DraftField::Urls)
            SpellField::attach(e, std::nullopt)->setLanguageChoosable(false);
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            SpellField::attach(line, std::nullopt)->setLanguageChoosable(false);
        w->setObjectName(u"draftField_" + QString::fromUtf16(s.name));
        m_editors.insert(QString::fromUtf16(s.name), w);
        m_form->addRow(tr(s.label) + u':', w);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_wording, &QComboBox::activated, this, [this] {
        store(m_shown);
        load(languageFromCode(m_wording->currentData().toString()).value_or(Language::Kk));
    });
}

QWidget* DraftFieldsPage::editor(const QString& field) const
{
    return m_editors.value(field);
}

void DraftFieldsPage::initializePage()
{
    const bool bilingual = m_session.draft.language == OutputLanguage::BilingualKkRu;
    m_form->setRowVisible(m_wording, bilingual);
    const Language first = outputLanguages(m_session.draft.language).first();
    m_wording->setCurrentIndex(qMax(0, m_wording->findData(languageCode(first))));
    load(first);
}

bool DraftFieldsPage::validatePage()
{
    store(m_shown);
    return true;
}

void DraftFieldsPage::load(Language lang)
{
    m_shown = lang;
    const Draft& d = m_session.draft;
    for (const FieldSpec& s : fieldSpecs()) {
        const QString name = QString::fromUtf16(s.name);
        QWidget* w = m_editors.value(name);
        if (SpellField* spell = SpellField::of(w))
            spell->setLanguage(lang);
        switch (s.kind) {
        case FieldKind::Line:
            static_cast<QLineEdit*>(w)->setText(d.text(name, lang));
            break;
        case FieldKind::Lines:
            static_cast<QPlainTextEdit*>(w)->setPlainText(d.list(name, lang).join(u'\n'));
            break;
        case FieldKind::Date:
        case FieldKind::OptionalDate: {
            auto* e = static_cast<QDateEdit*>(w);
            const QDate date = d.date(name);
            e->setDate(date.isValid() ? date : (s.kind == FieldKind::Date ? m_session.today : e->minimumDate()));
            break;
        }
        case FieldKind::Check:
            static_cast<QCheckBox*>(w)->setChecked(d.fields.value(name).toBool());
            break;
        }
    }
}

void DraftFieldsPage::store(Language lang)
{
    Draft& d = m_session.draft;
    for (const FieldSpec& s : fieldSpecs()) {
        const QString name = QString::fromUtf16(s.name);
        QWidget* w = m_editors.value(name);
        switch (s.kind) {
        case FieldKind::Line:
            d.fields.insert(perLanguage(s.name, lang), static_cast<QLineEdit*>(w)->text().trimmed());
            break;
        case FieldKind::Lines: {
            QStringList lines;
            for (const QString& line : static_cast<QPlainTextEdit*>(w)->toPlainText().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines << line.trimmed();
            }
            d.fields.insert(perLanguage(s.name, lang), lines);
            break;
        }
        case FieldKind::Date:
        case FieldKind::OptionalDate: {
            auto* e = static_cast<QDateEdit*>(w);
            const bool unset = s.kind == FieldKind::OptionalDate && e->date() == e->minimumDate();
            d.fields.insert(name, unset ? QDate() : e->date());
            break;
        }
        case FieldKind::Check:
            d.fields.insert(name, static_cast<QCheckBox*>(w)->isChecked());
            break;
        }
    }
}

} // namespace zanlink
