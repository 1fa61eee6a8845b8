// The JSON of a workshop pack's entries, and checking it on the way in.
#pragma once

#include "store/library_store.h"
#include "workshop/trainer_note.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace zanlink::pack {

// The stored tree (document order, parents before children) as nested nodes.
QList<Provision> treeOf(const QList<StoredProvision>& stored);

QJsonObject editionToJson(const EditionInfo& info, const QList<Provision>& tree);
// Checks every field's type, the kinds, the keys and the dates; `where`
// (the pack and entry) starts every message.
std::optional<ActEdition> editionFromJson(const QJsonObject& json, const QString& where, QString* error);

QJsonArray notesToJson(const QList<TrainerNote>& notes);
std::optional<QList<TrainerNote>> notesFromJson(const QJsonArray& json, const QString& where, QString* error);

QJsonArray provisionsToJson(const QList<PackProvisionRef>& refs);
std::optional<QList<PackProvisionRef>> provisionsFromJson(
    const QJsonArray& json, const QString& where, QString* error);

// An Adilet-style act id usable in an entry name: letters, digits, "_" and "-".
bool isPlainActId(const QString& id);

} // namespace zanlink::pack
