#include "lift/payments.h"

#include "access/accesspolicy.h"
#include "lift/financerepository.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace waymark {

namespace {

QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}

QString shownDate(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString formatPounds(qint64 pence) {
    const QString sign = pence < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = pence < 0 ? -pence : pence;
    return sign + QStringLiteral("\u00a3") +
           QLocale(QLocale::English, QLocale::UnitedKingdom).toString(abs / 100) +
           QStringLiteral(".%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

qint64 sessionPayPence(int minutes, qint64 hourlyPence) {
    // Whole numbers throughout: half a penny rounds up, as a payroll clerk would.
    const qint64 product = qint64(minutes) * hourlyPence;
    return (product + 30) / 60;
}

qint64 mileagePayPence(double miles, qint64 pencePerMile) {
    // Miles are recorded to at most two decimals; counting hundredths of a mile avoids binary
    // fractions (10.1 x 45 would otherwise come to 454.4999...).
    const qint64 hundredths = std::llround(miles * 100.0);
    return (hundredths * pencePerMile + 50) / 100;
}

Result<FormPayment> calculatePayment(const FinanceForm& form, const std::vector<LiftRate>& rates) {
    FormPayment out;
    for (const FinanceSession& s : form.sessions) {
        const auto rate = rateInForce(rates, QStringLiteral("hourly"), s.date);
        if (!rate)
            return Result<FormPayment>::failure(
                Lift::tr("No hourly rate is in force on %1: set one from that date or earlier.")
                    .arg(shownDate(s.date)));
        SessionPay pay;
        pay.session = s;
        pay.hourlyRatePence = rate->pence;
        pay.payPence = sessionPayPence(s.minutes, rate->pence);
        pay.exempt = s.childAccommodated;
        out.minutes += s.minutes;
        (pay.exempt ? out.exemptPence : out.taxablePence) += pay.payPence;
        out.sessions.push_back(pay);
    }
    if (form.mileageMiles > 0) {
        // One mileage form per month: the rate of the month's last day applies to all of it.
        const QDate lastDay = form.month.isValid() ? form.month.addMonths(1).addDays(-1) : QDate();
        const auto rate = rateInForce(rates, QStringLiteral("mileage"), lastDay);
        if (!rate)
            return Result<FormPayment>::failure(
                Lift::tr("No mileage rate is in force on %1: set one from that date or earlier.")
                    .arg(shownDate(lastDay)));
        out.mileageRatePence = rate->pence;
        out.mileagePence = mileagePayPence(form.mileageMiles, rate->pence);
    }
    return out;
}

Result<std::vector<OverdueFinanceMonth>> overdueFinanceMonths(const Database& db, const QDate& today) {
    using Out = std::vector<OverdueFinanceMonth>;
    if (Status s = access::require(db, access::Action::WorkWithCases); !s)
        return s;
    QVariantList bindings;
    const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("r.family_id"), bindings);
    // The work starts at the agreement meeting: before it there is nothing to claim.
    auto q = db.run(
        QStringLiteral("SELECT r.id, r.family_id, (SELECT f.name FROM families f WHERE f.id = r.family_id), "
                       "(SELECT MIN(m.held_on) FROM lift_meetings m WHERE m.referral_id = r.id "
                       "AND m.kind = 'agreement'), "
                       "(SELECT c.closed_on FROM lift_closures c WHERE c.referral_id = r.id) "
                       "FROM lift_referrals r WHERE EXISTS (SELECT 1 FROM lift_links l WHERE "
                       "l.referral_id = r.id) AND EXISTS (SELECT 1 FROM lift_meetings m WHERE "
                       "m.referral_id = r.id AND m.kind = 'agreement') AND %1 ORDER BY r.id")
            .arg(visible),
        bindings, "listing overdue LIFT finance forms");
    if (!q)
        return q.status();
    struct Span {
        qint64 referralId, familyId;
        QString familyName;
        QDate first, last;
    };
    std::vector<Span> spans;
    const QDate lastComplete = firstOfMonth(today).addMonths(-1);
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        const QDate agreed = dateFromText(query.value(3).toString());
        const QDate closed = dateFromText(query.value(4).toString());
        if (!agreed.isValid())
            continue;
        QDate last = lastComplete;
        if (closed.isValid() && firstOfMonth(closed) < last)
            last = firstOfMonth(closed);
        spans.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                         firstOfMonth(agreed), last});
    }
    // Months that have a form past draft, per referral (a change of mentor can give two forms).
    std::map<qint64, std::set<QDate>> claimed;
    auto forms =
        db.run(QStringLiteral("SELECT referral_id, month FROM lift_finance_forms WHERE status <> 'draft'"),
               {}, "listing overdue LIFT finance forms");
    if (!forms)
        return forms.status();
    QSqlQuery fq = std::move(forms).value();
    while (fq.next())
        claimed[fq.value(0).toLongLong()].insert(firstOfMonth(dateFromText(fq.value(1).toString())));

    Out out;
    for (const Span& s : spans)
        for (QDate m = s.first; m <= s.last; m = m.addMonths(1))
            if (!claimed[s.referralId].count(m))
                out.push_back({s.referralId, s.familyId, m, s.familyName});
    std::stable_sort(out.begin(), out.end(), [](const OverdueFinanceMonth& a, const OverdueFinanceMonth& b) {
        return a.month < b.month;
    });
    return out;
}

} // namespace waymark
