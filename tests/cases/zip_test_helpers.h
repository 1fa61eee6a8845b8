// Taking a case bundle or workshop pack apart and putting it back together,
// for tests that break one entry and check that the reader refuses it.
// Needs libzip (link PkgConfig::LIBZIP).
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>
#include <zip.h>

namespace zanlink::testing {

using ZipEntries = QList<std::pair<QString, QByteArray>>;

// Every entry of the zip, in its order; empty when it cannot be opened.
inline ZipEntries readZip(const QString& path)
{
    ZipEntries list;
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z)
        return list;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
        QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        list.append({ QString::fromUtf8(st.name), data });
    }
    zip_discard(z);
    return list;
}

// Writes the entries as they are (any names, unchecked) into a new zip.
inline bool writeZip(const QString& path, const ZipEntries& entries)
{
    QFile::remove(path);
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return false;
    for (const auto& [name, data] : entries) {
        zip_source_t* src = zip_source_buffer(z, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0)
            return zip_discard(z), false;
    }
    return zip_close(z) == 0;
}

// The data of the named entry, to read or change; a shared empty array when there is none.
inline QByteArray& entry(ZipEntries& entries, const QString& name)
{
    for (auto& e : entries) {
        if (e.first == name)
            return e.second;
    }
    static QByteArray none;
    none.clear();
    return none;
}

// Makes manifest.json agree with the entries as they are now (sizes and
// SHA-256), so that a later check must find the problem: only `name` when
// given, else every entry. Both manifest shapes: "entries" as an object keyed
// by name (case bundles) or as a list of {name, size, sha256} (workshop packs).
inline void fixManifest(ZipEntries& entries, const QString& name = {})
{
    const QString manifestName = QStringLiteral("manifest.json");
    QJsonObject m = QJsonDocument::fromJson(entry(entries, manifestName)).object();
    auto describe = [](const QByteArray& data) {
        return QJsonObject { { QStringLiteral("size"), data.size() },
            { QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) } };
    };
    if (m.value(u"entries").isArray()) {
        QJsonArray list;
        QJsonArray old = m.value(u"entries").toArray();
        for (const auto& [entryName, data] : std::as_const(entries)) {
            if (entryName == manifestName)
                continue;
            QJsonObject e;
            for (const QJsonValue& v : std::as_const(old)) {
                if (v[u"name"].toString() == entryName)
                    e = v.toObject();
            }
            if (name.isEmpty() || name == entryName || e.isEmpty()) {
                e = describe(data);
                e.insert(QStringLiteral("name"), entryName);
            }
            list.append(e);
        }
        m.insert(QStringLiteral("entries"), list);
    } else {
        QJsonObject all = m.value(u"entries").toObject();
        for (const auto& [entryName, data] : std::as_const(entries)) {
            if (entryName != manifestName && (name.isEmpty() || name == entryName))
                all.insert(entryName, describe(data));
        }
        m.insert(QStringLiteral("entries"), all);
    }
    entry(entries, manifestName) = QJsonDocument(m).toJson();
}

} // namespace zanlink::testing
