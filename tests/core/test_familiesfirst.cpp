#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familiesfirst.h"
#include "storage/caseeventrepository.h"
#include "storage/involvementrepository.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Involvement familiesFirst(Database& db, qint64 familyId, qint64 workerId) {
    Involvement inv;
    inv.familyId = familyId;
    inv.service = QStringLiteral("families_first");
    inv.referralDate = QDate(2026, 11, 2);
    inv.referralSource = QStringLiteral("social_care");
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 11, 2);
    inv.allocatedWorkerId = workerId;
    REQUIRE(InvolvementRepository(db).save(inv).isOk());
    return inv;
}

EhForm referral(qint64 involvementId, const QString& receivedAt,
                const QString& priority = QStringLiteral("standard")) {
    EhForm f;
    f.kind = QStringLiteral("ff_referral");
    f.involvementId = involvementId;
    f.completedOn = QDate(2026, 11, 2);
    f.texts[QStringLiteral("received_at")] = receivedAt;
    f.texts[QStringLiteral("referred_by")] = QStringLiteral("Sam Social, Children in Need team 2");
    f.texts[QStringLiteral("priority")] = priority;
    f.texts[QStringLiteral("criteria")] = QStringLiteral("imminent_care conflict");
    return f;
}

QStringList eventsOf(Database& db, qint64 familyId) {
    QStringList out;
    for (const RecordedEvent& e : CaseEventRepository(db).forFamily(familyId))
        out << e.kind + QLatin1Char('@') + e.date.toString(Qt::ISODate) +
                   (e.time.isValid() ? QLatin1Char('T') + e.time.toString(QStringLiteral("HH:mm"))
                                     : QString());
    return out;
}

} // namespace

TEST_CASE("Families First: the eight forms of section 5 are described, each with what submitting needs",
          "[familiesfirst]") {
    QStringList kinds;
    for (const FormDefinition* d : familiesFirstForms())
        kinds << QLatin1String(d->kind);
    CHECK(kinds == QStringList{QStringLiteral("ff_referral"), QStringLiteral("ff_crisis_response"),
                               QStringLiteral("ff_family_meeting"), QStringLiteral("ff_support_plan"),
                               QStringLiteral("ff_review"), QStringLiteral("ff_step_down"),
                               QStringLiteral("ff_closure"), QStringLiteral("ff_feedback")});
    CHECK(vocab::ffCriteria().codes().size() == 13);
    CHECK(vocab::ffMenu().contains(QStringLiteral("fgc")));
    for (const QString& kind : kinds)
        CHECK(vocab::ehFormKind().contains(kind));
}

TEST_CASE("Families First referral: the criteria and priority are needed, times must make sense",
          "[familiesfirst]") {
    const QDate today(2026, 11, 20);
    EhForm f = referral(1, QStringLiteral("2026-11-02T10:15"));
    CHECK(validateEhForm(f, today, FormCheck::Submit).isEmpty());
    SECTION("no criteria ticked stops a submission") {
        f.texts[QStringLiteral("criteria")].clear();
        const auto issues = validateEhForm(f, today, FormCheck::Submit);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].field == QStringLiteral("criteria"));
        CHECK(validateEhForm(f, today, FormCheck::Draft).isEmpty());
    }
    SECTION("an unknown criterion or priority is refused") {
        f.texts[QStringLiteral("criteria")] = QStringLiteral("imminent_care bad_code");
        f.texts[QStringLiteral("priority")] = QStringLiteral("whenever");
        CHECK(validateEhForm(f, today, FormCheck::Draft).size() == 2);
    }
    SECTION("contact before the referral arrived, or a named worker without a name, is refused") {
        f.texts[QStringLiteral("social_worker_contacted_at")] = QStringLiteral("2026-11-02T09:00");
        f.texts[QStringLiteral("named_worker_allocated_on")] = QStringLiteral("2026-11-03");
        QStringList fields;
        for (const auto& i : validateEhForm(f, today, FormCheck::Draft))
            fields << i.field;
        CHECK(fields ==
              QStringList{QStringLiteral("social_worker_contacted_at"), QStringLiteral("named_worker")});
    }
}

