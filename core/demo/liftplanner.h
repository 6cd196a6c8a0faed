#pragma once

#include "demo/casehistory.h"
#include "demo/demorandom.h"
#include "demo/familymaker.h"
#include "domain/caseevent.h"
#include "domain/involvement.h"
#include "lift/liftrecords.h"

#include <QDate>

#include <optional>
#include <vector>

namespace waymark::demo {

// A fictional LIFT mentor (a foster carer in a Lancashire town) with the buddy's code word, which
// the writer stores apart from the mentor exactly as MentorRepository::setCodeWord does.
struct DemoMentor {
    Mentor mentor;
    QString codeWord;
    QString team; // the LIFT team whose families the mentor usually works with
};

// How many mentors a demo of `families` families has in all: about 20 per 2,000 families (the
// procedure's "LIFT mentor spreadsheet" of one county), never fewer than 8.
int demoMentorTarget(int families);

// Mentor number `index` of a seed, drawn from its own stream so that adding mentors later continues
// the list instead of repeating it. The supervising social worker is one of `ssws` (same team
// first); `ssws` must not be empty.
DemoMentor makeDemoMentor(quint32 seed, int index, const std::vector<DemoWorker>& ssws);

// The team a mentor's locality (their town) belongs to, for mentors read back from an earlier run.
QString demoMentorTeam(const QString& locality);

// A mentor the planner may link: stored id, team, and what the agreement needs to know.
struct MentorChoice {
    qint64 id = 0;
    QString team;
    qint64 sswWorkerId = 0;
    int fosterChildrenAtHome = 0;
    int currentFamilies = 0; // open cases linked so far: new work goes to the least busy
};

// Everything the LIFT screens would have stored for one LIFT involvement. Ids are left at 0 and
// mentors are the MentorChoice ids.
struct PlannedLift {
    LiftReferral referral;
    std::vector<MentorLink> links;
    std::vector<LiftMeeting> meetings;
    std::optional<LiftClosure> closure;
    std::vector<FinanceForm> forms;
};

// Plans the referral and its records from the stored LIFT involvement and the events already
// planned for it (planEvents), so that both agree: the agreement meeting on its event's date, the
// review on the scheduled date, one finance form per finance-form event. `events` is updated with
// what the repositories would have recorded too (each meeting's review date, further reviews, the
// closure and its one-year follow-up) and loses finance-form events no form stands for; it stays in
// date order. Every date lies on or before yesterday, except review dates still to come. An open
// case's mentor is the least busy one nearby, and counts it in `currentFamilies`.
PlannedLift planLift(DemoRandom& rng, const DemoFamily& family, const Involvement& involvement,
                     const QString& aim, std::vector<MentorChoice>& mentors,
                     std::vector<RecordedEvent>& events, const QDate& today);

} // namespace waymark::demo
