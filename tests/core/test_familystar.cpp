#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familystar.h"
#include "earlyhelp/minimumrequirements.h"
#include "exchange/jsonexchange.h"
#include "governance/subjectaccess.h"
#include "storage/caseeventrepository.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

// A reading with the same score in every area except those given.
StarReading reading(const QString& perspective, const QDate& on, int base,
                    const std::vector<std::pair<const char*, int>>& except = {}, bool review = false) {
    StarReading r;
    r.perspective = perspective;
    r.scoredOn = on;
    r.scoredBy = QStringLiteral("Parent and family support worker");
    for (const QString& area : vocab::starArea().codes()) {
        StarScore s;
        s.area = area;
        s.score = base;
        for (const auto& [code, score] : except)
            if (area == QLatin1String(code))
                s.score = score;
        if (review) {
            s.goneWell = QStringLiteral("Bedtimes are calmer");
            s.worries = QStringLiteral("Mornings are still hard");
        } else {
            s.narrative = QStringLiteral("Evidence for the score in this area");
        }
        r.scores.push_back(s);
    }
    return r;
}

EhForm starForm(const QString& kind, qint64 involvementId, const QDate& on,
                std::vector<StarReading> readings) {
    EhForm f;
    f.kind = kind;
    f.involvementId = involvementId;
    f.completedOn = on;
    f.readings = std::move(readings);
    if (kind == QLatin1String("star_review"))
        f.texts[QStringLiteral("review_outcome")] = QStringLiteral("plan");
    return f;
}

EhForm approvedForm(const QString& kind, const QDate& on, std::vector<StarReading> readings,
                    const QString& attendance = QString()) {
    EhForm f = starForm(kind, 1, on, std::move(readings));
    f.status = QStringLiteral("approved");
    if (!attendance.isEmpty())
        f.texts[QStringLiteral("school_attendance")] = attendance;
    return f;
}

QStringList eventsOf(Database& db, qint64 familyId) {
    QStringList out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        out << e.kind + QLatin1Char('@') + e.date.toString(Qt::ISODate);
    return out;
}

const PbrHeadline& headline(const PbrResult& r, const char* key) {
    for (const PbrHeadline& h : r.headlines)
        if (h.key == QLatin1String(key))
            return h;
    FAIL("no headline " << key);
    return r.headlines.front();
}

} // namespace

TEST_CASE("Family Star: the 10 areas are the guidance's, in its order", "[earlyhelp]") {
    const QStringList codes = vocab::starArea().codes();
    REQUIRE(codes.size() == 10);
    CHECK(vocab::starArea().label(codes.front()) == QStringLiteral("Physical health"));
    CHECK(vocab::starArea().label(QStringLiteral("keeping_safe")) ==
          QStringLiteral("Keeping your children safe"));
    CHECK(vocab::starArea().label(codes.back()) == QStringLiteral("Home and money"));
}

