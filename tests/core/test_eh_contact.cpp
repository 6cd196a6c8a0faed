#include "earlyhelp/contactrepository.h"
#include "earlyhelp/contactvalidation.h"
#include "exchange/jsonexchange.h"
#include "governance/subjectaccess.h"
#include "print/ehforms.h"
#include "print/ehprint.h"
#include "storage/caseeventrepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// A targeted Early Help case (referred 1 September 2026, "today" is 20 November 2026), allocated
// to a family support worker who is signed in. Every name is invented.
struct EhCase {
    Worker worker;
    Family family;
    Involvement involvement;
    qint64 motherId = 0;
    qint64 childId = 0;
};

EhCase ehCase(test::TestDatabase& t) {
    Database& db = t.db();
    EhCase c;
    c.worker =
        test::makeWorker(db, QStringLiteral("Pippa Lindqvist"), QStringLiteral("Harborough Early Help"));
    c.family = test::makeFamily(db, QStringLiteral("Quenby"));
    c.family.address = {QStringLiteral("4 Saddlers Row"), QString(), QStringLiteral("Market Harborough"),
                        QStringLiteral("LE16 9ZZ")};
    c.family.ufrn = QStringLiteral("EH03123456F");
    c.family.earlyHelpLocality = QStringLiteral("03");
    REQUIRE(FamilyRepository(db).save(c.family).isOk());
    for (const FamilyMember& m : c.family.members)
        (m.relationship == QLatin1String("child") ? c.childId : c.motherId) = m.personId;
    c.involvement = test::allocate(db, c.family.id, c.worker.id);
    t.signInAs(c.worker);
    return c;
}

ContactAttempt attempt(const EhCase& c, const char* method, const QDate& day, int hour,
                       const char* outcome = "no_answer") {
    ContactAttempt a;
    a.involvementId = c.involvement.id;
    a.at = QDateTime(day, QTime(hour, 30));
    a.method = QString::fromLatin1(method);
    a.outcome = QString::fromLatin1(outcome);
    return a;
}

std::vector<RecordedEvent> eventsOf(Database& db, qint64 familyId, const char* kind) {
    std::vector<RecordedEvent> out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        if (e.kind == QLatin1String(kind))
            out.push_back(e);
    return out;
}

QStringList fieldsOf(const ValidationIssues& issues) {
    QStringList out;
    for (const ValidationIssue& i : issues)
        out << i.field;
    return out;
}

} // namespace

TEST_CASE("contact attempts: saved, read back, changed and listed in time order", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ContactAttemptRepository repo(db);

    ContactAttempt letter = attempt(c, "letter", QDate(2026, 11, 9), 9, "sent_no_reply");
    letter.replyBy = QDate(2026, 11, 19);
    letter.note = QStringLiteral("Posted first class");
    REQUIRE(repo.save(letter).isOk());
    ContactAttempt call = attempt(c, "phone", QDate(2026, 11, 2), 18, "voicemail");
    REQUIRE(repo.save(call).isOk());

    auto stored = repo.get(letter.id);
    REQUIRE(stored.isOk());
    CHECK(stored->familyId == c.family.id);
    CHECK(stored->at == QDateTime(QDate(2026, 11, 9), QTime(9, 30)));
    CHECK(stored->method == QStringLiteral("letter"));
    CHECK(stored->outcome == QStringLiteral("sent_no_reply"));
    CHECK(stored->replyBy == QDate(2026, 11, 19));
    CHECK(stored->note == QStringLiteral("Posted first class"));
    CHECK(stored->workerId == c.worker.id); // the worker signed in

    const auto log = repo.forInvolvement(c.involvement.id);
    REQUIRE(log.size() == 2);
    CHECK(log[0].id == call.id); // oldest first
    CHECK(repo.forFamily(c.family.id).size() == 2);

    call.outcome = QStringLiteral("spoke_not_agreed");
    REQUIRE(repo.save(call).isOk());
    CHECK(repo.get(call.id)->outcome == QStringLiteral("spoke_not_agreed"));

    REQUIRE(repo.remove(letter.id).isOk());
    CHECK(repo.forInvolvement(c.involvement.id).size() == 1);
}

