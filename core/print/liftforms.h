#pragma once

#include "lift/liftrecords.h"
#include "lift/payments.h"
#include "print/pdfreport.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace waymark {

// The LIFT project's paper forms (seed 000), as HTML for writePdf(): the agreement form and the
// review form (section 3), the closure summary, the monthly finance form (section 4) and the
// coordinator's team-brief agenda (section 2). Every stored field is HTML-escaped. None of them
// can print a buddy code word: no function here is ever given one.

// Names the records only hold as ids, looked up by the caller.
struct LiftFormNames {
    QString familyName;
    QString mentorName;
    QString recordedByName; // the worker who recorded the meeting (the mentor's SSW, usually)
};

QString liftAgreementHtml(const LiftMeeting& meeting, const LiftReferral& referral,
                          const LiftFormNames& names);
QString liftReviewHtml(const LiftMeeting& meeting, const LiftReferral& referral, const LiftFormNames& names);

// `startedOn`: when the mentor's work began (the first link), for the length of the involvement.
QString liftClosureHtml(const LiftClosure& closure, const LiftReferral& referral, const LiftFormNames& names,
                        const QDate& startedOn);

// `pay`: the form's payment worked out by lift/payments.h (rates in force on each session date).
QString liftFinanceHtml(const FinanceForm& form, const LiftFormNames& names, const FormPayment& pay);

// One unmatched referral on the coordinator's team-brief agenda, with the mentors the matching
// engine suggested (already worked out, at most 3 are printed).
struct TeamBriefSuggestion {
    QString mentorName;
    QString reasons; // "Lives 3 miles away; offers day respite; 6 hours free"
};
struct TeamBriefItem {
    QString familyName;
    QString locality;
    QString aim; // vocab::liftAim() code
    QDate referralDate;
    int daysWaiting = 0;
    std::vector<TeamBriefSuggestion> suggestions;
};
QString liftTeamBriefHtml(const std::vector<TeamBriefItem>& items, const QDate& on);

// The running header of a LIFT printout: the form's title, the family (when there is one), who
// printed it and when.
PdfHeader liftPdfHeader(const QString& title, const QString& familyName, const QString& printedBy,
                        const QDateTime& printedAt);

} // namespace waymark