TEST_CASE("Family Star validation: a draft may be partial, a submission must be whole", "[earlyhelp]") {
    const QDate today(2026, 11, 20);
    EhForm f = starForm(QStringLiteral("star_assessment"), 1, QDate(2026, 11, 2), {});
    CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
    auto submitIssues = validateEhForm(f, today, FormCheck::Submit);
    REQUIRE_FALSE(submitIssues.isEmpty());
    CHECK(submitIssues.front().message.contains(QStringLiteral("Score the 10 areas")));

    f.readings.push_back(reading(QStringLiteral("agreed"), QDate(2026, 11, 2), 4));
    CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());

    SECTION("a score above 10 or an unknown area is refused even in a draft") {
        f.readings[0].scores[3].score = 11;
        const auto issues = validateEhForm(f, today, FormCheck::Draft);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].message.contains(QStringLiteral("Keeping your children safe")));
    }
    SECTION("an unscored area and a missing narrative stop a submission, naming the area") {
        f.readings[0].scores[0].score = 0;
        f.readings[0].scores[9].narrative.clear();
        const QString all = joinIssues(validateEhForm(f, today, FormCheck::Submit));
        CHECK(all.contains(QStringLiteral("score Physical health")));
        CHECK(all.contains(QStringLiteral("Home and money: say what lies behind the score")));
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
    }
    SECTION("a review needs what has gone well or what worries, not a narrative") {
        EhForm review = starForm(QStringLiteral("star_review"), 1, QDate(2026, 11, 2),
                                 {reading(QStringLiteral("agreed"), QDate(2026, 11, 2), 5, {}, true)});
        review.texts.erase(QStringLiteral("review_outcome"));
        CHECK(joinIssues(validateEhForm(review, today, FormCheck::Submit)).contains(QStringLiteral("plan")));
        review.texts[QStringLiteral("review_outcome")] = QStringLiteral("plan");
        CHECK(validateEhForm(review, today, FormCheck::Submit).isEmpty());
        review.readings[0].scores[2].goneWell.clear();
        review.readings[0].scores[2].worries.clear();
        CHECK(joinIssues(validateEhForm(review, today, FormCheck::Submit))
                  .contains(QStringLiteral("Meeting emotional needs: say what has gone well")));
    }
    SECTION("a disagreement is two readings: the worker's view alone cannot be submitted") {
        f.readings[0].perspective = QStringLiteral("worker");
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
        CHECK(joinIssues(validateEhForm(f, today, FormCheck::Submit))
                  .contains(QStringLiteral("family's own scores")));
        StarReading family = reading(QStringLiteral("family"), QDate(2026, 11, 2), 6);
        for (StarScore& s : family.scores)
            s.narrative.clear(); // the family's view needs only their scores
        f.readings.push_back(family);
        CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
        f.readings.push_back(reading(QStringLiteral("agreed"), QDate(2026, 11, 2), 6));
        CHECK(joinIssues(validateEhForm(f, today, FormCheck::Draft))
                  .contains(QStringLiteral("one agreed reading")));
    }
    SECTION("dates in the future and attendance outside 0-100 are refused") {
        f.completedOn = today.addDays(1);
        f.texts[QStringLiteral("school_attendance")] = QStringLiteral("104");
        const QString all = joinIssues(validateEhForm(f, today, FormCheck::Draft));
        CHECK(all.contains(QStringLiteral("in the future")));
        CHECK(all.contains(QStringLiteral("from 0 to 100")));
    }
}

