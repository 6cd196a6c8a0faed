#include "earlyhelp/casesummary.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/signsofwellbeing.h"
#include "storage/caseeventrepository.h"
#include "storage/personrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

QString allIssues(const ValidationIssues& issues) {
    QStringList out;
    for (const ValidationIssue& i : issues)
        out << i.field + QStringLiteral(": ") + i.message;
    return out.join(QLatin1Char('\n'));
}

bool hasIssue(const ValidationIssues& issues, const QString& field) {
    for (const ValidationIssue& i : issues)
        if (i.field == field)
            return true;
    return false;
}

EhForm completeSow(qint64 involvementId = 0) {
    EhForm f;
    f.kind = QStringLiteral("sow_assessment");
    f.involvementId = involvementId;
    f.completedOn = QDate(2026, 10, 1);
    f.texts[QStringLiteral("started_on")] = QStringLiteral("2026-09-24");
    f.texts[QStringLiteral("reasons")] =
        QStringLiteral("School referral: aggression towards siblings at home");
    f.texts[QStringLiteral("worries")] = QStringLiteral("Someone may be hurt if nothing changes");
    f.texts[QStringLiteral("needs")] = QStringLiteral("Consistent boundaries and a morning routine");
    f.texts[QStringLiteral("scale")] = QStringLiteral("4");
    f.infoSharing = {{0, QStringLiteral("Parent Fictional"), QStringLiteral("Mother, 38"), true, QString(),
                      QStringLiteral("Yes: all the children")}};
    return f;
}

EhForm completeSummary() {
    using namespace casesummary;
    EhForm f;
    f.kind = QStringLiteral("case_summary");
    f.completedOn = QDate(2026, 10, 1);
    f.texts[QLatin1String(reason)] = QStringLiteral("initial");
    f.texts[QLatin1String(composition)] = QStringLiteral("Parent Fictional, 38; Child Fictional, 9");
    f.texts[QLatin1String(whyWorking)] = QStringLiteral("Behaviour at home; late for school");
    f.texts[QLatin1String(harm)] = QStringLiteral("Aggression towards siblings");
    f.texts[QLatin1String(nextSteps)] = QStringLiteral("Parenting group");
    f.texts[QLatin1String(danger)] = QStringLiteral("We are worried a child will be hurt");
    f.texts[QLatin1String(safetyScale)] = QStringLiteral("6");
    f.texts[QLatin1String(safetyLow)] = QStringLiteral("child protection");
    f.texts[QLatin1String(safetyHigh)] = QStringLiteral("no need for social work intervention");
    f.texts[QLatin1String(wellbeingScale)] = QStringLiteral("5");
    f.texts[QLatin1String(wellbeingLow)] = QStringLiteral("risk of family breakdown");
    f.texts[QLatin1String(wellbeingHigh)] = QStringLiteral("needs can be met by universal services");
    return f;
}

StarReading starReading(const QDate& on, int base) {
    StarReading r;
    r.scoredOn = on;
    r.scoredBy = QStringLiteral("Parent and worker");
    for (const QString& area : vocab::starArea().codes())
        r.scores.push_back({area, base, QStringLiteral("Evidence"), {}, {}});
    return r;
}

EhForm approvedStar(const QString& kind, const QDate& on, int base) {
    EhForm f;
    f.kind = kind;
    f.status = QStringLiteral("approved");
    f.completedOn = on;
    f.readings = {starReading(on, base)};
    return f;
}

} // namespace

TEST_CASE("Signs of Wellbeing: the scale's anchors are the guidance's, at the even points", "[earlyhelp]") {
    REQUIRE(sowScaleAnchors().size() == 6);
    CHECK(sowScaleAnchor(0) ==
          QStringLiteral("May need CP plan/unlikely to meet outcomes without significant involvement"));
    CHECK(sowScaleAnchor(2) == QStringLiteral("Engaging and thinking about change"));
    CHECK(sowScaleAnchor(4) ==
          QStringLiteral("Shared view of what needs to happen and willing to move forward"));
    CHECK(sowScaleAnchor(6) == QStringLiteral("Already making positive changes"));
    CHECK(sowScaleAnchor(8) ==
          QStringLiteral("Requires signposting and support to access universal services"));
    CHECK(sowScaleAnchor(10) == QStringLiteral("Close case \u2013 no service required"));
    for (int odd : {1, 3, 5, 7, 9})
        CHECK(sowScaleAnchor(odd).isEmpty());
    // Every value from 0 to 10 says something; an odd one names the anchors either side.
    for (int v = 0; v <= 10; ++v) {
        INFO(v);
        const QString d = sowScaleDescription(v);
        CHECK_FALSE(d.isEmpty());
        if (v % 2 == 0)
            CHECK(d == sowScaleAnchor(v));
        else
            CHECK((d.contains(sowScaleAnchor(v - 1)) && d.contains(sowScaleAnchor(v + 1))));
    }
    CHECK(sowScaleDescription(5).startsWith(QStringLiteral("Between 4")));
    CHECK(sowScaleDescription(-1).isEmpty());
    CHECK(sowScaleDescription(11).isEmpty());
}

