#include "print/liftprint.h"

#include "audit/auditlog.h"
#include "cli/clisupport.h"
#include "cli/commandline.h"
#include "lift/financerepository.h"
#include "lift/liftrepository.h"
#include "lift/matching.h"
#include "lift/mentorrepository.h"
#include "print/liftforms.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace waymark {

namespace {

QString familyName(Database& db, qint64 familyId) {
    auto family = FamilyRepository(db).get(familyId);
    return family ? family->name : QString();
}

QString mentorName(Database& db, qint64 mentorId) {
    auto mentor = MentorRepository(db).get(mentorId);
    return mentor ? mentor->name : QString();
}

QString workerName(Database& db, qint64 workerId) {
    if (workerId == 0)
        return QString();
    auto worker = WorkerRepository(db).get(workerId);
    return worker ? worker->name : QString();
}

// The mentor linked on `date` (the latest link begun by then), else the first ever linked.
qint64 mentorOn(const std::vector<MentorLink>& links, const QDate& date) {
    qint64 id = links.empty() ? 0 : links.front().mentorId;
    for (const MentorLink& l : links)
        if (l.linkedOn <= date)
            id = l.mentorId;
    return id;
}

Result<LiftPrintout> meetingPrintout(Database& db, qint64 id, bool review, const QString& printedBy) {
    LiftRepository lift(db);
    auto meeting = lift.meeting(id);
    if (!meeting)
        return meeting.status();
    if ((meeting->kind == QLatin1String("review")) != review)
        return Status::failure(review
                                   ? Lift::tr("Meeting %1 is an agreement meeting, not a review.").arg(id)
                                   : Lift::tr("Meeting %1 is a review, not an agreement meeting.").arg(id));
    auto referral = lift.referral(meeting->referralId);
    if (!referral)
        return referral.status();
    LiftFormNames names;
    names.familyName = familyName(db, referral->familyId);
    names.mentorName = mentorName(db, mentorOn(lift.linksForReferral(referral->id), meeting->heldOn));
    names.recordedByName = workerName(db, meeting->recordedByWorkerId);
    LiftPrintout out;
    out.familyId = meeting->familyId;
    out.entity = QStringLiteral("lift_meetings");
    out.entityId = meeting->id;
    out.filing = {meeting->familyId, referral->involvementId, 0,
                  review ? QStringLiteral("review") : QStringLiteral("agreement")};
    out.html =
        review ? liftReviewHtml(*meeting, *referral, names) : liftAgreementHtml(*meeting, *referral, names);
    out.header = liftPdfHeader(review ? Lift::tr("LIFT review form") : Lift::tr("LIFT agreement form"),
                               names.familyName, printedBy, db.now());
    return out;
}

Result<LiftPrintout> closurePrintout(Database& db, qint64 referralId, const QString& printedBy) {
    LiftRepository lift(db);
    auto referral = lift.referral(referralId);
    if (!referral)
        return referral.status();
    const auto closure = lift.closureFor(referralId);
    if (!closure)
        return Status::failure(Lift::tr("LIFT referral %1 has no closure summary.").arg(referralId));
    const std::vector<MentorLink> links = lift.linksForReferral(referralId);
    LiftFormNames names;
    names.familyName = familyName(db, referral->familyId);
    names.mentorName = mentorName(db, mentorOn(links, closure->closedOn));
    LiftPrintout out;
    out.familyId = referral->familyId;
    out.entity = QStringLiteral("lift_closures");
    out.entityId = closure->id;
    out.filing = {referral->familyId, referral->involvementId, 0, QStringLiteral("closure")};
    out.html = liftClosureHtml(*closure, *referral, names, links.empty() ? QDate() : links.front().linkedOn);
    out.header = liftPdfHeader(Lift::tr("LIFT closure summary"), names.familyName, printedBy, db.now());
    return out;
}

Result<LiftPrintout> financePrintout(Database& db, qint64 formId, const QString& printedBy) {
    FinanceRepository finance(db);
    auto form = finance.form(formId);
    if (!form)
        return form.status();
    auto pay = calculatePayment(*form, finance.rates());
    if (!pay)
        return pay.status();
    LiftFormNames names;
    names.familyName = familyName(db, form->familyId);
    names.mentorName = mentorName(db, form->mentorId);
    LiftPrintout out;
    out.familyId = form->familyId;
    out.entity = QStringLiteral("lift_finance_forms");
    out.entityId = form->id;
    out.filing = {form->familyId, 0, 0, QStringLiteral("finance_form")};
    out.html = liftFinanceHtml(*form, names, *pay);
    out.header = liftPdfHeader(Lift::tr("LIFT finance form"), names.familyName, printedBy, db.now());
    return out;
}

Result<LiftPrintout> teamBriefPrintout(Database& db, const QString& printedBy) {
    std::vector<TeamBriefItem> items;
    // The mentors are read once and their workloads once per aim, not again for every referral
    // (rankMentors is what suggestMentors runs, on what it would have read).
    const std::vector<Mentor> mentors = MentorRepository(db).all(true);
    QHash<QString, QHash<qint64, MentorWorkload>> workloadsByAim;
    FamilyRepository families(db);
    for (const WaitingReferral& w : LiftRepository(db).waitingForMentor()) {
        TeamBriefItem item;
        item.familyName = w.familyName;
        item.locality = w.referral.locality;
        item.aim = w.referral.aim;
        item.referralDate = w.referralDate;
        item.daysWaiting = w.daysWaiting;
        // The matching engine's best three (lift/matching.h), with its reasons, for discussion.
        if (w.referral.decision == QLatin1String("appropriate")) {
            if (!workloadsByAim.contains(w.referral.aim))
                workloadsByAim.insert(w.referral.aim, mentorWorkloads(db, w.referral.aim));
            const auto family = families.get(w.referral.familyId);
            const QString postcode = family ? family->address.postcode : QString();
            for (const MentorMatch& m :
                 rankMentors(w.referral, postcode, mentors, workloadsByAim.value(w.referral.aim))) {
                if (item.suggestions.size() == 3 || m.blocked)
                    break;
                QStringList reasons;
                for (const MatchReason& r : m.reasons)
                    if (r.weight != MatchReason::Weight::Neutral)
                        reasons << r.text;
                item.suggestions.push_back({m.mentor.name, reasons.join(QLatin1Char(' '))});
            }
        }
        items.push_back(std::move(item));
    }
    LiftPrintout out;
    out.entity = QStringLiteral("lift_referrals");
    out.html = liftTeamBriefHtml(items, db.today());
    out.header = liftPdfHeader(Lift::tr("LIFT team brief"), QString(), printedBy, db.now());
    return out;
}

int commandLiftPrint(const QString& path, const QStringList& positional, const QCommandLineParser& parser) {
    using namespace cli;
    const QString usage =
        CommandLine::tr("usage: lift-print agreement|review|closure|finance ID --output FILE.pdf, "
                        "or lift-print team-brief --output FILE.pdf");
    const QString form = positional.value(1);
    const bool needsId = form != QLatin1String("team-brief");
    bool ok = !needsId;
    const qint64 id = needsId ? positional.value(2).toLongLong(&ok) : 0;
    const QStringList forms = {QStringLiteral("agreement"), QStringLiteral("review"),
                               QStringLiteral("closure"), QStringLiteral("finance"),
                               QStringLiteral("team-brief")};
    if (!forms.contains(form) || !ok || (needsId && id <= 0) || positional.size() != (needsId ? 3 : 2) ||
        !parser.isSet(QStringLiteral("output")))
        return fail(usage, Usage);
    auto session = signInFromCommandLine(parser, path);
    if (!session)
        return fail(session.error());
    Result<LiftPrintout> printout = liftPrintout(*session->db, form, id, session->account.displayName);
    if (!printout)
        return fail(printout.error());
    const QString output = parser.value(QStringLiteral("output"));
    if (Status s = writeFiledPdf(*session->db, output, printout->html, printout->header, printout->filing);
        !s)
        return fail(s.error());
    out() << CommandLine::tr("Wrote %1. It is not encrypted: keep it on encrypted storage.\n")
                 .arg(QFileInfo(output).absoluteFilePath());
    return Success;
}

} // namespace

