#pragma once

#include <QDate>
#include <QString>

namespace waymark {

// One service's work with a family, from referral to closure (a "case" or "episode").
struct Involvement {
    qint64 id = 0;
    qint64 familyId = 0;
    QString service; // vocab::service()
    QDate referralDate;
    QString referralSource;       // vocab::referralSource()
    QString referralReason;       // outline of the issues, as the referral gave them
    qint64 allocatedWorkerId = 0; // 0 = not yet allocated
    QString status;               // vocab::involvementStatus()
    QDate openedOn;
    QDate closedOn;
    QString closureOutcome; // vocab::closureOutcome(), only when closed
    QString closureNote;
    QString placementType; // vocab::placementType(), for a cared-for child; empty when not placed

    bool isOpen() const { return status != QLatin1String("closed"); }
    bool operator==(const Involvement& o) const {
        return id == o.id && familyId == o.familyId && service == o.service &&
               referralDate == o.referralDate && referralSource == o.referralSource &&
               referralReason == o.referralReason && allocatedWorkerId == o.allocatedWorkerId &&
               status == o.status && openedOn == o.openedOn && closedOn == o.closedOn &&
               closureOutcome == o.closureOutcome && closureNote == o.closureNote &&
               placementType == o.placementType;
    }
};

} // namespace waymark
