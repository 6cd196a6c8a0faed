#pragma once

#include "domain/person.h"
#include "earlyhelp/consent.h"
#include "earlyhelp/contactstandards.h"
#include "print/pdfreport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace waymark {

// Leicestershire Early Help printouts (seed 003) as HTML for writePdf(): the contact attempts log
// with the minimum standards, the final attempt to contact letter (Appendix V) and the parental
// consent form. Every stored field is HTML-escaped.

// What the running header and the forms name, looked up by the caller.
struct EhFormNames {
    QString familyName;
    QString ufrn;
    QString workerName;             // the allocated worker
    QString service;                // vocab::service() code of the involvement
    QHash<qint64, QString> workers; // worker id -> name, for "who made the attempt"
    QHash<qint64, QString> people;  // person id -> name, for the consent's children
};

QString contactLogHtml(const std::vector<ContactAttempt>& attempts, const ContactStandardsCheck& check,
                       const EhFormNames& names);

// Appendix V: "Final attempt to contact letter".
struct FinalContactLetter {
    QString recipientName; // the main carer, or "The parent/carer of the <name> family"
    Address address;
    QDate date;
    QDate replyBy;
    QString workerName;
    QString workerTitle; // e.g. "Family support worker"
    QString team;
    QString locality; // "Harborough"
    QString phone;
    QString email;
};
QString finalContactLetterHtml(const FinalContactLetter& letter);

QString parentalConsentHtml(const ParentalConsent& consent, const EhFormNames& names);

// The running header of an Early Help printout: the form's title, the family and its UFRN, the
// worker, the date of the record, who printed it and when.
PdfHeader ehPdfHeader(const QString& title, const EhFormNames& names, const QDate& date,
                      const QString& printedBy, const QDateTime& printedAt);

} // namespace waymark
