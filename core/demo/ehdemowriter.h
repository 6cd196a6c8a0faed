#pragma once

#include "demo/demorandom.h"
#include "demo/familymaker.h"
#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/involvement.h"
#include "util/result.h"

#include <QSqlQuery>

#include <vector>

namespace waymark {

class Database;

namespace demo {

// The Early Help records of a demo involvement, agreeing with the case events already planned for
// it (eventplanner.cpp): attempts to contact the family up to engagement_started (the last one
// "engaged"), parental consent at the first meeting, a Family Star assessment on
// eh_assessment_completed and a review on each eh_review with scores that mostly improve (some
// reviews keep a disagreement as two readings), and a family monitoring form with each of them.
// Forms are approved by the manager who accepted the case; the newest review of an open case may
// still be a draft or with the manager. Written with prepared statements, like DemoWriter; the
// events are not written again.
class EhDemoWriter {
public:
    explicit EhDemoWriter(Database& db);
    Status prepare();
    Status write(DemoRandom& rng, const DemoFamily& family, const Involvement& involvement,
                 const std::vector<RecordedEvent>& events, const std::vector<CaseNote>& notes);
    // Each form is the first version of its own series: series_id = id, set in one statement.
    Status finish();
    int forms() const { return m_forms; }
    int attempts() const { return m_attempts; }

private:
    Status exec(QSqlQuery& q, const std::vector<QVariant>& values);
    Result<qint64> insertForm(const Involvement& inv, const QString& kind, const QString& status,
                              const QDate& on, qint64 managerId);
    Status insertText(qint64 formId, qint64 familyId, const QString& section, const QString& body);
    Status writeAttempts(DemoRandom& rng, const Involvement& inv, const QDate& engaged);
    Status writeConsent(const DemoFamily& family, const Involvement& inv, const QDate& on);
    Status writeStar(DemoRandom& rng, const Involvement& inv, const QString& kind, const QString& status,
                     const QDate& on, std::vector<int>& scores, qint64 managerId, int attendance);
    Status writeFamilyMonitoring(DemoRandom& rng, const Involvement& inv, const QDate& on, qint64 managerId);
    Status writeSignsOfWellbeing(DemoRandom& rng, const DemoFamily& family, const Involvement& inv,
                                 const QDate& on, const QDate& started, qint64 managerId);
    Status writePlansAndClosure(DemoRandom& rng, const Involvement& inv,
                                const std::vector<RecordedEvent>& events, const QDate& engaged,
                                qint64 managerId);
    Status writeCaseSummaries(DemoRandom& rng, const DemoFamily& family, const Involvement& inv,
                              const std::vector<RecordedEvent>& events, qint64 managerId);
    Status writeFamiliesFirst(DemoRandom& rng, const Involvement& inv,
                              const std::vector<RecordedEvent>& events, qint64 managerId);

    Database& m_db;
    QString m_now;
    QSqlQuery m_attempt, m_consent, m_consentChild, m_form, m_text, m_reading, m_score, m_sharing, m_planItem,
        m_requirement;
    int m_forms = 0;
    int m_attempts = 0;
    bool m_strong = false; // the current case makes strong progress
};

} // namespace demo
} // namespace waymark
