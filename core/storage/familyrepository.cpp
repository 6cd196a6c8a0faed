#include "storage/familyrepository.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace waymark {

namespace {

QString placeholders(int n) {
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

} // namespace

Status FamilyRepository::save(Family& family) {
    family.name = family.name.trimmed();
    if (auto issues = validateFamily(family); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (Status s = access::requireWrite(m_db, family.id); !s)
        return s;
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("name"), family.name},
        {QStringLiteral("kinship_status"), family.kinshipStatus},
        {QStringLiteral("eh_locality"), family.earlyHelpLocality},
        {QStringLiteral("ufrn"), family.ufrn.trimmed().toUpper()},
        {QStringLiteral("address_line1"), family.address.line1.trimmed()},
        {QStringLiteral("address_line2"), family.address.line2.trimmed()},
        {QStringLiteral("town"), family.address.town.trimmed()},
        {QStringLiteral("postcode"), family.address.postcode.trimmed().toUpper()},
        {QStringLiteral("updated_at"), now},
    };
    Transaction tx(m_db);
    qint64 id = family.id;
    if (id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto inserted = m_db.insert(QStringLiteral("families"), columns, "saving the family");
        if (!inserted)
            return inserted.status();
        id = *inserted;
    } else if (Status s = m_db.update(QStringLiteral("families"), id, columns, "saving the family"); !s) {
        return s;
    }
    // Members are rewritten as a set; the audit records the set before and after when it changed.
    QJsonArray membersBefore, membersAfter;
    if (auto old = m_db.run(QStringLiteral("SELECT person_id, relationship, parental_responsibility, "
                                           "lives_in_household FROM family_members WHERE family_id = ? "
                                           "ORDER BY position"),
                            {id}, "reading the family's members");
        old) {
        QSqlQuery q = std::move(old).value();
        while (q.next())
            membersBefore.append(QStringLiteral("%1:%2:%3:%4")
                                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString()));
    }
    for (const FamilyMember& m : family.members)
        membersAfter.append(QStringLiteral("%1:%2:%3:%4")
                                .arg(m.personId)
                                .arg(m.relationship)
                                .arg(m.hasParentalResponsibility ? 1 : 0)
                                .arg(m.livesInHousehold ? 1 : 0));
    if (auto cleared = m_db.run(QStringLiteral("DELETE FROM family_members WHERE family_id = ?"), {id},
                                "saving the family's members");
        !cleared)
        return cleared.status();
    if (membersBefore != membersAfter) {
        if (Status s = audit::recordChange(m_db, QStringLiteral("families"), id,
                                           QJsonObject{{QStringLiteral("members"), membersBefore}},
                                           QJsonObject{{QStringLiteral("members"), membersAfter}});
            !s)
            return s;
    }
    int position = 0;
    for (const FamilyMember& m : family.members) {
        auto added =
            m_db.run(QStringLiteral("INSERT INTO family_members (family_id, person_id, relationship, "
                                    "parental_responsibility, lives_in_household, position) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, m.personId, m.relationship, m.hasParentalResponsibility ? 1 : 0,
                      m.livesInHousehold ? 1 : 0, position++},
                     "saving the family's members");
        if (!added)
            return added.status();
    }
    if (Status s = tx.commit(); !s)
        return s;
    family.id = id;
    family.updatedAt = utcFromText(now);
    if (!family.createdAt.isValid())
        family.createdAt = family.updatedAt;
    return Status::ok();
}

Result<Family> FamilyRepository::get(qint64 id) const {
    auto q = m_db.run(
        QStringLiteral("SELECT id, name, kinship_status, address_line1, address_line2, town, postcode, "
                       "created_at, updated_at, eh_locality, ufrn FROM families WHERE id = ?"),
        {id}, "reading a family");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<Family>::failure(Storage::tr("There is no family %1.").arg(id));
    Family f;
    f.id = query.value(0).toLongLong();
    f.name = query.value(1).toString();
    f.kinshipStatus = query.value(2).toString();
    f.address = {query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                 query.value(6).toString()};
    f.createdAt = utcFromText(query.value(7).toString());
    f.earlyHelpLocality = query.value(9).toString();
    f.ufrn = query.value(10).toString();
    f.updatedAt = utcFromText(query.value(8).toString());
    auto members = m_db.run(QStringLiteral("SELECT person_id, relationship, parental_responsibility, "
                                           "lives_in_household FROM family_members WHERE family_id = ? "
                                           "ORDER BY position, person_id"),
                            {id}, "reading a family's members");
    if (!members)
        return members.status();
    QSqlQuery m = std::move(members).value();
    while (m.next())
        f.members.push_back(
            {m.value(0).toLongLong(), m.value(1).toString(), m.value(2).toBool(), m.value(3).toBool()});
    return f;
}

