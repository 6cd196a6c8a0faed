#include "earlyhelp/minimumrequirements.h"

#include "access/accesspolicy.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace waymark {

const Vocabulary& vocab::minimumRequirement() {
    static const Vocabulary v(
        "minimumRequirement",
        {
            {"gp", QT_TRANSLATE_NOOP("Vocabulary", "Family registered with a GP")},
            {"dentist", QT_TRANSLATE_NOOP("Vocabulary", "Family registered with a dentist")},
            {"childrens_centre",
             QT_TRANSLATE_NOOP("Vocabulary", "Registered with the Children's centre if have under 5")},
            {"early_education", QT_TRANSLATE_NOOP("Vocabulary", "Receiving 2/3 year old Free early "
                                                                "Educational Entitlement, or know how to")},
            {"school_place",
             QT_TRANSLATE_NOOP("Vocabulary", "Know how to apply for a school place / have a school place")},
            {"smoking_cessation",
             QT_TRANSLATE_NOOP("Vocabulary", "Signposted to smoking cessation support as appropriate")},
            {"young_carer",
             QT_TRANSLATE_NOOP("Vocabulary",
                               "Checked if there's a child carer and supported as appropriate")},
        });
    return v;
}

const Vocabulary& vocab::minimumRequirementStatus() {
    static const Vocabulary v("minimumRequirementStatus",
                              {
                                  {"met", QT_TRANSLATE_NOOP("Vocabulary", "Met")},
                                  {"not_met", QT_TRANSLATE_NOOP("Vocabulary", "Not met yet")},
                                  {"not_applicable", QT_TRANSLATE_NOOP("Vocabulary", "Does not apply")},
                              });
    return v;
}

ValidationIssues validateMinimumRequirement(const MinimumRequirement& r, const QDate& today) {
    ValidationIssues issues;
    if (!vocab::minimumRequirement().contains(r.item))
        issues.push_back({QStringLiteral("item"),
                          EarlyHelp::tr("\"%1\" is not one of the minimum requirements.").arg(r.item)});
    if (!r.status.isEmpty() && !vocab::minimumRequirementStatus().contains(r.status))
        issues.push_back({QStringLiteral("status"),
                          EarlyHelp::tr("\"%1\" is not met, not met yet or does not apply.").arg(r.status)});
    if (r.status == QLatin1String("not_applicable") && r.note.trimmed().isEmpty())
        issues.push_back(
            {QStringLiteral("note"), EarlyHelp::tr("%1: say why it does not apply (e.g. no child under 5).")
                                         .arg(vocab::minimumRequirement().label(r.item))});
    if (r.updatedOn.isValid() && r.updatedOn > today)
        issues.push_back({QStringLiteral("updated_on"), EarlyHelp::tr("The date checked is in the future.")});
    return issues;
}

QString minimumRequirementText(const MinimumRequirement& r) {
    if (r.status.isEmpty())
        return QString();
    const QString status = vocab::minimumRequirementStatus().label(r.status).toLower();
    return r.note.trimmed().isEmpty() ? status : status + QStringLiteral(": ") + r.note.trimmed();
}

void copyMinimumRequirements(const std::vector<MinimumRequirement>& items,
                             std::map<QString, QString>& texts) {
    for (auto it = texts.begin(); it != texts.end();)
        it = it->first.startsWith(QLatin1String(kMinReqPrefix)) ? texts.erase(it) : std::next(it);
    for (const MinimumRequirement& r : items)
        if (!r.status.isEmpty())
            texts[QLatin1String(kMinReqPrefix) + r.item] =
                r.note.trimmed().isEmpty() ? r.status : r.status + QStringLiteral(": ") + r.note.trimmed();
}

std::vector<MinimumRequirement> minimumRequirementsFromTexts(const std::map<QString, QString>& texts) {
    std::vector<MinimumRequirement> out;
    for (const QString& item : vocab::minimumRequirement().codes()) {
        MinimumRequirement r;
        r.item = item;
        const auto it = texts.find(QLatin1String(kMinReqPrefix) + item);
        if (it != texts.end()) {
            // "<status code>: <note>", e.g. "met: registered with Dr Example".
            const qsizetype colon = it->second.indexOf(QStringLiteral(": "));
            r.status = colon < 0 ? it->second : it->second.left(colon);
            r.note = colon < 0 ? QString() : it->second.mid(colon + 2);
        }
        out.push_back(r);
    }
    return out;
}

Result<std::vector<MinimumRequirement>>
MinimumRequirementRepository::forInvolvement(qint64 involvementId) const {
    auto involvement = InvolvementRepository(m_db).get(involvementId);
    if (!involvement)
        return involvement.status();
    if (Status s = access::requireFamily(m_db, involvement->familyId); !s)
        return s;
    std::vector<MinimumRequirement> out;
    for (const QString& item : vocab::minimumRequirement().codes())
        out.push_back({item, QString(), QString(), QDate()});
    auto rows = m_db.run(QStringLiteral("SELECT item, status, note, updated_on FROM eh_minimum_requirements "
                                        "WHERE involvement_id = ?"),
                         {involvementId}, "reading the minimum requirements");
    if (!rows)
        return rows.status();
    QSqlQuery q = std::move(rows).value();
    while (q.next())
        for (MinimumRequirement& r : out)
            if (r.item == q.value(0).toString()) {
                r.status = q.value(1).toString();
                r.note = q.value(2).toString();
                r.updatedOn = dateFromText(q.value(3).toString());
            }
    return out;
}

Status MinimumRequirementRepository::save(qint64 involvementId, MinimumRequirement& r) {
    if (!r.updatedOn.isValid())
        r.updatedOn = m_db.today();
    if (auto issues = validateMinimumRequirement(r, m_db.today()); !issues.isEmpty())
        return Status::failure(joinIssues(issues));
    if (r.status.isEmpty())
        return Status::failure(EarlyHelp::tr("Say whether it is met, not met yet or does not apply."));
    auto involvement = InvolvementRepository(m_db).get(involvementId);
    if (!involvement)
        return involvement.status();
    if (Status s = access::requireWrite(m_db, involvement->familyId); !s)
        return s;
    const char* what = "saving the minimum requirements";
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    auto found = m_db.run(
        QStringLiteral("SELECT id FROM eh_minimum_requirements WHERE involvement_id = ? AND item = ?"),
        {involvementId, r.item}, what);
    if (!found)
        return found.status();
    QSqlQuery q = std::move(found).value();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    const std::vector<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("status"), r.status},
        {QStringLiteral("note"), r.note.trimmed()},
        {QStringLiteral("updated_on"), dateToText(r.updatedOn)},
    };
    if (id != 0) {
        if (Status s = m_db.update(QStringLiteral("eh_minimum_requirements"), id, columns, what); !s)
            return s;
    } else {
        auto all = columns;
        all.push_back({QStringLiteral("involvement_id"), involvementId});
        all.push_back({QStringLiteral("family_id"), involvement->familyId});
        all.push_back({QStringLiteral("item"), r.item});
        if (auto inserted = m_db.insert(QStringLiteral("eh_minimum_requirements"), all, what); !inserted)
            return inserted.status();
    }
    return tx.commit();
}

} // namespace waymark