TEST_CASE("Families First response: the social worker the same day or within 2 hours, a named worker within "
          "1 working day",
          "[familiesfirst]") {
    const QDateTime now(QDate(2026, 11, 6), QTime(9, 0)); // a Friday
    SECTION("standard: contacted at 17:30 the same day is in time") {
        EhForm f = referral(1, QStringLiteral("2026-11-06T09:30"));
        f.texts[QStringLiteral("social_worker_contacted_at")] = QStringLiteral("2026-11-06T17:30");
        const ResponseCheck r = checkResponse(f, now);
        CHECK(r.contactMet);
        CHECK(r.contact.contains(QStringLiteral("in time")));
        // Received on a Friday: a named worker by Monday.
        CHECK(r.namedWorker.contains(QStringLiteral("09/11/2026")));
    }
    SECTION("immediate: 2 hours 10 minutes later is too late") {
        EhForm f = referral(1, QStringLiteral("2026-11-06T09:30"), QStringLiteral("immediate"));
        f.texts[QStringLiteral("social_worker_contacted_at")] = QStringLiteral("2026-11-06T11:40");
        const ResponseCheck r = checkResponse(f, now);
        CHECK_FALSE(r.contactMet);
        CHECK(r.contact.contains(QStringLiteral("06/11/2026 11:30")));
    }
    SECTION("not yet contacted: says by when, or that it is overdue") {
        EhForm f = referral(1, QStringLiteral("2026-11-06T08:30"), QStringLiteral("immediate"));
        CHECK(checkResponse(f, now).contact.startsWith(
            QStringLiteral("Contact the social worker by 06/11/2026 10:30")));
        CHECK(checkResponse(f, now.addSecs(3 * 3600)).contact.startsWith(QStringLiteral("Overdue")));
        f.texts[QStringLiteral("named_worker_allocated_on")] = QStringLiteral("2026-11-10");
        f.texts[QStringLiteral("named_worker")] = QStringLiteral("Ira Support");
        CHECK_FALSE(checkResponse(f, now).namedWorkerMet);
    }
}

TEST_CASE("Families First: a saved referral keeps its deadline events in step, forms stay with their service",
          "[familiesfirst]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker isw = test::makeWorker(db, QStringLiteral("Ira Support"), QStringLiteral("Families First"));
    const Family family = test::makeFamily(db, QStringLiteral("Firstbrook"));
    const Involvement inv = familiesFirst(db, family.id, isw.id);
    EhFormRepository forms(db);

    EhForm f = referral(inv.id, QStringLiteral("2026-11-02T10:15"), QStringLiteral("immediate"));
    REQUIRE(forms.saveDraft(f).isOk());
    CHECK(eventsOf(db, family.id) == QStringList{QStringLiteral("sff_referral_immediate@2026-11-02T10:15")});

    f.texts[QStringLiteral("priority")] = QStringLiteral("standard");
    f.texts[QStringLiteral("social_worker_contacted_at")] = QStringLiteral("2026-11-02T15:00");
    f.texts[QStringLiteral("named_worker")] = QStringLiteral("Ira Support");
    f.texts[QStringLiteral("named_worker_allocated_on")] = QStringLiteral("2026-11-03");
    REQUIRE(forms.saveDraft(f).isOk());
    QStringList events = eventsOf(db, family.id);
    events.sort();
    CHECK(events == QStringList{QStringLiteral("sff_referral@2026-11-02T10:15"),
                                QStringLiteral("sff_social_worker_contacted@2026-11-02T15:00"),
                                QStringLiteral("sff_worker_allocated@2026-11-03")});

    // An event recorded by hand is left alone.
    RecordedEvent hand;
    hand.familyId = family.id;
    hand.involvementId = inv.id;
    hand.kind = QStringLiteral("sff_social_worker_contacted");
    hand.date = QDate(2026, 11, 2);
    REQUIRE(CaseEventRepository(db).save(hand).isOk());
    REQUIRE(forms.saveDraft(f).isOk());
    CHECK(eventsOf(db, family.id).size() == 4);

    // Families First forms belong to Families First work, Early Help forms to Early Help work.
    const Involvement eh = test::allocate(db, family.id, isw.id);
    EhForm wrong = referral(eh.id, QStringLiteral("2026-11-02T10:15"));
    CHECK(forms.saveDraft(wrong).error().contains(QStringLiteral("Families First service")));
    EhForm star;
    star.kind = QStringLiteral("star_assessment");
    star.involvementId = inv.id;
    CHECK(forms.saveDraft(star).error().contains(QStringLiteral("Early Help service")));
}
