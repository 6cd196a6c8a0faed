#include "lift/financetotals.h"

#include "lift/financerepository.h"
#include "lift/payments.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

namespace waymark {

FinanceTotals financeTotals(const FinanceForm& form, const std::vector<LiftRate>& rates) {
    FinanceTotals t;
    for (const FinanceSession& s : form.sessions) {
        if (s.minutes <= 0)
            continue;
        t.minutes += s.minutes;
        const auto rate =
            s.date.isValid() ? rateInForce(rates, QStringLiteral("hourly"), s.date) : std::nullopt;
        if (!rate) {
            if (s.date.isValid() && !t.missingRateOn.isValid())
                t.missingRateOn = s.date;
            continue;
        }
        const qint64 pay = sessionPayPence(s.minutes, rate->pence);
        (s.childAccommodated ? t.exemptPence : t.taxablePence) += pay;
    }
    if (form.month.isValid() && form.mileageMiles > 0) {
        const QDate lastDay = form.month.addMonths(1).addDays(-1);
        if (const auto rate = rateInForce(rates, QStringLiteral("mileage"), lastDay)) {
            t.mileageRatePence = rate->pence;
            t.mileagePence = mileagePayPence(form.mileageMiles, rate->pence);
        } else if (!t.missingRateOn.isValid()) {
            t.missingRateOn = lastDay;
        }
    }
    return t;
}

QString formatMinutes(int minutes) {
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseSessionMinutes(const QString& text) {
    const QString t = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):([0-5]\\d)$"));
    if (const auto m = clock.match(t); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    static const QRegularExpression decimal(QStringLiteral("^\\d{1,2}([.,]\\d{1,2})?$"));
    if (decimal.match(t).hasMatch()) {
        QString normal = t;
        normal.replace(QLatin1Char(','), QLatin1Char('.'));
        return int(std::lround(normal.toDouble() * 60));
    }
    return std::nullopt;
}

} // namespace waymark