TEST_CASE("contact attempts: what is wrong is said against the field", "[earlyhelp]") {
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
    ContactAttempt a;
    a.at = QDateTime(QDate(2026, 11, 20), QTime(15, 0)); // later today
    a.method = QStringLiteral("carrier_pigeon");
    auto issues = validateContactAttempt(a, now);
    CHECK(fieldsOf(issues) ==
          QStringList{QStringLiteral("attemptedAt"), QStringLiteral("method"), QStringLiteral("outcome")});
    CHECK(joinIssues(issues).contains(QStringLiteral("in the future")));
    CHECK(joinIssues(issues).contains(QStringLiteral("\"carrier_pigeon\" is not one of the options")));
    CHECK(joinIssues(issues).contains(QStringLiteral("Choose what came of the attempt.")));

    a.at = QDateTime(QDate(2026, 11, 20), QTime(11, 0));
    a.method = QStringLiteral("phone");
    a.outcome = QStringLiteral("no_answer");
    CHECK(validateContactAttempt(a, now).isEmpty());
    a.replyBy = QDate(2026, 11, 30); // a phone call asks for no reply by a date
    CHECK(fieldsOf(validateContactAttempt(a, now)) == QStringList{QStringLiteral("replyBy")});
    a.method = QStringLiteral("letter");
    CHECK(validateContactAttempt(a, now).isEmpty());
    a.replyBy = QDate(2026, 11, 1);
    CHECK(joinIssues(validateContactAttempt(a, now)).contains(QStringLiteral("before the attempt")));
    a.at = QDateTime();
    CHECK(joinIssues(validateContactAttempt(a, now)).contains(QStringLiteral("Enter the date and time")));

    CHECK(suggestedReplyBy(QStringLiteral("letter"), QDate(2026, 11, 9)) == QDate(2026, 11, 19));
    CHECK_FALSE(suggestedReplyBy(QStringLiteral("phone"), QDate(2026, 11, 9)).isValid());
}

TEST_CASE("contact attempts: the repository refuses what the rules refuse", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ContactAttemptRepository repo(db);
    ContactAttempt early = attempt(c, "phone", QDate(2026, 8, 20), 10); // before the referral
    const Status s = repo.save(early);
    CHECK_FALSE(s.isOk());
    CHECK(s.error().contains(QStringLiteral("before the referral")));
    ContactAttempt noOutcome = attempt(c, "phone", QDate(2026, 11, 2), 10, "");
    CHECK(repo.save(noOutcome).error().contains(QStringLiteral("Choose what came of the attempt.")));

    // Only Early Help work has a contact log.
    Involvement other = c.involvement;
    other.id = 0;
    other.service = QStringLiteral("lift_mentoring");
    REQUIRE(InvolvementRepository(db).save(other).isOk());
    ContactAttempt wrong = attempt(c, "phone", QDate(2026, 11, 2), 10);
    wrong.involvementId = other.id;
    CHECK(repo.save(wrong).error().contains(QStringLiteral("Early Help")));
    CHECK(repo.forInvolvement(c.involvement.id).empty());
}

TEST_CASE("contact attempts and consents: an account that cannot see the family can neither read nor write",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ContactAttempt a = attempt(c, "phone", QDate(2026, 11, 2), 10);
    REQUIRE(ContactAttemptRepository(db).save(a).isOk());
    ParentalConsent consent;
    consent.familyId = c.family.id;
    consent.givenOn = QDate(2026, 11, 3);
    consent.givenByPersonId = c.motherId;
    REQUIRE(ConsentRepository(db).save(consent).isOk());

    const Worker stranger =
        test::makeWorker(db, QStringLiteral("Rowan Elsewhere"), QStringLiteral("Melton Early Help"));
    t.signInAs(stranger);
    ContactAttemptRepository repo(db);
    ContactAttempt more = attempt(c, "text", QDate(2026, 11, 3), 10);
    CHECK_FALSE(repo.save(more).isOk());
    CHECK_FALSE(repo.get(a.id).isOk());
    CHECK(repo.forInvolvement(c.involvement.id).empty());
    CHECK(repo.forFamily(c.family.id).empty());
    CHECK_FALSE(repo.remove(a.id).isOk());
    ConsentRepository consents(db);
    CHECK_FALSE(consents.get(consent.id).isOk());
    CHECK(consents.forFamily(c.family.id).empty());
    ParentalConsent another = consent;
    another.id = 0;
    CHECK_FALSE(consents.save(another).isOk());
    CHECK_FALSE(
        earlyHelpPrintout(db, QStringLiteral("contact-log"), c.involvement.id, QStringLiteral("x")).isOk());

    t.signInAs(c.worker);
    CHECK(ContactAttemptRepository(db).forInvolvement(c.involvement.id).size() == 1);
}

