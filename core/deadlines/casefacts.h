#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace waymark {

// A date, or a date and wall-clock time (hour rules). Two moments compare by date alone unless
// both carry a time, because a date-only record says nothing about the hour.
struct When {
    QDate date;
    QTime time; // invalid: date only

    bool hasTime() const { return time.isValid(); }
    bool isValid() const { return date.isValid(); }
    bool operator<(const When& o) const {
        if (date != o.date)
            return date < o.date;
        return hasTime() && o.hasTime() && time < o.time;
    }
    bool operator<=(const When& o) const { return !(o < *this); }
    bool operator==(const When& o) const { return !(*this < o) && !(o < *this); }
    QString toIso() const {
        return hasTime()
                   ? date.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"))
                   : date.toString(Qt::ISODate);
    }
};

struct CaseFacts {
    QString service;      // vocab::service() code, e.g. early_help_targeted
    QString intervention; // brief | targeted | intensive; derived from an early_help_* service when empty
    QDate childDob;
    // An unborn child's expected date of delivery: the start of the "expected_birth" rules.
    QDate expectedBirth;
    std::optional<bool> caredFor; // when unset, derived from became_cared_for / ceased_cared_for events
    QString placementType;
    QString ehOutcome; // Leicestershire prioritisation outcome, "1" to "16"
};

struct CaseEvent {
    QString kind;
    When at;
};

// A manager's extension of one deadline. `due` picks the occurrence (its original due date); when
// invalid the extension applies to every occurrence of the rule (in practice the current one).
struct Extension {
    QString ruleId;
    QDate due;
    When newDue;
    QString reason;
    QString grantedBy;
};

} // namespace waymark
