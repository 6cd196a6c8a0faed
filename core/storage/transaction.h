#pragma once

#include "util/result.h"

namespace waymark {

class Database;

// One user action, one transaction: begin on construction, roll back on destruction unless
// commit() succeeded. Nested guards join the outermost transaction; if an inner guard is
// abandoned, the outer commit fails, so a half-done save can never be committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& beginError() const { return m_beginError; }
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_outermost = false;
    QString m_beginError;
};

} // namespace waymark
