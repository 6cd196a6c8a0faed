#include "governance/subjectaccess.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "documents/documenttypes.h"
#include "domain/vocabulary.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "governance/subjectaccessearlyhelp.h"
#include "governance/subjectaccessforms.h"
#include "lift/liftrepository.h"
#include "lift/liftvocabulary.h"
#include "storage/casenoterepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/sqldialect.h"
#include "util/trcontext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

#include <set>

namespace waymark {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Marks each third-party name in already-escaped HTML text.
QString markThirdParties(QString html, const QStringList& names) {
    for (const QString& name : names) {
        if (name.trimmed().size() < 2)
            continue;
        const QRegularExpression word(QStringLiteral("\\b(%1)\\b").arg(QRegularExpression::escape(esc(name))),
                                      QRegularExpression::CaseInsensitiveOption);
        html.replace(word, QStringLiteral("<span style=\"background:#ffe08a\">[third party: \\1]</span>"));
    }
    return html;
}

QStringList namesIn(const QString& text, const QStringList& names) {
    QStringList found;
    for (const QString& name : names) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
                                      QRegularExpression::CaseInsensitiveOption);
        if (name.trimmed().size() >= 2 && word.match(text).hasMatch())
            found << name;
    }
    return found;
}

QJsonObject personJson(const Person& p) {
    return {{QStringLiteral("id"), double(p.id)},
            {QStringLiteral("givenNames"), p.givenNames},
            {QStringLiteral("familyName"), p.familyName},
            {QStringLiteral("knownAs"), p.knownAs},
            {QStringLiteral("dateOfBirth"), dateToText(p.dateOfBirth)},
            {QStringLiteral("dateOfBirthIsExpected"), p.dateOfBirthIsExpected},
            {QStringLiteral("gender"), p.gender},
            {QStringLiteral("ethnicity"), p.ethnicity},
            {QStringLiteral("firstLanguage"), p.firstLanguage},
            {QStringLiteral("address"), p.address.singleLine()},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("socialCareNumber"), p.socialCareNumber},
            {QStringLiteral("caseSystemNumber"), p.caseSystemNumber},
            {QStringLiteral("nhsNumber"), p.nhsNumber}};
}

