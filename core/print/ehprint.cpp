#include "print/ehprint.h"

#include "access/accesspolicy.h"
#include "audit/auditlog.h"
#include "domain/vocabulary.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/ufrn.h"
#include "print/ehforms.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/workerrepository.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {

struct EhPrintNames {
    Q_DECLARE_TR_FUNCTIONS(waymark::EhPrint)
};

std::optional<Worker> workerOf(Database& db, qint64 workerId) {
    if (workerId == 0)
        return std::nullopt;
    auto worker = WorkerRepository(db).get(workerId);
    return worker ? std::optional<Worker>(*worker) : std::nullopt;
}

// The family's names and the involvement's worker, for the header and the forms.
Result<EhFormNames> namesFor(Database& db, qint64 familyId, qint64 involvementId) {
    auto family = FamilyRepository(db).get(familyId);
    if (!family)
        return family.status();
    EhFormNames names;
    names.familyName = family->name;
    names.ufrn = family->ufrn;
    if (involvementId != 0) {
        auto inv = InvolvementRepository(db).get(involvementId);
        if (!inv)
            return inv.status();
        names.service = inv->service;
        if (auto w = workerOf(db, inv->allocatedWorkerId))
            names.workerName = w->name;
    }
    for (const Worker& w : WorkerRepository(db).all())
        names.workers.insert(w.id, w.name);
    std::vector<qint64> ids;
    for (const FamilyMember& m : family->members)
        ids.push_back(m.personId);
    for (const Person& p : PersonRepository(db).getMany(ids))
        names.people.insert(p.id, p.fullName());
    return names;
}

Result<Involvement> earlyHelpInvolvement(Database& db, qint64 involvementId) {
    auto inv = InvolvementRepository(db).get(involvementId);
    if (!inv)
        return inv.status();
    if (Status s = access::requireFamily(db, inv->familyId); !s)
        return s;
    if (!inv->service.startsWith(QLatin1String("early_help_")))
        return Status::failure(EhPrintNames::tr("Involvement %1 is not Early Help work.").arg(involvementId));
    return inv;
}

Result<EhPrintout> contactLogPrintout(Database& db, qint64 involvementId, const QString& printedBy) {
    auto inv = earlyHelpInvolvement(db, involvementId);
    if (!inv)
        return inv.status();
    auto names = namesFor(db, inv->familyId, inv->id);
    if (!names)
        return names.status();
    const std::vector<ContactAttempt> attempts = ContactAttemptRepository(db).forInvolvement(inv->id);
    EhPrintout out;
    out.familyId = inv->familyId;
    out.entity = QStringLiteral("eh_contact_attempts");
    out.filing = {inv->familyId, inv->id, 0, QStringLiteral("other")};
    out.html = contactLogHtml(attempts, checkContactStandards(attempts, inv->service), *names);
    out.header = ehPdfHeader(EhPrintNames::tr("Attempts to contact the family"), *names, db.today(),
                             printedBy, db.now());
    return out;
}

Result<EhPrintout> letterPrintout(Database& db, qint64 involvementId, qint64 attemptId,
                                  const QString& printedBy) {
    auto inv = earlyHelpInvolvement(db, involvementId);
    if (!inv)
        return inv.status();
    auto names = namesFor(db, inv->familyId, inv->id);
    if (!names)
        return names.status();
    auto letter = finalContactLetterFor(db, involvementId, attemptId);
    if (!letter)
        return letter.status();
    EhPrintout out;
    out.familyId = inv->familyId;
    out.entity = QStringLiteral("eh_contact_attempts");
    out.entityId = attemptId;
    out.filing = {inv->familyId, inv->id, 0, QStringLiteral("letter")};
    out.html = finalContactLetterHtml(*letter);
    out.header = ehPdfHeader(EhPrintNames::tr("Final attempt to contact letter"), *names, letter->date,
                             printedBy, db.now());
    return out;
}