TEST_CASE("Early Help forms: draft, submit, return, revise, approve, and versions stay readable",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);

    t.signInAs(fsw);
    EhForm f = starForm(QStringLiteral("star_assessment"), inv.id, QDate(2026, 10, 1),
                        {reading(QStringLiteral("agreed"), QDate(2026, 10, 1), 3)});
    f.readings[0].scores[0].narrative.clear();
    REQUIRE(forms.saveDraft(f).isOk());
    CHECK(f.seriesId == f.id);
    CHECK(f.version == 1);
    CHECK(f.workerId == fsw.id);

    // Not ready: the missing narrative is named.
    const Status early = forms.submit(f.id);
    REQUIRE_FALSE(early.isOk());
    CHECK(early.error().contains(QStringLiteral("Physical health")));
    f.readings[0].scores[0].narrative = QStringLiteral("No GP since moving");
    REQUIRE(forms.saveDraft(f).isOk());
    REQUIRE(forms.get(f.id)->readings.at(0).scores.size() == 10);
    REQUIRE(forms.submit(f.id).isOk());

    // Submitted is final for the worker, and a worker cannot sign off.
    CHECK_FALSE(forms.saveDraft(f).isOk());
    CHECK(forms.approve(f.id, QString()).error().contains(QStringLiteral("team manager")));

    t.signInAs(manager);
    CHECK_FALSE(forms.returnForChanges(f.id, QStringLiteral("  ")).isOk()); // a return says why
    REQUIRE(forms.returnForChanges(f.id, QStringLiteral("Home and money needs the arrears figure")).isOk());
    CHECK(forms.approved(inv.id).empty());
    CHECK(eventsOf(db, family.id).filter(QStringLiteral("eh_assessment")).isEmpty());

    t.signInAs(fsw);
    auto v2 = forms.revise(f.id);
    REQUIRE(v2.isOk());
    CHECK(v2->version == 2);
    CHECK(v2->seriesId == f.id);
    CHECK(v2->isDraft());
    CHECK(v2->readings.at(0).scores.at(0).narrative == QStringLiteral("No GP since moving"));
    CHECK_FALSE(forms.revise(f.id).isOk()); // version 2 exists: revise the latest
    EhForm second = *v2;
    second.readings[0].scores[9].narrative = QStringLiteral("Rent arrears of about 1,200 pounds");
    second.completedOn = QDate(2026, 10, 3);
    REQUIRE(forms.saveDraft(second).isOk());
    REQUIRE(forms.submit(second.id).isOk());

    // The manager who submitted a form cannot approve it: submit as the manager to show it.
    t.signInAs(manager);
    REQUIRE(forms.approve(second.id, QStringLiteral("Good evidence")).isOk());

    const auto versions = forms.versions(f.id);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].status == QStringLiteral("returned"));
    CHECK(versions[0].decisionNote == QStringLiteral("Home and money needs the arrears figure"));
    CHECK(versions[0].readings.at(0).scores.at(9).narrative ==
          QStringLiteral("Evidence for the score in this area"));
    CHECK(versions[1].status == QStringLiteral("approved"));
    CHECK(versions[1].decidedByWorkerId == manager.id);
    const auto counted = forms.approved(inv.id);
    REQUIRE(counted.size() == 1);
    CHECK(counted[0].id == second.id);
    CHECK(eventsOf(db, family.id).contains(QStringLiteral("eh_assessment_completed@2026-10-03")));

    SECTION("a revision approved later moves the deadline event instead of adding one") {
        t.signInAs(fsw);
        auto revised = forms.revise(second.id);
        REQUIRE(revised.isOk());
        EhForm v3 = *revised;
        v3.completedOn = QDate(2026, 10, 5);
        REQUIRE(forms.saveDraft(v3).isOk());
        REQUIRE(forms.submit(v3.id).isOk());
        // Until the manager decides, version 2 still counts.
        CHECK(forms.approved(inv.id).at(0).version == 2);
        t.signInAs(manager);
        REQUIRE(forms.approve(v3.id, QString()).isOk());
        CHECK(forms.approved(inv.id).at(0).version == 3);
        const QStringList events = eventsOf(db, family.id).filter(QStringLiteral("eh_assessment_completed"));
        CHECK(events == QStringList{QStringLiteral("eh_assessment_completed@2026-10-05")});
    }
    SECTION("a manager does not sign off their own submission") {
        t.signInAs(manager);
        EhForm review = starForm(QStringLiteral("star_review"), inv.id, QDate(2026, 11, 12),
                                 {reading(QStringLiteral("agreed"), QDate(2026, 11, 12), 6, {}, true)});
        REQUIRE(forms.saveDraft(review).isOk());
        REQUIRE(forms.submit(review.id).isOk());
        CHECK(forms.approve(review.id, QString()).error().contains(QStringLiteral("other than the one")));
    }
    SECTION("only drafts can be removed") {
        CHECK_FALSE(forms.removeDraft(second.id).isOk());
        t.signInAs(fsw);
        EhForm draft = starForm(QStringLiteral("star_review"), inv.id, QDate(2026, 11, 12),
                                {reading(QStringLiteral("agreed"), QDate(2026, 11, 12), 6, {}, true)});
        REQUIRE(forms.saveDraft(draft).isOk());
        REQUIRE(forms.removeDraft(draft.id).isOk());
        CHECK_FALSE(forms.get(draft.id).isOk());
    }
}

