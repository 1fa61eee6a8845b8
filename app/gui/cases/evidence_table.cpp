#include "evidence_table.h"

#include "cases/case_store.h"
#include "part_form.h"
#include "user_prompts.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zanlink {

EvidenceTable::EvidenceTable(CaseStore& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("evidenceTable"));
    setAcceptDrops(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("evidenceTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAcceptDrops(false);
    m_attach = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_verify = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_verify);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &EvidenceTable::chooseAndAttach);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceTable::removeCurrent);
    connect(m_verify, &QPushButton::clicked, this, &EvidenceTable::verifyAll);
    connect(m_tree, &QTreeWidget::itemActivated, this, &EvidenceTable::editCurrent);
    retranslate();
}

void EvidenceTable::retranslate()
{
    m_attach->setText(tr("Attach files…"));
    m_attach->setToolTip(tr("Or drop files here. The original is kept untouched, with its SHA-256."));
    m_remove->setText(tr("Remove"));
    m_verify->setText(tr("Check integrity"));
    m_tree->setHeaderLabels(
        { tr("File"), tr("Captured (local time)"), tr("By"), tr("Size"), tr("SHA-256"), tr("Description") });
    setCase(m_file);
}

void EvidenceTable::setCase(const CaseFile& file)
{
    m_file = file;
    m_tree->clear();
    const QLocale locale;
    for (const Evidence& e : file.evidence) {
        auto* item = new QTreeWidgetItem(m_tree,
            { e.fileName, e.capturedAtUtc.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")), e.capturedBy,
                locale.formattedDataSize(e.size), e.sha256.left(16) + QStringLiteral("…"), e.description });
        item->setToolTip(4, e.sha256);
        item->setData(0, Qt::UserRole, e.id);
    }
    m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    const bool hasCase = file.record.id != 0;
    m_attach->setEnabled(hasCase);
    m_remove->setEnabled(hasCase && !file.evidence.isEmpty());
    m_verify->setEnabled(hasCase && !file.evidence.isEmpty());
}

void EvidenceTable::chooseAndAttach()
{
    const QString path = UserPrompts::openFileName(this, tr("Attach evidence"), tr("All files (*)"));
    if (!path.isEmpty())
        attachFiles({ path });
}

void EvidenceTable::attachFiles(const QStringList& paths)
{
    if (!m_file.record.id)
        return;
    QStringList problems;
    for (const QString& path : paths) {
        Evidence meta;
        meta.capturedBy = m_store.actor();
        meta.captureMethod = tr("file attached");
        QString error;
        if (!m_store.attachEvidence(m_file.record.id, path, meta, &error))
            problems << error;
    }
    if (!problems.isEmpty())
        UserPrompts::error(this, tr("Some files were not attached"), problems.join(u'\n'));
    Q_EMIT changed();
}

void EvidenceTable::removeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    // Removing evidence may delete the original: it is asked, not undone.
    if (!UserPrompts::confirm(this, tr("Remove evidence"),
            tr("Remove \"%1\" from the case? The stored original is deleted when no other "
               "evidence uses it; this cannot be undone.")
                .arg(item->text(0))))
        return;
    QString error;
    if (!m_store.removeEvidence(item->data(0, Qt::UserRole).toLongLong(), &error))
        UserPrompts::error(this, tr("Evidence not removed"), error);
    Q_EMIT changed();
}

void EvidenceTable::editCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto it
        = std::find_if(m_file.evidence.cbegin(), m_file.evidence.cend(), [&](const Evidence& e) { return e.id == id; });
    if (it == m_file.evidence.cend())
        return;
    // The file itself never changes; what is known of its capture may.
    FormField item_ { QStringLiteral("contentItemId"), tr("Content item"), FormField::Choice, { QStringLiteral("0") },
        { tr("— none —") }, false };
    for (const ContentItem& c : m_file.items) {
        item_.choices << QString::number(c.id);
        item_.choiceLabels << c.url;
    }
    const QList<FormField> fields {
        { QStringLiteral("description"), tr("Description"), FormField::Multi, {}, {}, false },
        { QStringLiteral("capturedAtUtc"), tr("Captured (local time)"), FormField::DateTime, {}, {}, false },
        { QStringLiteral("capturedBy"), tr("Captured by"), FormField::Line, {}, {}, false },
        { QStringLiteral("captureMethod"), tr("How it was captured"), FormField::Line, {}, {}, false },
        { QStringLiteral("measurementId"), tr("Network measurement id (e.g. OONI)"), FormField::Line, {}, {}, false },
        item_,
    };
    const QVariantMap values { { QStringLiteral("description"), it->description },
        { QStringLiteral("capturedAtUtc"), it->capturedAtUtc }, { QStringLiteral("capturedBy"), it->capturedBy },
        { QStringLiteral("captureMethod"), it->captureMethod }, { QStringLiteral("measurementId"), it->measurementId },
        { QStringLiteral("contentItemId"), QString::number(it->contentItemId) } };
    PartForm form(tr("Evidence: %1").arg(it->fileName), fields, values, this);
    if (UserPrompts::runDialog(&form) != QDialog::Accepted)
        return;
    const QVariantMap v = form.values();
    Evidence e = *it;
    e.description = v.value(QStringLiteral("description")).toString();
    e.capturedAtUtc = v.value(QStringLiteral("capturedAtUtc")).toDateTime();
    e.capturedBy = v.value(QStringLiteral("capturedBy")).toString();
    e.captureMethod = v.value(QStringLiteral("captureMethod")).toString();
    e.measurementId = v.value(QStringLiteral("measurementId")).toString();
    e.contentItemId = v.value(QStringLiteral("contentItemId")).toLongLong();
    QString error;
    if (!m_store.updateEvidence(e, &error))
        UserPrompts::error(this, tr("Evidence not saved"), error);
    Q_EMIT changed();
}

void EvidenceTable::verifyAll()
{
    QStringList problems;
    for (const Evidence& e : m_file.evidence) {
        QString problem;
        if (!m_store.verifyEvidence(e, &problem))
            problems << e.fileName + QStringLiteral(": ") + problem;
    }
    if (problems.isEmpty())
        UserPrompts::info(
            this, tr("Evidence checked"), tr("All %1 files match their SHA-256.").arg(m_file.evidence.size()));
    else
        UserPrompts::error(this, tr("Evidence changed or missing"), problems.join(u'\n'));
}

void EvidenceTable::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_file.record.id && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidenceTable::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    attachFiles(paths);
    event->acceptProposedAction();
}

} // namespace zanlink
