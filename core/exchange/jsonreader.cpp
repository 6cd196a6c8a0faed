#include "exchange/jsonreader.h"

#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace waymark::exchange {

namespace {

// Whole numbers only, and only those a double holds exactly: JSON numbers are doubles in Qt.
bool toWholeNumber(const QJsonValue& value, qint64& out) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > 9007199254740992.0)
        return false;
    out = static_cast<qint64>(d);
    return true;
}

// Qt's parsers accept a little more than the documented form (a date followed by other text,
// single-digit fields), so the text must also match the form exactly.
bool matches(const QString& pattern, const QString& text) {
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

QString elementPath(const QString& arrayPath, int index) {
    return QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
}

Status fieldError(const QString& path, const QString& message) {
    return Status::failure(QStringLiteral("%1: %2").arg(path, message));
}

Status unique(QSet<qint64>& seen, qint64 id, const QString& path) {
    if (seen.contains(id))
        return fieldError(path, Exchange::tr("id %1 is used by an earlier record of the same kind").arg(id));
    seen.insert(id);
    return Status::ok();
}

Status ref(const QSet<qint64>& known, qint64 id, const QString& path, const char* missing) {
    if (id != 0 && !known.contains(id))
        return fieldError(path, Exchange::tr(missing).arg(id));
    return Status::ok();
}

Result<qint64> idFromValue(const QJsonValue& value, const QString& path) {
    qint64 id = 0;
    if (!toWholeNumber(value, id) || id <= 0)
        return fieldError(path, Exchange::tr("expected a record id (a whole number above 0)"));
    return id;
}

ObjectReader::ObjectReader(const QJsonValue& value, QString path)
    : m_object(value.toObject())
    , m_path(std::move(path)) {
    if (!value.isObject())
        m_status = fieldError(m_path, Exchange::tr("expected an object"));
}

void ObjectReader::fail(const QString& key, const QString& message) {
    if (m_status.isOk())
        m_status = fieldError(pathOf(key), message);
}

bool ObjectReader::take(const QString& key, Need need, QJsonValue& value) {
    m_read.insert(key);
    if (!m_status.isOk())
        return false;
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        if (need == Required)
            fail(key, Exchange::tr("this field is required but missing"));
        return false;
    }
    value = *found;
    return true;
}

void ObjectReader::text(const QString& key, QString& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!v.isString())
        return fail(key, Exchange::tr("expected text"));
    // A lone UTF-16 surrogate ("\ud800" in the file) is valid JSON but not text: SQLite would
    // store something else in its place, so the record would not be what the file says.
    if (!v.toString().isValidUtf16())
        return fail(key, Exchange::tr("expected text (this has an invalid \\u escape, a lone surrogate)"));
    out = v.toString();
}

void ObjectReader::boolean(const QString& key, bool& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!v.isBool())
        return fail(key, Exchange::tr("expected true or false"));
    out = v.toBool();
}

void ObjectReader::integer(const QString& key, qint64& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!toWholeNumber(v, out))
        fail(key, Exchange::tr("expected a whole number"));
}

void ObjectReader::number(const QString& key, double& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(key, Exchange::tr("expected a number"));
    out = v.toDouble();
}

void ObjectReader::textList(const QString& key, QStringList& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!v.isArray())
        return fail(key, Exchange::tr("expected an array"));
    QStringList items;
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(QStringLiteral("%1[%2]").arg(key).arg(i), Exchange::tr("expected text"));
        items << array.at(i).toString();
    }
    out = items;
}

void ObjectReader::id(const QString& key, qint64& out, Need need, bool nullable) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (nullable && v.isNull()) {
        out = 0;
        return;
    }
    qint64 value = 0;
    if (!toWholeNumber(v, value) || value <= 0)
        return fail(key, nullable ? Exchange::tr("expected a record id (a whole number above 0) or null")
                                  : Exchange::tr("expected a record id (a whole number above 0)"));
    out = value;
}

void ObjectReader::date(const QString& key, QDate& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (v.isNull() && need == Optional) {
        out = QDate();
        return;
    }
    const QString text = v.toString();
    const QDate parsed = dateFromText(text);
    if (!v.isString() || !matches(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"), text) || !parsed.isValid())
        return fail(key, Exchange::tr("expected a date as yyyy-MM-dd"));
    out = parsed;
}

void ObjectReader::clockTime(const QString& key, QTime& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (v.isNull() && need == Optional) {
        out = QTime();
        return;
    }
    const QString text = v.toString();
    const QTime parsed = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!v.isString() || !matches(QStringLiteral("\\d{2}:\\d{2}"), text) || !parsed.isValid())
        return fail(key, Exchange::tr("expected a time as HH:mm"));
    out = parsed;
}

void ObjectReader::localTime(const QString& key, QString& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    // Date and time are checked apart: a wall-clock time that falls in a daylight-saving gap is
    // still a valid record of when the worker says the contact happened.
    const QString text = v.toString();
    if (!v.isString() || !matches(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), text) ||
        !dateFromText(text.left(10)).isValid() ||
        !QTime::fromString(text.mid(11), QStringLiteral("HH:mm")).isValid())
        return fail(key, Exchange::tr("expected a date and time as yyyy-MM-ddTHH:mm"));
    out = text;
}

void ObjectReader::utcTime(const QString& key, QString& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    const QString text = v.toString();
    // Read back and written again it must be the same text: "T24:00:00Z" passes the pattern and
    // Qt reads it as midnight at the start of that day, so it would come back a day early.
    if (!v.isString() || !matches(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), text) ||
        !utcFromText(text).isValid() || utcToText(utcFromText(text)) != text)
        return fail(key, Exchange::tr("expected a UTC time as yyyy-MM-ddTHH:mm:ssZ"));
    out = text;
}

void ObjectReader::array(const QString& key, QJsonArray& out, Need need) {
    QJsonValue v;
    if (!take(key, need, v))
        return;
    if (!v.isArray())
        return fail(key, Exchange::tr("expected an array"));
    out = v.toArray();
}

ObjectReader ObjectReader::object(const QString& key, Need need) {
    QJsonValue v = QJsonObject();
    take(key, need, v);
    return ObjectReader(v, pathOf(key));
}

void ObjectReader::adopt(const ObjectReader& nested) {
    if (m_status.isOk() && !nested.isOk())
        m_status = nested.status();
}

Status ObjectReader::finish() {
    if (!m_status.isOk())
        return m_status;
    // QJsonObject keeps its keys sorted, so the unknown field reported first is the same every time.
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), Exchange::tr("unknown field"));
            break;
        }
    }
    return m_status;
}

} // namespace waymark::exchange
