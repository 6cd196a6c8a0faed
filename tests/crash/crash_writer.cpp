// Writes fictional records through the real repositories, one save after another, until it is
// killed. The durability test (test_crash_durability.cpp) kills it with SIGKILL at random moments
// and checks that every save it acknowledged is in the file.
//
//   waymark_crash_writer --database PATH [--seed N] [--mix]
//
// Protocol on stdout, one line per event, each flushed before the next step:
//   ready journal_mode=<mode> synchronous=<n>   the database is open; saves start now
//   begin <ack line, id 0 when not yet known>  about to call the repository
//   saved <kind> <id> <fingerprint> [<draft>]  the repository returned success (committed); a note
//                                              saved with <draft> removed that draft in the same
//                                              transaction
//   deleted <kind> <id>                        the record was removed (committed)
// Kinds: family, person (added to a family with addMember), involvement, note, draft, event.
// Only ids and fingerprints are printed, never names or text. Every name is invented.
// --mix adds updates (rewriting an earlier note), drafts consumed by a note, and deletes (case
// events); without it every save is an insert.

#include "crash/crashrecords.h"
#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "storage/caseeventrepository.h"
#include "storage/casenoterepository.h"
#include "storage/draftrepository.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <random>

using namespace waymark;

namespace {

// Invented names and ordinary case-recording words; nothing here describes a real person.
const char* const kSurnames[] = {"Ashcombe", "Brindlewood", "Corrow",   "Dunmere",
                                 "Elsworth", "Fenwright",   "Garrowby", "Holloway-Penn",
                                 "Ixworth",  "Jessop-Vane", "Kilbride", "Larkmoor"};
const char* const kAdultNames[] = {"Avril",  "Bettany", "Caris", "Delphine", "Esmay",   "Fenella",
                                   "Garnet", "Halden",  "Idris", "Jory",     "Kestrel", "Lorcan"};
const char* const kChildNames[] = {"Tobin", "Wren", "Ossian", "Marigold", "Rafferty", "Saffi",
                                   "Quill", "Nell", "Pim",    "Umber",    "Vesper",   "Yarrow"};
const char* const kWords[] = {
    "visit",    "school",   "attendance", "plan",      "review",      "mother",  "child",  "support",
    "agreed",   "routine",  "bedtime",    "breakfast", "appointment", "health",  "worker", "discussed",
    "progress", "concerns", "strengths",  "family",    "meeting",     "consent", "safety", "the",
    "and",      "with",     "was",        "to",        "of",          "at",      "home",   "weekly",
    "housing",  "letter",   "teacher",    "nursery",   "play",        "calmer",  "sleep",  "budget"};
const char* const kNoteTypes[] = {"home_visit", "phone_call", "school_meeting", "direct_work",
                                  "office_visit"};
const char* const kServices[] = {"lift_mentoring", "early_help_targeted", "families_first"};
const char* const kEventKinds[] = {"allocated", "child_seen", "assessment_visit", "cin_meeting"};

class Writer {
public:
    Writer(Database& db, quint64 seed, bool mix)
        : m_db(db)
        , m_random(seed)
        , m_mix(mix) {}

