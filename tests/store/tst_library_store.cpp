// Tests of the law library (lib/store/library_store.h). All act texts here are
// fictional, made up for the tests.
#include "store/library_store.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zanlink;

namespace {

Provision node(ProvisionKind kind, const QString& key, const QString& number, const QString& heading,
               const QString& text, const QString& anchor = {}, const QList<Provision>& children = {},
               const QList<ProvisionNote>& notes = {})
{
    Provision p;
    p.kind = kind;
    p.key = key;
    p.number = number;
    p.heading = heading;
    p.text = text;
    p.anchor = anchor;
    p.children = children;
    p.notes = notes;
    return p;
}

// A fictional act with chapters, articles, paragraphs, subparagraphs and notes.
ActEdition fictionalAct(Language lang = Language::Ru, const QString& actId = QStringLiteral("Z9900000001"))
{
    const QString tag = languageCode(lang);
    auto t = [&](const QString& s) -> QString { return s + u" [" + tag + u", fictional]"; };
    ActEdition e;
    e.actId = actId;
    e.language = lang;
    e.title = t(QStringLiteral("О вымышленных отношениях"));
    e.actLine = t(QStringLiteral("Вымышленный закон от 01.01.2099 № 1-ТЕСТ"));
    e.statusText = QStringLiteral("Обновленный");
    e.editionDate = QDate(2023, 1, 1);
    e.sourceKind = QStringLiteral("text");
    e.source = QStringLiteral("/tmp/fictional.txt");
    const ProvisionNote footnote{NoteKind::Footnote, t(QStringLiteral("Сноска. Статья 1 с изменениями (вымышлено)")),
                                 {NoteLink{QStringLiteral("№ 1-ТЕСТ"),
                                           QStringLiteral("https://adilet.zan.kz/rus/docs/Z9900000002#z5")}}};
    const ProvisionNote editorial{NoteKind::Editorial, t(QStringLiteral("Примечание ИЗПИ! Вымышленное")), {}};
    e.provisions = {
        node(ProvisionKind::Preamble, QStringLiteral("preamble"), {}, {}, t(QStringLiteral("Преамбула, 'в кавычках'"))),
        node(ProvisionKind::Chapter, QStringLiteral("ch:1"), QStringLiteral("1"), t(QStringLiteral("ОБЩИЕ ПОЛОЖЕНИЯ")),
             {}, QStringLiteral("z1"),
             {
                 node(ProvisionKind::Article, QStringLiteral("1"), QStringLiteral("1"), t(QStringLiteral("Предмет")), {},
                      QStringLiteral("z2"),
                      {
                          node(ProvisionKind::Paragraph, QStringLiteral("1/1"), QStringLiteral("1"), {},
                               t(QStringLiteral("Первый пункт.")), QStringLiteral("z3")),
                          node(ProvisionKind::Paragraph, QStringLiteral("1/2"), QStringLiteral("2"), {},
                               t(QStringLiteral("Понятия:")), QStringLiteral("z4"),
                               {
                                   node(ProvisionKind::Subparagraph, QStringLiteral("1/2/1"), QStringLiteral("1"), {},
                                        t(QStringLiteral("первое;"))),
                                   node(ProvisionKind::Subparagraph, QStringLiteral("1/2/1-1"), QStringLiteral("1-1"),
                                        {}, t(QStringLiteral("вставленное;"))),
                               }),
                      },
                      {footnote}),
                 node(ProvisionKind::Article, QStringLiteral("2"), QStringLiteral("2"), t(QStringLiteral("Исключения")),
                      {}, QStringLiteral("z7"),
                      {
                          node(ProvisionKind::Paragraph, QStringLiteral("2/1"), QStringLiteral("1"), {},
                               t(QStringLiteral("Қазақша мәтін: әңғөқұүһі.")), QStringLiteral("z8"), {}, {editorial}),
                          node(ProvisionKind::Note, QStringLiteral("2/note"), {}, {},
                               t(QStringLiteral("Примечание к статье."))),
                      }),
             }),
        node(ProvisionKind::Chapter, QStringLiteral("ch:2"), QStringLiteral("2"),
             t(QStringLiteral("ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ")), {}, QStringLiteral("z9"),
             {
                 node(ProvisionKind::Article, QStringLiteral("3"), QStringLiteral("3"), t(QStringLiteral("Вступление")),
                      {}, QStringLiteral("z10"),
                      {node(ProvisionKind::Paragraph, QStringLiteral("3/1"), QStringLiteral("1"), {},
                            t(QStringLiteral("Последний пункт.")))}),
             }),
    };
    return e;
}

// The tree flattened in document order, as provisions() should return it.
struct Flat {
    ProvisionKind kind;
    QString key, number, heading, text, anchor;
    int depth;
    QString parentKey;
    QList<ProvisionNote> notes;
};

void flatten(const QList<Provision>& nodes, int depth, const QString& parentKey, QList<Flat>* out)
{
    for (const Provision& p : nodes) {
        out->append(Flat{p.kind, p.key, p.number, p.heading, p.text, p.anchor, depth, parentKey, p.notes});
        flatten(p.children, depth + 1, p.key, out);
    }
}

Provision* findNode(QList<Provision>& nodes, const QString& key)
{
    for (Provision& p : nodes) {
        if (p.key == key)
            return &p;
        if (Provision* c = findNode(p.children, key))
            return c;
    }
    return nullptr;
}

QStringList keysOf(const QList<StoredProvision>& list)
{
    QStringList keys;
    for (const StoredProvision& p : list)
        keys << p.key;
    return keys;
}

} // namespace

class TestLibraryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openCreatesFolderAndFile();
    void openSetsWalForeignKeysAndSchema();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void garbageFileIsRefused();
    void foreignSqliteFileIsRefused();
    void folderThatCannotBeCreated();
    void storesWholeTree();
    void editionInfoRoundTrips();
    void addEditionsIsAllOrNothing();
    void reimportIsAlreadyPresent();
    void structureChangeIsANewEdition();
    void newerEditionKeepsOldAndMarksChanges();
    void olderEditionImportedLater();
    void subtree();
    void ancestry();
    void languagesAlignByKey();
    void deletingAnEditionCascades();

private:
    QString libPath() const { return m_dir->filePath(QStringLiteral("lib/library.sqlite")); }
    // Row counts of every table, read through a second connection.
    QString rowCounts();
    QTemporaryDir* m_dir = nullptr;
};

void TestLibraryStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestLibraryStore::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestLibraryStore::rowCounts()
{
    Database db;
    if (!db.open(libPath(), false))
        return QStringLiteral("cannot open: ") + db.lastError();
    QStringList parts;
    for (const char16_t* table : {u"acts", u"editions", u"provisions", u"provision_notes"}) {
        Statement s = db.prepare(u"SELECT COUNT(*) FROM " + QString::fromUtf16(table));
        parts << QString::fromUtf16(table) + u'=' + (s.next() ? QString::number(s.integer(0)) : db.lastError());
    }
    return parts.join(u' ');
}

void TestLibraryStore::openCreatesFolderAndFile()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/library.sqlite"));
    QVERIFY(!QFile::exists(path));
    LibraryStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(store.path(), path);
    QVERIFY(store.actIds().isEmpty());
}

