#include "deadlines/deadlineservice.h"
#include "demo/demodata.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "exchange/jsonexchange.h"
#include "governance/subjectaccess.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"
#include "support/testrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// test::fixedToday() is Friday 20 November 2026.
Involvement earlyHelp(Database& db, qint64 familyId, const QString& service, qint64 workerId) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = service;
    inv.referralDate = QDate(2026, 11, 2);
    inv.referralSource = QStringLiteral("school");
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 11, 4);
    inv.allocatedWorkerId = workerId;
    auto saved = InvolvementRepository(db).save(inv);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    return inv;
}

EhIntake intakeFor(const Involvement& inv, const char* outcome) {
    EhIntake i;
    i.involvementId = inv.id;
    i.outcome = QLatin1String(outcome);
    i.prioritisedOn = QDate(2026, 11, 3);
    i.responseNote = QStringLiteral("Case allocated for targeted assessed intervention. FSW to complete the "
                                    "Family Star with mum within 6 weeks.");
    i.proposedWorkerId = inv.allocatedWorkerId;
    return i;
}

EhEscalation escalationOf(const Involvement& inv, const char* to) {
    EhEscalation e;
    e.involvementId = inv.id;
    e.toService = QLatin1String(to);
    e.decidedOn = QDate(2026, 11, 18);
    e.note = QStringLiteral("Further needs found at session 4; agreed as an extended piece of work.");
    return e;
}

bool mentions(const QString& text, const char* words) {
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

std::vector<RecordedEvent> eventsOf(Database& db, qint64 familyId, qint64 involvementId, const char* kind) {
    std::vector<RecordedEvent> out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        if (e.involvementId == involvementId && e.kind == QLatin1String(kind))
            out.push_back(e);
    return out;
}

} // namespace

TEST_CASE("Early Help intake: the 16 prioritisation outcomes of the guidance", "[earlyhelp]") {
    const auto& outcomes = prioritisationOutcomes();
    REQUIRE(outcomes.size() == 16);
    for (size_t i = 0; i < outcomes.size(); ++i)
        CHECK(QLatin1String(outcomes[i].code) == QString::number(int(i) + 1));
    CHECK(outcomePriority(QStringLiteral("3")) == QStringLiteral("High"));
    CHECK(outcomeTimescale(QStringLiteral("3")) == QStringLiteral("By end of day two"));
    CHECK(outcomeLabel(QStringLiteral("3")) ==
          QStringLiteral("3. FSW allocated for urgent contact with family"));
    CHECK(outcomePriority(QStringLiteral("6")) == QStringLiteral("Medium"));
    CHECK(outcomeTimescale(QStringLiteral("6")) ==
          QStringLiteral("Within 10 working days and for up to 4 months"));
    CHECK(outcomeTimescale(QStringLiteral("1")) == QStringLiteral("Within 28 days"));
    CHECK(outcomeTimescale(QStringLiteral("9")) == QStringLiteral("Next available group"));
    CHECK(outcomePriority(QStringLiteral("16")) == QStringLiteral("Not given")); // the table leaves it blank
    CHECK(prioritisationOutcome(QStringLiteral("17")) == nullptr);
    CHECK(outcomeLabel(QStringLiteral("0")).isEmpty());

    // The outcomes that allocate to an intervention.
    auto serviceOf = [](const char* code) {
        const PrioritisationOutcome* o = prioritisationOutcome(QLatin1String(code));
        return o && o->service ? QString::fromLatin1(o->service) : QString();
    };
    CHECK(serviceOf("5") == QStringLiteral("early_help_brief"));
    CHECK(serviceOf("11") == QStringLiteral("early_help_brief"));
    CHECK(serviceOf("6") == QStringLiteral("early_help_targeted"));
    CHECK(serviceOf("7") == QStringLiteral("early_help_intensive"));
    CHECK(serviceOf("4") == QStringLiteral("early_help_intensive"));
    CHECK(serviceOf("1").isEmpty());

    // Every outcome with a fixed timescale has its contact rule in the rule book; 9 and 10 ("Next
    // available group") have none.
    for (const PrioritisationOutcome& o : outcomes)
        CHECK((test::book().find(QStringLiteral("eh.contact.outcome_") + QLatin1String(o.code)) != nullptr) ==
              (QLatin1String(o.timescale) != QLatin1String("Next available group")));
}

