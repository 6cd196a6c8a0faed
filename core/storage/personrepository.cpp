#include "storage/personrepository.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "util/trcontext.h"
#include "validation/validators.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace waymark {

namespace {

const QString kColumns = QStringLiteral(
    "id, given_names, family_name, known_as, date_of_birth, dob_expected, gender, ethnicity, first_language, "
    "address_line1, address_line2, town, postcode, phone, email, social_care_number, case_system_number, "
    "nhs_number");

Person readPerson(const QSqlQuery& q) {
    Person p;
    p.id = q.value(0).toLongLong();
    p.givenNames = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.knownAs = q.value(3).toString();
    p.dateOfBirth = dateFromText(q.value(4).toString());
    p.dateOfBirthIsExpected = q.value(5).toBool();
    p.gender = q.value(6).toString();
    p.ethnicity = q.value(7).toString();
    p.firstLanguage = q.value(8).toString();
    p.address = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                 q.value(12).toString()};
    p.phone = q.value(13).toString();
    p.email = q.value(14).toString();
    p.socialCareNumber = q.value(15).toString();
    p.caseSystemNumber = q.value(16).toString();
    p.nhsNumber = q.value(17).toString();
    return p;
}

void trimAll(Person& p) {
    for (QString* s :
         {&p.givenNames, &p.familyName, &p.knownAs, &p.firstLanguage, &p.address.line1, &p.address.line2,
          &p.address.town, &p.phone, &p.email, &p.socialCareNumber, &p.caseSystemNumber, &p.nhsNumber})
        *s = s->trimmed();
    p.address.postcode = p.address.postcode.trimmed().toUpper();
}

} // namespace

Status PersonRepository::save(Person& person) {
    trimAll(person);
    if (auto issues = validatePerson(person, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    const QString now = m_db.nowText();
    std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("given_names"), person.givenNames},
        {QStringLiteral("family_name"), person.familyName},
        {QStringLiteral("known_as"), person.knownAs},
        {QStringLiteral("date_of_birth"), nullableText(dateToText(person.dateOfBirth))},
        {QStringLiteral("dob_expected"), person.dateOfBirthIsExpected ? 1 : 0},
        {QStringLiteral("gender"), person.gender},
        {QStringLiteral("ethnicity"), person.ethnicity},
        {QStringLiteral("first_language"), person.firstLanguage},
        {QStringLiteral("address_line1"), person.address.line1},
        {QStringLiteral("address_line2"), person.address.line2},
        {QStringLiteral("town"), person.address.town},
        {QStringLiteral("postcode"), person.address.postcode},
        {QStringLiteral("phone"), person.phone},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("social_care_number"), person.socialCareNumber},
        {QStringLiteral("case_system_number"), person.caseSystemNumber},
        {QStringLiteral("nhs_number"), person.nhsNumber},
        {QStringLiteral("search_text"), person.searchText()},
        {QStringLiteral("updated_at"), now},
    };
    Transaction tx(m_db);
    if (person.id == 0) {
        columns.push_back({QStringLiteral("created_at"), now});
        auto id = m_db.insert(QStringLiteral("people"), columns, "saving the person");
        if (!id)
            return id.status();
        if (Status s = tx.commit(); !s)
            return s;
        person.id = *id;
        return Status::ok();
    }
    if (Status s = m_db.update(QStringLiteral("people"), person.id, columns, "saving the person"); !s)
        return s;
    return tx.commit();
}

Result<Person> PersonRepository::get(qint64 id) const {
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(kColumns), {id},
                      "reading a person");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Result<Person>::failure(Storage::tr("There is no person %1.").arg(id));
    return readPerson(query);
}

std::vector<Person> PersonRepository::getMany(const std::vector<qint64>& ids) const {
    std::vector<Person> out;
    if (ids.empty())
        return out;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM people WHERE id IN (%2)").arg(kColumns, marks.join(QLatin1Char(','))),
        values, "reading people");
    if (!q)
        return out;
    QHash<qint64, Person> byId;
    QSqlQuery query = std::move(q).value();
    while (query.next()) {
        Person p = readPerson(query);
        byId.insert(p.id, p);
    }
    for (qint64 id : ids)
        if (byId.contains(id))
            out.push_back(byId.value(id));
    return out;
}

std::vector<PossibleDuplicate> PersonRepository::findPossibleDuplicates(const Person& candidate) const {
    std::vector<PossibleDuplicate> out;
    auto add = [&](const QSqlQuery& q, const QString& reason) {
        Person p = readPerson(q);
        if (p.id == candidate.id)
            return;
        for (auto& existing : out)
            if (existing.person.id == p.id)
                return;
        out.push_back({p, reason});
    };
    const QString like = m_db.dialect().caseInsensitiveLike();

    if (!candidate.familyName.trimmed().isEmpty() && candidate.dateOfBirth.isValid()) {
        const QString firstGiven = candidate.givenNames.trimmed().section(QLatin1Char(' '), 0, 0);
        auto q = m_db.run(QStringLiteral("SELECT %1 FROM people WHERE lower(family_name) = lower(?) "
                                         "AND date_of_birth = ? AND given_names %2 ? ESCAPE '\\'")
                              .arg(kColumns, like),
                          {candidate.familyName.trimmed(), dateToText(candidate.dateOfBirth),
                           escapeLikePattern(firstGiven) + QStringLiteral("%")},
                          "looking for duplicates");
        if (q) {
            QSqlQuery query = std::move(q).value();
            while (query.next())
                add(query, Storage::tr("same name and date of birth"));
        }
    }
    const struct {
        const char* column;
        QString value;
        QString reason;
    } identifiers[] = {
        {"social_care_number", candidate.socialCareNumber.trimmed(), Storage::tr("same social-care number")},
        {"case_system_number", candidate.caseSystemNumber.trimmed(), Storage::tr("same case-system number")},
        {"nhs_number", candidate.nhsNumber.trimmed(), Storage::tr("same NHS number")},
    };
    for (const auto& [column, value, reason] : identifiers) {
        if (value.isEmpty())
            continue;
        auto q = m_db.run(
            QStringLiteral("SELECT %1 FROM people WHERE %2 = ?").arg(kColumns, QLatin1String(column)),
            {value}, "looking for duplicates");
        if (!q)
            continue;
        QSqlQuery query = std::move(q).value();
        while (query.next())
            add(query, reason);
    }
    return out;
}

} // namespace waymark
