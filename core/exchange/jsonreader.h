#pragma once

#include "util/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QTime>

namespace waymark::exchange {

// Reads one JSON object field by field, strictly, remembering the JSON path so that every error
// names the exact field ("$.people[2].dateOfBirth: expected a date as yyyy-MM-dd"). The first
// problem is kept and later reads do nothing, so a caller reads a whole record and then asks
// status() once instead of checking after every field. finish() reports any field nobody read:
// an unknown field is a typo or a newer format, and silently dropping data is never right.
class ObjectReader {
public:
    enum Need { Optional, Required };

    ObjectReader(const QJsonValue& value, QString path);

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    bool isOk() const { return m_status.isOk(); }
    const Status& status() const { return m_status; }
    void fail(const QString& key, const QString& message); // keeps the first failure only

    // Absent keeps `out` as it is (the caller's default); Required makes absence an error.
    void text(const QString& key, QString& out, Need need = Optional);
    void boolean(const QString& key, bool& out, Need need = Optional);
    void integer(const QString& key, qint64& out, Need need = Optional);
    void number(const QString& key, double& out, Need need = Optional); // any finite number
    // A list of vocabulary codes or other text: an array of strings.
    void textList(const QString& key, QStringList& out, Need need = Optional);
    // A record id: a whole number above 0. null is accepted only when `nullable` (stored as 0).
    void id(const QString& key, qint64& out, Need need, bool nullable = false);
    void date(const QString& key, QDate& out, Need need = Optional); // "yyyy-MM-dd" or null
    // The stored local wall-clock form "yyyy-MM-ddTHH:mm"; `text` keeps it exactly as written.
    void localTime(const QString& key, QString& text, Need need = Optional);
    void utcTime(const QString& key, QString& text, Need need = Optional); // "yyyy-MM-ddTHH:mm:ssZ"
    void clockTime(const QString& key, QTime& out, Need need = Optional);  // "HH:mm" or null (invalid)
    void array(const QString& key, QJsonArray& out, Need need = Optional);
    // A nested object; the returned reader shares nothing with this one, so the caller passes its
    // status back with adopt() when done.
    ObjectReader object(const QString& key, Need need = Optional);
    void adopt(const ObjectReader& nested);

    // Call after reading every known field: reports the first field that was not read.
    Status finish();

private:
    // Finds `key` and marks it read; false when absent (an error if required) or after a failure.
    bool take(const QString& key, Need need, QJsonValue& value);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    Status m_status = Status::ok();
};

// Helpers for array elements, which have no key.
QString elementPath(const QString& arrayPath, int index);
Status fieldError(const QString& path, const QString& message);
// Checks shared by every section's parser: an id not used by an earlier record of the same kind
// (`seen` then holds it), and a reference (0: none) to a record the file holds, where `missing`
// is an untranslated Exchange message with %1 for the id.
Status unique(QSet<qint64>& seen, qint64 id, const QString& path);
Status ref(const QSet<qint64>& known, qint64 id, const QString& path, const char* missing);
// A record id inside an array such as personIds.
Result<qint64> idFromValue(const QJsonValue& value, const QString& path);

} // namespace waymark::exchange