    // One family with its people, an involvement and notes; with --mix also a draft turned into a
    // note, an update of an earlier note, and an event recorded and another one removed.
    void cycle() {
        Family family;
        family.name = pick(kSurnames) + QStringLiteral(" family");
        family.kinshipStatus = QStringLiteral("none");
        family.address.line1 = QStringLiteral("%1 Nowhere Lane").arg(number(1, 200));
        family.address.town = QStringLiteral("Testbury");
        announce(QStringLiteral("begin saved family 0 ") + fingerprint(family));
        check(FamilyRepository(m_db).save(family));
        announce(QStringLiteral("saved family ") + QString::number(family.id) + QLatin1Char(' ') +
                 fingerprint(family));

        std::vector<qint64> people;
        const QString surname = family.name.section(QLatin1Char(' '), 0, 0);
        people.push_back(addMember(family.id, pick(kAdultNames), surname, QDate(number(1975, 2000), 5, 17),
                                   QStringLiteral("mother"), true));
        for (int i = 0, children = number(1, 3); i < children; ++i)
            people.push_back(addMember(family.id, pick(kChildNames), surname,
                                       QDate(number(2008, 2022), number(1, 12), number(1, 28)),
                                       QStringLiteral("child"), false));

        Involvement involvement;
        involvement.familyId = family.id;
        involvement.service = pick(kServices);
        involvement.referralDate = QDate(2022, number(1, 12), number(1, 28));
        involvement.referralSource = QStringLiteral("school");
        involvement.referralReason = narrative(100, 1500);
        involvement.status = QStringLiteral("open");
        involvement.openedOn = involvement.referralDate.addDays(number(0, 30));
        announce(QStringLiteral("begin saved involvement 0 ") + fingerprint(involvement));
        check(InvolvementRepository(m_db).save(involvement));
        announce(QStringLiteral("saved involvement ") + QString::number(involvement.id) + QLatin1Char(' ') +
                 fingerprint(involvement));

        for (int i = 0, notes = number(1, 3); i < notes; ++i)
            saveNewNote(family.id, involvement.id, people, QString());
        if (!m_mix)
            return;

        // A note written over time: its draft is kept, then saving the note removes the draft in
        // the same transaction.
        Draft draft;
        draft.key = QStringLiteral("note/family/%1").arg(family.id);
        draft.familyId = family.id;
        draft.content = narrative(200, 3000);
        announce(QStringLiteral("begin saved draft ") + draft.key + QLatin1Char(' ') + fingerprint(draft));
        check(DraftRepository(m_db).save(draft));
        announce(QStringLiteral("saved draft ") + draft.key + QLatin1Char(' ') + fingerprint(draft));
        saveNewNote(family.id, involvement.id, people, draft.key);

        updateEarlierNote();

        RecordedEvent event;
        event.familyId = family.id;
        event.involvementId = involvement.id;
        event.kind = pick(kEventKinds);
        event.date = involvement.openedOn.addDays(number(0, 20));
        event.note = narrative(0, 300);
        announce(QStringLiteral("begin saved event 0 ") + fingerprint(event));
        check(CaseEventRepository(m_db).save(event));
        announce(QStringLiteral("saved event ") + QString::number(event.id) + QLatin1Char(' ') +
                 fingerprint(event));
        if (number(0, 1) == 1)
            removeEarlierEvent();
    }

private:
    qint64 addMember(qint64 familyId, const QString& given, const QString& surname, const QDate& dob,
                     const QString& relationship, bool parentalResponsibility) {
        Person person;
        person.givenNames = given;
        person.familyName = surname;
        person.dateOfBirth = dob;
        person.gender = QStringLiteral("not_known");
        announce(QStringLiteral("begin saved person 0 ") + crash::fingerprint(person, {familyId}));
        check(FamilyRepository(m_db).addMember(familyId, person,
                                               {0, relationship, parentalResponsibility, true}));
        announce(QStringLiteral("saved person ") + QString::number(person.id) + QLatin1Char(' ') +
                 crash::fingerprint(person, {familyId}));
        return person.id;
    }

    void saveNewNote(qint64 familyId, qint64 involvementId, const std::vector<qint64>& people,
                     const QString& draftKey) {
        CaseNote note;
        note.familyId = familyId;
        note.involvementId = involvementId;
        note.contactAt =
            QDateTime(QDate(2023, number(1, 12), number(1, 28)), QTime(number(8, 18), number(0, 59)));
        note.noteType = pick(kNoteTypes);
        note.subject = QStringLiteral("Contact %1").arg(number(1, 9999));
        note.present = QStringLiteral("Mother, child, family support worker");
        note.purpose = narrative(100, 2000);
        note.whatWorkedWell = narrative(100, 2000);
        // The long narrative: up to 15,000 characters, several database pages per note.
        note.worries = narrative(500, 15000);
        note.voice = narrative(100, 3000);
        note.nextSteps = narrative(100, 2000);
        for (qint64 id : people)
            if (number(0, 2) > 0)
                note.personIds.push_back(id);
        const QString suffix = draftKey.isEmpty() ? QString() : QLatin1Char(' ') + draftKey;
        announce(QStringLiteral("begin saved note 0 ") + fingerprint(note) + suffix);
        check(CaseNoteRepository(m_db).save(note, draftKey));
        announce(QStringLiteral("saved note ") + QString::number(note.id) + QLatin1Char(' ') +
                 fingerprint(note) + suffix);
    }

