#pragma once

#include "earlyhelp/consent.h"
#include "earlyhelp/contactstandards.h"

#include <QString>

#include <utility>
#include <vector>

namespace waymark::exchange {

// The Early Help contact attempts and parental consents of an import (exchange/ehcontactexchange.h),
// parsed and checked. Wall-clock times and timestamps are kept as written.
struct EhContactDocument {
    struct Attempt {
        ContactAttempt attempt;
        QString attemptedAt; // "yyyy-MM-ddTHH:mm", as written
        QString createdAt, updatedAt;
    };
    struct Consent {
        ParentalConsent consent;
        QString createdAt, updatedAt;
    };
    std::vector<Attempt> attempts;
    std::vector<Consent> consents;
};

} // namespace waymark::exchange