TEST_CASE("contact attempts: the first records contact_attempt, engaging records engagement_started",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ContactAttemptRepository repo(db);

    ContactAttempt second = attempt(c, "text", QDate(2026, 11, 4), 10);
    REQUIRE(repo.save(second).isOk());
    auto started = eventsOf(db, c.family.id, "contact_attempt");
    REQUIRE(started.size() == 1);
    CHECK(started[0].date == QDate(2026, 11, 4));
    CHECK(started[0].involvementId == c.involvement.id);
    CHECK(eventsOf(db, c.family.id, "engagement_started").empty());

    // An earlier attempt logged later moves the event to the first attempt's day.
    ContactAttempt first = attempt(c, "phone", QDate(2026, 11, 2), 17);
    REQUIRE(repo.save(first).isOk());
    started = eventsOf(db, c.family.id, "contact_attempt");
    REQUIRE(started.size() == 1);
    CHECK(started[0].date == QDate(2026, 11, 2));

    ContactAttempt engaged = attempt(c, "cold_call", QDate(2026, 11, 12), 16, "engaged");
    REQUIRE(repo.save(engaged).isOk());
    auto engagement = eventsOf(db, c.family.id, "engagement_started");
    REQUIRE(engagement.size() == 1);
    CHECK(engagement[0].date == QDate(2026, 11, 12));
    // Another engaged outcome later changes nothing: engagement starts once.
    ContactAttempt again = attempt(c, "phone", QDate(2026, 11, 13), 10, "engaged");
    REQUIRE(repo.save(again).isOk());
    CHECK(eventsOf(db, c.family.id, "engagement_started").size() == 1);
    CHECK(eventsOf(db, c.family.id, "engagement_started")[0].date == QDate(2026, 11, 12));

    // Changing the outcome back moves engagement to the next engaged attempt; removing that too
    // removes the event; removing every attempt removes contact_attempt.
    engaged.outcome = QStringLiteral("card_left");
    REQUIRE(repo.save(engaged).isOk());
    REQUIRE(eventsOf(db, c.family.id, "engagement_started").size() == 1);
    CHECK(eventsOf(db, c.family.id, "engagement_started")[0].date == QDate(2026, 11, 13));
    REQUIRE(repo.remove(again.id).isOk());
    CHECK(eventsOf(db, c.family.id, "engagement_started").empty());
    for (const ContactAttempt& a : repo.forInvolvement(c.involvement.id))
        REQUIRE(repo.remove(a.id).isOk());
    CHECK(eventsOf(db, c.family.id, "contact_attempt").empty());

    SECTION("an event recorded by hand is left alone") {
        RecordedEvent manual;
        manual.familyId = c.family.id;
        manual.involvementId = c.involvement.id;
        manual.kind = QStringLiteral("engagement_started");
        manual.date = QDate(2026, 11, 1);
        REQUIRE(CaseEventRepository(db).save(manual).isOk());
        ContactAttempt yes = attempt(c, "phone", QDate(2026, 11, 5), 10, "engaged");
        REQUIRE(repo.save(yes).isOk());
        REQUIRE(repo.remove(yes.id).isOk());
        const auto kept = eventsOf(db, c.family.id, "engagement_started");
        REQUIRE(kept.size() == 1);
        CHECK(kept[0].id == manual.id);
    }
}

