#include "provision_html.h"

#include "corpus/catalogue.h"
#include "corpus/citation.h"
#include "importer/adilet_codex.h"
#include "linked_text.h"
#include "store/citation_lookup.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace zanlink {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString& s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br>"));
}

QString dateText(const QDate& d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

QString ProvisionHtml::noteHtml(
    const ProvisionNote& n, const QList<StoredLink>& links, int place, const HtmlColours& colours)
{
    QString html;
    const bool found = std::any_of(links.cbegin(), links.cend(), [&](const StoredLink& l) { return l.place == place; });
    if (found) {
        html = linkedHtml(n.text, links, place, colours);
    } else {
        // Link the words the source linked, in order.
        qsizetype pos = 0;
        for (const NoteLink& l : n.links) {
            const qsizetype at = n.text.indexOf(l.text, pos);
            if (at < 0 || l.text.isEmpty())
                continue;
            html += multiline(n.text.mid(pos, at - pos));
            html += QStringLiteral("<a href=\"%1\" style=\"color:%2;\">%3</a>")
                        .arg(esc(l.href), colours.link, esc(l.text));
            pos = at + l.text.size();
        }
        html += multiline(n.text.mid(pos));
    }
    const QString colour = n.kind == NoteKind::Footnote ? colours.note : colours.warning;
    return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:6px; color:%1; font-size:small;\"><i>%2</i></p>")
        .arg(colour, html);
}

QString ProvisionHtml::cell(const StoredProvision& p, const LanguageColumn& c, int baseDepth, const Style& style)
{
    const HtmlColours& colours = style.colours;
    const Language lang = c.language;
    const QList<StoredLink> links = c.links.value(p.id);
    const int indent = qMax(0, p.depth - baseDepth) * 18;
    const QString label = provisionLabel(p.kind, p.number, lang);
    QString html = QStringLiteral("<a name=\"%1\"></a>").arg(esc(p.key));
    QString badge;
    if (p.change == ChangeMark::Changed)
        badge = QStringLiteral(" <span style=\"background:%1; font-size:small;\">&nbsp;%2&nbsp;</span>")
                    .arg(colours.changedBackground, esc(tr("changed in this edition")));
    else if (p.change == ChangeMark::Added)
        badge = QStringLiteral(" <span style=\"background:%1; font-size:small;\">&nbsp;%2&nbsp;</span>")
                    .arg(colours.addedBackground, esc(tr("new in this edition")));
    const QString cite = style.citeLinks
        ? QStringLiteral(" <a href=\"cite:%1?lang=%2\" style=\"font-size:small; color:%3;\">%4</a>")
              .arg(esc(p.key), languageCode(lang), colours.note, esc(tr("cite")))
        : QString();
    const bool heading
        = p.kind == ProvisionKind::Article || p.kind == ProvisionKind::Chapter || p.kind == ProvisionKind::Section;
    if (heading) {
        const QString size
            = p.kind == ProvisionKind::Article ? QStringLiteral("") : QStringLiteral(" font-size:large;");
        html += QStringLiteral("<p style=\"margin-left:%1px; margin-top:10px;%2\"><b>%3</b>%4%5</p>")
                    .arg(indent)
                    .arg(size,
                        QString(esc(label) + u' ' + linkedHtml(p.heading, links, kLinkInHeading, colours)).trimmed(),
                        badge, cite);
        if (!p.text.isEmpty())
            html += QStringLiteral("<p style=\"margin-left:%1px;\">%2</p>")
                        .arg(indent)
                        .arg(linkedHtml(p.text, links, kLinkInText, colours));
    } else {
        const QString lead = label.isEmpty() ? QString() : QStringLiteral("<b>%1</b> ").arg(esc(label));
        const QString italic = p.kind == ProvisionKind::Signature ? QStringLiteral(" font-style:italic;") : QString();
        html += QStringLiteral("<p style=\"margin-left:%1px;%2\">%3%4%5%6</p>")
                    .arg(indent)
                    .arg(italic, lead, linkedHtml(p.text, links, kLinkInText, colours), badge,
                        p.kind == ProvisionKind::Text ? QString() : cite);
    }
    for (qsizetype i = 0; i < p.notes.size(); ++i)
        html += QStringLiteral("<div style=\"margin-left:%1px;\">%2</div>")
                    .arg(indent)
                    .arg(noteHtml(p.notes.at(i), links, static_cast<int>(i), colours));
    return html;
}

