#pragma once

#include "lift/liftrecords.h"

#include <optional>
#include <vector>

namespace waymark {

// The running totals shown on the finance form while it is filled in. This mirrors
// calculatePayment() of lift/payments.h (branch lift-stats): each session at the hourly rate in
// force on its own date, exempt while the child was accommodated by a foster carer, mileage at the
// rate in force on the month's last day with no 3-mile deduction. Once payments.h is on main this
// should call it instead.
struct FinanceTotals {
    int minutes = 0;
    qint64 exemptPence = 0;
    qint64 taxablePence = 0;
    qint64 mileageRatePence = 0;
    qint64 mileagePence = 0;
    QDate missingRateOn; // a date with no hourly (or mileage) rate in force: totals incomplete

    qint64 totalPence() const { return exemptPence + taxablePence + mileagePence; }
};

FinanceTotals financeTotals(const FinanceForm& form, const std::vector<LiftRate>& rates);

// "£12.50"
QString formatPence(qint64 pence);
// "2:30"
QString formatMinutes(int minutes);
// A session's length as typed: "1:30", "1.5", "2" (hours). nullopt when not understood.
std::optional<int> parseSessionMinutes(const QString& text);

} // namespace waymark