TEST_CASE("parental consent: saved with each child's health notes, given by a member with parental "
          "responsibility",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ConsentRepository repo(db);

    ParentalConsent consent;
    consent.familyId = c.family.id;
    consent.involvementId = c.involvement.id;
    consent.givenOn = QDate(2026, 11, 12);
    consent.givenByPersonId = c.motherId;
    consent.travel = true;
    consent.activities = true;
    consent.children = {{0, c.childId, QStringLiteral("Asthma: blue inhaler"), QStringLiteral("Penicillin"),
                         QStringLiteral("March 2021")}};
    const Status saved = repo.save(consent);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    CHECK(consent.givenByName == QStringLiteral("Avril Quenby")); // the name is kept too
    auto stored = repo.get(consent.id);
    REQUIRE(stored.isOk());
    CHECK(stored->givenOn == QDate(2026, 11, 12));
    CHECK(stored->travel);
    CHECK(stored->activities);
    CHECK_FALSE(stored->photographs);
    CHECK(stored->recordedByWorkerId == c.worker.id);
    REQUIRE(stored->children.size() == 1);
    CHECK(stored->children[0].allergies == QStringLiteral("Penicillin"));
    CHECK(stored->children[0].tetanus == QStringLiteral("March 2021"));

    // Changed: the children's rows are replaced, not added to.
    ParentalConsent changed = *stored;
    changed.photographs = true;
    changed.children[0].allergies = QStringLiteral("None known");
    REQUIRE(repo.save(changed).isOk());
    auto again = repo.get(consent.id);
    REQUIRE(again->children.size() == 1);
    CHECK(again->children[0].allergies == QStringLiteral("None known"));
    CHECK(again->photographs);

    SECTION("the rules") {
        ParentalConsent bad;
        bad.familyId = c.family.id;
        auto issues = validateParentalConsent(bad, test::fixedToday());
        CHECK(fieldsOf(issues) == QStringList{QStringLiteral("givenOn"), QStringLiteral("givenByName")});
        bad.givenOn = test::fixedToday().addDays(1);
        bad.givenByName = QStringLiteral("Jo Quenby (aunt, special guardian)");
        CHECK(
            joinIssues(validateParentalConsent(bad, test::fixedToday())).contains(QStringLiteral("future")));
        bad.givenOn = test::fixedToday();
        CHECK(repo.save(bad).isOk()); // a typed name will do

        ParentalConsent byChild = consent;
        byChild.id = 0;
        byChild.givenByPersonId = c.childId; // no parental responsibility
        CHECK(repo.save(byChild).error().contains(QStringLiteral("parental responsibility")));
        ParentalConsent motherAsChild = consent;
        motherAsChild.id = 0;
        motherAsChild.children = {{0, c.motherId, {}, {}, {}}};
        CHECK(repo.save(motherAsChild).error().contains(QStringLiteral("not a child of the family")));
        CHECK(repo.forFamily(c.family.id).size() == 2);
        REQUIRE(repo.remove(consent.id).isOk());
        CHECK(repo.forFamily(c.family.id).size() == 1);
    }
}