TEST_CASE("Early Help forms: a worker who cannot see the family can neither read nor write its forms",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker other = test::makeWorker(db, QStringLiteral("Olu Other"), QStringLiteral("Melton"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);
    t.signInAs(fsw);
    EhForm f = starForm(QStringLiteral("star_assessment"), inv.id, QDate(2026, 10, 1),
                        {reading(QStringLiteral("agreed"), QDate(2026, 10, 1), 3)});
    REQUIRE(forms.saveDraft(f).isOk());
    t.signInAs(other);
    CHECK_FALSE(forms.get(f.id).isOk());
    CHECK(forms.forInvolvement(inv.id).empty());
    EhForm mine = f;
    mine.id = 0;
    CHECK_FALSE(forms.saveDraft(mine).isOk());
}

TEST_CASE("Family Star chart: assessment and latest review, or every reading over time", "[earlyhelp]") {
    std::vector<EhForm> forms = {
        approvedForm(QStringLiteral("star_assessment"), QDate(2026, 3, 24),
                     {reading(QStringLiteral("agreed"), QDate(2026, 3, 24), 3)}),
        approvedForm(QStringLiteral("star_review"), QDate(2026, 5, 5),
                     {reading(QStringLiteral("worker"), QDate(2026, 5, 5), 5, {}, true),
                      reading(QStringLiteral("family"), QDate(2026, 5, 5), 7, {}, true)}),
        approvedForm(QStringLiteral("star_review"), QDate(2026, 6, 16),
                     {reading(QStringLiteral("agreed"), QDate(2026, 6, 16), 6, {{"keeping_safe", 8}}, true)}),
    };
    const auto two = starChartLines(forms, false);
    REQUIRE(two.size() == 2);
    CHECK(two[0].scores == std::vector<int>(10, 3));
    CHECK(two[1].label.startsWith(QStringLiteral("Review 2")));
    CHECK(two[1].scores[3] == 8);

    const auto every = starChartLines(forms, true);
    REQUIRE(every.size() == 4);
    CHECK(every[1].perspective == QStringLiteral("worker"));
    CHECK(every[2].perspective == QStringLiteral("family"));
    CHECK(every[2].scores == std::vector<int>(10, 7));
    CHECK(every[2].label.contains(QStringLiteral("family's view")));

    const auto d = distanceTravelled(forms);
    REQUIRE(d.has_value());
    CHECK(d->reviewedOn == QDate(2026, 6, 16));
    CHECK(d->rows.at(3).atAssessment == 3);
    CHECK(d->rows.at(3).atLatestReview == 8);
    CHECK(d->rows.at(3).change() == 5);
    CHECK_FALSE(distanceTravelled({}).has_value());
}

TEST_CASE("Payment by results: section 25 thresholds and 90 percent attendance, with reasons",
          "[earlyhelp]") {
    const QDate assessed(2026, 3, 24), reviewed(2026, 6, 16);
    auto assessment = [&](int base, std::vector<std::pair<const char*, int>> except = {},
                          const QString& attendance = QString()) {
        return approvedForm(QStringLiteral("star_assessment"), assessed,
                            {reading(QStringLiteral("agreed"), assessed, base, except)}, attendance);
    };
    auto review = [&](int base, std::vector<std::pair<const char*, int>> except = {},
                      const QString& attendance = QString()) {
        return approvedForm(QStringLiteral("star_review"), reviewed,
                            {reading(QStringLiteral("agreed"), reviewed, base, except, true)}, attendance);
    };

    SECTION("no review yet: not yet, and says so") {
        const PbrResult r = paymentByResults({assessment(3)});
        CHECK_FALSE(r.qualifies);
        CHECK(r.reason.contains(QStringLiteral("no approved Family Star review")));
    }
    SECTION("7 in exactly 6 areas including keeping safe qualifies; 5 areas does not") {
        // Six areas at 7 (keeping safe among them), four at 5.
        const std::vector<std::pair<const char*, int>> six = {{"physical_health", 7}, {"well_being", 7},
                                                              {"emotional_needs", 7}, {"keeping_safe", 7},
                                                              {"social_networks", 7}, {"education", 7}};
        const PbrResult yes = paymentByResults({assessment(3), review(5, six)});
        CHECK(headline(yes, "children_need_help").met);
        CHECK(
            headline(yes, "children_need_help").reason.contains(QStringLiteral("now 6 areas at 7 or more")));
        auto five = six;
        five.pop_back();
        const PbrResult no = paymentByResults({assessment(3), review(5, five)});
        CHECK_FALSE(headline(no, "children_need_help").met);
        CHECK_FALSE(no.qualifies);
        CHECK(no.reason.contains(QStringLiteral("Children who need help")));
    }
    SECTION("six areas at 7 without keeping safe is not enough") {
        const PbrResult r =
            paymentByResults({assessment(3), review(7, {{"keeping_safe", 6}, {"home_and_money", 7}})});
        CHECK_FALSE(headline(r, "children_need_help").met);
        CHECK(headline(r, "children_need_help")
                  .reason.contains(QStringLiteral("Keeping your children safe 6")));
    }
    SECTION("every area at 7 and attendance from 84 to 92 percent qualifies under every headline") {
        const PbrResult r =
            paymentByResults({assessment(3, {}, QStringLiteral("84")), review(7, {}, QStringLiteral("92"))});
        CHECK(r.qualifies);
        for (const PbrHeadline& h : r.headlines) {
            INFO(h.key.toStdString());
            CHECK(h.applies);
            CHECK(h.met);
        }
        CHECK(headline(r, "school_attendance").reason.contains(QStringLiteral("84% at assessment, now 92%")));
    }
    SECTION("attendance at 89 percent keeps the family from qualifying") {
        const PbrResult r =
            paymentByResults({assessment(3, {}, QStringLiteral("70")), review(8, {}, QStringLiteral("89"))});
        CHECK_FALSE(r.qualifies);
        CHECK_FALSE(headline(r, "school_attendance").met);
    }
    SECTION("a headline already met at assessment does not apply") {
        // Physical health 8 at the start: no health problem to evidence.
        const PbrResult r = paymentByResults({assessment(3, {{"physical_health", 8}}), review(7)});
        CHECK_FALSE(headline(r, "health").applies);
        CHECK(headline(r, "health").reason.contains(QStringLiteral("Already met")));
        CHECK(r.qualifies);
    }
    SECTION("domestic abuse needs both keeping safe and well-being; worklessness either") {
        const PbrResult r =
            paymentByResults({assessment(3), review(7, {{"well_being", 6}, {"progress_to_work", 4}})});
        CHECK_FALSE(headline(r, "domestic_abuse").met);
        CHECK(headline(r, "worklessness").met); // home and money 7
    }
}

TEST_CASE("Early Help forms keep information-sharing rows, plan actions and the person a form is about",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);

    EhForm sow;
    sow.kind = QStringLiteral("sow_assessment");
    sow.involvementId = inv.id;
    sow.completedOn = QDate(2026, 10, 1);
    sow.texts[QStringLiteral("reasons")] = QStringLiteral("School referral about behaviour at home");
    sow.infoSharing = {{family.members.at(0).personId, QStringLiteral("Parent Starling"),
                        QStringLiteral("Mother"), true, QString(), QStringLiteral("All the children")},
                       {0, QStringLiteral("Grandparent Starling"), QStringLiteral("Grandmother"), false,
                        QStringLiteral("Not met yet"), QString()}};
    const Status saved = forms.saveDraft(sow);
    INFO(saved.error().toStdString());
    REQUIRE(saved.isOk());
    EhForm plan;
    plan.kind = QStringLiteral("plan");
    plan.involvementId = inv.id;
    plan.completedOn = QDate(2026, 10, 2);
    plan.planItems = {{QStringLiteral("home_and_money"), QStringLiteral("other_agency"), 0,
                       QStringLiteral("Housing officer"), QStringLiteral("District council housing"),
                       QStringLiteral("Arrange a payment plan"), QStringLiteral("Eviction threatened"),
                       QStringLiteral("The family keeps its home"), QStringLiteral("priority")},
                      {QStringLiteral("social_networks"), QStringLiteral("worker"), fsw.id, QString(),
                       QString(), QString(), QString(), QString(), QStringLiteral("not_prioritised")}};
    REQUIRE(forms.saveDraft(plan).isOk());
    EhForm monitoring;
    monitoring.kind = QStringLiteral("individual_monitoring");
    monitoring.involvementId = inv.id;
    monitoring.personId = family.members.at(1).personId;
    REQUIRE(forms.saveDraft(monitoring).isOk());

    CHECK(forms.get(sow.id)->infoSharing == sow.infoSharing);
    CHECK(forms.get(sow.id)->text(QStringLiteral("reasons")) == sow.text(QStringLiteral("reasons")));
    CHECK(forms.get(plan.id)->planItems == plan.planItems);
    CHECK(forms.get(monitoring.id)->personId == monitoring.personId);

    // Saving again replaces the rows rather than adding to them.
    sow.infoSharing.pop_back();
    REQUIRE(forms.saveDraft(sow).isOk());
    CHECK(forms.get(sow.id)->infoSharing.size() == 1);
}

