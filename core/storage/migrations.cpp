#include "storage/migrations.h"

#include "domain/person.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

namespace {

// Version 3 added a search column to people: fill it for rows written by versions 1 and 2, using
// the same function the repository uses for new rows.
Status fillPersonSearchText(Database& db) {
    auto rows = db.run(QStringLiteral("SELECT id, given_names, family_name, known_as, date_of_birth, "
                                      "social_care_number, case_system_number, nhs_number FROM people"),
                       {}, "reading people to index them");
    if (!rows)
        return rows.status();
    QSqlQuery q = std::move(rows).value();
    while (q.next()) {
        Person p;
        p.givenNames = q.value(1).toString();
        p.familyName = q.value(2).toString();
        p.knownAs = q.value(3).toString();
        p.dateOfBirth = dateFromText(q.value(4).toString());
        p.socialCareNumber = q.value(5).toString();
        p.caseSystemNumber = q.value(6).toString();
        p.nhsNumber = q.value(7).toString();
        auto updated = db.run(QStringLiteral("UPDATE people SET search_text = ? WHERE id = ?"),
                              {p.searchText(), q.value(0)}, "indexing people");
        if (!updated)
            return updated.status();
    }
    return Status::ok();
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1,
         "people, families and workers",
         {
             QStringLiteral("CREATE TABLE meta (key {TEXT} PRIMARY KEY, value {TEXT} NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE schema_migrations (version {INT} PRIMARY KEY, description {TEXT} NOT NULL, "
                 "applied_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE TABLE workers (id {PK}, name {TEXT} NOT NULL, role {TEXT} NOT NULL, "
                            "team {TEXT} NOT NULL DEFAULT '', email {TEXT} NOT NULL DEFAULT '', "
                            "phone {TEXT} NOT NULL DEFAULT '', active {BOOL} NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE TABLE people (id {PK}, given_names {TEXT} NOT NULL DEFAULT '', "
                 "family_name {TEXT} NOT NULL, known_as {TEXT} NOT NULL DEFAULT '', "
                 "date_of_birth {DATE}, dob_expected {BOOL} NOT NULL DEFAULT 0, "
                 "gender {TEXT} NOT NULL DEFAULT '', ethnicity {TEXT} NOT NULL DEFAULT '', "
                 "first_language {TEXT} NOT NULL DEFAULT '', "
                 "address_line1 {TEXT} NOT NULL DEFAULT '', address_line2 {TEXT} NOT NULL DEFAULT '', "
                 "town {TEXT} NOT NULL DEFAULT '', postcode {TEXT} NOT NULL DEFAULT '', "
                 "phone {TEXT} NOT NULL DEFAULT '', email {TEXT} NOT NULL DEFAULT '', "
                 "social_care_number {TEXT} NOT NULL DEFAULT '', "
                 "case_system_number {TEXT} NOT NULL DEFAULT '', nhs_number {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX people_family_name ON people (family_name)"),
             QStringLiteral("CREATE INDEX people_social_care_number ON people (social_care_number)"),
             QStringLiteral("CREATE INDEX people_case_system_number ON people (case_system_number)"),
             QStringLiteral(
                 "CREATE TABLE families (id {PK}, name {TEXT} NOT NULL, kinship_status {TEXT} NOT NULL, "
                 "address_line1 {TEXT} NOT NULL DEFAULT '', address_line2 {TEXT} NOT NULL DEFAULT '', "
                 "town {TEXT} NOT NULL DEFAULT '', postcode {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX families_name ON families (name)"),
             QStringLiteral(
                 "CREATE TABLE family_members ("
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "person_id {INT} NOT NULL REFERENCES people(id) ON DELETE RESTRICT, "
                 "relationship {TEXT} NOT NULL, parental_responsibility {BOOL} NOT NULL DEFAULT 0, "
                 "lives_in_household {BOOL} NOT NULL DEFAULT 1, position {INT} NOT NULL DEFAULT 0, "
                 "PRIMARY KEY (family_id, person_id))"),
             QStringLiteral("CREATE INDEX family_members_person ON family_members (person_id)"),
         },
         {}},
        {2,
         "involvements and case notes",
         {
             QStringLiteral(
                 "CREATE TABLE involvements (id {PK}, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "service {TEXT} NOT NULL, referral_date {DATE} NOT NULL, "
                 "referral_source {TEXT} NOT NULL DEFAULT '', referral_reason {TEXT} NOT NULL DEFAULT '', "
                 "allocated_worker_id {INT} REFERENCES workers(id) ON DELETE RESTRICT, "
                 "status {TEXT} NOT NULL, opened_on {DATE}, closed_on {DATE}, "
                 "closure_outcome {TEXT} NOT NULL DEFAULT '', closure_note {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX involvements_family ON involvements (family_id)"),
             QStringLiteral("CREATE INDEX involvements_worker ON involvements (allocated_worker_id)"),
             QStringLiteral(
                 "CREATE TABLE case_notes (id {PK}, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                 "contact_at {TEXT} NOT NULL, note_type {TEXT} NOT NULL, subject {TEXT} NOT NULL, "
                 "location {TEXT} NOT NULL DEFAULT '', present {TEXT} NOT NULL DEFAULT '', "
                 "outcomes_addressed {TEXT} NOT NULL DEFAULT '', purpose {TEXT} NOT NULL DEFAULT '', "
                 "what_worked_well {TEXT} NOT NULL DEFAULT '', worries {TEXT} NOT NULL DEFAULT '', "
                 "voice {TEXT} NOT NULL DEFAULT '', next_steps {TEXT} NOT NULL DEFAULT '', "
                 "author_worker_id {INT} REFERENCES workers(id) ON DELETE RESTRICT, "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX case_notes_family ON case_notes (family_id, contact_at)"),
             QStringLiteral("CREATE TABLE case_note_people ("
                            "note_id {INT} NOT NULL REFERENCES case_notes(id) ON DELETE CASCADE, "
                            "person_id {INT} NOT NULL REFERENCES people(id) ON DELETE RESTRICT, "
                            "PRIMARY KEY (note_id, person_id))"),
             QStringLiteral("CREATE INDEX case_note_people_person ON case_note_people (person_id)"),
         },
         {}},
        {3,
         "search text for people; autosaved drafts",
         {
             QStringLiteral("ALTER TABLE people ADD COLUMN search_text {TEXT} NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE drafts (key {TEXT} PRIMARY KEY, "
                            "family_id {INT} REFERENCES families(id) ON DELETE CASCADE, "
                            "content {TEXT} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
         },
         fillPersonSearchText},
        {4,
         "covering index for the case-list search",
         {
             QStringLiteral("CREATE INDEX people_search_text ON people (search_text)"),
         },
         {}},
        {5,
         "case events and deadline extensions",
         {
             // Events start and satisfy the rule book's timescales. A child-specific event names the
             // person; an event for the whole family's work leaves involvement_id NULL.
             QStringLiteral("CREATE TABLE case_events (id {PK}, "
                            "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                            "involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                            "person_id {INT} REFERENCES people(id) ON DELETE RESTRICT, "
                            "kind {TEXT} NOT NULL, event_date {DATE} NOT NULL, event_time {TEXT}, "
                            "note {TEXT} NOT NULL DEFAULT '', "
                            "recorded_by_worker_id {INT} REFERENCES workers(id) ON DELETE RESTRICT, "
                            "created_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX case_events_family ON case_events (family_id, event_date)"),
             QStringLiteral("CREATE TABLE deadline_extensions (id {PK}, "
                            "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                            "involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                            "person_id {INT} REFERENCES people(id) ON DELETE RESTRICT, "
                            "rule_id {TEXT} NOT NULL, original_due {DATE} NOT NULL, new_due {DATE} NOT NULL, "
                            "new_due_time {TEXT}, reason {TEXT} NOT NULL, "
                            "granted_by_worker_id {INT} NOT NULL REFERENCES workers(id) ON DELETE RESTRICT, "
                            "granted_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX deadline_extensions_family ON deadline_extensions (family_id)"),
         },
         {}},
        {6,
         "placement type of a cared-for child's involvement (visit intervals depend on it)",
         {
             QStringLiteral("ALTER TABLE involvements ADD COLUMN placement_type {TEXT} NOT NULL DEFAULT ''"),
         },
         {}},
        {7,
         "accounts, the audit trail and restricted notes (the first encrypted version)",
         {
             QStringLiteral(
                 "CREATE TABLE accounts (id {PK}, username {TEXT} NOT NULL UNIQUE, "
                 "display_name {TEXT} NOT NULL, role {TEXT} NOT NULL, teams {TEXT} NOT NULL DEFAULT '', "
                 "worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "active {BOOL} NOT NULL DEFAULT 1, "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             // Append-only: each entry carries the hash of the one before (audit/auditlog.h).
             QStringLiteral("CREATE TABLE audit_log (seq {PK}, at {TIMESTAMP} NOT NULL, "
                            "account_id {INT} NOT NULL DEFAULT 0, username {TEXT} NOT NULL DEFAULT '', "
                            "action {TEXT} NOT NULL, entity {TEXT} NOT NULL DEFAULT '', "
                            "entity_id {INT} NOT NULL DEFAULT 0, family_id {INT} NOT NULL DEFAULT 0, "
                            "details {TEXT} NOT NULL DEFAULT '', details_hash {TEXT} NOT NULL, "
                            "prev_hash {TEXT} NOT NULL, hash {TEXT} NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_family ON audit_log (family_id, seq)"),
             // The access rule asks "which families are allocated, and to whom" on every search:
             // answered from this small index instead of decrypting the whole involvements table
             // (0.45 s per search at 50,000 families without it, 30 ms with it).
             QStringLiteral(
                 "CREATE INDEX involvements_allocation ON involvements (allocated_worker_id, family_id)"),
             // A restricted note is read only by its author and team managers.
             QStringLiteral("ALTER TABLE case_notes ADD COLUMN restricted {BOOL} NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         },
         {}},
        {8,
         "LIFT mentoring: mentors, referrals, links, meetings, closures, finance forms and rates",
         {
             // Lists of codes (support offered, attendees) are stored as space-separated codes.
             QStringLiteral(
                 "CREATE TABLE lift_mentors (id {PK}, name {TEXT} NOT NULL, phone {TEXT} NOT NULL DEFAULT "
                 "'', "
                 "email {TEXT} NOT NULL DEFAULT '', address_line1 {TEXT} NOT NULL DEFAULT '', "
                 "address_line2 {TEXT} NOT NULL DEFAULT '', town {TEXT} NOT NULL DEFAULT '', "
                 "postcode {TEXT} NOT NULL DEFAULT '', locality {TEXT} NOT NULL DEFAULT '', "
                 "ssw_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "support_offered {TEXT} NOT NULL DEFAULT '', hours_per_week {REAL} NOT NULL DEFAULT 0, "
                 "foster_children_at_home {INT} NOT NULL DEFAULT 0, safer_care_notes {TEXT} NOT NULL DEFAULT "
                 "'', "
                 "buddy_name {TEXT} NOT NULL DEFAULT '', buddy_phone {TEXT} NOT NULL DEFAULT '', "
                 "active {BOOL} NOT NULL DEFAULT 1, notes {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             // The buddy's code word, apart from the mentor so that no list or export can select
             // it by accident; its audit entries never carry the word (audit/auditlog.cpp).
             QStringLiteral("CREATE TABLE lift_code_words (id {PK}, mentor_id {INT} NOT NULL UNIQUE "
                            "REFERENCES lift_mentors(id) ON DELETE CASCADE, code_word {TEXT} NOT NULL, "
                            "updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE lift_referrals (id {PK}, involvement_id {INT} NOT NULL UNIQUE "
                 "REFERENCES involvements(id) ON DELETE CASCADE, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, aim {TEXT} NOT NULL, "
                 "locality {TEXT} NOT NULL DEFAULT '', support_needed {TEXT} NOT NULL DEFAULT '', "
                 "decision {TEXT} NOT NULL DEFAULT 'pending', decision_reason {TEXT} NOT NULL DEFAULT '', "
                 "risk_assessed_on {DATE}, ccsw_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "family_wishes {BOOL} NOT NULL DEFAULT 0, legal_order {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX lift_referrals_family ON lift_referrals (family_id)"),
             QStringLiteral(
                 "CREATE TABLE lift_links (id {PK}, referral_id {INT} NOT NULL REFERENCES lift_referrals(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "mentor_id {INT} NOT NULL REFERENCES lift_mentors(id) ON DELETE RESTRICT, "
                 "linked_on {DATE} NOT NULL, unlinked_on {DATE}, unlink_reason {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX lift_links_referral ON lift_links (referral_id)"),
             QStringLiteral("CREATE INDEX lift_links_mentor ON lift_links (mentor_id)"),
             QStringLiteral(
                 "CREATE TABLE lift_meetings (id {PK}, referral_id {INT} NOT NULL REFERENCES "
                 "lift_referrals(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "kind {TEXT} NOT NULL, held_on {DATE} NOT NULL, place {TEXT} NOT NULL DEFAULT '', "
                 "at_family_home {BOOL} NOT NULL DEFAULT 1, attendees {TEXT} NOT NULL DEFAULT '', "
                 "support_areas {TEXT} NOT NULL DEFAULT '', action_plan {TEXT} NOT NULL DEFAULT '', "
                 "risks_to_mentor {TEXT} NOT NULL DEFAULT '', risks_to_children {TEXT} NOT NULL DEFAULT '', "
                 "risk_actions {TEXT} NOT NULL DEFAULT '', must_notify {BOOL} NOT NULL DEFAULT 0, "
                 "notified_on {DATE}, boundaries {TEXT} NOT NULL DEFAULT '', "
                 "hours_per_week {REAL} NOT NULL DEFAULT 0, hours_reason {TEXT} NOT NULL DEFAULT '', "
                 "review_due {DATE}, progress {TEXT} NOT NULL DEFAULT '', "
                 "case_note_added {BOOL} NOT NULL DEFAULT 0, "
                 "recorded_by_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX lift_meetings_referral ON lift_meetings (referral_id)"),
             QStringLiteral(
                 "CREATE TABLE lift_closures (id {PK}, referral_id {INT} NOT NULL UNIQUE "
                 "REFERENCES lift_referrals(id) ON DELETE CASCADE, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, closed_on {DATE} NOT "
                 "NULL, "
                 "aim {TEXT} NOT NULL, aim_achieved {BOOL} NOT NULL, reason {TEXT} NOT NULL DEFAULT '', "
                 "care_follow_up {TEXT} NOT NULL DEFAULT '', follow_up_on {DATE}, "
                 "follow_up_note {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             // Money is kept in pence and time in minutes: whole numbers add up exactly.
             QStringLiteral(
                 "CREATE TABLE lift_finance_forms (id {PK}, referral_id {INT} NOT NULL "
                 "REFERENCES lift_referrals(id) ON DELETE CASCADE, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "mentor_id {INT} NOT NULL REFERENCES lift_mentors(id) ON DELETE RESTRICT, "
                 "month {DATE} NOT NULL, status {TEXT} NOT NULL DEFAULT 'draft', submitted_on {DATE}, "
                 "processed_on {DATE}, paid_on {DATE}, mileage_miles {REAL} NOT NULL DEFAULT 0, "
                 "notes {TEXT} NOT NULL DEFAULT '', created_at {TIMESTAMP} NOT NULL, "
                 "updated_at {TIMESTAMP} NOT NULL, UNIQUE (referral_id, mentor_id, month))"),
             QStringLiteral(
                 "CREATE TABLE lift_sessions (id {PK}, form_id {INT} NOT NULL REFERENCES "
                 "lift_finance_forms(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "session_date {DATE} NOT NULL, minutes {INT} NOT NULL, "
                 "child_accommodated {BOOL} NOT NULL DEFAULT 0, note {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX lift_sessions_form ON lift_sessions (form_id)"),
             QStringLiteral(
                 "CREATE TABLE lift_rates (id {PK}, kind {TEXT} NOT NULL, effective_from {DATE} NOT NULL, "
                 "pence {INT} NOT NULL, UNIQUE (kind, effective_from))"),
             // The procedure's 2018 rate; mileage at the HMRC 45p a mile and a placement week at an
             // illustrative figure until a coordinator sets the authority's own.
             QStringLiteral("INSERT INTO lift_rates (kind, effective_from, pence) VALUES "
                            "('hourly', '2018-01-01', 1000), ('mileage', '2018-01-01', 45), "
                            "('placement_week', '2018-01-01', 80000)"),
         },
         {}},
        {9,
         "the Early Help locality and Unique Family Reference Number of a family",
         {
             QStringLiteral("ALTER TABLE families ADD COLUMN eh_locality {TEXT} NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE families ADD COLUMN ufrn {TEXT} NOT NULL DEFAULT ''"),
         },
         {}},
        {10,
         "Early Help: intake, escalations, contact attempts, parental consent, and forms with versions, "
         "sign-off and Family Star readings",
         {
             // Section 1: the team leader's prioritisation outcome ("1".."16") and acceptance note.
             QStringLiteral("CREATE TABLE eh_intakes (id {PK}, involvement_id {INT} NOT NULL UNIQUE "
                            "REFERENCES involvements(id) ON DELETE CASCADE, "
                            "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                            "outcome {TEXT} NOT NULL, prioritised_on {DATE} NOT NULL, "
                            "response_note {TEXT} NOT NULL DEFAULT '', "
                            "proposed_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                            "decided_by_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                            "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             // Section 3: work escalated from a brief intervention needs a manager's decision.
             QStringLiteral(
                 "CREATE TABLE eh_escalations (id {PK}, involvement_id {INT} NOT NULL "
                 "REFERENCES involvements(id) ON DELETE CASCADE, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "decided_on {DATE} NOT NULL, from_service {TEXT} NOT NULL, to_service {TEXT} NOT NULL, "
                 "manager_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "note {TEXT} NOT NULL, created_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX eh_escalations_involvement ON eh_escalations (involvement_id)"),
             // Section 5: every attempt to reach a family that has not engaged yet. attempted_at is
             // local wall-clock time ("yyyy-MM-ddTHH:mm"): the standards ask about times of day.
             QStringLiteral("CREATE TABLE eh_contact_attempts (id {PK}, involvement_id {INT} NOT NULL "
                            "REFERENCES involvements(id) ON DELETE CASCADE, "
                            "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                            "attempted_at {TEXT} NOT NULL, method {TEXT} NOT NULL, outcome {TEXT} NOT NULL, "
                            "reply_by {DATE}, note {TEXT} NOT NULL DEFAULT '', "
                            "worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                            "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX eh_contact_attempts_involvement ON eh_contact_attempts (involvement_id, "
                 "attempted_at)"),
             // Section 6 and the consent form: travel, activities, photographs; per child the health
             // notes, allergies and last tetanus injection.
             QStringLiteral(
                 "CREATE TABLE eh_consents (id {PK}, family_id {INT} NOT NULL REFERENCES families(id) "
                 "ON DELETE CASCADE, involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                 "given_on {DATE} NOT NULL, given_by_person_id {INT} REFERENCES people(id) ON DELETE SET "
                 "NULL, "
                 "given_by_name {TEXT} NOT NULL DEFAULT '', travel {BOOL} NOT NULL DEFAULT 0, "
                 "activities {BOOL} NOT NULL DEFAULT 0, photographs {BOOL} NOT NULL DEFAULT 0, "
                 "recorded_by_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX eh_consents_family ON eh_consents (family_id)"),
             QStringLiteral("CREATE TABLE eh_consent_children (id {PK}, consent_id {INT} NOT NULL "
                            "REFERENCES eh_consents(id) ON DELETE CASCADE, "
                            "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                            "person_id {INT} NOT NULL REFERENCES people(id) ON DELETE CASCADE, "
                            "health_notes {TEXT} NOT NULL DEFAULT '', allergies {TEXT} NOT NULL DEFAULT '', "
                            "tetanus {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX eh_consent_children_consent ON eh_consent_children (consent_id)"),
             // Assessments, plans, reviews and summaries, each a numbered version in a series
             // (series_id is the first version's id). A version is editable only as a draft; once
             // submitted it never changes, so every version a manager saw stays readable.
             QStringLiteral(
                 "CREATE TABLE eh_forms (id {PK}, family_id {INT} NOT NULL REFERENCES families(id) "
                 "ON DELETE CASCADE, involvement_id {INT} NOT NULL REFERENCES involvements(id) "
                 "ON DELETE CASCADE, kind {TEXT} NOT NULL, series_id {INT} NOT NULL DEFAULT 0, "
                 "version {INT} NOT NULL DEFAULT 1, status {TEXT} NOT NULL DEFAULT 'draft', "
                 "completed_on {DATE}, worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "submitted_at {TIMESTAMP}, submitted_by_worker_id {INT} REFERENCES workers(id) "
                 "ON DELETE SET NULL, decided_at {TIMESTAMP}, decided_by_worker_id {INT} "
                 "REFERENCES workers(id) ON DELETE SET NULL, decision_note {TEXT} NOT NULL DEFAULT '', "
                 "created_at {TIMESTAMP} NOT NULL, updated_at {TIMESTAMP} NOT NULL)"),
             QStringLiteral("CREATE INDEX eh_forms_involvement ON eh_forms (involvement_id, kind)"),
             QStringLiteral("CREATE INDEX eh_forms_family ON eh_forms (family_id)"),
             // Free-text sections of a form, by the section keys core/earlyhelp defines per kind.
             QStringLiteral(
                 "CREATE TABLE eh_form_texts (id {PK}, form_id {INT} NOT NULL REFERENCES eh_forms(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "section {TEXT} NOT NULL, body {TEXT} NOT NULL DEFAULT '', UNIQUE (form_id, section))"),
             // A Family Star reading: who scored, when, and from whose view (agreed with the
             // family; the worker's and the family's views kept apart when they disagree; the
             // worker alone when the family has disengaged).
             QStringLiteral(
                 "CREATE TABLE eh_star_readings (id {PK}, form_id {INT} NOT NULL REFERENCES eh_forms(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "perspective {TEXT} NOT NULL, scored_on {DATE} NOT NULL, "
                 "scored_by {TEXT} NOT NULL DEFAULT '', note {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX eh_star_readings_form ON eh_star_readings (form_id)"),
             QStringLiteral(
                 "CREATE TABLE eh_star_scores (id {PK}, reading_id {INT} NOT NULL "
                 "REFERENCES eh_star_readings(id) ON DELETE CASCADE, "
                 "family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "area {TEXT} NOT NULL, score {INT} NOT NULL, narrative {TEXT} NOT NULL DEFAULT '', "
                 "gone_well {TEXT} NOT NULL DEFAULT '', worries {TEXT} NOT NULL DEFAULT '', "
                 "UNIQUE (reading_id, area))"),
         },
         {}},
        {11,
         "Early Help: monitoring forms about one person, the Signs of Wellbeing information-sharing "
         "table, plan actions and the minimum requirements checklist",
         {
             // Individual monitoring forms are about one member of the family.
             QStringLiteral(
                 "ALTER TABLE eh_forms ADD COLUMN person_id {INT} REFERENCES people(id) ON DELETE CASCADE"),
             // Signs of Wellbeing, section one: each family member, whether information sharing was
             // explained, and who holds parental responsibility.
             QStringLiteral(
                 "CREATE TABLE eh_info_sharing (id {PK}, form_id {INT} NOT NULL REFERENCES eh_forms(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "position {INT} NOT NULL DEFAULT 0, person_id {INT} REFERENCES people(id) ON DELETE SET "
                 "NULL, "
                 "name {TEXT} NOT NULL DEFAULT '', age_or_role {TEXT} NOT NULL DEFAULT '', "
                 "explained {BOOL} NOT NULL DEFAULT 0, comments {TEXT} NOT NULL DEFAULT '', "
                 "holds_pr {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX eh_info_sharing_form ON eh_info_sharing (form_id)"),
             // A plan's actions under the 10 Family Star headings (section 12): who is responsible
             // (a worker, the young person, another agency), what, why, the impact, and whether
             // the heading is a priority now.
             QStringLiteral(
                 "CREATE TABLE eh_plan_items (id {PK}, form_id {INT} NOT NULL REFERENCES eh_forms(id) "
                 "ON DELETE CASCADE, family_id {INT} NOT NULL REFERENCES families(id) ON DELETE CASCADE, "
                 "area {TEXT} NOT NULL, position {INT} NOT NULL DEFAULT 0, "
                 "responsible_kind {TEXT} NOT NULL DEFAULT 'worker', "
                 "responsible_worker_id {INT} REFERENCES workers(id) ON DELETE SET NULL, "
                 "responsible_name {TEXT} NOT NULL DEFAULT '', agency {TEXT} NOT NULL DEFAULT '', "
                 "doing {TEXT} NOT NULL DEFAULT '', why {TEXT} NOT NULL DEFAULT '', "
                 "impact {TEXT} NOT NULL DEFAULT '', priority {TEXT} NOT NULL DEFAULT 'priority')"),
             QStringLiteral("CREATE INDEX eh_plan_items_form ON eh_plan_items (form_id)"),
             // Section 9: the minimum requirements, kept up to date through the work and carried
             // into the closure.
             QStringLiteral(
                 "CREATE TABLE eh_minimum_requirements (id {PK}, involvement_id {INT} NOT NULL "
                 "REFERENCES involvements(id) ON DELETE CASCADE, family_id {INT} NOT NULL "
                 "REFERENCES families(id) ON DELETE CASCADE, item {TEXT} NOT NULL, status {TEXT} NOT NULL, "
                 "note {TEXT} NOT NULL DEFAULT '', updated_on {DATE} NOT NULL, "
                 "UNIQUE (involvement_id, item))"),
         },
         {}},
        {12,
         "the family folder: documents stored in the database, their chronology, referral emails "
         "waiting to be completed, and the full-text search index over notes and documents",
         {
             // A referral that arrived by email (waymark-cli import-referral), kept as a draft until
             // a person completes it as a family and an involvement.
             QStringLiteral(
                 "CREATE TABLE referral_drafts (id {PK}, status {TEXT} NOT NULL DEFAULT 'draft', "
                 "sender_name {TEXT} NOT NULL DEFAULT '', sender_address {TEXT} NOT NULL DEFAULT '', "
                 "sent_at {TIMESTAMP}, subject {TEXT} NOT NULL DEFAULT '', body {TEXT} NOT NULL DEFAULT '', "
                 "message_id {TEXT} NOT NULL DEFAULT '', source_file {TEXT} NOT NULL DEFAULT '', "
                 "imported_at {TIMESTAMP} NOT NULL, imported_by {TEXT} NOT NULL DEFAULT '', "
                 "family_id {INT} REFERENCES families(id) ON DELETE SET NULL, "
                 "involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                 "completed_at {TIMESTAMP}, completed_by {TEXT} NOT NULL DEFAULT '', "
                 "decision_note {TEXT} NOT NULL DEFAULT '')"),
             // A document in a family's folder (or, while family_id is NULL, in a referral email
             // waiting to be completed). The bytes live in document_contents so that lists never
             // read them; removal keeps this row (what, who, why) and deletes the bytes.
             QStringLiteral(
                 "CREATE TABLE documents (id {PK}, "
                 "family_id {INT} REFERENCES families(id) ON DELETE CASCADE, "
                 "person_id {INT} REFERENCES people(id) ON DELETE SET NULL, "
                 "involvement_id {INT} REFERENCES involvements(id) ON DELETE SET NULL, "
                 "referral_draft_id {INT} REFERENCES referral_drafts(id) ON DELETE CASCADE, "
                 "title {TEXT} NOT NULL, doc_type {TEXT} NOT NULL, doc_date {DATE}, "
                 "file_name {TEXT} NOT NULL, media_type {TEXT} NOT NULL, byte_size {INT} NOT NULL, "
                 "sha256 {TEXT} NOT NULL, source {TEXT} NOT NULL DEFAULT 'added', "
                 "content_text {TEXT} NOT NULL DEFAULT '', "
                 "added_at {TIMESTAMP} NOT NULL, added_by {TEXT} NOT NULL DEFAULT '', "
                 "removed_at {TIMESTAMP}, removed_by {TEXT} NOT NULL DEFAULT '', "
                 "removal_reason {TEXT} NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX documents_family ON documents (family_id)"),
             QStringLiteral("CREATE INDEX documents_draft ON documents (referral_draft_id)"),
             QStringLiteral("CREATE TABLE document_contents (document_id {INT} PRIMARY KEY "
                            "REFERENCES documents(id) ON DELETE CASCADE, bytes {BLOB} NOT NULL)"),
             // Added, opened, printed, removed: the folder's own lines in the family's chronology.
             QStringLiteral(
                 "CREATE TABLE document_events (id {PK}, document_id {INT} NOT NULL "
                 "REFERENCES documents(id) ON DELETE CASCADE, "
                 "family_id {INT} REFERENCES families(id) ON DELETE CASCADE, action {TEXT} NOT NULL, "
                 "at {TIMESTAMP} NOT NULL, by_name {TEXT} NOT NULL DEFAULT '', note {TEXT} NOT NULL "
                 "DEFAULT '')"),
             QStringLiteral("CREATE INDEX document_events_family ON document_events (family_id)"),
             // Full-text search (SQLite FTS4; a PostgreSQL dialect would use tsvector columns).
             // External-content indexes: the words are indexed but the text is read from the
             // records themselves (by docid = the record's id), so the file holds each note once.
             // Triggers keep the indexes in step with every write, so importers, demo data and
             // repositories need not know they exist. An external-content row must be deleted
             // from the index while the record still holds the old text: hence BEFORE triggers.
             QStringLiteral("CREATE VIRTUAL TABLE notes_search USING fts4(content=\"case_notes\", "
                            "subject, location, present, outcomes_addressed, purpose, what_worked_well, "
                            "worries, voice, next_steps, tokenize=unicode61 \"remove_diacritics=1\")"),
             QStringLiteral(
                 "CREATE TRIGGER case_notes_search_insert AFTER INSERT ON case_notes BEGIN "
                 "INSERT INTO notes_search (docid, subject, location, present, outcomes_addressed, purpose, "
                 "what_worked_well, worries, voice, next_steps) VALUES (new.id, "
                 "new.subject, new.location, new.present, new.outcomes_addressed, new.purpose, "
                 "new.what_worked_well, new.worries, new.voice, new.next_steps); END"),
             QStringLiteral("CREATE TRIGGER case_notes_search_unindex BEFORE UPDATE ON case_notes BEGIN "
                            "DELETE FROM notes_search WHERE docid = old.id; END"),
             QStringLiteral(
                 "CREATE TRIGGER case_notes_search_reindex AFTER UPDATE ON case_notes BEGIN "
                 "INSERT INTO notes_search (docid, subject, location, present, outcomes_addressed, purpose, "
                 "what_worked_well, worries, voice, next_steps) VALUES (new.id, "
                 "new.subject, new.location, new.present, new.outcomes_addressed, new.purpose, "
                 "new.what_worked_well, new.worries, new.voice, new.next_steps); END"),
             QStringLiteral("CREATE TRIGGER case_notes_search_delete BEFORE DELETE ON case_notes BEGIN "
                            "DELETE FROM notes_search WHERE docid = old.id; END"),
             // Documents are searchable while they are in a family's folder and not removed.
             QStringLiteral("CREATE VIRTUAL TABLE documents_search USING fts4(content=\"documents\", title, "
                            "file_name, content_text, tokenize=unicode61 \"remove_diacritics=1\")"),
             QStringLiteral("CREATE TRIGGER documents_search_insert AFTER INSERT ON documents "
                            "WHEN new.family_id IS NOT NULL AND new.removed_at IS NULL BEGIN "
                            "INSERT INTO documents_search (docid, title, file_name, content_text) VALUES "
                            "(new.id, new.title, new.file_name, new.content_text); END"),
             QStringLiteral("CREATE TRIGGER documents_search_unindex BEFORE UPDATE ON documents "
                            "WHEN old.family_id IS NOT NULL AND old.removed_at IS NULL BEGIN "
                            "DELETE FROM documents_search WHERE docid = old.id; END"),
             QStringLiteral("CREATE TRIGGER documents_search_reindex AFTER UPDATE ON documents "
                            "WHEN new.family_id IS NOT NULL AND new.removed_at IS NULL BEGIN "
                            "INSERT INTO documents_search (docid, title, file_name, content_text) VALUES "
                            "(new.id, new.title, new.file_name, new.content_text); END"),
             QStringLiteral("CREATE TRIGGER documents_search_delete BEFORE DELETE ON documents "
                            "WHEN old.family_id IS NOT NULL AND old.removed_at IS NULL BEGIN "
                            "DELETE FROM documents_search WHERE docid = old.id; END"),
             // The notes already written.
             QStringLiteral("INSERT INTO notes_search (notes_search) VALUES ('rebuild')"),
         },
         {}},
    };
    return steps;
}

Status runMigrations(Database& db, int targetVersion) {
    const int target = targetVersion < 0 ? migrations().back().version : targetVersion;
    for (const Migration& step : migrations()) {
        if (step.version <= db.schemaVersion() || step.version > target)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(tx.beginError());
        for (const QString& ddl : step.ddl) {
            auto done = db.run(db.dialect().expandDdl(ddl), {}, "upgrading the database");
            if (!done)
                return Status::failure(
                    Storage::tr("Upgrade to version %1 failed: %2").arg(step.version).arg(done.error()));
        }
        if (step.dataStep) {
            if (Status s = step.dataStep(db); !s)
                return Status::failure(
                    Storage::tr("Upgrade to version %1 failed: %2").arg(step.version).arg(s.error()));
        }
        auto recorded = db.run(
            QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                           "VALUES (?, ?, ?)"),
            {step.version, QString::fromUtf8(step.description), db.nowText()}, "recording the upgrade");
        if (!recorded)
            return recorded.status();
        if (Status s = db.setMeta(QStringLiteral("schema_version"), QString::number(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::ok();
}

} // namespace waymark