Status FamilyRepository::addMember(qint64 familyId, Person& person, const FamilyMember& membership) {
    if (Status s = access::requireWrite(m_db, familyId); !s)
        return s;
    Transaction tx(m_db);
    auto family = get(familyId);
    if (!family)
        return family.status();
    Family updated = std::move(family).value();
    Person saved = person;
    if (Status s = PersonRepository(m_db).save(saved); !s)
        return s;
    FamilyMember member = membership;
    member.personId = saved.id;
    for (const FamilyMember& existing : updated.members)
        if (existing.personId == saved.id)
            return Status::failure(Storage::tr("This person is already a member of the family."));
    updated.members.push_back(member);
    if (Status s = save(updated); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    person = saved;
    return Status::ok();
}

std::vector<qint64> FamilyRepository::familiesOfPerson(qint64 personId) const {
    std::vector<qint64> out;
    auto q = m_db.run(
        QStringLiteral("SELECT family_id FROM family_members WHERE person_id = ? ORDER BY family_id"),
        {personId}, "reading a person's families");
    if (!q)
        return out;
    QSqlQuery query = std::move(q).value();
    while (query.next())
        out.push_back(query.value(0).toLongLong());
    return out;
}

int FamilyRepository::count() const {
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM families"), {}, "counting families");
    if (!q)
        return 0;
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toInt() : 0;
}

CaseListPage FamilyRepository::search(const CaseListQuery& query) const {
    CaseListPage page;
    const QString like = m_db.dialect().caseInsensitiveLike();
    QStringList where;
    QVariantList values;

    // Filters are written as "f.id IN (subquery)" rather than correlated EXISTS: SQLite then builds
    // each set of family ids once, instead of re-running the subquery for every family (at 50,000
    // families a correlated "my cases" filter took minutes; this form takes milliseconds).

    // Each typed word must appear in the family name or in some member's search text.
    const QStringList words = query.text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString pattern = QStringLiteral("%") + escapeLikePattern(word) + QStringLiteral("%");
        // people(search_text) is a covering index: scanning it reads far less than the people table.
        where << QStringLiteral(
                     "(f.name %1 ? ESCAPE '\\' OR f.id IN (SELECT m.family_id FROM family_members m "
                     "WHERE m.person_id IN (SELECT p.id FROM people p WHERE p.search_text %1 ? "
                     "ESCAPE '\\')))")
                     .arg(like);
        values << pattern << pattern;
    }

    // Involvement filters combine: "my open LIFT cases" means one involvement that is all three.
    QStringList involvementConditions;
    QVariantList involvementValues;
    if (query.scope == CaseListQuery::Scope::Mine) {
        involvementConditions << QStringLiteral("i.allocated_worker_id = ?");
        involvementValues << query.workerId;
    } else if (query.scope == CaseListQuery::Scope::MyTeam) {
        involvementConditions << QStringLiteral(
            "i.allocated_worker_id IN (SELECT w.id FROM workers w WHERE w.team = "
            "(SELECT me.team FROM workers me WHERE me.id = ?) AND w.team <> '')");
        involvementValues << query.workerId;
    }
    if (!query.service.isEmpty()) {
        involvementConditions << QStringLiteral("i.service = ?");
        involvementValues << query.service;
    }
    if (query.state == CaseListQuery::State::Open)
        involvementConditions << QStringLiteral("i.status <> 'closed'");
    if (!involvementConditions.isEmpty()) {
        where << QStringLiteral("f.id IN (SELECT i.family_id FROM involvements i WHERE %1)")
                     .arg(involvementConditions.join(QStringLiteral(" AND ")));
        values << involvementValues;
    }
    if (query.state == CaseListQuery::State::Closed) {
        // Closed: worked with before, nothing open now.
        where << QStringLiteral("f.id IN (SELECT i.family_id FROM involvements i) AND f.id NOT IN "
                                "(SELECT i.family_id FROM involvements i WHERE i.status <> 'closed')");
    }
    // Only the families this account may see (access/accesspolicy.h).
    QVariantList visibleValues;
    where << access::visibleFamiliesCondition(m_db, QStringLiteral("f.id"), visibleValues);
    values << visibleValues;
    const QString whereSql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    // One pass gives both the page and the total: counting separately would run the search twice.
    // Only columns in the families_name index here, so that walking every match reads no table rows.
    auto found = m_db.run(QStringLiteral("SELECT f.id, f.name FROM families f") + whereSql +
                              QStringLiteral(" ORDER BY f.name, f.id"),
                          values, "searching cases");
    if (!found)
        return page;
    QSqlQuery q = std::move(found).value();
    QHash<qint64, size_t> index;
    QVariantList ids;
    while (q.next()) {
        if (++page.totalMatches > query.limit)
            continue;
        CaseSummary s;
        s.familyId = q.value(0).toLongLong();
        s.familyName = q.value(1).toString();
        index.insert(s.familyId, page.rows.size());
        ids << s.familyId;
        page.rows.push_back(s);
    }
    if (ids.isEmpty())
        return page;
    const QString in = placeholders(ids.size());

    if (auto members =
            m_db.run(QStringLiteral("SELECT m.family_id, p.given_names, p.family_name, p.known_as, "
                                    "p.date_of_birth, p.dob_expected, m.relationship "
                                    "FROM family_members m JOIN people p ON p.id = m.person_id "
                                    "WHERE m.family_id IN (%1) "
                                    "ORDER BY m.family_id, CASE WHEN m.relationship = 'child' THEN 0 "
                                    "ELSE 1 END, m.position")
                         .arg(in),
                     ids, "listing members")) {
        QSqlQuery m = std::move(members).value();
        const QDate today = m_db.today();
        while (m.next()) {
            Person p;
            p.givenNames = m.value(1).toString();
            p.familyName = m.value(2).toString();
            p.knownAs = m.value(3).toString();
            p.dateOfBirth = dateFromText(m.value(4).toString());
            p.dateOfBirthIsExpected = m.value(5).toBool();
            CaseSummary& row = page.rows[index.value(m.value(0).toLongLong())];
            row.memberNames << p.fullName();
            QString brief = !p.knownAs.isEmpty() ? p.knownAs : p.givenNames.section(QLatin1Char(' '), 0, 0);
            if (p.isUnborn())
                brief = brief.isEmpty() ? Storage::tr("unborn baby") : Storage::tr("%1 (unborn)").arg(brief);
            else if (brief.isEmpty())
                brief = p.familyName;
            else if (const auto age = p.ageInYears(today);
                     age && m.value(6).toString() == QLatin1String("child"))
                brief = Storage::tr("%1 (%2)").arg(brief).arg(*age);
            row.memberBriefs << brief;
        }
    }
    if (auto kinship =
            m_db.run(QStringLiteral("SELECT id, kinship_status FROM families WHERE id IN (%1)").arg(in), ids,
                     "listing families")) {
        QSqlQuery k = std::move(kinship).value();
        while (k.next())
            page.rows[index.value(k.value(0).toLongLong())].kinshipStatus = k.value(1).toString();
    }
    if (auto involvements =
            m_db.run(QStringLiteral("SELECT i.family_id, i.service, w.name FROM involvements i "
                                    "LEFT JOIN workers w ON w.id = i.allocated_worker_id "
                                    "WHERE i.status <> 'closed' AND i.family_id IN (%1) "
                                    "ORDER BY i.family_id, i.referral_date")
                         .arg(in),
                     ids, "listing services")) {
        QSqlQuery i = std::move(involvements).value();
        while (i.next()) {
            CaseSummary& s = page.rows[index.value(i.value(0).toLongLong())];
            s.hasOpenInvolvement = true;
            if (!s.openServices.contains(i.value(1).toString()))
                s.openServices << i.value(1).toString();
            const QString worker = i.value(2).toString();
            if (!worker.isEmpty() && !s.workerNames.contains(worker))
                s.workerNames << worker;
        }
    }
    if (auto contacts = m_db.run(QStringLiteral("SELECT family_id, MAX(contact_at) FROM case_notes "
                                                "WHERE family_id IN (%1) GROUP BY family_id")
                                     .arg(in),
                                 ids, "listing last contacts")) {
        QSqlQuery c = std::move(contacts).value();
        while (c.next())
            page.rows[index.value(c.value(0).toLongLong())].lastContact =
                localTimeFromText(c.value(1).toString());
    }
    return page;
}

} // namespace waymark