// The family's LIFT records (forms included, as the request covers forms): read directly, because
// the administrator who answers a request does not work with cases and the repositories' family
// rule would hide them. Mentors' names are third parties.
QJsonArray liftRecordsOf(const Database& db, qint64 familyId, std::set<QString>& thirdParties) {
    QJsonArray out;
    auto q =
        db.run(QStringLiteral("SELECT id, aim, decision, decision_reason, risk_assessed_on, legal_order, "
                              "support_needed FROM lift_referrals WHERE family_id = ? ORDER BY id"),
               {familyId}, "reading LIFT referrals");
    if (!q)
        return out;
    QSqlQuery referrals = std::move(q).value();
    LiftRepository lift(const_cast<Database&>(db));
    while (referrals.next()) {
        const qint64 referralId = referrals.value(0).toLongLong();
        QJsonArray meetings;
        for (const LiftMeeting& m : lift.meetingsFor(referralId))
            meetings.append(QJsonObject{{QStringLiteral("kind"), vocab::liftMeetingKind().label(m.kind)},
                                        {QStringLiteral("heldOn"), dateToText(m.heldOn)},
                                        {QStringLiteral("place"), m.place},
                                        {QStringLiteral("actionPlan"), m.actionPlan},
                                        {QStringLiteral("risksToMentor"), m.risksToMentor},
                                        {QStringLiteral("risksToChildren"), m.risksToChildren},
                                        {QStringLiteral("riskActions"), m.riskActions},
                                        {QStringLiteral("boundaries"), m.boundaries},
                                        {QStringLiteral("hoursPerWeek"), m.hoursPerWeek},
                                        {QStringLiteral("reviewDue"), dateToText(m.reviewDue)},
                                        {QStringLiteral("progress"), m.progress}});
        QJsonObject closure;
        if (const auto c = lift.closureFor(referralId))
            closure = QJsonObject{
                {QStringLiteral("closedOn"), dateToText(c->closedOn)},
                {QStringLiteral("aimAchieved"), c->aimAchieved},
                {QStringLiteral("reason"), c->reason},
                {QStringLiteral("oneYearFollowUp"), vocab::liftCareFollowUp().label(c->careFollowUp)}};
        QJsonArray forms;
        if (auto f = db.run(
                QStringLiteral("SELECT month, status, (SELECT COALESCE(SUM(minutes), 0) FROM lift_sessions s "
                               "WHERE s.form_id = f.id) FROM lift_finance_forms f WHERE referral_id = ? "
                               "ORDER BY month"),
                {referralId}, "reading LIFT finance forms")) {
            QSqlQuery fq = std::move(f).value();
            while (fq.next())
                forms.append(QJsonObject{
                    {QStringLiteral("month"), fq.value(0).toString().left(7)},
                    {QStringLiteral("status"), vocab::liftFinanceStatus().label(fq.value(1).toString())},
                    {QStringLiteral("minutes"), fq.value(2).toInt()}});
        }
        QJsonArray mentors;
        if (auto m = db.run(
                QStringLiteral("SELECT DISTINCT mt.name FROM lift_links l JOIN lift_mentors mt ON mt.id = "
                               "l.mentor_id WHERE l.referral_id = ?"),
                {referralId}, "reading LIFT mentors")) {
            QSqlQuery mq = std::move(m).value();
            while (mq.next()) {
                mentors.append(mq.value(0).toString());
                thirdParties.insert(mq.value(0).toString());
            }
        }
        out.append(QJsonObject{
            {QStringLiteral("familyId"), double(familyId)},
            {QStringLiteral("aim"), vocab::liftAim().label(referrals.value(1).toString())},
            {QStringLiteral("decision"), vocab::liftDecision().label(referrals.value(2).toString())},
            {QStringLiteral("decisionReason"), referrals.value(3).toString()},
            {QStringLiteral("riskAssessedOn"), referrals.value(4).toString()},
            {QStringLiteral("legalOrder"), referrals.value(5).toString()},
            {QStringLiteral("supportNeeded"), referrals.value(6).toString()},
            {QStringLiteral("mentors"), mentors},
            {QStringLiteral("meetings"), meetings},
            {QStringLiteral("closure"), closure},
            {QStringLiteral("financeForms"), forms}});
    }
    return out;
}

// The Early Help intake of each of the family's Early Help involvements: the prioritisation with
// the manager's acceptance note, and any escalation with its note. Read through the repository's
// reads, which check no family rule (the administrator answering the request sees no cases).
QJsonArray earlyHelpIntakesOf(const Database& db, qint64 familyId) {
    QJsonArray out;
    Database& rw = const_cast<Database&>(db);
    EhIntakeRepository intakes(rw);
    for (const Involvement& inv : InvolvementRepository(rw).forFamily(familyId)) {
        if (interventionRank(inv.service) == 0)
            continue;
        const std::optional<EhIntake> intake = intakes.intakeFor(inv.id);
        const std::vector<EhEscalation> escalations = intakes.escalationsFor(inv.id);
        if (!intake && escalations.empty())
            continue;
        QJsonObject record{{QStringLiteral("familyId"), double(familyId)},
                           {QStringLiteral("service"), vocab::service().label(inv.service)},
                           {QStringLiteral("referralDate"), dateToText(inv.referralDate)}};
        if (intake)
            record.insert(QStringLiteral("prioritisation"),
                          QJsonObject{{QStringLiteral("outcome"), outcomeLabel(intake->outcome)},
                                      {QStringLiteral("priority"), outcomePriority(intake->outcome)},
                                      {QStringLiteral("timescale"), outcomeTimescale(intake->outcome)},
                                      {QStringLiteral("prioritisedOn"), dateToText(intake->prioritisedOn)},
                                      {QStringLiteral("responseNote"), intake->responseNote}});
        QJsonArray moves;
        for (const EhEscalation& e : escalations)
            moves.append(QJsonObject{{QStringLiteral("decidedOn"), dateToText(e.decidedOn)},
                                     {QStringLiteral("from"), vocab::service().label(e.fromService)},
                                     {QStringLiteral("to"), vocab::service().label(e.toService)},
                                     {QStringLiteral("note"), e.note}});
        record.insert(QStringLiteral("escalations"), moves);
        out.append(record);
    }
    return out;
}

} // namespace

