#pragma once

#include "demo/demorandom.h"
#include "demo/familymaker.h"
#include "domain/caseevent.h"
#include "domain/involvement.h"

#include <QDate>

#include <vector>

namespace waymark::demo {

// The events a stored involvement's work would have recorded, using the rule book's event kinds
// (resources/rules/events.json), so that the demo's deadline lists look like a real team's: most
// timescales met, some late, a few missing. Early Help: referral, allocation, engagement,
// assessment, plan and reviews, case summaries; LIFT: the agreement meeting, the review date set
// there, the review and monthly finance forms, and now and then a child becoming cared for;
// Families First: the referral and its same-day contacts; and for some intensive and Families
// First cases a strategy meeting, with a conference, core groups and visits for some of those.
// Needs the family's and involvement's ids and the children's person ids. Every date lies on or
// before yesterday, except the dates of planned kinds (lift_review_scheduled, closure_planned).
std::vector<RecordedEvent> planEvents(DemoRandom& rng, const DemoFamily& family,
                                      const Involvement& involvement, const QDate& today);

} // namespace waymark::demo