TEST_CASE("Early Help intake: interventions, their allowances and how far through the work is",
          "[earlyhelp]") {
    CHECK(escalationTargets(QStringLiteral("early_help_brief")) ==
          QStringList{QStringLiteral("early_help_targeted"), QStringLiteral("early_help_intensive")});
    CHECK(escalationTargets(QStringLiteral("early_help_targeted")) ==
          QStringList{QStringLiteral("early_help_intensive")});
    CHECK(escalationTargets(QStringLiteral("early_help_intensive")).isEmpty());
    CHECK(escalationTargets(QStringLiteral("families_first")).isEmpty());
    CHECK(mentions(interventionAllowance(QStringLiteral("early_help_brief")), "6 weeks"));
    CHECK(mentions(interventionAllowance(QStringLiteral("early_help_targeted")), "4 months"));
    CHECK(mentions(interventionAllowance(QStringLiteral("early_help_intensive")), "12 months"));

    const QDate opened(2026, 11, 2);
    auto brief = interventionProgress(QStringLiteral("early_help_brief"), opened, QDate(2026, 11, 20));
    CHECK(brief.ends == QDate(2026, 12, 13));
    CHECK(brief.daysIn == 18);
    CHECK(brief.percent == 42);
    CHECK_FALSE(brief.over);
    CHECK(brief.words.startsWith(QStringLiteral("Week 3 of up to 6")));
    auto late = interventionProgress(QStringLiteral("early_help_brief"), opened, QDate(2026, 12, 30));
    CHECK(late.over);
    CHECK(mentions(late.words, "manager"));
    auto targeted =
        interventionProgress(QStringLiteral("early_help_targeted"), QDate(2026, 9, 8), QDate(2026, 11, 20));
    CHECK(targeted.ends == QDate(2027, 1, 7));
    CHECK(targeted.words.startsWith(QStringLiteral("Month 3 of up to 4")));
    auto intensive =
        interventionProgress(QStringLiteral("early_help_intensive"), QDate(2026, 1, 5), QDate(2026, 11, 20));
    CHECK(intensive.words.startsWith(QStringLiteral("Month 11 of up to 12")));
}

TEST_CASE("Early Help intake: validation names the field and says what is wrong", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_brief"), fsw.id);
    const QDate today = test::fixedToday();

    auto issueFor = [](const ValidationIssues& issues, const char* field) {
        for (const ValidationIssue& i : issues)
            if (i.field == QLatin1String(field))
                return i.message;
        return QString();
    };

    EhIntake good = intakeFor(inv, "5");
    CHECK(validateEhIntake(good, inv, today).isEmpty());

    EhIntake bad = good;
    bad.outcome.clear();
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "outcome"), "Choose the outcome"));
    bad.outcome = QStringLiteral("17");
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "outcome"), "not one of the 16"));
    bad = good;
    bad.prioritisedOn = today.addDays(1);
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "prioritisedOn"), "in the future"));
    bad.prioritisedOn = QDate(2026, 10, 30);
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "prioritisedOn"), "before the referral"));
    bad.prioritisedOn = QDate();
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "prioritisedOn"), "Enter the date"));
    bad = good;
    bad.responseNote = QStringLiteral("   ");
    CHECK(mentions(issueFor(validateEhIntake(bad, inv, today), "responseNote"), "acceptance note"));

    // Outcome 7 on brief work is allowed, with a reminder.
    EhIntake seven = good;
    seven.outcome = QStringLiteral("7");
    CHECK(validateEhIntake(seven, inv, today).isEmpty());
    REQUIRE(ehIntakeReminders(seven, inv).size() == 1);
    CHECK(mentions(ehIntakeReminders(seven, inv).first(), "Escalate"));
    CHECK(ehIntakeReminders(good, inv).isEmpty());

    EhEscalation up = escalationOf(inv, "early_help_targeted");
    CHECK(validateEhEscalation(up, inv, today).isEmpty());
    EhEscalation down = up;
    Involvement targeted = inv;
    targeted.service = QStringLiteral("early_help_targeted");
    down.toService = QStringLiteral("early_help_brief");
    CHECK(mentions(issueFor(validateEhEscalation(down, targeted, today), "toService"), "only upwards"));
    EhEscalation same = up;
    CHECK(mentions(issueFor(validateEhEscalation(same, targeted, today), "toService"), "only upwards"));
    EhEscalation noNote = up;
    noNote.note.clear();
    CHECK(mentions(issueFor(validateEhEscalation(noNote, inv, today), "note"), "manager's case note"));
    EhEscalation future = up;
    future.decidedOn = today.addDays(3);
    CHECK(mentions(issueFor(validateEhEscalation(future, inv, today), "decidedOn"), "in the future"));
}

