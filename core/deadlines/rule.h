#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark {

enum class OffsetUnit { Hours, Days, WorkingDays, Weeks, Months, YearsMonths };

// How far the due date lies from the starting event. For YearsMonths (ages) `years` and `months`
// are used and `amount` is ignored; for every other unit only `amount` is used.
struct Offset {
    int amount = 0;
    OffsetUnit unit = OffsetUnit::Days;
    int years = 0;
    int months = 0;
};

// When a rule applies to a case. An empty list means "any". Service, intervention and age are met
// when the case does not state them, so a missing fact never hides a deadline; placement type and
// prioritisation outcome pick out special cases and must be stated to match.
struct RuleConditions {
    QStringList services;
    QStringList interventions;
    QStringList placementTypes;
    QStringList ehOutcomes;
    std::optional<bool> caredFor;
    int minAgeYears = -1; // inclusive, the child's age on the date of the starting event
    int maxAgeYears = -1; // inclusive
    // Time since the latest `sinceEvent` on or before the starting event (private fostering: the first
    // year after notification). With no such event recorded the condition holds, as for a missing age.
    QString sinceEvent;
    int sinceMinMonths = -1;   // holds from that event + N months on
    int sinceUnderMonths = -1; // holds before that event + N months
    // Holds only when one of these events is recorded (for an unborn child: during the pregnancy, the
    // 40 weeks before the expected date). It gates the pre-birth timescales, which apply only once the
    // pre-birth pathway has begun, not to every pregnancy in every family.
    QStringList recorded;
};

// A rule whose offset depends on the case (eh.review: 6 weeks targeted, 12 weeks intensive).
// The first variant whose conditions hold gives the offset; none holding means the rule does not apply.
struct RuleVariant {
    RuleConditions conditions;
    Offset offset;
};

inline const QString& childDobKind() {
    static const QString kind = QStringLiteral("child_dob");
    return kind;
}

// Pre-birth timescales count from the unborn child's expected date of delivery (a fact, not an event).
inline const QString& expectedBirthKind() {
    static const QString kind = QStringLiteral("expected_birth");
    return kind;
}

// Rules run once per child (or unborn child) by the deadline service rather than once per case.
inline bool isPersonRule(const QStringList& starts) {
    return starts.contains(childDobKind()) || starts.contains(expectedBirthKind());
}

struct Rule {
    QString id;
    QString title;
    QString source;     // seed file and section heading
    QStringList starts; // event kinds, or child_dob for ages
    Offset offset;
    bool before = false;
    bool recurs = false;
    QString satisfiedBy; // empty: nothing recorded can meet it
    QStringList ends;    // an event after the start that makes the rule stop applying
    RuleConditions conditions;
    std::vector<RuleVariant> variants;
    QString leadRole;
    QString note;
    QString file;       // where it was read from, for errors and review
    bool local = false; // from an authority's override file ("origin": "local")
    bool replacesBuiltIn = false;
};

} // namespace waymark
