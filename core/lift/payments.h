#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace waymark {

class Database;

// Section 4 of the procedure: "paid on an hourly rate", exempt while the child is accommodated by
// the mentor or another approved foster carer, taxable before admission or after return home;
// mileage on the separate form with no 3-mile deduction; travel time never paid. Everything is in
// pence so that totals add up exactly.

// One session at the hourly rate in force on its own date (rates can change mid-month).
struct SessionPay {
    FinanceSession session;
    qint64 hourlyRatePence = 0;
    qint64 payPence = 0; // minutes x rate / 60, rounded to the nearest penny (half up)
    bool exempt = false; // = session.childAccommodated
};

struct FormPayment {
    std::vector<SessionPay> sessions;
    int minutes = 0; // session time only: travel time is not claimable
    qint64 exemptPence = 0;
    qint64 taxablePence = 0;
    qint64 mileageRatePence = 0; // in force on the last day of the form's month
    qint64 mileagePence = 0;     // every mile, no 3-mile deduction

    double hours() const { return minutes / 60.0; }
    qint64 sessionPence() const { return exemptPence + taxablePence; }
    qint64 totalPence() const { return sessionPence() + mileagePence; }
};

QString formatPounds(qint64 pence); // "£1,234.50", exact (no floating point)

// minutes x hourlyPence / 60 to the nearest penny, halves rounded up.
qint64 sessionPayPence(int minutes, qint64 hourlyPence);
// miles x pencePerMile to the nearest penny; miles are taken to two decimal places.
qint64 mileagePayPence(double miles, qint64 pencePerMile);

// The pay for one form. Fails, naming the date, when no hourly rate (or, with mileage, no mileage
// rate) is in force for a date it needs.
Result<FormPayment> calculatePayment(const FinanceForm& form, const std::vector<LiftRate>& rates);

// A complete calendar month of LIFT work without a submitted finance form.
struct OverdueFinanceMonth {
    qint64 referralId = 0;
    qint64 familyId = 0;
    QDate month; // its first day
    QString familyName;
};

// For each LIFT referral the signed-in user can see that has (or had) a mentor linked and an
// agreement meeting: every complete month from the agreement meeting's month up to the month
// before `today` (and no later than the closure's month) with no form, or only a draft, is overdue.
// Oldest first, then by referral.
Result<std::vector<OverdueFinanceMonth>> overdueFinanceMonths(const Database& db, const QDate& today);

} // namespace waymark