TEST_CASE("Early Help forms: every version travels through export and import unchanged", "[earlyhelp]") {
    test::TestDatabase source;
    Database& db = source.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);
    source.signInAs(fsw);
    EhForm f = starForm(QStringLiteral("star_assessment"), inv.id, QDate(2026, 10, 1),
                        {reading(QStringLiteral("worker"), QDate(2026, 10, 1), 3),
                         reading(QStringLiteral("family"), QDate(2026, 10, 1), 5)});
    f.texts[QStringLiteral("school_attendance")] = QStringLiteral("84");
    f.readings[0].scores[2].narrative = QStringLiteral("Quotes \"and\" <tags> survive\nacross lines");
    REQUIRE(forms.saveDraft(f).isOk());
    REQUIRE(forms.submit(f.id).isOk());
    source.signInAs(manager);
    REQUIRE(forms.returnForChanges(f.id, QStringLiteral("Add the family's words")).isOk());
    source.signInAs(fsw);
    auto v2 = forms.revise(f.id);
    REQUIRE(v2.isOk());
    EhForm plan;
    plan.kind = QStringLiteral("plan");
    plan.involvementId = inv.id;
    plan.planItems = {{QStringLiteral("home_and_money"), QStringLiteral("worker"), fsw.id, QString(),
                       QString(), QStringLiteral("Call the council"), QStringLiteral("Arrears"),
                       QStringLiteral("Keeps home"), QStringLiteral("priority")}};
    REQUIRE(forms.saveDraft(plan).isOk());
    EhForm sow;
    sow.kind = QStringLiteral("sow_assessment");
    sow.involvementId = inv.id;
    sow.infoSharing = {{family.members.at(0).personId, QStringLiteral("Parent Starling"),
                        QStringLiteral("Mother"), true, QString(), QStringLiteral("All the children")}};
    REQUIRE(forms.saveDraft(sow).isOk());
    MinimumRequirement gp{QStringLiteral("gp"), QStringLiteral("met"),
                          QStringLiteral("Registered in October"), QDate(2026, 10, 20)};
    REQUIRE(MinimumRequirementRepository(db).save(inv.id, gp).isOk());
    db.setAccount(test::testManager());

    auto first = exportJson(db);
    REQUIRE(first.isOk());
    const QJsonObject doc = QJsonDocument::fromJson(*first).object();
    const QJsonArray exported = doc.value(QStringLiteral("ehForms")).toArray();
    REQUIRE(exported.size() == 4);
    CHECK(exported[0][QStringLiteral("status")].toString() == QStringLiteral("returned"));
    CHECK(exported[1][QStringLiteral("seriesId")].toInteger() == f.id);
    CHECK(exported[1][QStringLiteral("version")].toInteger() == 2);
    CHECK(exported[0][QStringLiteral("readings")].toArray().size() == 2);
    const QJsonArray requirements = doc.value(QStringLiteral("ehMinimumRequirements")).toArray();
    REQUIRE(requirements.size() == 1);
    CHECK(requirements[0][QStringLiteral("note")].toString() == QStringLiteral("Registered in October"));

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
    EhFormRepository imported_forms(target.db());
    CHECK(imported_forms.versions(f.id).size() == 2);
    CHECK(imported_forms.get(f.id)->readings.at(0).scores.at(2).narrative ==
          f.readings[0].scores[2].narrative);

    SECTION("a bad form is refused with its JSON path") {
        QJsonArray list = exported;
        QJsonObject item = list[1].toObject();
        item.insert(QStringLiteral("seriesId"), 999);
        list[1] = item;
        QJsonObject broken = doc;
        broken.insert(QStringLiteral("ehForms"), list);
        test::TestDatabase other;
        const Status refused = importJson(other.db(), QJsonDocument(broken).toJson());
        CHECK(refused.error().contains(QStringLiteral("$.ehForms[1].seriesId")));

        item = exported[0].toObject();
        QJsonArray readings = item.value(QStringLiteral("readings")).toArray();
        QJsonObject r0 = readings[0].toObject();
        QJsonArray scores = r0.value(QStringLiteral("scores")).toArray();
        QJsonObject s0 = scores[0].toObject();
        s0.insert(QStringLiteral("score"), 12);
        scores[0] = s0;
        r0.insert(QStringLiteral("scores"), scores);
        readings[0] = r0;
        item.insert(QStringLiteral("readings"), readings);
        list = exported;
        list[0] = item;
        broken.insert(QStringLiteral("ehForms"), list);
        test::TestDatabase third;
        const Status tooHigh = importJson(third.db(), QJsonDocument(broken).toJson());
        CHECK(tooHigh.error().contains(QStringLiteral("$.ehForms[0].scores.score")));
        CHECK(tooHigh.error().contains(QStringLiteral("1 to 10")));
    }
}