Result<SubjectAccessReport> subjectAccessReport(const Database& db, qint64 personId) {
    if (Status s = access::require(db, access::Action::SubjectAccess); !s)
        return s;
    Database& rw = const_cast<Database&>(db);
    auto person = PersonRepository(rw).get(personId);
    if (!person)
        return Status::failure(Security::tr("There is no person %1.").arg(personId));

    SubjectAccessReport report;
    report.personId = personId;
    report.personName = person->fullName();
    report.generatedAt = db.now().toUTC();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("waymark-subject-access"));
    root.insert(QStringLiteral("generatedAt"), utcToText(report.generatedAt));
    root.insert(QStringLiteral("generatedBy"), db.account() ? db.account()->username : QString());
    root.insert(QStringLiteral("person"), personJson(*person));

    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(Security::tr("Subject access request: %1").arg(report.personName)));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(Security::tr(
                "Everything Waymark holds about this person. Names of other people are marked [third party] "
                "for the reviewer to decide on redaction before this is sent.")));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(esc(Security::tr("Personal details")));
    const QJsonObject details = personJson(*person);
    for (auto it = details.begin(); it != details.end(); ++it)
        if (it.key() != QLatin1String("id"))
            html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
                        .arg(esc(it.key()),
                             esc(it.value().isBool()
                                     ? (it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                     : it.value().toString()));
    html += QStringLiteral("</table>");

    // Families, their other members (third parties), services, notes.
    std::set<QString> thirdParties;
    QJsonArray families, services, notes, liftRecords, earlyHelpIntakes, earlyHelpForms,
        earlyHelpRequirements;
    EarlyHelpSarRecords earlyHelp;
    const std::vector<qint64> familyIds = FamilyRepository(rw).familiesOfPerson(personId);
    for (qint64 familyId : familyIds) {
        auto family = FamilyRepository(rw).get(familyId);
        if (!family)
            continue;
        QString relationship;
        for (const FamilyMember& m : family->members) {
            if (m.personId == personId) {
                relationship = m.relationship;
                continue;
            }
            if (auto other = PersonRepository(rw).get(m.personId)) {
                thirdParties.insert(other->fullName());
                if (!other->givenNames.trimmed().isEmpty())
                    thirdParties.insert(other->givenNames.trimmed());
            }
        }
        families.append(QJsonObject{{QStringLiteral("id"), double(familyId)},
                                    {QStringLiteral("name"), family->name},
                                    {QStringLiteral("relationship"), relationship}});
        for (const Involvement& inv : InvolvementRepository(rw).forFamily(familyId))
            services.append(QJsonObject{{QStringLiteral("familyId"), double(familyId)},
                                        {QStringLiteral("service"), vocab::service().label(inv.service)},
                                        {QStringLiteral("referralDate"), dateToText(inv.referralDate)},
                                        {QStringLiteral("referralReason"), inv.referralReason},
                                        {QStringLiteral("status"), inv.status},
                                        {QStringLiteral("openedOn"), dateToText(inv.openedOn)},
                                        {QStringLiteral("closedOn"), dateToText(inv.closedOn)},
                                        {QStringLiteral("closureOutcome"), inv.closureOutcome}});
        for (const QJsonValue& r : liftRecordsOf(db, familyId, thirdParties))
            liftRecords.append(r);
        for (const QJsonValue& r : earlyHelpIntakesOf(db, familyId))
            earlyHelpIntakes.append(r);
        addEarlyHelpContactRecords(db, familyId, personId, earlyHelp, thirdParties);
        for (const QJsonValue& f : earlyHelpFormsOf(db, familyId, personId))
            earlyHelpForms.append(f);
        for (const QJsonValue& r : earlyHelpMinimumRequirementsOf(db, familyId))
            earlyHelpRequirements.append(r);
    }
    // The person's own surname is not a third party even when relatives share it.
    thirdParties.erase(person->fullName());
    thirdParties.erase(person->givenNames.trimmed());
    report.thirdParties = QStringList(thirdParties.begin(), thirdParties.end());

    for (qint64 familyId : familyIds) {
        for (const CaseNote& n : CaseNoteRepository(rw).forFamily(familyId)) {
            // Notes about this person, or about the family as a whole; notes only about others are
            // their data, not this person's.
            const bool aboutThem =
                std::find(n.personIds.begin(), n.personIds.end(), personId) != n.personIds.end();
            if (!aboutThem && !n.personIds.empty())
                continue;
            const QString body = n.bodyText();
            notes.append(QJsonObject{{QStringLiteral("id"), double(n.id)},
                                     {QStringLiteral("familyId"), double(familyId)},
                                     {QStringLiteral("contactAt"), localTimeToText(n.contactAt)},
                                     {QStringLiteral("type"), vocab::noteType().label(n.noteType)},
                                     {QStringLiteral("subject"), n.subject},
                                     {QStringLiteral("text"), body},
                                     {QStringLiteral("aboutWholeFamily"), !aboutThem},
                                     {QStringLiteral("restricted"), n.restricted},
                                     {QStringLiteral("withheld"), n.withheld},
                                     {QStringLiteral("thirdPartyNamesFound"),
                                      QJsonArray::fromStringList(namesIn(n.subject + QLatin1Char(' ') + body,
                                                                         report.thirdParties))}});
        }
    }
    report.notes = int(notes.size());

    // The family folder: the documents about this person or the whole family, listed (the files
    // stay in the folder; the reviewer reads each one before deciding what to send).
    QJsonArray documents;
    for (qint64 familyId : familyIds) {
        auto q =
            db.run(QStringLiteral("SELECT id, title, doc_type, doc_date, file_name, byte_size, added_at, "
                                  "removed_at, removal_reason, person_id FROM documents WHERE family_id = ? "
                                  "AND (person_id IS NULL OR person_id = ?) ORDER BY added_at, id"),
                   {familyId, personId}, "listing the family folder");
        if (!q)
            return q.status();
        QSqlQuery rows = std::move(q).value();
        while (rows.next())
            documents.append(
                QJsonObject{{QStringLiteral("id"), double(rows.value(0).toLongLong())},
                            {QStringLiteral("familyId"), double(familyId)},
                            {QStringLiteral("title"), rows.value(1).toString()},
                            {QStringLiteral("type"), documents::types().label(rows.value(2).toString())},
                            {QStringLiteral("date"), rows.value(3).toString()},
                            {QStringLiteral("fileName"), rows.value(4).toString()},
                            {QStringLiteral("bytes"), double(rows.value(5).toLongLong())},
                            {QStringLiteral("addedAt"), rows.value(6).toString()},
                            {QStringLiteral("removedAt"), rows.value(7).toString()},
                            {QStringLiteral("removalReason"), rows.value(8).toString()},
                            {QStringLiteral("aboutWholeFamily"), rows.value(9).isNull()}});
    }

    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Security::tr("Families")));
    for (const QJsonValue& f : families)
        html += QStringLiteral("<li>%1 (%2)</li>")
                    .arg(esc(f[QStringLiteral("name")].toString()),
                         esc(f[QStringLiteral("relationship")].toString()));
    html += QStringLiteral("</ul><p><b>%1</b> %2</p>")
                .arg(esc(Security::tr("Third parties named in these records:")),
                     markThirdParties(esc(report.thirdParties.join(QStringLiteral(", "))), {}));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Security::tr("Services")));
    for (const QJsonValue& s : services)
        html += QStringLiteral("<li>%1: referred %2, %3 %4</li>")
                    .arg(esc(s[QStringLiteral("service")].toString()),
                         esc(s[QStringLiteral("referralDate")].toString()),
                         esc(s[QStringLiteral("status")].toString()),
                         esc(s[QStringLiteral("closedOn")].toString()));
    html += QStringLiteral("</ul>");
    if (!liftRecords.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Security::tr("LIFT mentoring")));
        for (const QJsonValue& r : liftRecords) {
            html += QStringLiteral("<p><b>%1</b>: %2. %3</p><ul>")
                        .arg(esc(r[QStringLiteral("aim")].toString()),
                             esc(r[QStringLiteral("decision")].toString()),
                             markThirdParties(esc(r[QStringLiteral("decisionReason")].toString()),
                                              report.thirdParties));
            for (const QJsonValue& m : r[QStringLiteral("meetings")].toArray())
                html += QStringLiteral("<li>%1, %2: %3 %4 %5</li>")
                            .arg(esc(m[QStringLiteral("kind")].toString()),
                                 esc(m[QStringLiteral("heldOn")].toString()),
                                 markThirdParties(esc(m[QStringLiteral("actionPlan")].toString()),
                                                  report.thirdParties),
                                 markThirdParties(esc(m[QStringLiteral("risksToChildren")].toString()),
                                                  report.thirdParties),
                                 markThirdParties(esc(m[QStringLiteral("progress")].toString()),
                                                  report.thirdParties));
            const QJsonObject c = r[QStringLiteral("closure")].toObject();
            if (!c.isEmpty())
                html += QStringLiteral("<li>%1 %2: %3</li>")
                            .arg(esc(Security::tr("Closed")), esc(c[QStringLiteral("closedOn")].toString()),
                                 markThirdParties(esc(c[QStringLiteral("reason")].toString()),
                                                  report.thirdParties));
            const int forms = int(r[QStringLiteral("financeForms")].toArray().size());
            if (forms > 0)
                html += QStringLiteral("<li>%1</li>")
                            .arg(esc(Security::tr("%n monthly finance form(s)", nullptr, forms)));
            html += QStringLiteral("</ul>");
        }
    }
    if (!earlyHelpIntakes.isEmpty()) {
        html +=
            QStringLiteral("<h3>%1</h3>").arg(esc(Security::tr("Early Help prioritisation and escalation")));
        for (const QJsonValue& r : earlyHelpIntakes) {
            html += QStringLiteral("<p><b>%1</b>, %2 %3</p><ul>")
                        .arg(esc(r[QStringLiteral("service")].toString()), esc(Security::tr("referred")),
                             esc(r[QStringLiteral("referralDate")].toString()));
            const QJsonObject p = r[QStringLiteral("prioritisation")].toObject();
            if (!p.isEmpty())
                html += QStringLiteral("<li>%1 %2: %3 (%4; %5). %6</li>")
                            .arg(esc(Security::tr("Prioritised")),
                                 esc(p[QStringLiteral("prioritisedOn")].toString()),
                                 esc(p[QStringLiteral("outcome")].toString()),
                                 esc(p[QStringLiteral("priority")].toString()),
                                 esc(p[QStringLiteral("timescale")].toString()),
                                 markThirdParties(esc(p[QStringLiteral("responseNote")].toString()),
                                                  report.thirdParties));
            for (const QJsonValue& e : r[QStringLiteral("escalations")].toArray())
                html +=
                    QStringLiteral("<li>%1 %2: %3 &rarr; %4. %5</li>")
                        .arg(
                            esc(Security::tr("Escalated")), esc(e[QStringLiteral("decidedOn")].toString()),
                            esc(e[QStringLiteral("from")].toString()),
                            esc(e[QStringLiteral("to")].toString()),
                            markThirdParties(esc(e[QStringLiteral("note")].toString()), report.thirdParties));
            html += QStringLiteral("</ul>");
        }
    }
    html += earlyHelpContactHtml(
        earlyHelp, [&](const QString& text) { return markThirdParties(esc(text), report.thirdParties); });
    html += earlyHelpFormsHtml(earlyHelpForms, earlyHelpRequirements, [&](const QString& text) {
        return markThirdParties(esc(text), report.thirdParties);
    });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Security::tr("Case notes (%1)").arg(report.notes)));
    for (const QJsonValue& n : notes) {
        html += QStringLiteral("<p><b>%1 &middot; %2 &middot; %3</b>%4<br>%5</p>")
                    .arg(esc(n[QStringLiteral("contactAt")].toString().replace(QLatin1Char('T'),
                                                                               QLatin1Char(' '))),
                         esc(n[QStringLiteral("type")].toString()),
                         markThirdParties(esc(n[QStringLiteral("subject")].toString()), report.thirdParties),
                         (n[QStringLiteral("aboutWholeFamily")].toBool()
                              ? esc(Security::tr(" (about the whole family)"))
                              : QString()) +
                             (n[QStringLiteral("withheld")].toBool()
                                  ? esc(Security::tr(
                                        " (restricted note: its text is withheld here; a team manager "
                                        "must review it for this request)"))
                                  : QString()),
                         markThirdParties(esc(n[QStringLiteral("text")].toString()), report.thirdParties)
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(Security::tr("Documents in the family folder")));
    if (documents.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Security::tr("None.")));
    else {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(esc(Security::tr(
                        "Listed here; each file is in the family's folder in Waymark, to be read "
                        "before deciding what to send.")));
        for (const QJsonValue& v : documents) {
            const QJsonObject d = v.toObject();
            html += QStringLiteral("<li>%1 (%2, %3)%4</li>")
                        .arg(esc(d[QStringLiteral("title")].toString()),
                             esc(d[QStringLiteral("type")].toString()),
                             esc(d[QStringLiteral("fileName")].toString()),
                             d[QStringLiteral("removedAt")].toString().isEmpty()
                                 ? QString()
                                 : esc(Security::tr(": removed, %1")
                                           .arg(d[QStringLiteral("removalReason")].toString())));
        }
        html += QStringLiteral("</ul>");
    }

    // Who viewed or changed these records.
    QJsonArray auditJson;
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">")
                .arg(esc(Security::tr("Who viewed or changed these records")));
    for (qint64 familyId : familyIds) {
        audit::Filter filter;
        filter.familyId = familyId;
        filter.limit = 100000;
        for (const audit::Entry& e : audit::entries(db, filter)) {
            auditJson.append(QJsonObject{{QStringLiteral("at"), utcToText(e.at)},
                                         {QStringLiteral("who"), e.username},
                                         {QStringLiteral("action"), e.action},
                                         {QStringLiteral("record"), e.entity}});
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                             esc(e.username), esc(e.action), esc(e.entity));
        }
    }
    html += QStringLiteral("</table>");
    report.auditEntries = int(auditJson.size());

    root.insert(QStringLiteral("families"), families);
    root.insert(QStringLiteral("services"), services);
    root.insert(QStringLiteral("caseNotes"), notes);
    root.insert(QStringLiteral("lift"), liftRecords);
    root.insert(QStringLiteral("earlyHelpIntakes"), earlyHelpIntakes);
    root.insert(QStringLiteral("earlyHelpContactAttempts"), earlyHelp.contactAttempts);
    root.insert(QStringLiteral("earlyHelpConsents"), earlyHelp.consents);
    root.insert(QStringLiteral("earlyHelpForms"), earlyHelpForms);
    root.insert(QStringLiteral("earlyHelpMinimumRequirements"), earlyHelpRequirements);
    root.insert(QStringLiteral("documents"), documents);
    root.insert(QStringLiteral("thirdParties"), QJsonArray::fromStringList(report.thirdParties));
    root.insert(QStringLiteral("audit"), auditJson);
    report.json = root;
    report.html = html;
    // The request itself is recorded: an export of one person's data.
    if (Status s =
            audit::record(db, QLatin1String(audit::exportData), QStringLiteral("people"), personId, 0,
                          QJsonObject{{QStringLiteral("purpose"), QStringLiteral("subject access request")}});
        !s)
        return s;
    return report;
}

} // namespace waymark

