#pragma once

#include "access/account.h"
#include "util/result.h"
#include "validation/validationissue.h"

#include <optional>
#include <vector>

namespace waymark {

class Database;

// Accounts as stored in the database (schema v7). Only the sign-in code and the administrator's
// screens and commands use it; checking who may change accounts is accesspolicy's job.
class AccountRepository {
public:
    explicit AccountRepository(Database& db)
        : m_db(db) {}

    static std::vector<ValidationIssue> validate(const Account& account);
    static QString normaliseUsername(const QString& username);

    Status save(Account& account); // insert when id == 0
    std::optional<Account> byUsername(const QString& username) const;
    std::optional<Account> byId(qint64 id) const;
    std::optional<Account> byWorker(qint64 workerId) const;
    std::vector<Account> all() const;
    int count() const;

private:
    Database& m_db;
};

} // namespace waymark
