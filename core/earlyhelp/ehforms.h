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

struct EhForm {
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 involvementId = 0;
    QString kind;        // vocab::ehFormKind()
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
    std::map<QString, QString> texts;  // free-text sections by key
    std::vector<StarReading> readings; // Family Star forms only

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
