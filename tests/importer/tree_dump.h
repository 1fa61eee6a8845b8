#pragma once

// Test helpers shared by the importer suites: a compact textual dump of a
// provision tree, so a test can compare a whole tree with an expected text.

#include "corpus/provision.h"
#include "importer/text_block.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zanlink::test {

inline QString noteKindName(NoteKind k)
{
    return k == NoteKind::Footnote ? QStringLiteral("footnote") : QStringLiteral("editorial");
}

inline QString dumpLinks(const QList<NoteLink>& links)
{
    QStringList parts;
    for (const NoteLink& l : links)
        parts << l.text + u" -> " + l.href;
    return parts.isEmpty() ? QString() : u" [" + parts.join(u"; ") + u']';
}

// One line per node: "kind key | number | heading | text | anchor", indented
// two spaces per level; notes follow their node as "  = footnote: text [links]".
// Newlines inside text are shown as " ⏎ ".
inline void dumpNodes(const QList<Provision>& nodes, int depth, QStringList& out)
{
    for (const Provision& p : nodes) {
        const QString indent(depth * 2, u' ');
        QString text = p.text;
        text.replace(u'\n', QStringLiteral(" ⏎ "));
        out << indent + provisionKindName(p.kind) + u' ' + p.key + u" | " + p.number + u" | " + p.heading + u" | "
                + text + u" | " + p.anchor;
        for (const ProvisionNote& n : p.notes) {
            QString nt = n.text;
            nt.replace(u'\n', QStringLiteral(" ⏎ "));
            out << indent + u"  = " + noteKindName(n.kind) + u": " + nt + dumpLinks(n.links);
        }
        dumpNodes(p.children, depth + 1, out);
    }
}

inline QString dumpTree(const QList<Provision>& roots)
{
    QStringList out;
    dumpNodes(roots, 0, out);
    return out.join(u'\n');
}

inline void collectKeys(const QList<Provision>& nodes, QStringList& out)
{
    for (const Provision& p : nodes) {
        out << p.key;
        collectKeys(p.children, out);
    }
}

inline QStringList allKeys(const QList<Provision>& roots)
{
    QStringList keys;
    collectKeys(roots, keys);
    return keys;
}

inline const Provision* findKey(const QList<Provision>& nodes, const QString& key)
{
    for (const Provision& p : nodes) {
        if (p.key == key)
            return &p;
        if (const Provision* f = findKey(p.children, key))
            return f;
    }
    return nullptr;
}

inline QString dumpBlocks(const QList<TextBlock>& blocks)
{
    QStringList out;
    for (const TextBlock& b : blocks) {
        QString flags;
        if (b.bold)
            flags += u'B';
        if (b.noteStyled)
            flags += u'N';
        if (b.red)
            flags += u'R';
        if (b.inTable)
            flags += u'T';
        out << flags + u" | " + b.anchor + u" | " + b.text + dumpLinks(b.links);
    }
    return out.join(u'\n');
}

inline QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(ZANLINK_TEST_FIXTURES)).filePath(relative);
}

inline QByteArray readFixture(const QString& relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Compares line by line so a failure names the first differing line.
inline bool sameLines(const QString& actual, const QString& expected, QString* diff)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QString al = i < a.size() ? a.at(i) : QStringLiteral("<missing>");
        const QString el = i < e.size() ? e.at(i) : QStringLiteral("<missing>");
        if (al != el) {
            *diff = QStringLiteral("line %1 differs\n  actual:   %2\n  expected: %3\n--- whole actual ---\n%4")
                        .arg(i + 1)
                        .arg(al, el, actual);
            return false;
        }
    }
    return true;
}

} // namespace zanlink::test

#define ZL_COMPARE_TEXT(actual, expected)                                                                              \
    do {                                                                                                               \
        QString zlDiff_;                                                                                               \
        if (!zanlink::test::sameLines((actual), (expected), &zlDiff_))                                                 \
            QFAIL(qPrintable(zlDiff_));                                                                                \
    } while (false)
