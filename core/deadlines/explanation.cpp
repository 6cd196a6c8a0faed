#include "deadlines/explanation.h"

#include "util/trcontext.h"

namespace waymark {

namespace {

// Spelt out rather than "%n day(s)": the English source must read well without a translation file.
QString count(int n, const char* one, const char* many) {
    return n == 1 ? Deadlines::tr(one) : Deadlines::tr(many).arg(n);
}

} // namespace

QString describeOffset(const Offset& offset) {
    switch (offset.unit) {
    case OffsetUnit::Hours:
        return count(offset.amount, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 hour"),
                     QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 hours"));
    case OffsetUnit::Days:
        return count(offset.amount, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 day"),
                     QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 days"));
    case OffsetUnit::WorkingDays:
        return count(offset.amount, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 working day"),
                     QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 working days"));
    case OffsetUnit::Weeks:
        return count(offset.amount, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 week"),
                     QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 weeks"));
    case OffsetUnit::Months:
        return count(offset.amount, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 month"),
                     QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 months"));
    case OffsetUnit::YearsMonths: {
        const QString years = count(offset.years, QT_TRANSLATE_NOOP("waymark::Deadlines", "1 year"),
                                    QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 years"));
        if (offset.months == 0)
            return years;
        return Deadlines::tr("%1 %2").arg(years, count(offset.months,
                                                       QT_TRANSLATE_NOOP("waymark::Deadlines", "1 month"),
                                                       QT_TRANSLATE_NOOP("waymark::Deadlines", "%1 months")));
    }
    }
    return QString();
}

QString explainDeadline(const Deadline& d, const RuleBook& book) {
    const Rule& rule = *d.rule;
    QString sentence;
    const bool zero = d.offset.unit != OffsetUnit::YearsMonths && d.offset.amount == 0;
    if (d.startKind == childDobKind())
        sentence =
            Deadlines::tr("%1 (rule %2) is due %3, when the child is %4 (date of birth %5)")
                .arg(rule.title, rule.id, d.originalDue.toIso(), describeOffset(d.offset), d.start.toIso());
    else if (zero)
        sentence = Deadlines::tr("%1 (rule %2) is due %3, the same day as %4 on %5")
                       .arg(rule.title, rule.id, d.originalDue.toIso(), book.eventLabel(d.startKind),
                            d.start.toIso());
    else
        sentence = (rule.before ? Deadlines::tr("%1 (rule %2) is due %3, %4 before %5 on %6")
                                : Deadlines::tr("%1 (rule %2) is due %3, %4 after %5 on %6"))
                       .arg(rule.title, rule.id, d.originalDue.toIso(), describeOffset(d.offset),
                            book.eventLabel(d.startKind), d.start.toIso());
    if (rule.recurs)
        sentence += Deadlines::tr(" (the latest one; it recurs)");
    if (!d.skipped.empty()) {
        QStringList days;
        for (const BankHoliday& h : d.skipped)
            days << Deadlines::tr("%1 %2").arg(h.title, h.date.toString(Qt::ISODate));
        sentence += (days.size() == 1 ? Deadlines::tr(", skipping the bank holiday %1")
                                      : Deadlines::tr(", skipping the bank holidays %1"))
                        .arg(days.join(QStringLiteral(", ")));
    }
    if (d.extension)
        sentence +=
            Deadlines::tr("; extended to %1 by %2: %3")
                .arg(d.due.toIso(),
                     d.extension->grantedBy.isEmpty() ? Deadlines::tr("a manager") : d.extension->grantedBy,
                     d.extension->reason);
    if (d.doneAt)
        sentence +=
            d.status == DeadlineStatus::Met
                ? Deadlines::tr("; met by %1 on %2").arg(book.eventLabel(rule.satisfiedBy), d.doneAt->toIso())
                : Deadlines::tr("; done late, %1 on %2")
                      .arg(book.eventLabel(rule.satisfiedBy), d.doneAt->toIso());
    if (rule.local)
        sentence += rule.replacesBuiltIn ? Deadlines::tr(" [local override from %1]").arg(rule.file)
                                         : Deadlines::tr(" [local rule from %1]").arg(rule.file);
    return sentence + QLatin1Char('.');
}

} // namespace waymark