void TestLibraryStore::openSetsWalForeignKeysAndSchema()
{
    LibraryStore store;
    QString error;
    QVERIFY2(store.open(libPath(), &error), qPrintable(error));
    Database& db = store.database();
    Statement wal = db.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(wal.next());
    QCOMPARE(wal.text(0), QStringLiteral("wal"));
    Statement fk = db.prepare(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.next());
    QCOMPARE(fk.integer(0), 1);
    Statement v = db.prepare(QStringLiteral("SELECT version FROM schema_version"));
    QVERIFY(v.next());
    QCOMPARE(v.integer(0), librarySchemaVersion());
    QVERIFY(!v.next()); // exactly one row
    QVERIFY(librarySchemaVersion() >= 1);
    // WAL is a property of the file: a second connection sees it too.
    Database other;
    QVERIFY(other.open(libPath(), false));
    Statement wal2 = other.prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(wal2.next());
    QCOMPARE(wal2.text(0), QStringLiteral("wal"));
    // Foreign keys are enforced on the store's connection.
    QVERIFY(!db.execScript(QStringLiteral(
        "INSERT INTO editions(act_id, lang, source_kind, content_hash, imported_at) VALUES ('Z0000000000','ru','x','h','t')")));
    QVERIFY2(db.lastError().contains(u"FOREIGN KEY"), qPrintable(db.lastError()));
}

void TestLibraryStore::reopenKeepsData()
{
    QString error;
    {
        LibraryStore store;
        QVERIFY(store.open(libPath(), &error));
        QVERIFY2(store.addEditions({fictionalAct()}, &error), qPrintable(error));
    }
    {
        // A library written at schema 2, before the act tree's outline index.
        Database raw;
        QVERIFY(raw.open(libPath(), false));
        QVERIFY2(raw.execScript(QStringLiteral("DROP INDEX provisions_outline; DROP INDEX links_unresolved; "
                                               "UPDATE schema_version SET version = 2;")),
            qPrintable(raw.lastError()));
    }
    LibraryStore again;
    QVERIFY2(again.open(libPath(), &error), qPrintable(error));
    QCOMPARE(again.actIds(), QStringList{QStringLiteral("Z9900000001")});
    const std::optional<EditionInfo> edition = again.latestEdition(QStringLiteral("Z9900000001"), Language::Ru);
    QVERIFY(edition);
    QCOMPARE(keysOf(again.outline(edition->id)),
        (QStringList{QStringLiteral("ch:1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("ch:2"),
            QStringLiteral("3")}));
    Statement v = again.database().prepare(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version"));
    QVERIFY(v.next());
    QCOMPARE(v.integer(0), 1);
    QCOMPARE(v.integer(1), librarySchemaVersion());
}

void TestLibraryStore::newerSchemaIsRefused()
{
    QString error;
    {
        LibraryStore store;
        QVERIFY(store.open(libPath(), &error));
        QVERIFY(store.database().execScript(
            QStringLiteral("UPDATE schema_version SET version = %1").arg(librarySchemaVersion() + 5)));
    }
    LibraryStore store;
    QVERIFY(!store.open(libPath(), &error));
    QVERIFY2(error.contains(libPath()), qPrintable(error));
    QVERIFY2(error.contains(u"newer"), qPrintable(error));
    QVERIFY2(error.contains(QString::number(librarySchemaVersion() + 5)), qPrintable(error));
    // Nothing was written to it.
    Database db;
    QVERIFY(db.open(libPath(), false));
    Statement v = db.prepare(QStringLiteral("SELECT version FROM schema_version"));
    QVERIFY(v.next());
    QCOMPARE(v.integer(0), librarySchemaVersion() + 5);
}

void TestLibraryStore::garbageFileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(static_cast<char>((i * 7919 + 13) % 251));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    LibraryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"not a ZanLink library"), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), junk); // untouched
}

void TestLibraryStore::foreignSqliteFileIsRefused()
{
    // Another program's database must not get our tables added to it.
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.execScript(QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');")));
    }
    LibraryStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"not a ZanLink library"), qPrintable(error));
    Database db;
    QVERIFY(db.open(path, false));
    Statement s = db.prepare(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(s.next());
    QCOMPARE(s.text(0), QStringLiteral("contacts"));
}

