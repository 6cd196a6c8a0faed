#include "access/accountrepository.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns = QStringLiteral("id, username, display_name, role, teams, worker_id, active");

Account readAccount(const QSqlQuery& q) {
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::FamilySupportWorker);
    a.teams = q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.workerId = q.value(5).toLongLong();
    a.active = q.value(6).toBool();
    return a;
}

} // namespace

QString AccountRepository::normaliseUsername(const QString& username) {
    return username.trimmed().toLower();
}

std::vector<ValidationIssue> AccountRepository::validate(const Account& account) {
    std::vector<ValidationIssue> issues;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,39}$"));
    if (!pattern.match(normaliseUsername(account.username)).hasMatch())
        issues.push_back({QStringLiteral("username"),
                          Security::tr("A user name is 2 to 40 letters, digits, dots, dashes or underscores, "
                                       "starting with a letter or digit.")});
    if (account.displayName.trimmed().isEmpty())
        issues.push_back({QStringLiteral("displayName"), Security::tr("Give the person's name.")});
    for (const QString& team : account.teams)
        if (team.contains(QLatin1Char('\n')) || team.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("teams"), Security::tr("A team name must be one line of text.")});
    if (account.role != Role::Administrator && account.teams.isEmpty())
        issues.push_back(
            {QStringLiteral("teams"), Security::tr("Everyone except an administrator belongs to a team.")});
    return issues;
}

Status AccountRepository::save(Account& account) {
    if (auto issues = validate(account); !issues.empty()) {
        QStringList messages;
        for (const auto& issue : issues)
            messages << issue.message;
        return Status::failure(messages.join(QLatin1Char(' ')));
    }
    account.username = normaliseUsername(account.username);
    if (auto existing = byUsername(account.username); existing && existing->id != account.id)
        return Status::failure(Security::tr("There is already an account called %1.").arg(account.username));
    QStringList teams;
    for (const QString& t : account.teams)
        teams << t.trimmed();
    Transaction tx(m_db);
    const std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("username"), account.username},
        {QStringLiteral("display_name"), account.displayName.trimmed()},
        {QStringLiteral("role"), roleCode(account.role)},
        {QStringLiteral("teams"), teams.join(QLatin1Char('\n'))},
        {QStringLiteral("worker_id"), nullableId(account.workerId)},
        {QStringLiteral("active"), account.active ? 1 : 0},
        {QStringLiteral("updated_at"), m_db.nowText()},
    };
    if (account.id == 0) {
        auto withCreated = columns;
        withCreated.emplace_back(QStringLiteral("created_at"), m_db.nowText());
        auto id = m_db.insert(QStringLiteral("accounts"), withCreated, "saving the account");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        account.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("accounts"), account.id, columns, "saving the account"); !s)
        return s;
    return tx.commit();
}

std::optional<Account> AccountRepository::byUsername(const QString& username) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM accounts WHERE username = ?").arg(kColumns),
                      {normaliseUsername(username)}, "reading an account");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

std::optional<Account> AccountRepository::byId(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kColumns), {id},
                      "reading an account");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

std::optional<Account> AccountRepository::byWorker(qint64 workerId) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM accounts WHERE worker_id = ? ORDER BY id").arg(kColumns),
                      {workerId}, "reading an account");
    if (!q)
        return std::nullopt;
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

std::vector<Account> AccountRepository::all() const {
    std::vector<Account> out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM accounts ORDER BY username").arg(kColumns), {},
                      "listing accounts");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readAccount(query));
    return out;
}

int AccountRepository::count() const {
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM accounts"), {}, "counting accounts");
    if (!q)
        return 0;
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace waymark
