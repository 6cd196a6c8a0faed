#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

// Monthly LIFT finance forms with their sessions, and the rates they are paid at. Payment
// arithmetic lives in lift/payments.h; this class only stores.
class FinanceRepository {
public:
    explicit FinanceRepository(Database& db)
        : m_db(db) {}

    // Validates, then writes the form and replaces its sessions in one transaction. A form that has
    // been paid can no longer change.
    Status saveForm(FinanceForm& form);
    Result<FinanceForm> form(qint64 id) const;
    std::vector<FinanceForm> formsForReferral(qint64 referralId) const; // by month
    Status removeForm(qint64 id);                                       // drafts only

    // Rates: each kind has a list of amounts from dates on. The one in force on a date is the
    // latest that starts on or before it.
    std::vector<LiftRate> rates(const QString& kind = QString()) const; // by kind, then date
    Status saveRate(LiftRate& rate);                                    // coordinators and managers
    std::optional<LiftRate> rateOn(const QString& kind, const QDate& date) const;

private:
    Database& m_db;
};

// The rate in force on `date` from a list (any order); nullopt before the first.
std::optional<LiftRate> rateInForce(const std::vector<LiftRate>& rates, const QString& kind,
                                    const QDate& date);

} // namespace waymark