void TestLibraryStore::folderThatCannotBeCreated()
{
    const QString blocker = m_dir->filePath(QStringLiteral("file"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    LibraryStore store;
    QString error;
    QVERIFY(!store.open(blocker + QStringLiteral("/sub/library.sqlite"), &error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
}

void TestLibraryStore::storesWholeTree()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const ActEdition e = fictionalAct();
    const auto reports = store.addEditions({e}, &error);
    QVERIFY2(reports, qPrintable(error));
    QCOMPARE(reports->size(), 1);
    const StoreReport r = reports->first();
    QVERIFY(r.editionId > 0);
    QVERIFY(!r.alreadyPresent);
    QCOMPARE(r.provisions, e.provisionCount());
    QCOMPARE(r.previousEditionId, 0);
    QCOMPARE(r.changed, 0);
    QCOMPARE(r.added, 0);

    QList<Flat> expected;
    flatten(e.provisions, 0, {}, &expected);
    const QList<StoredProvision> stored = store.provisions(r.editionId);
    QCOMPARE(stored.size(), expected.size());
    QHash<qint64, QString> keyById;
    for (const StoredProvision& p : stored)
        keyById.insert(p.id, p.key);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Flat& x = expected.at(i);
        const StoredProvision& p = stored.at(i);
        QCOMPARE(p.key, x.key);
        QCOMPARE(p.kind, x.kind);
        QCOMPARE(p.number, x.number);
        QCOMPARE(p.heading, x.heading);
        QCOMPARE(p.text, x.text);
        QCOMPARE(p.anchor, x.anchor);
        QCOMPARE(p.depth, x.depth);
        QCOMPARE(p.change, ChangeMark::Unchanged);
        if (x.parentKey.isEmpty())
            QCOMPARE(p.parentId, 0);
        else
            QCOMPARE(keyById.value(p.parentId), x.parentKey);
        QCOMPARE(p.notes, x.notes);
    }
    // The notes were really there to compare.
    QCOMPARE(stored.at(2).notes.size(), 1);
    QCOMPARE(stored.at(2).notes.first().links.size(), 1);
}

void TestLibraryStore::editionInfoRoundTrips()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    ActEdition e = fictionalAct(Language::Kk);
    e.editionDate = QDate();
    const auto reports = store.addEditions({e}, &error);
    QVERIFY2(reports, qPrintable(error));
    const std::optional<EditionInfo> info = store.edition(reports->first().editionId);
    QVERIFY(info);
    QCOMPARE(info->actId, e.actId);
    QCOMPARE(info->language, Language::Kk);
    QVERIFY(!info->editionDate.isValid());
    QCOMPARE(info->title, e.title);
    QCOMPARE(info->actLine, e.actLine);
    QCOMPARE(info->statusText, e.statusText);
    QCOMPARE(info->sourceKind, e.sourceKind);
    QCOMPARE(info->source, e.source);
    QCOMPARE(info->contentHash, LibraryStore::contentHash(e));
    QVERIFY(info->importedAt.isValid());
    QVERIFY(qAbs(info->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!store.edition(reports->first().editionId + 100));
    QVERIFY(!store.latestEdition(e.actId, Language::Ru));
}

void TestLibraryStore::addEditionsIsAllOrNothing()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const QString before = rowCounts();
    QCOMPARE(before, QStringLiteral("acts=0 editions=0 provisions=0 provision_notes=0"));

    ActEdition good = fictionalAct(Language::Ru, QStringLiteral("Z9900000001"));
    ActEdition bad = fictionalAct(Language::Ru, QStringLiteral("Z9900000002"));
    // A duplicate key inside one edition breaks UNIQUE(edition_id, key).
    findNode(bad.provisions, QStringLiteral("3"))->children.first().key = QStringLiteral("1/1");
    QVERIFY(!store.addEditions({good, bad}, &error));
    QVERIFY2(error.contains(u"Z9900000002"), qPrintable(error));
    QVERIFY2(error.contains(u"UNIQUE"), qPrintable(error));
    QCOMPARE(rowCounts(), before);
    QVERIFY(store.actIds().isEmpty());

    // The store still works afterwards: the transaction was closed.
    QVERIFY2(store.addEditions({good}, &error), qPrintable(error));
    QCOMPARE(store.actIds(), QStringList{QStringLiteral("Z9900000001")});
}

void TestLibraryStore::reimportIsAlreadyPresent()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const ActEdition e = fictionalAct();
    const auto first = store.addEditions({e}, &error);
    QVERIFY2(first, qPrintable(error));
    const QString counts = rowCounts();
    const auto second = store.addEditions({e}, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->first().alreadyPresent);
    QCOMPARE(second->first().editionId, first->first().editionId);
    QCOMPARE(second->first().provisions, e.provisionCount());
    QCOMPARE(rowCounts(), counts);
    QCOMPARE(store.editions(e.actId).size(), 1);
    // The same text in another language is not the same edition.
    ActEdition kk = e;
    kk.language = Language::Kk;
    const auto third = store.addEditions({kk}, &error);
    QVERIFY2(third, qPrintable(error));
    QVERIFY(!third->first().alreadyPresent);
}