Result<EhPrintout> consentPrintout(Database& db, qint64 consentId, const QString& printedBy) {
    auto consent = ConsentRepository(db).get(consentId);
    if (!consent)
        return consent.status();
    auto found = namesFor(db, consent->familyId, consent->involvementId);
    if (!found)
        return found.status();
    EhFormNames names = *found;
    if (names.workerName.isEmpty())
        names.workerName = names.workers.value(consent->recordedByWorkerId);
    EhPrintout out;
    out.familyId = consent->familyId;
    out.entity = QStringLiteral("eh_consents");
    out.entityId = consent->id;
    out.filing = {consent->familyId, consent->involvementId, 0, QStringLiteral("agreement")};
    out.html = parentalConsentHtml(*consent, names);
    out.header =
        ehPdfHeader(EhPrintNames::tr("Parental consent form"), names, consent->givenOn, printedBy, db.now());
    return out;
}

} // namespace

Result<FinalContactLetter> finalContactLetterFor(Database& db, qint64 involvementId, qint64 attemptId) {
    auto inv = earlyHelpInvolvement(db, involvementId);
    if (!inv)
        return inv.status();
    auto family = FamilyRepository(db).get(inv->familyId);
    if (!family)
        return family.status();
    FinalContactLetter l;
    l.date = db.today();
    // The reply-by date of the letter logged (the one chosen, else the latest), else 10 days.
    for (const ContactAttempt& a : ContactAttemptRepository(db).forInvolvement(inv->id)) {
        if (a.method != QLatin1String("letter"))
            continue;
        if (attemptId == 0 || a.id == attemptId) {
            l.replyBy = a.replyBy;
            l.date = a.at.date();
        }
    }
    if (!l.replyBy.isValid())
        l.replyBy = l.date.addDays(10);
    // The main carer: the first member with parental responsibility who lives in the household
    // (as the family lists them), else any member with parental responsibility.
    std::optional<Person> carer;
    for (int pass = 0; pass < 2 && !carer; ++pass)
        for (const FamilyMember& m : family->members) {
            if (m.relationship == QLatin1String("child") || !m.hasParentalResponsibility ||
                (pass == 0 && !m.livesInHousehold))
                continue;
            if (auto p = PersonRepository(db).get(m.personId)) {
                carer = *p;
                break;
            }
        }
    if (carer) {
        l.recipientName = carer->fullName();
        l.address = carer->address.isEmpty() ? family->address : carer->address;
    } else {
        l.recipientName = EhPrintNames::tr("The parent or carer, %1").arg(family->name);
        l.address = family->address;
    }
    if (auto w = workerOf(db, inv->allocatedWorkerId)) {
        l.workerName = w->name;
        l.workerTitle = vocab::workerRole().label(w->role);
        l.team = w->team;
        l.phone = w->phone;
        l.email = w->email;
    }
    for (const EarlyHelpLocality& loc : earlyHelpLocalities())
        if (family->earlyHelpLocality == QLatin1String(loc.code))
            l.locality = QString::fromUtf8(loc.name);
    return l;
}

Result<EhPrintout> earlyHelpPrintout(Database& db, const QString& form, qint64 id, const QString& printedBy,
                                     qint64 attemptId) {
    Result<EhPrintout> printout =
        Status::failure(EhPrintNames::tr("There is no Early Help form called \"%1\".").arg(form));
    if (form == QLatin1String("contact-log"))
        printout = contactLogPrintout(db, id, printedBy);
    else if (form == QLatin1String("final-letter"))
        printout = letterPrintout(db, id, attemptId, printedBy);
    else if (form == QLatin1String("consent"))
        printout = consentPrintout(db, id, printedBy);
    if (!printout)
        return printout;
    // Every print is in the audit trail, against the family.
    if (Status s = audit::record(db, QLatin1String(audit::print), printout->entity, printout->entityId,
                                 printout->familyId, QJsonObject{{QStringLiteral("form"), form}});
        !s)
        return s;
    return printout;
}

} // namespace waymark