namespace {

Result<LiftPrintout> buildPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy) {
    if (form == QLatin1String("agreement") || form == QLatin1String("review"))
        return meetingPrintout(db, id, form == QLatin1String("review"), printedBy);
    if (form == QLatin1String("closure"))
        return closurePrintout(db, id, printedBy);
    if (form == QLatin1String("finance"))
        return financePrintout(db, id, printedBy);
    if (form == QLatin1String("team-brief"))
        return teamBriefPrintout(db, printedBy);
    return Status::failure(Lift::tr("There is no LIFT form called \"%1\".").arg(form));
}

} // namespace

Result<LiftPrintout> liftPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy) {
    auto printout = buildPrintout(db, form, id, printedBy);
    if (!printout)
        return printout;
    // Every print is in the audit trail, against the family (the team brief against none).
    if (Status s = audit::record(db, QLatin1String(audit::print), printout->entity, printout->entityId,
                                 printout->familyId, QJsonObject{{QStringLiteral("form"), form}});
        !s)
        return s;
    return printout;
}

void registerLiftPrintCommands() {
    registerCommand(
        {QStringLiteral("lift-print"),
         CommandLine::tr("  lift-print agreement|review|closure|finance ID --output FILE.pdf\n"
                         "                            a LIFT form as PDF (ID: the meeting, the referral,\n"
                         "                            the finance form); lift-print team-brief: the\n"
                         "                            referrals waiting for a mentor\n"),
         commandLiftPrint});
}

} // namespace waymark