void TestLibraryStore::structureChangeIsANewEdition()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const ActEdition e = fictionalAct();
    QVERIFY2(store.addEditions({e}, &error), qPrintable(error));
    // Same keys and texts in the same order, but article 3 moved out of
    // chapter 2: another tree, so another edition.
    ActEdition moved = e;
    Provision article3 = moved.provisions.last().children.takeFirst();
    moved.provisions << article3;
    QVERIFY(LibraryStore::contentHash(moved) != LibraryStore::contentHash(e));
    // An anchor the previous import lacked is new content too.
    ActEdition anchored = e;
    findNode(anchored.provisions, QStringLiteral("3/1"))->anchor = QStringLiteral("z11");
    QVERIFY(LibraryStore::contentHash(anchored) != LibraryStore::contentHash(e));
    // And a footnote's link.
    ActEdition relinked = e;
    findNode(relinked.provisions, QStringLiteral("1"))->notes.first().links.first().href =
        QStringLiteral("https://adilet.zan.kz/rus/docs/Z9900000003");
    QVERIFY(LibraryStore::contentHash(relinked) != LibraryStore::contentHash(e));
    const auto r = store.addEditions({moved}, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->first().alreadyPresent);
}

void TestLibraryStore::newerEditionKeepsOldAndMarksChanges()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const ActEdition v1 = fictionalAct();
    ActEdition v2 = v1;
    v2.editionDate = QDate(2024, 6, 1);
    findNode(v2.provisions, QStringLiteral("1/2/1"))->text = QStringLiteral("первое, в новой редакции (вымышлено);");
    findNode(v2.provisions, QStringLiteral("2"))->heading = QStringLiteral("Исключения и оговорки (вымышлено)");
    findNode(v2.provisions, QStringLiteral("3"))->children
        << node(ProvisionKind::Paragraph, QStringLiteral("3/2"), QStringLiteral("2"), {},
                QStringLiteral("Новый вымышленный пункт."));

    const auto r1 = store.addEditions({v1}, &error);
    QVERIFY2(r1, qPrintable(error));
    const auto r2 = store.addEditions({v2}, &error);
    QVERIFY2(r2, qPrintable(error));
    QVERIFY(!r2->first().alreadyPresent);
    QCOMPARE(r2->first().previousEditionId, r1->first().editionId);
    QCOMPARE(r2->first().changed, 2);
    QCOMPARE(r2->first().added, 1);

    const QList<EditionInfo> eds = store.editions(v1.actId);
    QCOMPARE(eds.size(), 2);
    QCOMPARE(eds.at(0).id, r2->first().editionId); // newest first
    QCOMPARE(eds.at(1).id, r1->first().editionId);
    const std::optional<EditionInfo> latest = store.latestEdition(v1.actId, Language::Ru);
    QVERIFY(latest);
    QCOMPARE(latest->id, r2->first().editionId);
    QCOMPARE(latest->editionDate, QDate(2024, 6, 1));

    for (const StoredProvision& p : store.provisions(r2->first().editionId)) {
        ChangeMark want = ChangeMark::Unchanged;
        if (p.key == u"1/2/1" || p.key == u"2")
            want = ChangeMark::Changed;
        else if (p.key == u"3/2")
            want = ChangeMark::Added;
        QVERIFY2(p.change == want, qPrintable(p.key));
    }
    // The act tree's outline carries the marks of its articles too.
    for (const StoredProvision& p : store.outline(r2->first().editionId))
        QVERIFY2((p.change == ChangeMark::Changed) == (p.key == u"2"), qPrintable(p.key));
    // The old edition is kept as it was.
    const QList<StoredProvision> old = store.provisions(r1->first().editionId);
    QCOMPARE(old.size(), v1.provisionCount());
    for (const StoredProvision& p : old) {
        QCOMPARE(p.change, ChangeMark::Unchanged);
        if (p.key == u"1/2/1")
            QCOMPARE(p.text, findNode(const_cast<ActEdition&>(v1).provisions, p.key)->text);
    }
}

