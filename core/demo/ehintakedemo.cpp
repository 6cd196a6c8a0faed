#include "demo/ehintakedemo.h"

#include "earlyhelp/prioritisation.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlError>

namespace waymark::demo {

EhIntakeDemoWriter::EhIntakeDemoWriter(Database& db)
    : m_now(db.nowText())
    , m_insert(db.connection()) {}

Status EhIntakeDemoWriter::prepare() {
    m_insert.setForwardOnly(true);
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO eh_intakes (involvement_id, family_id, outcome, prioritised_on, response_note, "
            "proposed_worker_id, decided_by_worker_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?)")))
        return Status::failure(Storage::tr("Database error while %1: %2")
                                   .arg(Storage::tr("writing demo data"), m_insert.lastError().text()));
    return Status::ok();
}

Status EhIntakeDemoWriter::write(const Involvement& inv, const std::vector<CaseNote>& notes,
                                 const QDate& today) {
    const int rank = interventionRank(inv.service);
    if (rank == 0)
        return Status::ok();
    for (const CaseNote& note : notes) {
        if (note.noteType != QLatin1String("manager_decision"))
            continue;
        QString outcome;
        if (note.subject.startsWith(QLatin1String("Case accepted for")))
            outcome = rank == 1 ? QStringLiteral("5") : rank == 2 ? QStringLiteral("6") : QStringLiteral("7");
        else if (note.subject.startsWith(QLatin1String("Referral not appropriate")))
            outcome = QStringLiteral("15");
        else
            continue;
        EhIntake intake;
        intake.involvementId = inv.id;
        intake.familyId = inv.familyId;
        intake.outcome = outcome;
        intake.prioritisedOn = note.contactAt.date();
        intake.responseNote = (note.subject + QStringLiteral(". ") + note.purpose).trimmed();
        if (!validateEhIntake(intake, inv, today).isEmpty())
            return Status::ok(); // a demo record that would not pass the form is left out
        const QVariant values[] = {
            inv.id,
            inv.familyId,
            outcome,
            dateToText(intake.prioritisedOn),
            intake.responseNote,
            outcome == QLatin1String("15") ? QVariant() : nullableId(inv.allocatedWorkerId),
            nullableId(note.authorWorkerId),
            m_now,
            m_now,
        };
        int i = 0;
        for (const QVariant& v : values)
            m_insert.bindValue(i++, v);
        if (!m_insert.exec())
            return Status::failure(
                Storage::tr("Database error while %1: %2")
                    .arg(Storage::tr("saving the prioritisation"), m_insert.lastError().text()));
        return Status::ok();
    }
    return Status::ok();
}

} // namespace waymark::demo
