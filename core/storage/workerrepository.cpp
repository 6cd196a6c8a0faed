#include "storage/workerrepository.h"

#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {
const QString kColumns = QStringLiteral("id, name, role, team, email, phone, active");

Worker readWorker(const QSqlQuery& q) {
    Worker w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.role = q.value(2).toString();
    w.team = q.value(3).toString();
    w.email = q.value(4).toString();
    w.phone = q.value(5).toString();
    w.active = q.value(6).toBool();
    return w;
}
} // namespace

Status WorkerRepository::save(Worker& worker) {
    if (auto issues = validateWorker(worker); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    Transaction tx(m_db);
    const std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("name"), worker.name.trimmed()},   {QStringLiteral("role"), worker.role},
        {QStringLiteral("team"), worker.team.trimmed()},   {QStringLiteral("email"), worker.email.trimmed()},
        {QStringLiteral("phone"), worker.phone.trimmed()}, {QStringLiteral("active"), worker.active ? 1 : 0},
    };
    if (worker.id == 0) {
        auto id = m_db.insert(QStringLiteral("workers"), columns, "saving the worker");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        worker.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("workers"), worker.id, columns, "saving the worker"); !s)
        return s;
    return tx.commit();
}

Result<Worker> WorkerRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM workers WHERE id = ?").arg(kColumns), {id},
                      "reading a worker");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<Worker>::failure(Storage::tr("There is no worker %1.").arg(id));
    return readWorker(query);
}

std::vector<Worker> WorkerRepository::all() const {
    std::vector<Worker> out;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM workers ORDER BY name, id").arg(kColumns), {},
                      "listing workers");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(readWorker(query));
    return out;
}

} // namespace waymark
