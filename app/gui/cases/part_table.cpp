#include "part_table.h"

#include "deadlines/deadline_rules.h"
#include "user_prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zanlink {

PartTable::PartTable(PartType type, CaseStore& store, QUndoStack& undo, CommandHooks hooks, QWidget* parent)
    : QWidget(parent), m_type(type), m_store(store), m_undo(undo), m_hooks(std::move(hooks))
{
    static const char* const names[] = { "parties", "contentItems", "events", "deadlines" };
    const QString name = QString::fromLatin1(names[static_cast<int>(type)]);
    setObjectName(name + QStringLiteral("Table"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(name + QStringLiteral("Tree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->installEventFilter(this);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &PartTable::addPart);
    connect(m_edit, &QPushButton::clicked, this, &PartTable::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &PartTable::removeCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, &PartTable::editCurrent);
    retranslate();
}

void PartTable::retranslate()
{
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add (Insert)"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove (Delete); Ctrl+Z undoes it"));
    m_tree->setHeaderLabels(CaseParts::headers(m_type));
    setCase(m_file);
}

void PartTable::setCase(const CaseFile& file)
{
    m_file = file;
    const int row = m_tree->currentIndex().row();
    m_tree->clear();
    m_rows = CaseParts::partsOf(file, m_type);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QVariantMap& v : m_rows) {
        auto* item = new QTreeWidgetItem(m_tree, CaseParts::rowTexts(m_type, v, now));
        if (m_type == PartType::Deadline) {
            const DeadlineState s = deadlineState(
                v.value(QStringLiteral("dueUtc")).toDateTime(), v.value(QStringLiteral("done")).toBool(), now);
            if (s == DeadlineState::Overdue)
                item->setForeground(2, QColor(0xa0, 0x10, 0x10));
            else if (s == DeadlineState::DueSoon)
                item->setForeground(2, QColor(0xb0, 0x60, 0x00));
        }
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(qBound(0, row, m_tree->topLevelItemCount() - 1)));
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    const bool hasCase = file.record.id != 0;
    m_add->setEnabled(hasCase);
    m_edit->setEnabled(hasCase && !m_rows.isEmpty());
    m_remove->setEnabled(hasCase && !m_rows.isEmpty());
}

void PartTable::addPart()
{
    if (!m_file.record.id)
        return;
    const QVariantMap blank = CaseParts::blank(m_type, m_file.record.id);
    PartForm form(CaseParts::formTitle(m_type, true), CaseParts::fields(m_type, m_file), blank, this);
    if (UserPrompts::runDialog(&form) != QDialog::Accepted)
        return;
    QVariantMap after = blank;
    after.insert(form.values());
    m_undo.push(new PartCommand(m_store, m_type, std::nullopt, after, CaseParts::formTitle(m_type, true), m_hooks));
}

void PartTable::editCurrent()
{
    const int row = m_tree->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return;
    const QVariantMap before = m_rows.at(row);
    PartForm form(CaseParts::formTitle(m_type, false), CaseParts::fields(m_type, m_file), before, this);
    if (UserPrompts::runDialog(&form) != QDialog::Accepted)
        return;
    QVariantMap after = before;
    after.insert(form.values());
    if (after == before)
        return;
    m_undo.push(new PartCommand(m_store, m_type, before, after, CaseParts::formTitle(m_type, false), m_hooks));
}

void PartTable::removeCurrent()
{
    const int row = m_tree->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return;
    m_undo.push(new PartCommand(m_store, m_type, m_rows.at(row), std::nullopt, tr("Remove"), m_hooks));
}

bool PartTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Insert) {
            addPart();
            return true;
        }
        if (key == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace zanlink
