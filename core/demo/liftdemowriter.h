#pragma once

#include "lift/liftrecords.h"
#include "util/result.h"

#include <QSqlQuery>

namespace waymark {

class Database;

namespace demo {

// Writes the demo's LIFT records with statements prepared once, like DemoWriter: the same columns
// and stored forms as MentorRepository, LiftRepository and FinanceRepository write, inside the
// caller's transaction and bulk audit entry. The code word goes to its own table, as
// MentorRepository::setCodeWord puts it; the bulk entry never names it.
class LiftDemoWriter {
public:
    explicit LiftDemoWriter(Database& db);

    Status prepare();
    Result<qint64> insertMentor(const Mentor& mentor);
    Status insertCodeWord(qint64 mentorId, const QString& word);
    Result<qint64> insertReferral(const LiftReferral& referral);
    Result<qint64> insertLink(const MentorLink& link);
    Result<qint64> insertMeeting(const LiftMeeting& meeting);
    Result<qint64> insertClosure(const LiftClosure& closure);
    Result<qint64> insertForm(const FinanceForm& form); // with its sessions

private:
    Result<qint64> exec(QSqlQuery& query, const char* what);

    QString m_now;
    QSqlQuery m_mentor;
    QSqlQuery m_codeWord;
    QSqlQuery m_referral;
    QSqlQuery m_link;
    QSqlQuery m_meeting;
    QSqlQuery m_closure;
    QSqlQuery m_form;
    QSqlQuery m_session;
};

} // namespace demo
} // namespace waymark
