#include "lift/financetotals.h"

#include "lift/financerepository.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdlib>

namespace waymark {

namespace {

// x * rate / divisor to the nearest penny, halves rounded up (as payments.h does).
qint64 roundedShare(qint64 amount, qint64 rate, qint64 divisor) {
    return (amount * rate * 2 + divisor) / (divisor * 2);
}

} // namespace

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
        const qint64 pay = roundedShare(s.minutes, rate->pence, 60);
        (s.childAccommodated ? t.exemptPence : t.taxablePence) += pay;
    }
    if (form.month.isValid() && form.mileageMiles > 0) {
        const QDate lastDay = form.month.addMonths(1).addDays(-1);
        if (const auto rate = rateInForce(rates, QStringLiteral("mileage"), lastDay)) {
            t.mileageRatePence = rate->pence;
            const auto hundredths = qint64(std::llround(form.mileageMiles * 100));
            t.mileagePence = roundedShare(hundredths, rate->pence, 100);
        } else if (!t.missingRateOn.isValid()) {
            t.missingRateOn = lastDay;
        }
    }
    return t;
}

QString formatPence(qint64 pence) {
    const QString sign = pence < 0 ? QStringLiteral("-") : QString();
    pence = std::abs(pence);
    return QStringLiteral("%1\u00a3%2.%3")
        .arg(sign)
        .arg(pence / 100)
        .arg(pence % 100, 2, 10, QLatin1Char('0'));
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
