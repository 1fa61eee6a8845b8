#include "pack_import_dialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace zanlink {

PackImportDialog::PackImportDialog(const PackSummary& summary, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("packImportDialog"));
    setWindowTitle(tr("Import workshop pack"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("packSummary"));
    text->setHtml(summaryHtml(summary));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(600, 520);
}

QString PackImportDialog::summaryHtml(const PackSummary& s)
{
    auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(esc(s.title),
                           esc(tr("Prepared by %1 on %2")
                                   .arg(s.creator.isEmpty() ? tr("an unnamed trainer") : s.creator,
                                       QLocale().toString(s.createdUtc.toLocalTime().date(), QLocale::ShortFormat))));
    if (s.packAlreadyImported)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("This pack was imported before: only what is not there yet is added.")));
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(esc(tr("Law texts: %1 new editions, %2 already in the library (skipped, never replaced)")
                             .arg(s.newEditions)
                             .arg(s.presentEditions)));
    for (const PackSummary::Edition& e : s.editions) {
        html += QStringLiteral("<li>%1 — %2 (%3), %4: %5</li>")
                    .arg(esc(e.actId), esc(e.title), languageCode(e.language),
                        e.editionDate.isValid() ? e.editionDate.toString(QStringLiteral("dd.MM.yyyy")) : tr("no date"),
                        esc(e.alreadyPresent ? tr("already there") : tr("new, %n provisions", nullptr, e.provisions)));
    }
    html += QStringLiteral("</ul>");
    if (!s.newActs.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Acts new to the library: %1").arg(s.newActs.join(u", "))));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Trainer's notes: %1 new, %2 already there").arg(s.newNotes).arg(s.presentNotes)));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Provisions to present: %1").arg(s.provisions)));
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(esc(tr("Exercise cases, added as new cases (your own cases are never changed): %1")
                             .arg(s.caseTitles.size())));
    for (const QString& t : s.caseTitles)
        html += QStringLiteral("<li>%1</li>").arg(esc(t));
    html += QStringLiteral("</ul>");
    if (!s.leftOut.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Left out by the trainer: %1").arg(s.leftOut.join(u"; "))));
    return html;
}

} // namespace zanlink
