#include "earlyhelp/ehformrepository.h"

#include "access/accesspolicy.h"
#include "domain/caseevent.h"
#include "domain/involvement.h"
#include "earlyhelp/closure.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familiesfirst.h"
#include "storage/caseeventrepository.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace waymark {

namespace {

using Columns = std::vector<std::pair<QString, QVariant>>;

const QString kFormColumns = QStringLiteral(
    "id, family_id, involvement_id, kind, series_id, version, status, completed_on, worker_id, submitted_at, "
    "submitted_by_worker_id, decided_at, decided_by_worker_id, decision_note, person_id");

EhForm readForm(const QSqlQuery& q) {
    EhForm f;
    f.id = q.value(0).toLongLong();
    f.familyId = q.value(1).toLongLong();
    f.involvementId = q.value(2).toLongLong();
    f.kind = q.value(3).toString();
    f.seriesId = q.value(4).toLongLong();
    f.version = q.value(5).toInt();
    f.status = q.value(6).toString();
    f.completedOn = dateFromText(q.value(7).toString());
    f.workerId = q.value(8).toLongLong();
    f.submittedAt = utcFromText(q.value(9).toString());
    f.submittedByWorkerId = q.value(10).toLongLong();
    f.decidedAt = utcFromText(q.value(11).toString());
    f.decidedByWorkerId = q.value(12).toLongLong();
    f.decisionNote = q.value(13).toString();
    f.personId = q.value(14).toLongLong();
    return f;
}

// The case event an approved form stands for, or empty.
QString eventKindFor(const QString& kind) {
    if (kind == QLatin1String("star_assessment"))
        return QStringLiteral("eh_assessment_completed");
    if (kind == QLatin1String("star_review"))
        return QStringLiteral("eh_review");
    if (kind == QLatin1String("plan"))
        return QStringLiteral("eh_plan");
    if (kind == QLatin1String("case_summary"))
        return QStringLiteral("eh_case_summary");
    return QString();
}

// The messages alone, one a line, for the person at the form (field keys are for files and logs).
QString messagesOf(const ValidationIssues& issues) {
    QStringList lines;
    for (const ValidationIssue& i : issues)
        lines << i.message;
    return lines.join(QLatin1Char('\n'));
}

qint64 signedInWorker(const Database& db) {
    const Account* a = db.account();
    return a ? a->workerId : 0;
}

} // namespace

