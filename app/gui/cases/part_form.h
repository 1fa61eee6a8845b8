#pragma once

#include <QDialog>
#include <QVariantMap>

class QFormLayout;
class QLabel;

namespace zanlink {

// One field of a form: what it holds and how it is edited.
struct FormField {
    enum Type { Line, Multi, Choice, Check, DateTime, Date };
    QString name; // key in the values map
    QString label;
    Type type = Line;
    QStringList choices; // Choice: the stored values …
    QStringList choiceLabels; // … and how they are shown
    bool required = false;
};

// A small dialog that edits one record (a party, a content item, an event)
// as a map of values, checks required fields and names the one missing.
class PartForm : public QDialog {
    Q_OBJECT
public:
    PartForm(
        const QString& title, const QList<FormField>& fields, const QVariantMap& values, QWidget* parent = nullptr);

    QVariantMap values() const;
    // The editor of a field, for tests.
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    void accept() override;

private:
    QList<FormField> m_fields;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_problem = nullptr;
};

} // namespace zanlink
