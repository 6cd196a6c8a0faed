#pragma once

#include "earlyhelp/consent.h"
#include "earlyhelp/contactstandards.h"
#include "util/result.h"

#include <vector>

namespace waymark {

class Database;

// The contact attempts log of an Early Help involvement (seed 003, section 5). Every write checks
// the family access rule and keeps the two case events the deadlines follow in step with the log,
// in the same transaction: "contact_attempt" on the day of the first attempt (rule
// eh.contact_attempts) and "engagement_started" on the day of the first attempt whose outcome is
// that the family engaged (rule eh.assessment). Events recorded by hand on other dates are left
// alone.
class ContactAttemptRepository {
public:
    explicit ContactAttemptRepository(Database& db)
        : m_db(db) {}

    Status save(ContactAttempt& attempt); // insert (id 0) or update
    Status remove(qint64 id);
    Result<ContactAttempt> get(qint64 id) const;
    std::vector<ContactAttempt> forInvolvement(qint64 involvementId) const; // oldest first
    std::vector<ContactAttempt> forFamily(qint64 familyId) const;           // oldest first

private:
    Database& m_db;
};

// Parental consents (section 6 and the consent form), each with its children's health notes.
class ConsentRepository {
public:
    explicit ConsentRepository(Database& db)
        : m_db(db) {}

    // The person who gave it must be a member of the family with parental responsibility (their
    // name is kept with the consent too); each child must be a child of the family.
    Status save(ParentalConsent& consent);
    Status remove(qint64 id);
    Result<ParentalConsent> get(qint64 id) const;
    std::vector<ParentalConsent> forFamily(qint64 familyId) const; // newest first

private:
    Database& m_db;
};

} // namespace waymark
