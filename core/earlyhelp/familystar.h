#pragma once

#include "earlyhelp/ehforms.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

// What the Family Star readings of one piece of work add up to: the chart's lines, the case
// summary's distance-travelled table, and the payment-by-results indicator (seed 003, sections 14,
// 23 and 25). Pure functions of approved forms: callers pass EhFormRepository::approved().

// One line on the star chart: one reading's 10 scores, in vocab::starArea() order (0 = not scored).
struct StarLine {
    QString label; // "Assessment 24/03/2015", "Review 2, family's view", ...
    QDate on;
    QString kind;        // star_assessment | star_review
    QString perspective; // vocab::starPerspective()
    std::vector<int> scores;
};

// The assessment and the latest review (their main readings: EhForm::mainReading), or with
// `everyReading` every reading of every form in date order, including a family's own view kept
// after a disagreement.
std::vector<StarLine> starChartLines(const std::vector<EhForm>& approvedStarForms, bool everyReading);

// Section 14's "distance travelled": each area's score at assessment and at the latest review.
struct DistanceRow {
    QString area;
    int atAssessment = 0; // 0: not scored
    int atLatestReview = 0;
    int change() const { return atAssessment && atLatestReview ? atLatestReview - atAssessment : 0; }
};
struct DistanceTravelled {
    QDate assessedOn;
    QDate reviewedOn; // invalid: no approved review yet
    std::vector<DistanceRow> rows;
};
std::optional<DistanceTravelled> distanceTravelled(const std::vector<EhForm>& approvedStarForms);

// Payment by results. Section 25 takes "7-8 or more" as sustained and significant progress; the
// indicator uses 7. Each headline applies when the assessment showed the need (below the
// threshold there, or school attendance under 90%); the family qualifies when every headline that
// applied is met at the latest approved review. The employment "trump card" is tracked with the
// DWP by the back office and is not part of this.
constexpr int kPbrThreshold = 7;
constexpr double kPbrAttendance = 90.0;

struct PbrHeadline {
    QString key;         // children_need_help, worklessness, domestic_abuse, health, school_attendance
    QString title;       // in words
    QString requirement; // the threshold in words
    bool applies = false;
    bool met = false;
    QString reason; // why it applies or not, and why it is met or not, with the scores
};
struct PbrResult {
    bool qualifies = false;
    QString reason; // one sentence for the whole family
    std::vector<PbrHeadline> headlines;
};
// School attendance is the lowest among the family's school-age children, in percent, as each
// form records it (recordedAttendance); not recorded means no child of school age or not known.
PbrResult paymentByResults(const std::vector<EhForm>& approvedStarForms);

// The school attendance a Family Star form records ("school_attendance" section), if any.
std::optional<double> recordedAttendance(const EhForm& form);

} // namespace waymark