TEST_CASE("Signs of Wellbeing validation: a draft may be partial, a submission needs the essentials",
          "[earlyhelp]") {
    const QDate today = test::fixedToday();
    SECTION("a complete form passes both checks") {
        const EhForm f = completeSow();
        INFO(allIssues(validateEhForm(f, today, FormCheck::Submit)).toStdString());
        CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
    }
    SECTION("an empty draft saves; submitting it names what is missing") {
        EhForm f;
        f.kind = QStringLiteral("sow_assessment");
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
        const ValidationIssues issues = validateEhForm(f, today, FormCheck::Submit);
        for (const char* key : {"completed_on", "reasons", "worries", "needs", "scale", "info_sharing"}) {
            INFO(key);
            CHECK(hasIssue(issues, QLatin1String(key)));
        }
        CHECK_FALSE(hasIssue(issues, QStringLiteral("strengths"))); // useful, not essential
        CHECK_FALSE(hasIssue(issues, QStringLiteral("next_steps")));
    }
    SECTION("the scale is a whole number from 0 to 10, even in a draft") {
        EhForm f = completeSow();
        for (const char* bad : {"11", "-1", "four", "4.5"}) {
            INFO(bad);
            f.texts[QStringLiteral("scale")] = QLatin1String(bad);
            CHECK(hasIssue(validateEhForm(f, today, FormCheck::Draft), QStringLiteral("scale")));
        }
        for (const char* good : {"0", "7", "10"}) {
            f.texts[QStringLiteral("scale")] = QLatin1String(good);
            CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
        }
    }
    SECTION("a brief intervention's assessment needs next steps, its plan of work") {
        EhForm f = completeSow();
        f.texts[QStringLiteral("intervention")] = QStringLiteral("early_help_brief");
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
        CHECK(hasIssue(validateEhForm(f, today, FormCheck::Submit), QStringLiteral("next_steps")));
        f.texts[QStringLiteral("next_steps")] = QStringLiteral("Four sessions on routines, then close");
        CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
        f.texts[QStringLiteral("intervention")] = QStringLiteral("early_help_targeted");
        f.texts[QStringLiteral("next_steps")].clear();
        CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
    }
    SECTION("dates and rows must make sense") {
        EhForm f = completeSow();
        f.texts[QStringLiteral("started_on")] = QStringLiteral("2026-10-05"); // after completion
        f.infoSharing.push_back({});                                          // no name
        const ValidationIssues issues = validateEhForm(f, today, FormCheck::Draft);
        CHECK(hasIssue(issues, QStringLiteral("started_on")));
        CHECK(hasIssue(issues, QStringLiteral("info_sharing")));
        f.texts[QStringLiteral("started_on")] = QStringLiteral("not a date");
        CHECK(hasIssue(validateEhForm(f, today, FormCheck::Draft), QStringLiteral("started_on")));
    }
}

TEST_CASE("Signs of Wellbeing: the information-sharing table from the family's record", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family family = test::makeFamily(db, QStringLiteral("Wrenfield"), QDate(2017, 3, 14));
    std::vector<qint64> ids;
    for (const FamilyMember& m : family.members)
        ids.push_back(m.personId);
    const auto rows = infoSharingFromFamily(family, PersonRepository(db).getMany(ids), QDate(2026, 10, 1));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == QStringLiteral("Avril Wrenfield"));
    CHECK(rows[0].ageOrRole == QStringLiteral("Mother, 38"));
    CHECK(rows[0].holdsPr == QStringLiteral("Yes: Tobin"));
    CHECK_FALSE(rows[0].explained); // the worker says
    CHECK(rows[1].name == QStringLiteral("Tobin Wrenfield"));
    CHECK(rows[1].ageOrRole == QStringLiteral("9"));
    CHECK(rows[1].holdsPr.isEmpty());
    CHECK(rows[1].personId == family.members[1].personId);
}

TEST_CASE("Signs of Wellbeing: round trip through the repository, submitted and approved", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Wrenfield"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);
    t.signInAs(fsw);

    EhForm f = completeSow(inv.id);
    f.texts.erase(QStringLiteral("worries"));
    f.infoSharing.push_back({family.members[1].personId, QStringLiteral("Tobin Wrenfield"),
                             QStringLiteral("9"), false, QStringLiteral("Too young; explained to mum"),
                             QString()});
    REQUIRE(forms.saveDraft(f).isOk());
    const Status early = forms.submit(f.id);
    REQUIRE_FALSE(early.isOk());
    CHECK(early.error().contains(QStringLiteral("What are we worried about?")));
    f.texts[QStringLiteral("worries")] = QStringLiteral("Mornings end in shouting and lateness");
    REQUIRE(forms.saveDraft(f).isOk());

    const auto back = forms.get(f.id);
    REQUIRE(back.isOk());
    CHECK(back->infoSharing == f.infoSharing);
    CHECK(back->text(QStringLiteral("started_on")) == QStringLiteral("2026-09-24"));
    CHECK(sowScaleValue(*back) == 4);
    REQUIRE(forms.submit(f.id).isOk());
    t.signInAs(manager);
    REQUIRE(forms.approve(f.id, QStringLiteral("Clear analysis")).isOk());
    const auto approved = forms.approved(inv.id, QStringLiteral("sow_assessment"));
    REQUIRE(approved.size() == 1);
    CHECK(approved[0].infoSharing.size() == 2);
}