    // Rewrites a note saved earlier, possibly by an earlier (killed) run.
    void updateEarlierNote() {
        const qint64 id = someId(QStringLiteral("case_notes"));
        if (id == 0)
            return;
        auto stored = CaseNoteRepository(m_db).get(id);
        check(stored.status());
        CaseNote note = std::move(stored).value();
        note.subject = QStringLiteral("Contact %1 (corrected)").arg(number(1, 9999));
        note.worries = narrative(500, 15000);
        note.nextSteps = narrative(100, 2000);
        announce(QStringLiteral("begin saved note ") + QString::number(id) + QLatin1Char(' ') +
                 fingerprint(note));
        check(CaseNoteRepository(m_db).save(note));
        announce(QStringLiteral("saved note ") + QString::number(id) + QLatin1Char(' ') + fingerprint(note));
    }

    void removeEarlierEvent() {
        const qint64 id = someId(QStringLiteral("case_events"));
        if (id == 0)
            return;
        announce(QStringLiteral("begin deleted event ") + QString::number(id));
        check(CaseEventRepository(m_db).remove(id));
        announce(QStringLiteral("deleted event ") + QString::number(id));
    }

    // A random existing row of `table`, 0 when it is empty.
    qint64 someId(const QString& table) {
        auto max = m_db.run(QStringLiteral("SELECT MAX(id) FROM %1").arg(table), {}, "choosing a record");
        check(max.status());
        QSqlQuery top = std::move(max).value();
        const qint64 highest = top.next() ? top.value(0).toLongLong() : 0;
        if (highest == 0)
            return 0;
        auto row =
            m_db.run(QStringLiteral("SELECT id FROM %1 WHERE id >= ? ORDER BY id LIMIT 1").arg(table),
                     {std::uniform_int_distribution<qint64>(1, highest)(m_random)}, "choosing a record");
        check(row.status());
        QSqlQuery found = std::move(row).value();
        return found.next() ? found.value(0).toLongLong() : 0;
    }

    QString narrative(int minLength, int maxLength) {
        const int length = number(minLength, maxLength);
        QString text;
        text.reserve(length + 16);
        while (text.size() < length) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QLatin1String(kWords[number(0, int(std::size(kWords)) - 1)]);
        }
        text.truncate(length);
        return text.trimmed();
    }

    int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    template <size_t N> QString pick(const char* const (&list)[N]) {
        return QLatin1String(list[number(0, int(N) - 1)]);
    }

    // One line, written and flushed before the writer goes on: the test may read it at any moment.
    static void announce(const QString& line) {
        std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
        std::fflush(stdout);
    }

    // A save that fails is a bug in the writer or the storage layer: stop, so the test sees an exit
    // instead of a kill. The message names the action, never the data.
    static void check(const Status& status) {
        if (status)
            return;
        std::fprintf(stderr, "crash writer: %s\n", status.error().toUtf8().constData());
        std::exit(1);
    }

    static QString fingerprint(const Family& f) { return crash::fingerprint(f); }
    static QString fingerprint(const Involvement& i) { return crash::fingerprint(i); }
    static QString fingerprint(const CaseNote& n) { return crash::fingerprint(n); }
    static QString fingerprint(const Draft& d) { return crash::fingerprint(d); }
    static QString fingerprint(const RecordedEvent& e) { return crash::fingerprint(e); }

    Database& m_db;
    std::mt19937_64 m_random;
    bool m_mix;
};

QString pragma(Database& db, const QString& name) {
    auto q = db.run(QStringLiteral("PRAGMA %1").arg(name), {}, "reading the connection settings");
    if (!q)
        return QStringLiteral("?");
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toString() : QStringLiteral("?");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path;
    quint64 seed = 1;
    bool mix = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--mix"))
            mix = true;
        else {
            std::fprintf(stderr, "usage: waymark_crash_writer --database PATH [--seed N] [--mix]\n");
            return 2;
        }
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: waymark_crash_writer --database PATH [--seed N] [--mix]\n");
        return 2;
    }

    auto opened = crash::openDatabase(path);
    if (!opened) {
        std::fprintf(stderr, "crash writer: %s\n", opened.error().toUtf8().constData());
        return 1;
    }
    std::shared_ptr<Database> db = std::move(opened).value();
    // What the session setup asked for, as this connection actually has it.
    std::printf("ready journal_mode=%s synchronous=%s\n",
                pragma(*db, QStringLiteral("journal_mode")).toUtf8().constData(),
                pragma(*db, QStringLiteral("synchronous")).toUtf8().constData());
    std::fflush(stdout);

    Writer writer(*db, seed, mix);
    for (;;)
        writer.cycle();
}
