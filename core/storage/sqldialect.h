#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace waymark {

// Everything that differs between SQL engines lives here, so that a PostgreSQL team server needs
// a second dialect, not a rewrite of the repositories. Repositories write portable SQL (the subset
// SQLite 3.15 and PostgreSQL share) and ask the dialect for the rest.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    virtual QString driverName() const = 0;
    // Statements run on every new connection (SQLite PRAGMAs; session settings on a server).
    virtual QStringList sessionSetup() const = 0;
    // Replaces the type tokens used by migrations: {PK} {TEXT} {INT} {BOOL} {TIMESTAMP} {DATE} {BLOB}.
    virtual QString expandDdl(const QString& ddl) const = 0;
    // Case-insensitive LIKE with '\' as the escape character.
    virtual QString caseInsensitiveLike() const = 0;
    // Appended to an INSERT to return the new row's id; empty when the driver reports lastInsertId.
    virtual QString returningIdClause() const = 0;
    // Starts a write transaction that holds the write lock from the start, so that two programs
    // on one file cannot both read the audit chain's head and then both append to it.
    virtual QString beginWriteTransaction() const = 0;

    static std::unique_ptr<SqlDialect> sqlite();
};

// Escapes % _ and \ so user text can sit inside a LIKE pattern.
QString escapeLikePattern(const QString& text);

} // namespace waymark