TEST_CASE("subject access: Early Help forms are in the report, every version, but not another member's "
          "monitoring form",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Family family = test::makeFamily(db, QStringLiteral("Starling"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    const qint64 mother = family.members.at(0).personId;
    const qint64 child = family.members.at(1).personId;
    EhFormRepository forms(db);
    EhForm f = starForm(QStringLiteral("star_assessment"), inv.id, QDate(2026, 10, 1),
                        {reading(QStringLiteral("agreed"), QDate(2026, 10, 1), 4)});
    f.readings[0].scores[0].narrative = QStringLiteral("Registered with the GP in October");
    REQUIRE(forms.saveDraft(f).isOk());
    EhForm aboutMother;
    aboutMother.kind = QStringLiteral("individual_monitoring");
    aboutMother.involvementId = inv.id;
    aboutMother.personId = mother;
    aboutMother.texts[QStringLiteral("smoking")] = QStringLiteral("yes");
    REQUIRE(forms.saveDraft(aboutMother).isOk());
    MinimumRequirement dentist{QStringLiteral("dentist"), QStringLiteral("not_met"),
                               QStringLiteral("Appointment booked"), QDate(2026, 10, 20)};
    REQUIRE(MinimumRequirementRepository(db).save(inv.id, dentist).isOk());

    Account admin;
    admin.username = QStringLiteral("ig.admin");
    admin.displayName = QStringLiteral("IG Admin");
    admin.role = Role::Administrator;
    db.setAccount(admin);
    auto childs = subjectAccessReport(db, child);
    REQUIRE(childs.isOk());
    const QJsonArray list = childs->json.value(QStringLiteral("earlyHelpForms")).toArray();
    REQUIRE(list.size() == 1); // the star assessment; the mother's monitoring form is hers
    CHECK(list[0][QStringLiteral("form")].toString() == QStringLiteral("Family Star assessment"));
    CHECK(list[0][QStringLiteral("familyStar")][0][QStringLiteral("scores")].toArray().size() == 10);
    CHECK(childs->html.contains(QStringLiteral("Registered with the GP in October")));
    REQUIRE(childs->json.value(QStringLiteral("earlyHelpMinimumRequirements")).toArray().size() == 1);
    CHECK(childs->html.contains(QStringLiteral("Appointment booked")));
    auto mothers = subjectAccessReport(db, mother);
    REQUIRE(mothers.isOk());
    CHECK(mothers->json.value(QStringLiteral("earlyHelpForms")).toArray().size() == 2);
}
