#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

namespace waymark {

// One attempt to reach a family that has not yet engaged (seed 003, section 5), as logged on the
// family's Early Help tab (table eh_contact_attempts; earlyhelp/contactrepository.h). The checks
// below read only `at` and `method`.
struct ContactAttempt {
    QDateTime at;   // local wall-clock time of the attempt (stored "yyyy-MM-ddTHH:mm")
    QString method; // vocab::ehContactMethod(): "phone", "text", "cold_call" (calling card left),
                    // "letter" (10 days to reply), "via_referrer", "via_school"
    qint64 id = 0;
    qint64 involvementId = 0; // the Early Help involvement (brief, targeted or intensive)
    qint64 familyId = 0;      // set by storage from the involvement
    QString outcome;          // vocab::ehContactOutcome(); "engaged" starts the engagement
    QDate replyBy;            // the date a calling card or letter asks the family to reply by
    QString note;
    qint64 workerId = 0; // who made the attempt; storage sets the signed-in worker when 0

    bool familyEngaged() const { return outcome == QLatin1String("engaged"); }
};

// The guidance's minimum standards, checked live as attempts are logged, for the service the
// family is allocated to ("early_help_brief", "early_help_targeted", "early_help_intensive").
struct ContactStandard {
    QString key;         // "phone", "text", "cold_call", "letter", "three_weeks", "referrer", "school"
    QString requirement; // the standard in words
    QString progress;    // what the log shows so far, e.g. "3 of 5 calls, 2 times of day, 2 weeks"
    bool met = false;
    bool advisory = false; // "where practical" / "where appropriate": shown, never blocking
};

struct ContactStandardsCheck {
    std::vector<ContactStandard> standards;
    bool allRequiredMet() const;
};

// `oneOrTwoSessions`: the three-week span does not apply to a 1 or 2 session intervention.
ContactStandardsCheck checkContactStandards(const std::vector<ContactAttempt>& attempts,
                                            const QString& service, bool oneOrTwoSessions = false);

} // namespace waymark
