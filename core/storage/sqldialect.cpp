#include "storage/sqldialect.h"

namespace waymark {

namespace {

class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QStringList sessionSetup() const override {
        return {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            // FULL: a committed save survives power loss, not only a crash of Waymark.
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            // 32 MB of page cache (the default is 2 MB): the case-list search scans the people index.
            QStringLiteral("PRAGMA cache_size = -32768"),
        };
    }
    QString expandDdl(const QString& ddl) const override {
        QString out = ddl;
        out.replace(QStringLiteral("{PK}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QStringLiteral("{TEXT}"), QStringLiteral("TEXT"));
        out.replace(QStringLiteral("{INT}"), QStringLiteral("INTEGER"));
        out.replace(QStringLiteral("{BOOL}"), QStringLiteral("INTEGER"));
        out.replace(QStringLiteral("{REAL}"), QStringLiteral("REAL"));
        out.replace(QStringLiteral("{TIMESTAMP}"), QStringLiteral("TEXT")); // ISO 8601 UTC, "...Z"
        out.replace(QStringLiteral("{DATE}"), QStringLiteral("TEXT"));      // ISO 8601 yyyy-MM-dd
        out.replace(QStringLiteral("{BLOB}"), QStringLiteral("BLOB"));
        return out;
    }
    QString caseInsensitiveLike() const override { return QStringLiteral("LIKE"); }
    QString returningIdClause() const override { return QString(); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::sqlite() {
    return std::make_unique<SqliteDialect>();
}

QString escapeLikePattern(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace waymark