TEST_CASE("Early Help intake: save and read back, with the prioritised and allocated events", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Worker manager =
        test::makeWorker(db, QStringLiteral("Moira Penhallow"), QStringLiteral("Blaby Early Help"),
                         QStringLiteral("team_manager"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_targeted"), fsw.id);
    t.signInAs(manager);

    EhIntakeRepository repo(db);
    CHECK_FALSE(repo.intakeFor(inv.id).has_value());
    EhIntake intake = intakeFor(inv, "6");
    Status saved = repo.saveIntake(intake);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    CHECK(intake.id > 0);
    CHECK(intake.familyId == family.id);
    CHECK(intake.decidedByWorkerId == manager.id);
    const auto read = repo.intakeFor(inv.id);
    REQUIRE(read.has_value());
    CHECK(*read == intake);

    auto prioritised = eventsOf(db, family.id, inv.id, "eh_prioritised");
    REQUIRE(prioritised.size() == 1);
    CHECK(prioritised[0].date == QDate(2026, 11, 3));
    auto allocated = eventsOf(db, family.id, inv.id, "eh_allocated");
    REQUIRE(allocated.size() == 1);
    CHECK(allocated[0].date == inv.openedOn);

    // Changing the date moves the event; saving again adds no second allocation.
    EhIntake changed = *read;
    changed.prioritisedOn = QDate(2026, 11, 4);
    changed.outcome = QStringLiteral("7");
    REQUIRE(repo.saveIntake(changed).isOk());
    CHECK(changed.id == intake.id);
    CHECK(changed.createdAt == intake.createdAt);
    CHECK(repo.intakeFor(inv.id)->outcome == QStringLiteral("7"));
    prioritised = eventsOf(db, family.id, inv.id, "eh_prioritised");
    REQUIRE(prioritised.size() == 1);
    CHECK(prioritised[0].date == QDate(2026, 11, 4));
    CHECK(eventsOf(db, family.id, inv.id, "eh_allocated").size() == 1);

    // A new intake for the same involvement updates the one row (one per involvement).
    EhIntake again = intakeFor(inv, "6");
    REQUIRE(repo.saveIntake(again).isOk());
    CHECK(again.id == intake.id);

    SECTION("a worker who is not a manager cannot record the prioritisation") {
        t.signInAs(fsw);
        EhIntake byWorker = intakeFor(inv, "5");
        const Status refused = repo.saveIntake(byWorker);
        CHECK_FALSE(refused.isOk());
        CHECK(mentions(refused.error(), "team manager"));
        CHECK(repo.intakeFor(inv.id)->outcome == QStringLiteral("6"));
    }
    SECTION("an invalid intake is refused with the guidance's words") {
        EhIntake bad = intakeFor(inv, "99");
        const Status refused = repo.saveIntake(bad);
        CHECK_FALSE(refused.isOk());
        CHECK(mentions(refused.error(), "16 prioritisation outcomes"));
    }
    SECTION("a prioritisation belongs to Early Help work") {
        Involvement other;
        other.familyId = family.id;
        other.service = QStringLiteral("families_first");
        other.referralDate = QDate(2026, 11, 2);
        other.status = QStringLiteral("referred");
        REQUIRE(InvolvementRepository(db).save(other).isOk());
        EhIntake wrong = intakeFor(other, "6");
        CHECK_FALSE(repo.saveIntake(wrong).isOk());
    }
}

TEST_CASE("Early Help intake: an unallocated involvement gets no allocation event", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_brief"), 0);
    EhIntake intake = intakeFor(inv, "5");
    REQUIRE(EhIntakeRepository(db).saveIntake(intake).isOk());
    CHECK(eventsOf(db, family.id, inv.id, "eh_prioritised").size() == 1);
    CHECK(eventsOf(db, family.id, inv.id, "eh_allocated").empty());
}

TEST_CASE("Early Help intake: escalation is a manager's decision, upwards only, and keeps its history",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Worker manager =
        test::makeWorker(db, QStringLiteral("Moira Penhallow"), QStringLiteral("Blaby Early Help"),
                         QStringLiteral("team_manager"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_brief"), fsw.id);
    EhIntakeRepository repo(db);

    t.signInAs(fsw);
    EhEscalation byWorker = escalationOf(inv, "early_help_targeted");
    const Status refused = repo.escalate(byWorker);
    CHECK_FALSE(refused.isOk());
    CHECK(mentions(refused.error(), "team manager"));
    CHECK(InvolvementRepository(db).get(inv.id)->service == QStringLiteral("early_help_brief"));
    CHECK(repo.escalationsFor(inv.id).empty());

    t.signInAs(manager);
    EhEscalation toTargeted = escalationOf(inv, "early_help_targeted");
    Status s = repo.escalate(toTargeted);
    INFO(s.error().toStdString());
    REQUIRE(s.isOk());
    CHECK(toTargeted.fromService == QStringLiteral("early_help_brief"));
    CHECK(toTargeted.managerWorkerId == manager.id);
    CHECK(InvolvementRepository(db).get(inv.id)->service == QStringLiteral("early_help_targeted"));

    // Down again is refused, and so is the same level; nothing changes.
    EhEscalation down = escalationOf(inv, "early_help_brief");
    const Status downRefused = repo.escalate(down);
    CHECK_FALSE(downRefused.isOk());
    CHECK(mentions(downRefused.error(), "only upwards"));
    EhEscalation noNote = escalationOf(inv, "early_help_intensive");
    noNote.note = QStringLiteral(" ");
    CHECK_FALSE(repo.escalate(noNote).isOk());
    // A stale form (written while the work was still brief) is refused too.
    EhEscalation stale = escalationOf(inv, "early_help_intensive");
    stale.fromService = QStringLiteral("early_help_brief");
    CHECK_FALSE(repo.escalate(stale).isOk());

    EhEscalation toIntensive = escalationOf(inv, "early_help_intensive");
    toIntensive.decidedOn = QDate(2026, 11, 19);
    REQUIRE(repo.escalate(toIntensive).isOk());
    CHECK(InvolvementRepository(db).get(inv.id)->service == QStringLiteral("early_help_intensive"));
    const auto history = repo.escalationsFor(inv.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0] == toTargeted);
    CHECK(history[1].fromService == QStringLiteral("early_help_targeted"));
    CHECK(history[1].toService == QStringLiteral("early_help_intensive"));
    CHECK(history[1].note == toIntensive.note);

    // Both the involvement update and the escalation are in the audit trail.
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'eh_escalations'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("Early Help intake: the outcome's contact deadline comes through the deadline service",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_targeted"), fsw.id);
    // A second family without an intake: no outcome rule for it.
    const Family other = test::makeFamily(db, QStringLiteral("Brindle"));
    const Involvement otherInv = earlyHelp(db, other.id, QStringLiteral("early_help_targeted"), fsw.id);
    RecordedEvent bare;
    bare.familyId = other.id;
    bare.involvementId = otherInv.id;
    bare.kind = QStringLiteral("eh_prioritised");
    bare.date = QDate(2026, 11, 3);
    DeadlineService service(db, test::book(), test::calendar());
    REQUIRE(service.recordEvent(bare).isOk());

    EhIntake intake = intakeFor(inv, "6");
    REQUIRE(EhIntakeRepository(db).saveIntake(intake).isOk());

    const When asOf{test::fixedToday(), {}};
    auto all = service.forWorkers({fsw.id}, asOf);
    REQUIRE(all.isOk());
    auto find = [&](qint64 involvementId, const char* rule) -> const CaseDeadline* {
        for (const CaseDeadline& d : *all)
            if (d.involvementId == involvementId && d.deadline.rule->id == QLatin1String(rule))
                return &d;
        return nullptr;
    };
    const CaseDeadline* contact = find(inv.id, "eh.contact.outcome_6");
    REQUIRE(contact);
    // 10 working days from Tuesday 3 November 2026.
    CHECK(contact->deadline.due.date == QDate(2026, 11, 17));
    CHECK(find(inv.id, "eh.contact.outcome_5") == nullptr);
    CHECK(find(otherInv.id, "eh.contact.outcome_6") == nullptr);
    // The allocation event starts the referrer contact rule.
    CHECK(find(inv.id, "eh.referrer_contact") != nullptr);

    // The family's own view says the same.
    auto mine = service.forFamily(family.id, asOf);
    REQUIRE(mine.isOk());
    CHECK(std::any_of(mine->begin(), mine->end(), [](const CaseDeadline& d) {
        return d.deadline.rule->id == QLatin1String("eh.contact.outcome_6");
    }));
}

TEST_CASE("Early Help intake: export and import carry prioritisations and escalations losslessly",
          "[earlyhelp]") {
    test::TestDatabase source;
    Database& db = source.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Worker manager =
        test::makeWorker(db, QStringLiteral("Moira Penhallow"), QStringLiteral("Blaby Early Help"),
                         QStringLiteral("team_manager"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_brief"), fsw.id);
    source.signInAs(manager);
    EhIntake intake = intakeFor(inv, "5");
    REQUIRE(EhIntakeRepository(db).saveIntake(intake).isOk());
    EhEscalation up = escalationOf(inv, "early_help_targeted");
    REQUIRE(EhIntakeRepository(db).escalate(up).isOk());

    db.setAccount(test::testManager()); // an account that may export everything
    auto first = exportJson(db);
    INFO(first.error().toStdString());
    REQUIRE(first.isOk());
    const QJsonObject doc = QJsonDocument::fromJson(*first).object();
    const QJsonArray intakes = doc.value(QStringLiteral("ehIntakes")).toArray();
    REQUIRE(intakes.size() == 1);
    CHECK(intakes.at(0).toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("5"));
    CHECK(intakes.at(0).toObject().value(QStringLiteral("decidedByWorkerId")).toInt() == manager.id);
    const QJsonArray escalations = doc.value(QStringLiteral("ehEscalations")).toArray();
    REQUIRE(escalations.size() == 1);
    CHECK(escalations.at(0).toObject().value(QStringLiteral("toService")).toString() ==
          QStringLiteral("early_help_targeted"));

    test::TestDatabase target;
    const Status imported = importJson(target.db(), *first);
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    EhIntakeRepository copy(target.db());
    REQUIRE(copy.intakeFor(inv.id).has_value());
    CHECK(*copy.intakeFor(inv.id) == *EhIntakeRepository(db).intakeFor(inv.id));
    REQUIRE(copy.escalationsFor(inv.id).size() == 1);
    CHECK(copy.escalationsFor(inv.id)[0] == up);
    auto second = exportJson(target.db());
    REQUIRE(second.isOk());
    QJsonObject a = doc, b = QJsonDocument::fromJson(*second).object();
    a.remove(QStringLiteral("exportedAt"));
    b.remove(QStringLiteral("exportedAt"));
    CHECK(a == b);

    SECTION("a bad record is refused with its JSON path") {
        QJsonObject bad = doc;
        QJsonArray badIntakes = intakes;
        QJsonObject first0 = badIntakes.at(0).toObject();
        first0.insert(QStringLiteral("outcome"), QStringLiteral("17"));
        badIntakes.replace(0, first0);
        bad.insert(QStringLiteral("ehIntakes"), badIntakes);
        test::TestDatabase refused;
        const Status s = importJson(refused.db(), QJsonDocument(bad).toJson());
        CHECK_FALSE(s.isOk());
        CHECK(s.error().contains(QStringLiteral("$.ehIntakes[0].outcome")));

        QJsonObject down = doc;
        QJsonArray badEscalations = escalations;
        QJsonObject e0 = badEscalations.at(0).toObject();
        e0.insert(QStringLiteral("toService"), QStringLiteral("early_help_brief"));
        badEscalations.replace(0, e0);
        down.insert(QStringLiteral("ehEscalations"), badEscalations);
        test::TestDatabase refused2;
        const Status s2 = importJson(refused2.db(), QJsonDocument(down).toJson());
        CHECK_FALSE(s2.isOk());
        CHECK(s2.error().contains(QStringLiteral("$.ehEscalations[0].toService")));
    }
    SECTION("a file without the Early Help arrays still imports") {
        QJsonObject old = doc;
        old.remove(QStringLiteral("ehIntakes"));
        old.remove(QStringLiteral("ehEscalations"));
        test::TestDatabase fresh;
        CHECK(importJson(fresh.db(), QJsonDocument(old).toJson()).isOk());
    }
}

TEST_CASE("Early Help intake: a subject access request includes the prioritisation and escalations",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Ashbury"));
    const Worker fsw =
        test::makeWorker(db, QStringLiteral("Nadia Fernleigh"), QStringLiteral("Blaby Early Help"));
    const Involvement inv = earlyHelp(db, family.id, QStringLiteral("early_help_brief"), fsw.id);
    EhIntake intake = intakeFor(inv, "5");
    REQUIRE(EhIntakeRepository(db).saveIntake(intake).isOk());
    EhEscalation up = escalationOf(inv, "early_help_targeted");
    REQUIRE(EhIntakeRepository(db).escalate(up).isOk());

    Account admin;
    admin.username = QStringLiteral("admin");
    admin.role = Role::Administrator;
    db.setAccount(admin);
    auto report = subjectAccessReport(db, family.members.front().personId);
    INFO(report.error().toStdString());
    REQUIRE(report.isOk());
    const QJsonArray eh = report->json.value(QStringLiteral("earlyHelpIntakes")).toArray();
    REQUIRE(eh.size() == 1);
    const QJsonObject record = eh.at(0).toObject();
    CHECK(record.value(QStringLiteral("prioritisation"))
              .toObject()
              .value(QStringLiteral("outcome"))
              .toString() == outcomeLabel(QStringLiteral("5")));
    CHECK(record.value(QStringLiteral("escalations")).toArray().size() == 1);
    CHECK(report->html.contains(QStringLiteral("Early Help prioritisation and escalation")));
    CHECK(report->html.contains(QStringLiteral("agreed as an extended piece of work")));
}

TEST_CASE("Early Help intake: demo Early Help work has a prioritisation matching its service",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    REQUIRE(generateDemoData(db, {7, 60}).isOk());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT i.service, e.outcome FROM eh_intakes e JOIN involvements i "
                                  "ON i.id = e.involvement_id")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString service = q.value(0).toString();
        const QString outcome = q.value(1).toString();
        INFO(service.toStdString() << " " << outcome.toStdString());
        if (outcome != QLatin1String("15")) {
            const PrioritisationOutcome* o = prioritisationOutcome(outcome);
            REQUIRE(o);
            REQUIRE(o->service);
            CHECK(service == QLatin1String(o->service));
        }
    }
    CHECK(rows > 0);
}