QString ProvisionHtml::columnHeader(const QString& actId, const LanguageColumn& c, const Style& style)
{
    const HtmlColours& colours = style.colours;
    QString html = QStringLiteral("<p style=\"color:%1; font-size:small;\">").arg(colours.muted);
    html += QStringLiteral("<b>%1</b>").arg(esc(languageNativeName(c.language)));
    html += u" · " + esc(isOfficialLanguage(c.language) ? tr("official text") : tr("unofficial translation"));
    if (c.missingLanguage)
        html += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                    .arg(colours.warning,
                        esc(tr("Not imported in %1; shown in %2.")
                                .arg(languageNativeName(*c.missingLanguage), languageNativeName(c.language))));
    if (!c.edition) {
        html += QStringLiteral("<br>%1</p>").arg(esc(tr("Not imported in this language.")));
        return html;
    }
    const EditionInfo& e = *c.edition;
    if (!e.title.isEmpty())
        html += QStringLiteral("<br><b>%1</b>").arg(esc(e.title));
    if (!e.actLine.isEmpty())
        html += QStringLiteral("<br>%1").arg(esc(e.actLine));
    if (e.editionDate.isValid())
        html += u"<br>" + esc(tr("Edition as of %1").arg(dateText(e.editionDate)));
    else
        html += u"<br>" + esc(tr("Edition date unknown; imported on %1").arg(dateText(e.importedAt.date())));
    if (!e.statusText.isEmpty())
        html += u" · " + esc(e.statusText);
    const QString anchor = c.nodes.isEmpty() ? QString() : c.nodes.first().anchor;
    const QString url = officialUrl(actId, c.language, anchor).toString();
    html += QStringLiteral("<br>%1 <a href=\"%2\" style=\"color:%3;\">%2</a>")
                .arg(esc(tr("Official source:")), esc(url), colours.link);
    if (e.sourceKind == u"adiletcodex")
        html += u"<br>" + esc(tr("Imported from the %1.").arg(QString::fromUtf16(kAdiletCodexAttribution)));
    html += QStringLiteral("</p>");
    return html;
}

QString ProvisionHtml::page(const QString& actId, const QList<LanguageColumn>& columns, const Style& style)
{
    // Rows follow the first column that has text; keys only another language
    // has are added at the end.
    QStringList keys;
    QList<QHash<QString, qsizetype>> index;
    for (const LanguageColumn& c : columns) {
        QHash<QString, qsizetype> idx;
        for (qsizetype i = 0; i < c.nodes.size(); ++i) {
            idx.insert(c.nodes.at(i).key, i);
            if (!keys.contains(c.nodes.at(i).key))
                keys << c.nodes.at(i).key;
        }
        index << idx;
    }
    QString html = QStringLiteral("<html><body>") + style.preamble;
    if (columns.size() == 1) {
        const LanguageColumn& c = columns.first();
        html += columnHeader(actId, c, style);
        html += QStringLiteral("<hr>");
        const int base = c.nodes.isEmpty() ? 0 : c.nodes.first().depth;
        for (const StoredProvision& p : c.nodes)
            html += cell(p, c, base, style);
        return html + QStringLiteral("</body></html>");
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\"><tr>");
    const int width = 100 / static_cast<int>(columns.size());
    for (const LanguageColumn& c : columns)
        html
            += QStringLiteral("<td width=\"%1%\" valign=\"top\">%2</td>").arg(width).arg(columnHeader(actId, c, style));
    html += QStringLiteral("</tr>");
    for (const QString& key : keys) {
        html += QStringLiteral("<tr>");
        for (qsizetype ci = 0; ci < columns.size(); ++ci) {
            const LanguageColumn& c = columns.at(ci);
            const int base = c.nodes.isEmpty() ? 0 : c.nodes.first().depth;
            const auto it = index.at(ci).constFind(key);
            const QString content = it == index.at(ci).constEnd()
                ? QStringLiteral("<p style=\"color:%1;\"><i>%2</i></p>")
                      .arg(style.colours.faint, esc(tr("— not in this language —")))
                : cell(c.nodes.at(*it), c, base, style);
            html += QStringLiteral("<td width=\"%1%\" valign=\"top\" style=\"border-top:1px solid %2;\">%3</td>")
                        .arg(width)
                        .arg(style.colours.rule, content);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

QString ProvisionHtml::notImported(const QString& actId)
{
    const CatalogueAct* a = Catalogue::builtin().byId(actId);
    QString html = QStringLiteral("<html><body>");
    if (a) {
        for (Language l : kAllLanguages)
            html += QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(languageNativeName(l)), esc(a->title(l)));
    }
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("This act is not in the library yet.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Download it with File ▸ Download from Adilet, or open its page in a browser, save it "
                            "(Ctrl+S) and import the saved file with File ▸ Import file.")));
    for (Language l : kAllLanguages) {
        const QString url = officialUrl(actId, l).toString();
        html += QStringLiteral("<p>%1: <a href=\"%2\">%2</a></p>").arg(esc(languageNativeName(l)), esc(url));
    }
    return html + QStringLiteral("</body></html>");
}

QString ProvisionHtml::warning(const QString& text, const HtmlColours& colours)
{
    return QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(colours.warning, esc(text));
}

QString ProvisionHtml::welcome()
{
    QString html = QStringLiteral("<html><body><h2>ZanLink</h2>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The law library of Kazakh media law, offline, in Kazakh, Russian and "
                            "English.")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Choose an act on the left. Acts in grey are known but not imported "
                            "yet: import a saved Adilet page (Ctrl+O) or download it (Ctrl+D).")));
    return html + QStringLiteral("</body></html>");
}

} // namespace zanlink