Status EhFormRepository::saveDraft(EhForm& form) {
    if (form.id != 0) {
        auto stored = get(form.id);
        if (!stored)
            return stored.status();
        if (!stored->isDraft())
            return Status::failure(EarlyHelp::tr("This version was %1 and can no longer change. Revise it to "
                                                 "make a new version.")
                                       .arg(vocab::ehFormStatus().label(stored->status).toLower()));
        form.seriesId = stored->seriesId;
        form.version = stored->version;
        form.involvementId = stored->involvementId;
    }
    form.status = QStringLiteral("draft");
    copyIntoClosureForm(m_db, form); // a closure carries the minimum requirements (earlyhelp/closure.h)
    if (auto issues = validateEhForm(form, m_db.today(), FormCheck::Draft); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    auto involvement = InvolvementRepository(m_db).get(form.involvementId);
    if (!involvement)
        return involvement.status();
    if (isFamiliesFirstKind(form.kind) != (involvement->service == QLatin1String("families_first")) ||
        (!isFamiliesFirstKind(form.kind) && !involvement->service.startsWith(QLatin1String("early_help_"))))
        return Status::failure(isFamiliesFirstKind(form.kind)
                                   ? EarlyHelp::tr("Families First forms belong to a Families First service.")
                                   : EarlyHelp::tr("Early Help forms belong to an Early Help service."));
    form.familyId = involvement->familyId;
    if (Status s = access::requireWrite(m_db, form.familyId); !s)
        return s;
    if (form.workerId == 0)
        form.workerId = signedInWorker(m_db);

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    const qint64 oldId = form.id;
    const qint64 oldSeries = form.seriesId;
    const QString now = m_db.nowText();
    Columns columns = {
        {QStringLiteral("family_id"), form.familyId},
        {QStringLiteral("involvement_id"), form.involvementId},
        {QStringLiteral("kind"), form.kind},
        {QStringLiteral("version"), form.version},
        {QStringLiteral("status"), form.status},
        {QStringLiteral("completed_on"), nullableText(dateToText(form.completedOn))},
        {QStringLiteral("worker_id"), nullableId(form.workerId)},
        {QStringLiteral("person_id"), nullableId(form.personId)},
        {QStringLiteral("updated_at"), now},
    };
    auto fail = [&](const Status& s) {
        form.id = oldId;
        form.seriesId = oldSeries;
        return s;
    };
    if (form.id == 0) {
        columns.push_back({QStringLiteral("series_id"), form.seriesId});
        columns.push_back({QStringLiteral("created_at"), now});
        auto inserted = m_db.insert(QStringLiteral("eh_forms"), columns, "saving the Early Help form");
        if (!inserted)
            return fail(inserted.status());
        form.id = *inserted;
        if (form.seriesId == 0) {
            form.seriesId = form.id;
            if (Status s =
                    m_db.update(QStringLiteral("eh_forms"), form.id,
                                {{QStringLiteral("series_id"), form.seriesId}}, "saving the Early Help form");
                !s)
                return fail(s);
        }
    } else if (Status s =
                   m_db.update(QStringLiteral("eh_forms"), form.id, columns, "saving the Early Help form");
               !s) {
        return fail(s);
    }
    if (Status s = writeContent(form); !s)
        return fail(s);
    if (form.kind == QLatin1String("ff_referral"))
        if (Status s = syncReferralEvents(form); !s)
            return fail(s);
    if (Status s = tx.commit(); !s)
        return fail(s);
    return Status::ok();
}

// The response timescales run from the referral as it is recorded, not when it is approved: the
// referral's events follow the form on every save. Only the events this form wrote (marked by
// their note) are replaced; one recorded by hand is left alone.
Status EhFormRepository::syncReferralEvents(const EhForm& form) {
    // Untranslated on purpose: it identifies the form's own events whatever the language.
    const QString marker = QStringLiteral("From the Families First referral form");
    CaseEventRepository events(m_db);
    for (const RecordedEvent& e : events.forFamily(form.familyId))
        if (e.involvementId == form.involvementId && e.note == marker)
            if (Status s = events.remove(e.id); !s)
                return s;
    for (const FfEvent& ff : familiesFirstReferralEvents(form)) {
        RecordedEvent e;
        e.familyId = form.familyId;
        e.involvementId = form.involvementId;
        e.kind = ff.kind;
        e.date = ff.at.date();
        if (ff.hasTime)
            e.time = ff.at.time();
        e.note = marker;
        e.recordedByWorkerId = signedInWorker(m_db);
        if (Status s = events.save(e); !s)
            return s;
    }
    return Status::ok();
}

// Replaces the draft's sections, readings and scores with the ones given.
Status EhFormRepository::writeContent(const EhForm& form) {
    const char* what = "saving the Early Help form";
    const QVariantList id = {form.id};
    for (const char* table : {"eh_form_texts", "eh_star_readings", "eh_info_sharing", "eh_plan_items"}) {
        auto rows = m_db.run(QStringLiteral("SELECT id FROM %1 WHERE form_id = ?").arg(QLatin1String(table)),
                             id, what);
        if (!rows)
            return rows.status();
        QSqlQuery q = std::move(rows).value();
        std::vector<qint64> ids;
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        for (qint64 rowId : ids) {
            // Scores go with their reading (ON DELETE CASCADE); removing them one by one keeps
            // the audit trail's record of what each held.
            if (QLatin1String(table) == QLatin1String("eh_star_readings")) {
                auto scores = m_db.run(QStringLiteral("SELECT id FROM eh_star_scores WHERE reading_id = ?"),
                                       {rowId}, what);
                if (!scores)
                    return scores.status();
                QSqlQuery sq = std::move(scores).value();
                std::vector<qint64> scoreIds;
                while (sq.next())
                    scoreIds.push_back(sq.value(0).toLongLong());
                for (qint64 scoreId : scoreIds)
                    if (Status s = m_db.remove(QStringLiteral("eh_star_scores"), scoreId, what); !s)
                        return s;
            }
            if (Status s = m_db.remove(QString::fromLatin1(table), rowId, what); !s)
                return s;
        }
    }
    for (const auto& [section, body] : form.texts) {
        if (body.isEmpty())
            continue;
        auto inserted = m_db.insert(QStringLiteral("eh_form_texts"),
                                    {{QStringLiteral("form_id"), form.id},
                                     {QStringLiteral("family_id"), form.familyId},
                                     {QStringLiteral("section"), section},
                                     {QStringLiteral("body"), body}},
                                    what);
        if (!inserted)
            return inserted.status();
    }
    int position = 0;
    for (const InfoSharingRow& r : form.infoSharing) {
        auto inserted = m_db.insert(QStringLiteral("eh_info_sharing"),
                                    {{QStringLiteral("form_id"), form.id},
                                     {QStringLiteral("family_id"), form.familyId},
                                     {QStringLiteral("position"), position++},
                                     {QStringLiteral("person_id"), nullableId(r.personId)},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("age_or_role"), r.ageOrRole},
                                     {QStringLiteral("explained"), r.explained},
                                     {QStringLiteral("comments"), r.comments},
                                     {QStringLiteral("holds_pr"), r.holdsPr}},
                                    what);
        if (!inserted)
            return inserted.status();
    }
    position = 0;
    for (const PlanItem& p : form.planItems) {
        auto inserted =
            m_db.insert(QStringLiteral("eh_plan_items"),
                        {{QStringLiteral("form_id"), form.id},
                         {QStringLiteral("family_id"), form.familyId},
                         {QStringLiteral("area"), p.area},
                         {QStringLiteral("position"), position++},
                         {QStringLiteral("responsible_kind"), p.responsibleKind},
                         {QStringLiteral("responsible_worker_id"), nullableId(p.responsibleWorkerId)},
                         {QStringLiteral("responsible_name"), p.responsibleName},
                         {QStringLiteral("agency"), p.agency},
                         {QStringLiteral("doing"), p.doing},
                         {QStringLiteral("why"), p.why},
                         {QStringLiteral("impact"), p.impact},
                         {QStringLiteral("priority"), p.priority}},
                        what);
        if (!inserted)
            return inserted.status();
    }
    for (const StarReading& r : form.readings) {
        auto reading = m_db.insert(
            QStringLiteral("eh_star_readings"),
            {{QStringLiteral("form_id"), form.id},
             {QStringLiteral("family_id"), form.familyId},
             {QStringLiteral("perspective"), r.perspective},
             {QStringLiteral("scored_on"), dateToText(r.scoredOn.isValid() ? r.scoredOn : form.completedOn)},
             {QStringLiteral("scored_by"), r.scoredBy},
             {QStringLiteral("note"), r.note}},
            what);
        if (!reading)
            return reading.status();
        for (const StarScore& s : r.scores) {
            if (s.score == 0 && s.narrative.isEmpty() && s.goneWell.isEmpty() && s.worries.isEmpty())
                continue; // nothing entered for this area yet
            auto score = m_db.insert(QStringLiteral("eh_star_scores"),
                                     {{QStringLiteral("reading_id"), *reading},
                                      {QStringLiteral("family_id"), form.familyId},
                                      {QStringLiteral("area"), s.area},
                                      {QStringLiteral("score"), s.score},
                                      {QStringLiteral("narrative"), s.narrative},
                                      {QStringLiteral("gone_well"), s.goneWell},
                                      {QStringLiteral("worries"), s.worries}},
                                     what);
            if (!score)
                return score.status();
        }
    }
    return Status::ok();
}