namespace waymark {

Result<std::vector<SubjectCandidate>> findSubjects(const Database& db, const QString& text) {
    if (Status s = access::require(db, access::Action::SubjectAccess); !s)
        return s;
    const QStringList words =
        text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return Status::failure(Security::tr("Type part of the person's name."));
    QStringList conditions;
    QVariantList bindings;
    for (const QString& w : words) {
        conditions << QStringLiteral(
            "lower(p.given_names || ' ' || p.family_name || ' ' || p.known_as) LIKE ? "
            "ESCAPE '\\'");
        bindings << QStringLiteral("%") + escapeLikePattern(w) + QStringLiteral("%");
    }
    auto q =
        db.run(QStringLiteral("SELECT p.id, p.given_names, p.family_name, p.date_of_birth, "
                              "(SELECT COUNT(*) FROM family_members m WHERE m.person_id = p.id) "
                              "FROM people p WHERE %1 ORDER BY p.family_name, p.given_names, p.id LIMIT 50")
                   .arg(conditions.join(QStringLiteral(" AND "))),
               bindings, "finding a person");
    if (!q)
        return q.status();
    std::vector<SubjectCandidate> out;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        SubjectCandidate c;
        c.personId = query.value(0).toLongLong();
        c.name = (query.value(1).toString() + QLatin1Char(' ') + query.value(2).toString()).trimmed();
        c.dateOfBirth = dateFromText(query.value(3).toString());
        c.families = query.value(4).toInt();
        out.push_back(c);
    }
    if (Status s = audit::record(db, QStringLiteral("subject_search")); !s)
        return s;
    return out;
}

} // namespace waymark
