#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace waymark {

// Early Help assessments, plans, reviews and summaries (seed 003, sections 11-14, 20) share one
// life: a worker drafts a form, submits it to the team manager, who approves it with a note or
// returns it. A submitted version never changes again: a returned or approved form is revised as
// a new version of the same series, so every version a manager saw stays readable, and only
// approved versions count in reports (the latest approved version of each series).

namespace vocab {
const Vocabulary& ehFormKind();   // star_assessment, star_review, ...
const Vocabulary& ehFormStatus(); // draft, submitted, approved, returned
const Vocabulary& starArea();     // the 10 Family Star areas, in the guidance's order
const Vocabulary& starPerspective();
const Vocabulary& planResponsible(); // worker, young_person, family, other_agency
const Vocabulary& planPriority();    // priority, not_prioritised
const Vocabulary& reviewOutcome();   // plan, close: "outcome must be plan or close" (Appendix II)
} // namespace vocab

// One Family Star area's score and words. Reviews ask "What has gone well?" and "What worries
// you?" instead of one narrative. Only the area names are used: the Outcomes Star's scale
// descriptors are a licensed publication and are not reproduced.
struct StarScore {
    QString area;  // vocab::starArea()
    int score = 0; // 1-10
    QString narrative;
    QString goneWell;
    QString worries;

    bool operator==(const StarScore& o) const {
        return area == o.area && score == o.score && narrative == o.narrative && goneWell == o.goneWell &&
               worries == o.worries;
    }
};

// One scoring of all 10 areas. `perspective`: "agreed" (worker and family together), "worker" and
// "family" (a disagreement, kept as two readings of the same form), or "worker_only" (the family
// has disengaged).
struct StarReading {
    qint64 id = 0;
    QString perspective = QStringLiteral("agreed");
    QDate scoredOn;
    QString scoredBy; // who took part in scoring, in words ("Megan and FSW")
    QString note;
    std::vector<StarScore> scores; // in vocab::starArea() order once saved

    const StarScore* find(const QString& area) const;
    int scoreOf(const QString& area) const; // 0 when not scored

    bool operator==(const StarReading& o) const {
        return id == o.id && perspective == o.perspective && scoredOn == o.scoredOn &&
               scoredBy == o.scoredBy && note == o.note && scores == o.scores;
    }
};

// Signs of Wellbeing, section one: one family member and the information-sharing explanation.
struct InfoSharingRow {
    qint64 personId = 0; // 0: someone not on the family's record
    QString name;
    QString ageOrRole; // a child's age, or an adult's role ("Mother")
    bool explained = false;
    QString comments;
    QString holdsPr; // who they hold parental responsibility for, in words; empty: none

    bool operator==(const InfoSharingRow& o) const {
        return personId == o.personId && name == o.name && ageOrRole == o.ageOrRole &&
               explained == o.explained && comments == o.comments && holdsPr == o.holdsPr;
    }
};

// One action of a plan under one Family Star heading (section 12).
struct PlanItem {
    QString area;                                       // vocab::starArea()
    QString responsibleKind = QStringLiteral("worker"); // vocab::planResponsible()
    qint64 responsibleWorkerId = 0;                     // when a Waymark worker
    QString responsibleName;                            // otherwise, in words
    QString agency;                                     // another agency's work, named
    QString doing;                                      // What are we doing?
    QString why;                                        // Why are we doing it?
    QString impact;                                     // What impact will it have?
    QString priority = QStringLiteral("priority");      // vocab::planPriority()

    bool operator==(const PlanItem& o) const {
        return area == o.area && responsibleKind == o.responsibleKind &&
               responsibleWorkerId == o.responsibleWorkerId && responsibleName == o.responsibleName &&
               agency == o.agency && doing == o.doing && why == o.why && impact == o.impact &&
               priority == o.priority;
    }
};

struct EhForm {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0;
    QString kind;        // vocab::ehFormKind()
    qint64 personId = 0; // individual monitoring: the member it is about
    qint64 seriesId = 0; // the first version's id; 0 until saved
    int version = 1;
    QString status = QStringLiteral("draft");
    QDate completedOn; // when the work it records was done (the deadline's date)
    qint64 workerId = 0;
    QDateTime submittedAt;
    qint64 submittedByWorkerId = 0;
    QDateTime decidedAt;
    qint64 decidedByWorkerId = 0;
    QString decisionNote;
    std::map<QString, QString> texts;        // free-text sections by key
    std::vector<StarReading> readings;       // Family Star forms only
    std::vector<InfoSharingRow> infoSharing; // Signs of Wellbeing only
    std::vector<PlanItem> planItems;         // plans only

    bool isDraft() const { return status == QLatin1String("draft"); }
    bool isApproved() const { return status == QLatin1String("approved"); }
    QString text(const QString& section) const;
    // The reading that speaks for the form in reports: the agreed one; after a disagreement the
    // worker's, because the guidance asks the worker for "audit ready" evidence of each score (the
    // family's view is kept beside it and drawn on the chart); else the worker-only one.
    const StarReading* mainReading() const;
};

bool isStarKind(const QString& kind);

} // namespace waymark
