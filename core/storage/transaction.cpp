#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace waymark {

Transaction::Transaction(Database& db)
    : m_db(db) {
    if (m_db.transactionDepth() == 0) {
        auto begun = m_db.run(m_db.dialect().beginWriteTransaction(), {}, "starting a transaction");
        if (!begun) {
            m_beginError = Storage::tr("Could not start a transaction: %1").arg(begun.error());
            return;
        }
        m_outermost = true;
        m_db.rollbackOnly() = false;
    }
    ++m_db.transactionDepth();
    m_active = true;
}

Transaction::~Transaction() {
    if (!m_active)
        return;
    --m_db.transactionDepth();
    if (m_outermost)
        m_db.connection().rollback();
    else
        m_db.rollbackOnly() = true;
}

Status Transaction::commit() {
    if (!m_active)
        return Status::failure(m_beginError.isEmpty() ? QStringLiteral("transaction is not active")
                                                      : m_beginError);
    m_active = false;
    --m_db.transactionDepth();
    if (!m_outermost)
        return Status::ok();
    if (m_db.rollbackOnly()) {
        m_db.connection().rollback();
        return Status::failure(Storage::tr("Nothing was saved: part of the change failed."));
    }
    if (!m_db.connection().commit()) {
        const QString error = m_db.connection().lastError().text();
        m_db.connection().rollback();
        return Status::failure(Storage::tr("Nothing was saved: %1").arg(error));
    }
    return Status::ok();
}

} // namespace waymark
