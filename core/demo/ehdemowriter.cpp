#include "demo/ehdemowriter.h"

#include "earlyhelp/closure.h"
#include "earlyhelp/ehforms.h"
#include "earlyhelp/minimumrequirements.h"
#include "earlyhelp/monitoring.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace waymark::demo {

namespace {

// Invented, general words for each area: no real case is described.
const char* const kAssessment[] = {
    "Not registered with a GP since moving; meals are often skipped.",
    "Parent describes feeling low and stressed most days.",
    "Little praise at home; the children seek attention by arguing.",
    "Arguments between the adults are overheard by the children.",
    "Few friends nearby and no contact with wider family.",
    "School attendance is low and mornings are rushed.",
    "Boundaries are set but not followed through.",
    "Bedtimes vary and the family rarely eats together.",
    "No one in the household is working or looking for work.",
    "Rent arrears and letters from creditors are unopened.",
};
const char* const kGoneWell[] = {
    "Registered with the GP and the dentist.",
    "Attending a parenting group and feeling calmer.",
    "Using a reward chart; more praise at home.",
    "A safety plan is in place and followed.",
    "Joined a community group and made a friend there.",
    "Attendance is up since the alarm clock and school meeting.",
    "Consequences are followed through most days.",
    "Bedtimes are agreed and mostly kept.",
    "Booked a careers appointment.",
    "A payment plan for the arrears is agreed.",
};
const char* const kWorries[] = {
    "Keeping it going when support ends.",
    "Low mood on bad days.",
    "Evenings are still hard.",
    "Contact with the ex-partner continues.",
    "Still isolated at weekends.",
    "Lateness on Mondays.",
    "Consistency when tired.",
    "Weekend routine slips.",
    "Childcare if work is found.",
    "A missed payment would restart the eviction.",
};

const char* const kStatements[] = {
    "INSERT INTO eh_contact_attempts (involvement_id, family_id, attempted_at, method, outcome, reply_by, "
    "note, "
    "worker_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)",
    "INSERT INTO eh_consents (family_id, involvement_id, given_on, given_by_person_id, given_by_name, "
    "travel, "
    "activities, photographs, recorded_by_worker_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)",
    "INSERT INTO eh_consent_children (consent_id, family_id, person_id, health_notes, allergies, tetanus) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "INSERT INTO eh_forms (family_id, involvement_id, kind, series_id, version, status, completed_on, "
    "worker_id, "
    "submitted_at, submitted_by_worker_id, decided_at, decided_by_worker_id, decision_note, created_at, "
    "updated_at) "
    "VALUES (?, ?, ?, 0, 1, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
    "INSERT INTO eh_form_texts (form_id, family_id, section, body) VALUES (?, ?, ?, ?)",
    "INSERT INTO eh_star_readings (form_id, family_id, perspective, scored_on, scored_by, note) "
    "VALUES (?, ?, ?, ?, ?, '')",
    "INSERT INTO eh_star_scores (reading_id, family_id, area, score, narrative, gone_well, worries) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO eh_info_sharing (form_id, family_id, position, person_id, name, age_or_role, explained, "
    "comments, holds_pr) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
    "INSERT INTO eh_plan_items (form_id, family_id, area, position, responsible_kind, responsible_worker_id, "
    "responsible_name, agency, doing, why, impact, priority) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)",
    "INSERT INTO eh_minimum_requirements (involvement_id, family_id, item, status, note, updated_on) "
    "VALUES (?, ?, ?, ?, ?, ?)",
};

const char* const kLatestStatus[] = {"approved", "approved", "submitted", "draft"};
const int kHours[] = {9, 11, 13, 16, 18};
const int kMinutes[] = {0, 15, 30, 45};

// Bound as '' rather than NULL (a null QString binds as NULL; the columns are NOT NULL).
const QString kNone = QStringLiteral("");

QString stamp(const QDate& d) {
    return utcToText(QDateTime(d, QTime(16, 0), Qt::UTC));
}

} // namespace

EhDemoWriter::EhDemoWriter(Database& db)
    : m_db(db)
    , m_now(db.nowText())
    , m_attempt(db.connection())
    , m_consent(db.connection())
    , m_consentChild(db.connection())
    , m_form(db.connection())
    , m_text(db.connection())
    , m_reading(db.connection())
    , m_score(db.connection())
    , m_sharing(db.connection())
    , m_planItem(db.connection())
    , m_requirement(db.connection()) {}

Status EhDemoWriter::prepare() {
    QSqlQuery* queries[] = {&m_attempt, &m_consent, &m_consentChild, &m_form,     &m_text,
                            &m_reading, &m_score,   &m_sharing,      &m_planItem, &m_requirement};
    for (size_t i = 0; i < std::size(queries); ++i) {
        queries[i]->setForwardOnly(true);
        if (!queries[i]->prepare(QString::fromLatin1(kStatements[i])))
            return Status::failure(
                Storage::tr("Database error while %1: %2")
                    .arg(Storage::tr("writing demo data"), queries[i]->lastError().text()));
    }
    return Status::ok();
}

Status EhDemoWriter::exec(QSqlQuery& q, const std::vector<QVariant>& values) {
    for (size_t i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (!q.exec())
        return Status::failure(Storage::tr("Database error while %1: %2")
                                   .arg(Storage::tr("writing demo data"), q.lastError().text()));
    return Status::ok();
}

Status EhDemoWriter::write(DemoRandom& rng, const DemoFamily& family, const Involvement& inv,
                           const std::vector<RecordedEvent>& events, const std::vector<CaseNote>& notes) {
    qint64 manager = 0; // who accepted the case signs off its forms
    for (const CaseNote& n : notes)
        if (n.noteType == QLatin1String("manager_decision") && manager == 0)
            manager = n.authorWorkerId;
    if (inv.service == QLatin1String("families_first"))
        return writeFamiliesFirst(rng, inv, events, manager);
    if (!inv.service.startsWith(QLatin1String("early_help_")))
        return Status::ok();
    QDate engaged;
    std::vector<QDate> assessments, reviews;
    for (const RecordedEvent& e : events) {
        if (e.kind == QLatin1String("engagement_started") && !engaged.isValid())
            engaged = e.date;
        else if (e.kind == QLatin1String("eh_assessment_completed"))
            assessments.push_back(e.date);
        else if (e.kind == QLatin1String("eh_review"))
            reviews.push_back(e.date);
    }
    if (!engaged.isValid())
        return Status::ok();
    if (Status s = writeAttempts(rng, inv, engaged); !s)
        return s;
    if (Status s = writeConsent(family, inv, engaged); !s)
        return s;
    if (manager == 0)
        return Status::ok();
    // Signs of Wellbeing: with the Family Star for assessed work, the only assessment for brief work.
    const QDate sowOn = assessments.empty() ? engaged.addDays(rng.between(5, 15)) : assessments.front();
    const QDate lastDay = inv.closedOn.isValid() ? inv.closedOn : m_db.today().addDays(-1);
    if (Status s = writeSignsOfWellbeing(rng, family, inv, std::min(sowOn, lastDay), engaged, manager); !s)
        return s;
    if (Status s = writeCaseSummaries(rng, family, inv, events, manager); !s)
        return s;
    if (Status s = writePlansAndClosure(rng, inv, events, engaged, manager); !s)
        return s;
    if (assessments.empty())
        return Status::ok();
    std::vector<int> scores;
    m_strong = rng.percent(35);
    int attendance = rng.between(70, 94);
    if (Status s = writeStar(rng, inv, QStringLiteral("star_assessment"), QStringLiteral("approved"),
                             assessments.front(), scores, manager, attendance);
        !s)
        return s;
    if (Status s = writeFamilyMonitoring(rng, inv, assessments.front(), manager); !s)
        return s;
    std::sort(reviews.begin(), reviews.end());
    for (size_t i = 0; i < reviews.size(); ++i) {
        if (reviews[i] <= assessments.front())
            continue;
        // The newest review of an open case may still be with the worker or the manager.
        QString status = QStringLiteral("approved");
        if (i + 1 == reviews.size() && inv.isOpen())
            status = QString::fromLatin1(rng.pick(kLatestStatus));
        attendance = std::min(100, attendance + (m_strong ? rng.between(6, 10) : rng.between(-2, 6)));
        if (Status s = writeStar(rng, inv, QStringLiteral("star_review"), status, reviews[i], scores, manager,
                                 attendance);
            !s)
            return s;
    }
    return Status::ok();
}

Status EhDemoWriter::writeAttempts(DemoRandom& rng, const Involvement& inv, const QDate& engaged) {
    // A few tries before the family engages; the last is the one that reached them.
    const int tries = rng.between(1, 6);
    const char* methods[] = {"phone", "text", "phone", "text", "cold_call", "via_school"};
    const char* misses[] = {"no_answer", "voicemail", "sent_no_reply",
                            "no_answer", "card_left", "help_asked"};
    for (int i = 0; i < tries; ++i) {
        const bool last = i == tries - 1;
        const QDate day = last ? engaged : engaged.addDays(-(tries - 1 - i) * rng.between(1, 3));
        const int m = last ? rng.below(3) : rng.below(6);
        const QDateTime at(day, QTime(rng.pick(kHours), rng.pick(kMinutes)));
        const char* method = methods[m];
        const bool card = QLatin1String(method) == QLatin1String("cold_call");
        if (Status s =
                exec(m_attempt, {inv.id, inv.familyId, localTimeToText(at), QString::fromLatin1(method),
                                 QString::fromLatin1(last ? "engaged" : misses[m]),
                                 card && !last ? QVariant(dateToText(day.addDays(7))) : QVariant(),
                                 nullableId(inv.allocatedWorkerId), m_now, m_now});
            !s)
            return s;
        ++m_attempts;
    }
    return Status::ok();
}

Status EhDemoWriter::writeConsent(const DemoFamily& family, const Involvement& inv, const QDate& on) {
    const DemoMember* parent = nullptr;
    for (const DemoMember* m : family.householdAdults())
        if (m->membership.hasParentalResponsibility && !parent)
            parent = m;
    if (!parent)
        return Status::ok();
    if (Status s = exec(m_consent,
                        {inv.familyId, inv.id, dateToText(on), parent->person.id, parent->person.fullName(),
                         1, 1, on.day() % 3 != 0 ? 1 : 0, nullableId(inv.allocatedWorkerId), m_now, m_now});
        !s)
        return s;
    const QVariant consentId = m_consent.lastInsertId();
    for (const DemoMember& m : family.members)
        if (m.isChild && !m.person.isUnborn())
            if (Status s = exec(m_consentChild, {consentId, inv.familyId, m.person.id, kNone,
                                                 on.day() % 5 == 0 ? QStringLiteral("Penicillin") : kNone,
                                                 QStringLiteral("Up to date")});
                !s)
                return s;
    return Status::ok();
}

Result<qint64> EhDemoWriter::insertForm(const Involvement& inv, const QString& kind, const QString& status,
                                        const QDate& on, qint64 managerId) {
    const bool submitted = status != QLatin1String("draft");
    const bool decided = status == QLatin1String("approved");
    if (Status s =
            exec(m_form, {inv.familyId, inv.id, kind, status, dateToText(on),
                          nullableId(inv.allocatedWorkerId), submitted ? QVariant(stamp(on)) : QVariant(),
                          submitted ? nullableId(inv.allocatedWorkerId) : QVariant(),
                          decided ? QVariant(stamp(on.addDays(2))) : QVariant(),
                          decided ? nullableId(managerId) : QVariant(), m_now, m_now});
        !s)
        return s;
    ++m_forms;
    return m_form.lastInsertId().toLongLong();
}

Status EhDemoWriter::insertText(qint64 formId, qint64 familyId, const QString& section, const QString& body) {
    return exec(m_text, {formId, familyId, section, body});
}

Status EhDemoWriter::writeStar(DemoRandom& rng, const Involvement& inv, const QString& kind,
                               const QString& status, const QDate& on, std::vector<int>& scores,
                               qint64 managerId, int attendance) {
    const bool review = kind == QLatin1String("star_review");
    const QStringList areas = vocab::starArea().codes();
    if (scores.empty())
        for (int i = 0; i < areas.size(); ++i)
            scores.push_back(rng.between(1, 5));
    else
        for (int& s : scores)
            // -1..+2, mostly up; a family making strong progress (about a third) moves +3..+4.
            s = std::clamp(s + (m_strong ? rng.between(3, 4) : rng.weighted({1, 2, 4, 3}) - 1), 1, 10);
    auto form = insertForm(inv, kind, status, on, managerId);
    if (!form)
        return form.status();
    if (Status s =
            insertText(*form, inv.familyId, QStringLiteral("school_attendance"), QString::number(attendance));
        !s)
        return s;
    if (review)
        if (Status s = insertText(*form, inv.familyId, QStringLiteral("review_outcome"),
                                  inv.isOpen() ? QStringLiteral("plan") : QStringLiteral("close"));
            !s)
            return s;
    // About one review in eight keeps a disagreement: the family scores themselves higher.
    const bool disagree = review && rng.percent(12);
    const QString perspective = disagree ? QStringLiteral("worker") : QStringLiteral("agreed");
    if (Status s = exec(m_reading, {*form, inv.familyId, perspective, dateToText(on),
                                    QStringLiteral("Parent and family support worker")});
        !s)
        return s;
    const QVariant reading = m_reading.lastInsertId();
    for (int i = 0; i < areas.size(); ++i)
        if (Status s = exec(m_score, {reading, inv.familyId, areas[i], scores[size_t(i)],
                                      review ? kNone : QString::fromLatin1(kAssessment[i]),
                                      review ? QString::fromLatin1(kGoneWell[i]) : kNone,
                                      review ? QString::fromLatin1(kWorries[i]) : kNone});
            !s)
            return s;
    if (disagree) {
        if (Status s = exec(m_reading, {*form, inv.familyId, QStringLiteral("family"), dateToText(on),
                                        QStringLiteral("Parent and family support worker")});
            !s)
            return s;
        const QVariant family = m_reading.lastInsertId();
        for (int i = 0; i < areas.size(); ++i)
            if (Status s = exec(m_score, {family, inv.familyId, areas[i], std::min(10, scores[size_t(i)] + 2),
                                          kNone, kNone, kNone});
                !s)
                return s;
    }
    return Status::ok();
}

Status EhDemoWriter::writeFamilyMonitoring(DemoRandom& rng, const Involvement& inv, const QDate& on,
                                           qint64 managerId) {
    auto form =
        insertForm(inv, QStringLiteral("family_monitoring"), QStringLiteral("approved"), on, managerId);
    if (!form)
        return form.status();
    for (const MonitoringQuestion& q : familyMonitoringQuestions()) {
        const bool yes = rng.percent(QLatin1String(q.key).startsWith(QLatin1String("all_")) ? 70 : 35);
        if (Status s = insertText(*form, inv.familyId, answerKey(q.key),
                                  yes ? QStringLiteral("yes") : QStringLiteral("no"));
            !s)
            return s;
    }
    return Status::ok();
}

Status EhDemoWriter::writeSignsOfWellbeing(DemoRandom& rng, const DemoFamily& family, const Involvement& inv,
                                           const QDate& on, const QDate& started, qint64 managerId) {
    if (on < started)
        return Status::ok();
    // An open brief case's assessment is sometimes still with the worker or the manager.
    const QString status = inv.isOpen() && inv.service == QLatin1String("early_help_brief")
                               ? QString::fromLatin1(rng.pick(kLatestStatus))
                               : QStringLiteral("approved");
    auto form = insertForm(inv, QStringLiteral("sow_assessment"), status, on, managerId);
    if (!form)
        return form.status();
    const bool brief = inv.service == QLatin1String("early_help_brief");
    const std::pair<const char*, QString> texts[] = {
        {"started_on", dateToText(started)},
        {"intervention", inv.service},
        {"reasons", QStringLiteral("Referred by school: behaviour at home and low attendance.")},
        {"strengths", QStringLiteral("Parent loves the children and wants things to change.")},
        {"worries", QStringLiteral("Arguments most evenings; the youngest is often late for school.")},
        {"needs", QStringLiteral("Consistent routines and boundaries; a link with school.")},
        {"outcomes", QStringLiteral("Calmer evenings; the children in school on time.")},
        {"next_steps",
         brief ? QStringLiteral("Six sessions on routines and boundaries, then review with school.")
               : QStringLiteral("Family Star plan to follow.")},
        {"scale", QString::number(rng.between(2, 6))},
    };
    for (const auto& [key, value] : texts)
        if (Status s = insertText(*form, inv.familyId, QString::fromLatin1(key), value); !s)
            return s;
    int position = 0;
    for (const DemoMember& m : family.members) {
        if (m.person.isUnborn())
            continue;
        const auto age = m.person.ageInYears(on);
        const QString ageOrRole = m.isChild ? QString::number(age.value_or(0))
                                            : vocab::relationship().label(m.membership.relationship);
        const QString pr =
            m.membership.hasParentalResponsibility ? QStringLiteral("Yes: the children") : kNone;
        if (Status s = exec(m_sharing, {*form, inv.familyId, position++, m.person.id, m.person.fullName(),
                                        ageOrRole, m.isChild && age.value_or(0) < 10 ? 0 : 1, pr});
            !s)
            return s;
    }
    return Status::ok();
}

// A plan on each eh_plan event (three priorities, the other headings not prioritised currently),
// the minimum requirements checked along the way, and for closed work the closure form that
// carries them (the brief closure summary for brief work).
Status EhDemoWriter::writePlansAndClosure(DemoRandom& rng, const Involvement& inv,
                                          const std::vector<RecordedEvent>& events, const QDate& engaged,
                                          qint64 managerId) {
    struct Action {
        const char* area;
        const char* doing;
        const char* why;
        const char* impact;
    };
    static const Action kActions[] = {
        {"physical_health", "Support the family to register with a GP and a dentist.",
         "Nobody is registered since the move.", "Health problems are seen early; fewer days off school."},
        {"family_routine", "Agree bedtimes and a morning routine; buy an alarm clock.",
         "The children are late for school most days.", "Calmer mornings and better attendance."},
        {"boundaries", "Parenting group, then house rules practised at home.",
         "Consequences are not followed through.", "Consistent boundaries; fewer arguments."},
        {"home_and_money", "Contact the council about the rent arrears.", "An eviction letter has arrived.",
         "The family keeps its home; less stress."},
        {"education", "Meet the school with the parent.", "Attendance is below 90%.",
         "School and home work together on lateness."},
    };
    for (const RecordedEvent& e : events) {
        if (e.kind != QLatin1String("eh_plan"))
            continue;
        auto form = insertForm(inv, QStringLiteral("plan"), QStringLiteral("approved"), e.date, managerId);
        if (!form)
            return form.status();
        QSet<QString> chosen;
        int position = 0;
        const int first = rng.below(int(std::size(kActions)));
        for (int k = 0; k < 3; ++k) {
            const Action& a = kActions[size_t(first + k) % std::size(kActions)];
            chosen.insert(QLatin1String(a.area));
            const bool agency = QLatin1String(a.area) == QLatin1String("home_and_money");
            if (Status s =
                    exec(m_planItem, {*form, inv.familyId, QString::fromLatin1(a.area), position++,
                                      agency ? QStringLiteral("other_agency") : QStringLiteral("worker"),
                                      agency ? QVariant() : nullableId(inv.allocatedWorkerId),
                                      agency ? QStringLiteral("District council housing") : kNone,
                                      QString::fromLatin1(a.doing), QString::fromLatin1(a.why),
                                      QString::fromLatin1(a.impact), QStringLiteral("priority")});
                !s)
                return s;
        }
        for (const QString& area : vocab::starArea().codes())
            if (!chosen.contains(area))
                if (Status s = exec(m_planItem, {*form, inv.familyId, area, position++,
                                                 QStringLiteral("worker"), QVariant(), kNone, kNone, kNone,
                                                 kNone, QStringLiteral("not_prioritised")});
                    !s)
                    return s;
    }

    // The minimum requirements, checked a few weeks into the work.
    const QDate checked = std::min(engaged.addDays(rng.between(14, 40)),
                                   inv.closedOn.isValid() ? inv.closedOn : m_db.today().addDays(-1));
    std::map<QString, QString> snapshot;
    if (checked >= engaged) {
        for (const QString& item : vocab::minimumRequirement().codes()) {
            const bool health = item == QLatin1String("gp") || item == QLatin1String("dentist");
            const QString status =
                health ? (rng.percent(80) ? QStringLiteral("met") : QStringLiteral("not_met"))
                       : (rng.percent(50) ? QStringLiteral("not_applicable") : QStringLiteral("met"));
            const QString note =
                status == QLatin1String("not_applicable") ? QStringLiteral("Does not apply to this family")
                : status == QLatin1String("met")          ? QStringLiteral("Checked with the parent")
                                                          : QStringLiteral("Appointment being arranged");
            if (Status s =
                    exec(m_requirement, {inv.id, inv.familyId, item, status, note, dateToText(checked)});
                !s)
                return s;
            snapshot[QLatin1String(kMinReqPrefix) + item] = status + QStringLiteral(": ") + note;
        }
    }

    if (inv.isOpen() || !closureReasons().contains(inv.closureOutcome) || !inv.closedOn.isValid())
        return Status::ok();
    const bool brief = inv.service == QLatin1String("early_help_brief");
    auto form = insertForm(inv, brief ? QStringLiteral("brief_closure") : QStringLiteral("closure"),
                           QStringLiteral("approved"), inv.closedOn, managerId);
    if (!form)
        return form.status();
    std::map<QString, QString> texts = snapshot;
    texts[QStringLiteral("reason")] = inv.closureOutcome;
    texts[QStringLiteral("summary")] =
        QStringLiteral("Routines in place; the family knows where to get help.");
    texts[QStringLiteral("work_completed")] = QStringLiteral("Routines, boundaries, a link with school.");
    texts[QStringLiteral("changes")] = QStringLiteral("Calmer evenings; attendance up.");
    texts[QStringLiteral("next_steps")] = QStringLiteral("School to keep in touch.");
    if (brief)
        texts[QStringLiteral("reasons")] =
            QStringLiteral("Referred by school: behaviour at home and low attendance.");
    for (const auto& [key, value] : texts)
        if (Status s = insertText(*form, inv.familyId, key, value); !s)
            return s;
    return Status::ok();
}

// A case summary on each eh_case_summary event: the first "initial", then three-monthly.
Status EhDemoWriter::writeCaseSummaries(DemoRandom& rng, const DemoFamily& family, const Involvement& inv,
                                        const std::vector<RecordedEvent>& events, qint64 managerId) {
    QStringList composition;
    for (const DemoMember& m : family.members)
        if (!m.person.isUnborn())
            composition << QStringLiteral("%1 %2")
                               .arg(m.person.givenNames)
                               .arg(m.person.ageInYears(m_db.today()).value_or(0));
    bool first = true;
    for (const RecordedEvent& e : events) {
        if (e.kind != QLatin1String("eh_case_summary"))
            continue;
        // The newest summary of an open case is sometimes still waiting for the manager.
        bool newest = true;
        for (const RecordedEvent& later : events)
            newest = newest && !(later.kind == e.kind && later.date > e.date);
        const QString status = newest && inv.isOpen() ? QString::fromLatin1(rng.pick(kLatestStatus))
                                                      : QStringLiteral("approved");
        auto form = insertForm(inv, QStringLiteral("case_summary"), status, e.date, managerId);
        if (!form)
            return form.status();
        const std::pair<const char*, QString> texts[] = {
            {"family_composition", composition.join(QStringLiteral(", "))},
            {"reason", first ? QStringLiteral("initial") : QStringLiteral("three_monthly")},
            {"why_working", QStringLiteral("Behaviour at home, school attendance, routines.")},
            {"harm_risk", QStringLiteral("Arguments witnessed by the children; attendance below 90%.")},
            {"complicating", QStringLiteral("Parent's low mood; money worries.")},
            {"existing_strengths", QStringLiteral("Warm relationships; parent keen to engage.")},
            {"safety_factors", QStringLiteral("Grandparent nearby helps at bedtime.")},
            {"safety_goals", QStringLiteral("Calm evenings; children in school on time every day.")},
            {"next_steps", QStringLiteral("Continue routines work; meet school each half term.")},
            {"danger_statements",
             QStringLiteral("If nothing changes, the worker is worried school attendance "
                            "will fall further and arguments escalate.")},
            {"achievements", QStringLiteral("New bedtime routine kept most nights.")},
            {"safety_scale", QStringLiteral("7")},
            {"safety_scale_low", QStringLiteral("Child protection")},
            {"safety_scale_high", QStringLiteral("No need for social work")},
            {"wellbeing_scale", QStringLiteral("6")},
            {"wellbeing_scale_low", QStringLiteral("Risk of family breakdown")},
            {"wellbeing_scale_high", QStringLiteral("Universal services meet needs")},
        };
        for (const auto& [key, value] : texts)
            if (Status s = insertText(*form, inv.familyId, QString::fromLatin1(key), value); !s)
                return s;
        first = false;
    }
    return Status::ok();
}

// A Families First case from referral to closure, on the dates its events give (sff_referral,
// sff_social_worker_contacted, sff_worker_allocated). Written as the forms would be: texts by the
// field keys of core/earlyhelp/familiesfirst.cpp.
Status EhDemoWriter::writeFamiliesFirst(DemoRandom& rng, const Involvement& inv,
                                        const std::vector<RecordedEvent>& events, qint64 managerId) {
    QDateTime received, contacted;
    QDate allocated;
    bool immediate = false;
    for (const RecordedEvent& e : events) {
        const QDateTime at(e.date, e.time.isValid() ? e.time : QTime(9, 0));
        if (e.kind == QLatin1String("sff_referral") || e.kind == QLatin1String("sff_referral_immediate")) {
            received = at;
            immediate = e.kind == QLatin1String("sff_referral_immediate");
        } else if (e.kind == QLatin1String("sff_social_worker_contacted")) {
            contacted = at;
        } else if (e.kind == QLatin1String("sff_worker_allocated")) {
            allocated = e.date;
        }
    }
    if (!received.isValid())
        return Status::ok();
    const QDate end = inv.closedOn.isValid() ? inv.closedOn : m_db.today().addDays(-1);
    auto form = [&](const char* kind, const QDate& on,
                    const std::vector<std::pair<const char*, QString>>& texts, bool mayBePending) -> Status {
        if (on > end)
            return Status::ok();
        const QString status = mayBePending && inv.isOpen() && rng.percent(30) ? QStringLiteral("submitted")
                                                                               : QStringLiteral("approved");
        auto id = insertForm(inv, QString::fromLatin1(kind), status, on, managerId);
        if (!id)
            return id.status();
        for (const auto& [key, value] : texts)
            if (!value.isEmpty())
                if (Status s = insertText(*id, inv.familyId, QString::fromLatin1(key), value); !s)
                    return s;
        return Status::ok();
    };
    const char* criteria[] = {"imminent_care conflict", "no_boundaries behaviour_breakdown", "missing_cse",
                              "exclusion critical_parents", "rehab_breakdown no_network"};
    if (Status s = form(
            "ff_referral", received.date(),
            {{"received_at", localTimeToText(received)},
             {"referred_by", QStringLiteral("Social worker, children in need team")},
             {"priority", immediate ? QStringLiteral("immediate") : QStringLiteral("standard")},
             {"criteria", QString::fromLatin1(rng.pick(criteria))},
             {"referral_form_received", QStringLiteral("1")},
             {"family_aware", QStringLiteral("1")},
             {"social_worker_contacted_at", contacted.isValid() ? localTimeToText(contacted) : QString()},
             {"named_worker", allocated.isValid() ? QStringLiteral("Intensive support worker") : QString()},
             {"named_worker_allocated_on", dateToText(allocated)}},
            false);
        !s)
        return s;
    QDate day = received.date();
    if (immediate)
        if (Status s =
                form("ff_crisis_response", day,
                     {{"visit_at", localTimeToText(received.addSecs(3 * 3600))},
                      {"with_social_worker", QStringLiteral("1")},
                      {"young_person_views", QStringLiteral("Angry about rules at home; wants to stay.")},
                      {"parent_views", QStringLiteral("Exhausted; fears the young person will leave.")},
                      {"support", QStringLiteral("mediation phone_support")}},
                     false);
            !s)
            return s;
    day = day.addDays(rng.between(3, 8));
    if (Status s = form("ff_family_meeting", day,
                        {{"held_on", dateToText(day)},
                         {"chaired_by", QStringLiteral("The social worker")},
                         {"attendees", QStringLiteral("Parent, young person, school, social worker, ISW")},
                         {"reasons_clarified", QStringLiteral("1")},
                         {"family_agreed", QStringLiteral("1")},
                         {"voluntary_explained", QStringLiteral("1")},
                         {"panel_explained", QStringLiteral("1")}},
                        false);
        !s)
        return s;
    if (Status s =
            form("ff_support_plan", day,
                 {{"agreed_on", dateToText(day)},
                  {"menu", QStringLiteral("direct_work parenting mediation telephone")},
                  {"goals", QStringLiteral("Home by 9pm on school nights; no missing episodes; back in "
                                           "school full time.")}},
                 false);
        !s)
        return s;
    for (QDate review = day.addDays(rng.between(25, 32)); review <= end;
         review = review.addDays(rng.between(25, 35))) {
        const bool last = review.addDays(35) > end;
        if (Status s =
                form("ff_review", review,
                     {{"held_on", dateToText(review)},
                      {"progress", QStringLiteral("Fewer arguments; home on time most nights.")},
                      {"service_appropriate", QStringLiteral("1")},
                      {"next", last && !inv.isOpen() ? QStringLiteral("closure") : QStringLiteral("review")},
                      {"next_review_on", last && !inv.isOpen() ? QString() : dateToText(review.addDays(28))}},
                     last);
            !s)
            return s;
    }
    if (inv.isOpen() || !inv.closedOn.isValid())
        return Status::ok();
    const QDate closing = inv.closedOn;
    if (rng.percent(60))
        if (Status s = form("ff_step_down", closing,
                            {{"stepped_down_on", dateToText(closing)},
                             {"service", QStringLiteral("Targeted family support")},
                             {"lead_professional", QStringLiteral("School pastoral lead")}},
                            false);
            !s)
            return s;
    if (Status s = form(
            "ff_closure", closing,
            {{"closure_meeting_on", dateToText(closing)},
             {"outcomes_achieved", QStringLiteral("behaviour relationships care_avoided")},
             {"outcomes_why", QStringLiteral("Boundaries agreed and kept; school attendance still low.")},
             {"ongoing_plans", QStringLiteral("School and early help continue.")},
             {"contact_explained", QStringLiteral("1")},
             {"close_on", dateToText(closing)}},
            false);
        !s)
        return s;
    return form("ff_feedback", closing,
                {{"given_on", dateToText(closing)},
                 {"family_views", QStringLiteral("The evening visits helped most.")},
                 {"young_person_views", QStringLiteral("Someone listened.")}},
                false);
}

Status EhDemoWriter::finish() {
    auto done = m_db.run(QStringLiteral("UPDATE eh_forms SET series_id = id WHERE series_id = 0"), {},
                         "writing demo data");
    return done ? Status::ok() : done.status();
}

} // namespace waymark::demo
