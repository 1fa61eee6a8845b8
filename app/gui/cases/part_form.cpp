#include "part_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace zanlink {

PartForm::PartForm(const QString& title, const QList<FormField>& fields, const QVariantMap& values, QWidget* parent)
    : QDialog(parent), m_fields(fields)
{
    setObjectName(QStringLiteral("partForm"));
    setWindowTitle(title);
    auto* form = new QFormLayout;
    for (const FormField& f : fields) {
        QWidget* w = nullptr;
        const QVariant v = values.value(f.name);
        switch (f.type) {
        case FormField::Line: {
            auto* e = new QLineEdit(v.toString(), this);
            w = e;
            break;
        }
        case FormField::Multi: {
            auto* e = new QPlainTextEdit(v.toString(), this);
            e->setTabChangesFocus(true);
            e->setMinimumHeight(70);
            w = e;
            break;
        }
        case FormField::Choice: {
            auto* c = new QComboBox(this);
            for (qsizetype i = 0; i < f.choices.size(); ++i)
                c->addItem(f.choiceLabels.value(i, f.choices.at(i)), f.choices.at(i));
            c->setCurrentIndex(qMax(0, c->findData(v.toString())));
            w = c;
            break;
        }
        case FormField::Check: {
            auto* c = new QCheckBox(this);
            c->setChecked(v.toBool());
            w = c;
            break;
        }
        case FormField::DateTime: {
            // Shown and entered in local time, stored in UTC.
            auto* e = new QDateTimeEdit(this);
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
            const QDateTime utc = v.toDateTime();
            e->setDateTime(utc.isValid() ? utc.toLocalTime() : QDateTime::currentDateTime());
            w = e;
            break;
        }
        case FormField::Date: {
            auto* e = new QDateEdit(this);
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
            e->setMinimumDate(QDate(1900, 1, 1));
            e->setSpecialValueText(tr("not known"));
            e->setDate(v.toDate().isValid() ? v.toDate() : e->minimumDate());
            w = e;
            break;
        }
        }
        w->setObjectName(f.name);
        m_editors.insert(f.name, w);
        form->addRow(f.required ? f.label + QStringLiteral(" *") : f.label, w);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setStyleSheet(QStringLiteral("color:#a01010;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QVariantMap PartForm::values() const
{
    QVariantMap out;
    for (const FormField& f : m_fields) {
        QWidget* w = m_editors.value(f.name);
        switch (f.type) {
        case FormField::Line:
            out.insert(f.name, static_cast<QLineEdit*>(w)->text().trimmed());
            break;
        case FormField::Multi:
            out.insert(f.name, static_cast<QPlainTextEdit*>(w)->toPlainText().trimmed());
            break;
        case FormField::Choice:
            out.insert(f.name, static_cast<QComboBox*>(w)->currentData().toString());
            break;
        case FormField::Check:
            out.insert(f.name, static_cast<QCheckBox*>(w)->isChecked());
            break;
        case FormField::DateTime:
            out.insert(f.name, static_cast<QDateTimeEdit*>(w)->dateTime().toUTC());
            break;
        case FormField::Date: {
            auto* e = static_cast<QDateEdit*>(w);
            out.insert(f.name, e->date() == e->minimumDate() ? QDate() : e->date());
            break;
        }
        }
    }
    return out;
}

void PartForm::accept()
{
    const QVariantMap v = values();
    for (const FormField& f : m_fields) {
        if (f.required && v.value(f.name).toString().isEmpty()) {
            m_problem->setText(tr("%1 is required.").arg(f.label));
            m_editors.value(f.name)->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace zanlink
