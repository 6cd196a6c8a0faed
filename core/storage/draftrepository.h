#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace waymark {

class Database;

// Unsaved typing, kept every few seconds so that a closed window, a flat battery or a crash never
// loses a note being written. A draft is opaque text (the editor's own JSON) under a key such as
// "note/family/42".
struct Draft {
    QString key;
    qint64 familyId = 0;
    QString content;
    QDateTime updatedAt; // UTC
};

class DraftRepository {
public:
    explicit DraftRepository(Database& db)
        : m_db(db) {}

    Status save(const Draft& draft);
    std::optional<Draft> load(const QString& key) const;
    Status remove(const QString& key);

private:
    Database& m_db;
};

} // namespace waymark