TEST_CASE("Case summary validation: scales with words at both ends, and the essentials", "[earlyhelp]") {
    using namespace casesummary;
    const QDate today = test::fixedToday();
    const EhForm complete = completeSummary();
    INFO(allIssues(validateEhForm(complete, today, FormCheck::Submit)).toStdString());
    CHECK(validateEhForm(complete, today, FormCheck::Submit).isEmpty());

    EhForm empty;
    empty.kind = QStringLiteral("case_summary");
    CHECK(validateEhForm(empty, today, FormCheck::Draft).isEmpty());
    const ValidationIssues issues = validateEhForm(empty, today, FormCheck::Submit);
    for (const char* key : {reason, composition, whyWorking, harm, nextSteps, danger, safetyScale, safetyLow,
                            wellbeingScale, wellbeingLow}) {
        INFO(key);
        CHECK(hasIssue(issues, QLatin1String(key)));
    }

    EhForm f = complete;
    f.texts[QLatin1String(safetyScale)] = QStringLiteral("12");
    f.texts[QLatin1String(reason)] = QStringLiteral("monthly");
    const ValidationIssues draft = validateEhForm(f, today, FormCheck::Draft);
    CHECK(hasIssue(draft, QLatin1String(safetyScale)));
    CHECK(hasIssue(draft, QLatin1String(reason)));

    f = complete;
    f.texts[QLatin1String(wellbeingHigh)].clear();
    CHECK(hasIssue(validateEhForm(f, today, FormCheck::Submit), QLatin1String(wellbeingLow)));
    f = complete;
    f.texts[QLatin1String(reason)] = QStringLiteral("other");
    CHECK(hasIssue(validateEhForm(f, today, FormCheck::Submit), QLatin1String(reasonDetail)));
    f.texts[QLatin1String(reasonDetail)] = QStringLiteral("Transfer to another team");
    CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
}

TEST_CASE("Case summary: distance travelled from approved Family Star forms up to the summary's date",
          "[earlyhelp]") {
    const std::vector<EhForm> approved = {
        approvedStar(QStringLiteral("star_assessment"), QDate(2026, 3, 24), 3),
        approvedStar(QStringLiteral("star_review"), QDate(2026, 5, 5), 5),
        approvedStar(QStringLiteral("star_review"), QDate(2026, 7, 20), 7),
        completeSummary(), // other kinds are ignored
    };
    const auto july = summaryDistanceTravelled(approved, QDate(2026, 7, 24));
    REQUIRE(july);
    CHECK(july->assessedOn == QDate(2026, 3, 24));
    CHECK(july->reviewedOn == QDate(2026, 7, 20));
    REQUIRE(july->rows.size() == 10);
    CHECK(july->rows[0].atAssessment == 3);
    CHECK(july->rows[0].atLatestReview == 7);
    CHECK(july->rows[0].change() == 4);
    // A summary written in June does not see the July review.
    const auto june = summaryDistanceTravelled(approved, QDate(2026, 6, 1));
    REQUIRE(june);
    CHECK(june->reviewedOn == QDate(2026, 5, 5));
    CHECK_FALSE(summaryDistanceTravelled(approved, QDate(2026, 3, 1)));
}

TEST_CASE("Case summary: due 4 months after engagement, then 3 months after the last approved one",
          "[earlyhelp]") {
    CHECK_FALSE(nextCaseSummaryDue(QDate(), {}).isValid());
    CHECK(nextCaseSummaryDue(QDate(2026, 3, 10), {}) == QDate(2026, 7, 10));
    EhForm first = completeSummary();
    first.status = QStringLiteral("approved");
    first.completedOn = QDate(2026, 7, 1);
    EhForm draft = completeSummary();
    draft.completedOn = QDate(2026, 9, 1); // not approved: does not count
    CHECK(nextCaseSummaryDue(QDate(2026, 3, 10), {first, draft}) == QDate(2026, 10, 1));
}

TEST_CASE("Case summary: approving one records eh_case_summary on its completion date", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Worker manager = test::makeWorker(db, QStringLiteral("Morgan Manager"), QStringLiteral("Blaby"),
                                            QStringLiteral("team_manager"));
    const Family family = test::makeFamily(db, QStringLiteral("Wrenfield"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);
    t.signInAs(fsw);
    EhForm f = completeSummary();
    f.involvementId = inv.id;
    REQUIRE(forms.saveDraft(f).isOk());
    REQUIRE(forms.submit(f.id).isOk());
    t.signInAs(manager);
    REQUIRE(forms.approve(f.id, QString()).isOk());
    bool recorded = false;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(family.id))
        recorded |= e.kind == QLatin1String("eh_case_summary") && e.date == QDate(2026, 10, 1);
    CHECK(recorded);
    CHECK(forms.get(f.id)->text(QLatin1String(casesummary::danger)) ==
          QStringLiteral("We are worried a child will be hurt"));
}