TEST_CASE("contact attempts and consents: export, import into a new file and export again is lossless",
          "[earlyhelp]") {
    test::TestDatabase source;
    Database& db = source.db();
    const EhCase c = ehCase(source);
    ContactAttempt a = attempt(c, "letter", QDate(2026, 11, 9), 9, "sent_no_reply");
    a.replyBy = QDate(2026, 11, 19);
    a.note = QStringLiteral("Second class \"urgent\" <b>");
    REQUIRE(ContactAttemptRepository(db).save(a).isOk());
    ContactAttempt b = attempt(c, "cold_call", QDate(2026, 11, 12), 16, "engaged");
    REQUIRE(ContactAttemptRepository(db).save(b).isOk());
    ParentalConsent consent;
    consent.familyId = c.family.id;
    consent.givenOn = QDate(2026, 11, 12);
    consent.givenByName = QStringLiteral("Jo Quenby");
    consent.photographs = true;
    consent.children = {{0, c.childId, QStringLiteral("Eczema"), QString(), QStringLiteral("not known")}};
    REQUIRE(ConsentRepository(db).save(consent).isOk());
    db.setAccount(test::testManager());

    auto first = exportJson(db);
    REQUIRE(first.isOk());
    const QJsonObject doc = QJsonDocument::fromJson(*first).object();
    const QJsonArray attempts = doc.value(QStringLiteral("ehContactAttempts")).toArray();
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[0][QStringLiteral("attemptedAt")].toString() == QStringLiteral("2026-11-09T09:30"));
    CHECK(attempts[0][QStringLiteral("replyBy")].toString() == QStringLiteral("2026-11-19"));
    const QJsonArray consents = doc.value(QStringLiteral("ehConsents")).toArray();
    REQUIRE(consents.size() == 1);
    CHECK(consents[0][QStringLiteral("givenByPersonId")].isNull());
    CHECK(consents[0][QStringLiteral("children")].toArray().size() == 1);

    test::TestDatabase target;
    const Status imported = importJson(target.db(), *first);
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    auto second = exportJson(target.db());
    REQUIRE(second.isOk());
    QJsonObject one = doc, two = QJsonDocument::fromJson(*second).object();
    one.remove(QStringLiteral("exportedAt"));
    two.remove(QStringLiteral("exportedAt"));
    CHECK(one == two);

    SECTION("a bad record is refused with its JSON path") {
        QJsonObject broken = doc;
        QJsonArray list = attempts;
        QJsonObject item = list[0].toObject();
        item.insert(QStringLiteral("method"), QStringLiteral("smoke_signal"));
        list[0] = item;
        broken.insert(QStringLiteral("ehContactAttempts"), list);
        test::TestDatabase other;
        const Status refused = importJson(other.db(), QJsonDocument(broken).toJson());
        CHECK(refused.error().contains(QStringLiteral("$.ehContactAttempts[0].method")));
    }
}

TEST_CASE("subject access: a child's report includes the contact attempts and their own consent health notes",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const EhCase c = ehCase(t);
    ContactAttempt a = attempt(c, "phone", QDate(2026, 11, 2), 17, "voicemail");
    a.note = QStringLiteral("Left a message with Nana Quenby");
    REQUIRE(ContactAttemptRepository(db).save(a).isOk());
    ParentalConsent consent;
    consent.familyId = c.family.id;
    consent.givenOn = QDate(2026, 11, 12);
    consent.givenByPersonId = c.motherId;
    consent.travel = true;
    consent.children = {{0, c.childId, QStringLiteral("Asthma"), QStringLiteral("Penicillin"), QString()}};
    REQUIRE(ConsentRepository(db).save(consent).isOk());

    Account admin;
    admin.username = QStringLiteral("ig.admin");
    admin.displayName = QStringLiteral("IG Admin");
    admin.role = Role::Administrator;
    db.setAccount(admin);
    auto report = subjectAccessReport(db, c.childId);
    REQUIRE(report.isOk());
    const QJsonArray attempts = report->json.value(QStringLiteral("earlyHelpContactAttempts")).toArray();
    REQUIRE(attempts.size() == 1);
    CHECK(attempts[0][QStringLiteral("note")].toString().contains(QStringLiteral("Nana Quenby")));
    const QJsonArray consents = report->json.value(QStringLiteral("earlyHelpConsents")).toArray();
    REQUIRE(consents.size() == 1);
    CHECK(consents[0][QStringLiteral("health")][QStringLiteral("allergies")].toString() ==
          QStringLiteral("Penicillin"));
    CHECK(report->thirdParties.contains(QStringLiteral("Avril Quenby")));
    CHECK(report->html.contains(QStringLiteral("Early Help: attempts to contact the family")));
    CHECK(report->html.contains(QStringLiteral("Early Help: parental consent")));

    // The mother's report has the consent she gave, without her child's health notes.
    auto mothers = subjectAccessReport(db, c.motherId);
    REQUIRE(mothers.isOk());
    const QJsonArray hers = mothers->json.value(QStringLiteral("earlyHelpConsents")).toArray();
    REQUIRE(hers.size() == 1);
    CHECK(hers[0][QStringLiteral("health")].toObject().isEmpty());
    CHECK_FALSE(mothers->html.contains(QStringLiteral("Penicillin")));
}

