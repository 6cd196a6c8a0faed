#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace waymark {
struct CaseNote;
struct Draft;
struct Family;
struct Involvement;
struct Person;
struct RecordedEvent;
} // namespace waymark

// Shared by the crash writer (tests/crash/crash_writer.cpp) and the durability test that kills it:
// how the database is opened, and a fingerprint of each kind of record that the writer prints
// after a save and the test recomputes from what is stored.
namespace waymark::crash {

// The one place both programs open the (encrypted) database. The key is random per test run and
// reaches the writer through the environment (WAYMARK_CRASH_KEY, hex); ensureKey() sets it.
void ensureKey();
Result<std::shared_ptr<Database>> openDatabase(const QString& path);

// "<bytes>-<16 hex digits of SHA-256>" over every stored field the writer sets (ids and
// timestamps excluded). A person's fingerprint includes the families it belongs to, so it also
// proves the membership row written in the same transaction.
QString fingerprint(const Family& family);
QString fingerprint(const Person& person, std::vector<qint64> familyIds);
QString fingerprint(const Involvement& involvement);
QString fingerprint(const CaseNote& note);
QString fingerprint(const RecordedEvent& event);
QString fingerprint(const Draft& draft);

// The fingerprint of what is stored now for `kind` ("family", "person", "involvement", "note",
// "event", "draft") and `id` (a number, or a draft's key); nullopt when there is no such record,
// a failure when the database could not answer.
Result<std::optional<QString>> storedFingerprint(Database& db, const QString& kind, const QString& id);

} // namespace waymark::crash