void TestLibraryStore::olderEditionImportedLater()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    ActEdition newer = fictionalAct();
    newer.editionDate = QDate(2025, 1, 1);
    findNode(newer.provisions, QStringLiteral("1/1"))->text = QStringLiteral("Пункт в редакции 2025 (вымышлено).");
    ActEdition older = fictionalAct();
    older.editionDate = QDate(2020, 1, 1);
    const auto rn = store.addEditions({newer}, &error);
    QVERIFY2(rn, qPrintable(error));
    const auto ro = store.addEditions({older}, &error);
    QVERIFY2(ro, qPrintable(error));
    // The older text has nothing older to compare with.
    QCOMPARE(ro->first().previousEditionId, 0);
    QCOMPARE(store.latestEdition(newer.actId, Language::Ru)->id, rn->first().editionId);
    QCOMPARE(store.editions(newer.actId).first().id, rn->first().editionId);
}

void TestLibraryStore::subtree()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const auto r = store.addEditions({fictionalAct()}, &error);
    QVERIFY2(r, qPrintable(error));
    const qint64 id = r->first().editionId;
    QCOMPARE(keysOf(store.subtree(id, QStringLiteral("1/2"))),
             (QStringList{QStringLiteral("1/2"), QStringLiteral("1/2/1"), QStringLiteral("1/2/1-1")}));
    QCOMPARE(keysOf(store.subtree(id, QStringLiteral("1"))),
             (QStringList{QStringLiteral("1"), QStringLiteral("1/1"), QStringLiteral("1/2"), QStringLiteral("1/2/1"),
                          QStringLiteral("1/2/1-1")}));
    QCOMPARE(keysOf(store.subtree(id, QStringLiteral("ch:1"))),
             (QStringList{QStringLiteral("ch:1"), QStringLiteral("1"), QStringLiteral("1/1"), QStringLiteral("1/2"),
                          QStringLiteral("1/2/1"), QStringLiteral("1/2/1-1"), QStringLiteral("2"),
                          QStringLiteral("2/1"), QStringLiteral("2/note")}));
    // The table of contents: chapters and articles in order, parents kept, no texts.
    const QList<StoredProvision> outline = store.outline(id);
    QCOMPARE(keysOf(outline),
             (QStringList{QStringLiteral("ch:1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("ch:2"),
                          QStringLiteral("3")}));
    QCOMPARE(outline.at(1).parentId, outline.at(0).id);
    QVERIFY(!outline.at(1).heading.isEmpty());
    QVERIFY(outline.at(1).text.isEmpty());
    // The last node of the document: nothing follows it.
    QCOMPARE(keysOf(store.subtree(id, QStringLiteral("ch:2"))),
             (QStringList{QStringLiteral("ch:2"), QStringLiteral("3"), QStringLiteral("3/1")}));
    QCOMPARE(keysOf(store.subtree(id, QStringLiteral("3/1"))), QStringList{QStringLiteral("3/1")});
    QVERIFY(store.subtree(id, QStringLiteral("4")).isEmpty());
    QVERIFY(store.subtree(id + 1, QStringLiteral("1")).isEmpty());
    // Notes come along.
    QCOMPARE(store.subtree(id, QStringLiteral("2/1")).first().notes.size(), 1);
    QCOMPARE(store.subtree(id, QStringLiteral("2/1")).first().notes.first().kind, NoteKind::Editorial);
}