TEST_CASE(
    "Early Help printouts: the final-attempt letter is addressed to the main carer with the reply-by date, "
    "and every print is audited",
    "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    EhCase c = ehCase(t);
    Worker w = c.worker;
    w.phone = QStringLiteral("0116 305 0000");
    w.email = QStringLiteral("pippa.lindqvist@example.org");
    db.setAccount(test::testManager());
    REQUIRE(WorkerRepository(db).save(w).isOk());
    t.signInAs(c.worker);

    // No letter logged yet: dated today, 10 days to reply.
    auto plain = finalContactLetterFor(db, c.involvement.id);
    REQUIRE(plain.isOk());
    CHECK(plain->recipientName == QStringLiteral("Avril Quenby"));
    CHECK(plain->address.postcode == QStringLiteral("LE16 9ZZ")); // the family's address
    CHECK(plain->replyBy == test::fixedToday().addDays(10));
    CHECK(plain->locality == QStringLiteral("Harborough"));

    ContactAttempt letter = attempt(c, "letter", QDate(2026, 11, 9), 9, "sent_no_reply");
    letter.replyBy = QDate(2026, 11, 19);
    REQUIRE(ContactAttemptRepository(db).save(letter).isOk());
    auto printout = earlyHelpPrintout(db, QStringLiteral("final-letter"), c.involvement.id,
                                      QStringLiteral("Pippa Lindqvist"), letter.id);
    REQUIRE(printout.isOk());
    for (const char* expected :
         {"Avril Quenby", "4 Saddlers Row", "Market Harborough", "LE16 9ZZ", "Children and Families Service",
          "0116&nbsp;305&nbsp;0000", "19 November 2026", "I have not managed to reach you yet",
          "Family support worker", "Harborough Early Help", "Yours sincerely"}) {
        CAPTURE(expected);
        CHECK(printout->html.contains(QLatin1String(expected)));
    }
    const QString header = printout->header.lines.join(QLatin1Char('|'));
    CHECK(header.contains(QStringLiteral("Family: Quenby family")));
    CHECK(header.contains(QStringLiteral("UFRN: EH03123456F")));
    CHECK(header.contains(QStringLiteral("Worker: Pippa Lindqvist")));
    CHECK(header.contains(QStringLiteral("Date: 09/11/2026")));

    auto log = earlyHelpPrintout(db, QStringLiteral("contact-log"), c.involvement.id, QStringLiteral("P"));
    REQUIRE(log.isOk());
    CHECK(log->html.contains(QStringLiteral("Letter (10 days to reply)")));
    CHECK(log->html.contains(QStringLiteral("At least 5 phone calls")));

    ParentalConsent consent;
    consent.familyId = c.family.id;
    consent.givenOn = QDate(2026, 11, 12);
    consent.givenByName = QStringLiteral("Jo <Quenby>");
    consent.children = {{0, c.childId, QStringLiteral("Asthma"), QString(), QString()}};
    REQUIRE(ConsentRepository(db).save(consent).isOk());
    auto form = earlyHelpPrintout(db, QStringLiteral("consent"), consent.id, QStringLiteral("P"));
    REQUIRE(form.isOk());
    CHECK(form->html.contains(QStringLiteral("Jo &lt;Quenby&gt;")));
    CHECK(form->html.contains(QStringLiteral("Tobin Quenby")));
    CHECK(form->html.contains(QStringLiteral("I do not give permission")));

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT entity, family_id FROM audit_log WHERE action = 'print' ORDER BY seq")));
    QStringList printed;
    while (q.next()) {
        CHECK(q.value(1).toLongLong() == c.family.id);
        printed << q.value(0).toString();
    }
    CHECK(printed == QStringList{QStringLiteral("eh_contact_attempts"), QStringLiteral("eh_contact_attempts"),
                                 QStringLiteral("eh_consents")});
}
