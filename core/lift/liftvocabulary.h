#pragma once

#include "domain/vocabulary.h"

namespace waymark::vocab {

// The Lancashire LIFT procedure's closed lists (seed 000). Codes are stable; labels translate.
const Vocabulary& liftAim();           // the 5 project aims: every referral names one
const Vocabulary& liftSupport();       // kinds of support a mentor offers and a family needs
const Vocabulary& liftDecision();      // is the referral appropriate for LIFT
const Vocabulary& liftAttendee();      // who attended an agreement or review meeting
const Vocabulary& liftLegalOrder();    // aim 2 families: the order the child lives under
const Vocabulary& liftMeetingKind();   // agreement or review
const Vocabulary& liftFinanceStatus(); // a monthly finance form's progress
const Vocabulary& liftRateKind();      // hourly rate, mileage rate, weekly placement cost
const Vocabulary& liftCareFollowUp();  // one year on: did the child enter or return to care

} // namespace waymark::vocab
