#pragma once

#include "demo/demorandom.h"
#include "demo/familymaker.h"
#include "domain/casenote.h"

#include <QDate>

#include <vector>

namespace waymark::demo {

// What a piece of work is about; decides the wording of the referral and of every note.
enum class Topic {
    Routines,
    Attendance,
    Behaviour,
    ParentalWellbeing,
    DomesticAbuse,
    HousingMoney,
    ChildEmotional,
    OnlineSafety,
    YoungCarer,
    SubstanceMisuse,
    // LIFT's five project aims
    ReturnHome,
    AdoptionSupport,
    PlacementSupport,
    ChildInNeed,
    Respite,
    // Families First
    EdgeOfCare,
};

// The kinds of contact a case history is made of; each maps to one vocab::noteType() code.
enum class NoteKind {
    ReferralReceived,
    Allocation,
    NoFurtherAction,
    AcknowledgementLetter,
    FailedContact,
    PhoneCallParent,
    PhoneCallProfessional,
    TextMessage,
    Email,
    HomeVisit,
    AssessmentVisit,
    ReviewVisit,
    DirectWork,
    SchoolMeeting,
    MultiAgencyMeeting,
    OfficeVisit,
    LiftAgreement,
    MentorUpdate,
    ClosureSummary,
};

// One involvement, as the notes about it need to know it.
struct CaseContext {
    const DemoFamily* family = nullptr;
    QString service;
    QString referralSource;
    QDate referralDate;
    std::vector<Topic> topics;              // first = main reason for the referral
    const DemoMember* focusChild = nullptr; // the child the referral is mostly about
    QString workerTitle;                    // how the allocated worker signs notes: "FSW", "SSW"...
    QString closureOutcome;                 // closed involvements only
};

// The youngest age (at referral) of a child for whom work on `topic` makes sense.
int minimumAge(Topic topic);

QString referralReason(DemoRandom& rng, const CaseContext& context);
QString closureNote(DemoRandom& rng, const CaseContext& context);

// Fills the note's type, subject, template fields and the people it concerns. Contact time,
// author and ids are the caller's.
void writeNote(DemoRandom& rng, NoteKind kind, const CaseContext& context, const QDate& date, CaseNote& note);

} // namespace waymark::demo
