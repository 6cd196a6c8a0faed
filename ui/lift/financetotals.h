#pragma once

#include "lift/liftrecords.h"

#include <optional>
#include <vector>

namespace waymark {

// The running totals shown on the finance form while it is filled in, with the same arithmetic as
// calculatePayment() (lift/payments.h: sessionPayPence, mileagePayPence), but forgiving: a half-typed
// form with a date that has no rate still shows what it can, and says which date lacks a rate.
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

// "2:30"
QString formatMinutes(int minutes);
// A session's length as typed: "1:30", "1.5", "2" (hours). nullopt when not understood.
std::optional<int> parseSessionMinutes(const QString& text);

} // namespace waymark