Status EhFormRepository::removeDraft(qint64 formId) {
    auto form = get(formId);
    if (!form)
        return form.status();
    if (!form->isDraft())
        return Status::failure(EarlyHelp::tr("Only a draft can be removed: submitted versions are kept."));
    if (Status s = access::requireWrite(m_db, form->familyId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    EhForm empty = *form;
    empty.texts.clear();
    empty.readings.clear();
    empty.planItems.clear();
    empty.infoSharing.clear();
    if (Status s = writeContent(empty); !s)
        return s;
    if (Status s = m_db.remove(QStringLiteral("eh_forms"), formId, "removing the draft"); !s)
        return s;
    return tx.commit();
}

Status EhFormRepository::submit(qint64 formId) {
    auto form = get(formId);
    if (!form)
        return form.status();
    if (!form->isDraft())
        return Status::failure(EarlyHelp::tr("This version has already been submitted."));
    if (Status s = access::requireWrite(m_db, form->familyId); !s)
        return s;
    if (auto issues = validateEhForm(*form, m_db.today(), FormCheck::Submit); !issues.isEmpty())
        return Status::failure(EarlyHelp::tr("Not ready to submit:\n%1").arg(messagesOf(issues)));
    if (isClosureKind(form->kind)) // says why the work cannot close yet (earlyhelp/closure.h)
        if (Status s = closurePreconditions(m_db, *form); !s)
            return s;
    return m_db.update(QStringLiteral("eh_forms"), formId,
                       {{QStringLiteral("status"), QStringLiteral("submitted")},
                        {QStringLiteral("submitted_at"), m_db.nowText()},
                        {QStringLiteral("submitted_by_worker_id"), nullableId(signedInWorker(m_db))},
                        {QStringLiteral("updated_at"), m_db.nowText()}},
                       "submitting the Early Help form");
}

Status EhFormRepository::approve(qint64 formId, const QString& note) {
    return decide(formId, QStringLiteral("approved"), note);
}

Status EhFormRepository::returnForChanges(qint64 formId, const QString& note) {
    if (note.trimmed().isEmpty())
        return Status::failure(EarlyHelp::tr("Say what needs to change before returning the form."));
    return decide(formId, QStringLiteral("returned"), note);
}

Status EhFormRepository::decide(qint64 formId, const QString& status, const QString& note) {
    if (Status s = access::require(m_db, access::Action::SignOff); !s)
        return s;
    auto form = get(formId);
    if (!form)
        return form.status();
    if (form->status != QLatin1String("submitted"))
        return Status::failure(
            EarlyHelp::tr("Only a submitted form can be approved or returned; this one is %1.")
                .arg(vocab::ehFormStatus().label(form->status).toLower()));
    if (Status s = access::requireWrite(m_db, form->familyId); !s)
        return s;
    const qint64 me = signedInWorker(m_db);
    if (me != 0 && me == form->submittedByWorkerId)
        return Status::failure(EarlyHelp::tr("A form is signed off by a manager other than the one who "
                                             "submitted it."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    // The version approved before this one, whose event this approval moves.
    QDate previous;
    if (status == QLatin1String("approved"))
        for (const EhForm& v : versions(form->seriesId))
            if (v.isApproved() && v.version < form->version)
                previous = v.completedOn;
    if (Status s = m_db.update(QStringLiteral("eh_forms"), formId,
                               {{QStringLiteral("status"), status},
                                {QStringLiteral("decided_at"), m_db.nowText()},
                                {QStringLiteral("decided_by_worker_id"), nullableId(me)},
                                {QStringLiteral("decision_note"), note.trimmed()},
                                {QStringLiteral("updated_at"), m_db.nowText()}},
                               "signing off the Early Help form");
        !s)
        return s;
    // Approving a closure form is the manager's sign-off that closes the work (earlyhelp/closure.h).
    if (status == QLatin1String("approved") && isClosureKind(form->kind))
        if (Status s = closeOnApproval(m_db, *form); !s)
            return s;
    const QString eventKind = eventKindFor(form->kind);
    if (status == QLatin1String("approved") && !eventKind.isEmpty()) {
        CaseEventRepository events(m_db);
        std::optional<RecordedEvent> moved;
        if (previous.isValid())
            for (const RecordedEvent& e : events.forFamily(form->familyId))
                if (e.involvementId == form->involvementId && e.kind == eventKind && e.date == previous)
                    moved = e;
        RecordedEvent e = moved.value_or(RecordedEvent{});
        e.familyId = form->familyId;
        e.involvementId = form->involvementId;
        e.kind = eventKind;
        e.date = form->completedOn;
        if (!moved)
            e.recordedByWorkerId = me;
        if (Status s = events.save(e); !s)
            return s;
    }
    return tx.commit();
}

Result<EhForm> EhFormRepository::revise(qint64 formId) {
    auto form = get(formId);
    if (!form)
        return form.status();
    if (form->isDraft() || form->status == QLatin1String("submitted"))
        return Result<EhForm>::failure(
            EarlyHelp::tr("Only an approved or returned form is revised; this one is %1.")
                .arg(vocab::ehFormStatus().label(form->status).toLower()));
    const std::vector<EhForm> series = versions(form->seriesId);
    if (!series.empty() && series.back().version > form->version)
        return Result<EhForm>::failure(
            EarlyHelp::tr("Version %1 of this form already exists: revise the latest version.")
                .arg(series.back().version));
    EhForm next = *form;
    next.id = 0;
    next.version = series.empty() ? form->version + 1 : series.back().version + 1;
    next.status = QStringLiteral("draft");
    next.submittedAt = QDateTime();
    next.submittedByWorkerId = 0;
    next.decidedAt = QDateTime();
    next.decidedByWorkerId = 0;
    next.decisionNote.clear();
    next.workerId = 0;
    for (StarReading& r : next.readings)
        r.id = 0;
    if (Status s = saveDraft(next); !s)
        return s;
    return next;
}

Result<EhForm> EhFormRepository::get(qint64 formId) const {
    std::vector<EhForm> found = select(QStringLiteral("id = ?"), {formId});
    if (found.empty())
        return Result<EhForm>::failure(EarlyHelp::tr("That Early Help form no longer exists."));
    if (Status s = access::requireFamily(m_db, found.front().familyId); !s)
        return s;
    return found.front();
}

std::vector<EhForm> EhFormRepository::forInvolvement(qint64 involvementId, const QString& kind) const {
    if (kind.isEmpty())
        return select(QStringLiteral("involvement_id = ?"), {involvementId});
    return select(QStringLiteral("involvement_id = ? AND kind = ?"), {involvementId, kind});
}

std::vector<EhForm> EhFormRepository::versions(qint64 seriesId) const {
    return select(QStringLiteral("series_id = ?"), {seriesId});
}

std::vector<EhForm> EhFormRepository::approved(qint64 involvementId, const QString& kind) const {
    std::vector<EhForm> latest;
    for (EhForm& f : forInvolvement(involvementId, kind)) {
        if (!f.isApproved())
            continue;
        auto same = std::find_if(latest.begin(), latest.end(),
                                 [&](const EhForm& l) { return l.seriesId == f.seriesId; });
        if (same == latest.end())
            latest.push_back(std::move(f));
        else if (f.version > same->version)
            *same = std::move(f);
    }
    std::stable_sort(latest.begin(), latest.end(),
                     [](const EhForm& a, const EhForm& b) { return a.completedOn < b.completedOn; });
    return latest;
}

std::vector<EhForm> EhFormRepository::select(const QString& where, const QVariantList& bindings) const {
    std::vector<EhForm> out;
    auto rows = m_db.run(QStringLiteral("SELECT %1 FROM eh_forms WHERE %2 ORDER BY series_id, version")
                             .arg(kFormColumns, where),
                         bindings, "reading Early Help forms");
    if (!rows)
        return out;
    QSqlQuery q = std::move(rows).value();
    while (q.next())
        out.push_back(readForm(q));
    std::vector<EhForm> visible;
    for (EhForm& f : out) {
        if (!access::canSeeFamily(m_db, f.familyId))
            continue;
        loadContent(f);
        visible.push_back(std::move(f));
    }
    return visible;
}

void EhFormRepository::loadContent(EhForm& form) const {
    const char* what = "reading Early Help forms";
    if (auto texts = m_db.run(QStringLiteral("SELECT section, body FROM eh_form_texts WHERE form_id = ?"),
                              {form.id}, what)) {
        QSqlQuery q = std::move(texts).value();
        while (q.next())
            form.texts[q.value(0).toString()] = q.value(1).toString();
    }
    if (auto rows =
            m_db.run(QStringLiteral("SELECT person_id, name, age_or_role, explained, comments, holds_pr "
                                    "FROM eh_info_sharing WHERE form_id = ? ORDER BY position, id"),
                     {form.id}, what)) {
        QSqlQuery q = std::move(rows).value();
        while (q.next())
            form.infoSharing.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toBool(), q.value(4).toString(), q.value(5).toString()});
    }
    if (auto rows =
            m_db.run(QStringLiteral("SELECT area, responsible_kind, responsible_worker_id, responsible_name, "
                                    "agency, doing, why, impact, priority FROM eh_plan_items "
                                    "WHERE form_id = ? ORDER BY position, id"),
                     {form.id}, what)) {
        QSqlQuery q = std::move(rows).value();
        while (q.next())
            form.planItems.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                      q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    if (!isStarKind(form.kind))
        return;
    auto readings = m_db.run(QStringLiteral("SELECT id, perspective, scored_on, scored_by, note "
                                            "FROM eh_star_readings WHERE form_id = ? ORDER BY id"),
                             {form.id}, what);
    if (!readings)
        return;
    QSqlQuery rq = std::move(readings).value();
    while (rq.next()) {
        StarReading r;
        r.id = rq.value(0).toLongLong();
        r.perspective = rq.value(1).toString();
        r.scoredOn = dateFromText(rq.value(2).toString());
        r.scoredBy = rq.value(3).toString();
        r.note = rq.value(4).toString();
        form.readings.push_back(r);
    }
    for (StarReading& r : form.readings) {
        auto scores = m_db.run(QStringLiteral("SELECT area, score, narrative, gone_well, worries "
                                              "FROM eh_star_scores WHERE reading_id = ?"),
                               {r.id}, what);
        if (!scores)
            continue;
        QSqlQuery sq = std::move(scores).value();
        std::vector<StarScore> found;
        while (sq.next())
            found.push_back({sq.value(0).toString(), sq.value(1).toInt(), sq.value(2).toString(),
                             sq.value(3).toString(), sq.value(4).toString()});
        // In the guidance's order, whatever order they were stored in.
        for (const QString& area : vocab::starArea().codes())
            for (const StarScore& s : found)
                if (s.area == area)
                    r.scores.push_back(s);
    }
}

} // namespace waymark