void TestLibraryStore::ancestry()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    ActEdition e = fictionalAct();
    const auto r = store.addEditions({e}, &error);
    QVERIFY2(r, qPrintable(error));
    const qint64 id = r->first().editionId;
    const QList<StoredProvision> path = store.ancestry(id, QStringLiteral("1/2/1-1"));
    QCOMPARE(keysOf(path), (QStringList{QStringLiteral("ch:1"), QStringLiteral("1"), QStringLiteral("1/2"),
                                        QStringLiteral("1/2/1-1")}));
    QCOMPARE(path.at(1).kind, ProvisionKind::Article);
    QCOMPARE(path.at(1).notes.size(), 1); // notes of the ancestors too
    QCOMPARE(path.last().number, QStringLiteral("1-1"));
    QCOMPARE(keysOf(store.ancestry(id, QStringLiteral("ch:2"))), QStringList{QStringLiteral("ch:2")});
    QCOMPARE(keysOf(store.ancestry(id, QStringLiteral("preamble"))), QStringList{QStringLiteral("preamble")});
    QVERIFY(store.ancestry(id, QStringLiteral("9/9")).isEmpty());
    // Another edition's nodes never leak in.
    ActEdition other = fictionalAct(Language::Ru, QStringLiteral("Z9900000002"));
    const auto r2 = store.addEditions({other}, &error);
    QVERIFY2(r2, qPrintable(error));
    QCOMPARE(store.ancestry(r2->first().editionId, QStringLiteral("1/2")).size(), 3);
    for (const StoredProvision& p : store.ancestry(r2->first().editionId, QStringLiteral("1/2")))
        QVERIFY(!store.provisions(id).isEmpty() && p.id > store.provisions(id).last().id);
}

void TestLibraryStore::languagesAlignByKey()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const auto r = store.addEditions({fictionalAct(Language::Kk), fictionalAct(Language::Ru), fictionalAct(Language::En)},
                                     &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->size(), 3);
    QCOMPARE(store.actIds(), QStringList{QStringLiteral("Z9900000001")});
    QCOMPARE(store.editions(QStringLiteral("Z9900000001")).size(), 3);
    QHash<Language, QList<StoredProvision>> trees;
    for (Language l : kAllLanguages) {
        const std::optional<EditionInfo> e = store.latestEdition(QStringLiteral("Z9900000001"), l);
        QVERIFY(e);
        QCOMPARE(e->language, l);
        trees.insert(l, store.provisions(e->id));
    }
    QCOMPARE(keysOf(trees.value(Language::Kk)), keysOf(trees.value(Language::Ru)));
    QCOMPARE(keysOf(trees.value(Language::En)), keysOf(trees.value(Language::Ru)));
    // Each text is in its own language: the same key, different words.
    for (qsizetype i = 0; i < trees.value(Language::Ru).size(); ++i) {
        const QString kk = trees.value(Language::Kk).at(i).text;
        if (kk.isEmpty())
            continue;
        QVERIFY(kk.contains(u"[kk,"));
        QVERIFY(trees.value(Language::Ru).at(i).text.contains(u"[ru,"));
        QVERIFY(trees.value(Language::En).at(i).text.contains(u"[en,"));
    }
}

void TestLibraryStore::deletingAnEditionCascades()
{
    LibraryStore store;
    QString error;
    QVERIFY(store.open(libPath(), &error));
    const auto r = store.addEditions({fictionalAct()}, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(store.database().execScript(QStringLiteral("DELETE FROM acts")));
    QCOMPARE(rowCounts(), QStringLiteral("acts=0 editions=0 provisions=0 provision_notes=0"));
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_library_store.moc"
