#pragma once

#include "domain/caseevent.h"
#include "domain/casenote.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/person.h"
#include "domain/worker.h"
#include "earlyhelp/intake.h"
#include "exchange/documentexchange.h"
#include "exchange/ehcontactdocument.h"
#include "exchange/ehformdocument.h"
#include "lift/liftrecords.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace waymark {
class Database;
}

namespace waymark::exchange {

// The import in two steps: parse and check the whole document (importparser.cpp), then write it
// (jsonimport.cpp). Nothing is written until the first step has found no problem.

// Timestamps travel as text in their stored form, so they are written back byte for byte.
struct Stamps {
    QString createdAt;
    QString updatedAt;
};

struct ImportedDraft {
    QString key;
    qint64 familyId = 0;
    QString content;
    QString updatedAt;
};

// The LIFT sections (format version 2). A version 1 file has none, and then the new database keeps
// the rates its schema starts with.
struct LiftDocument {
    bool hasRates = false;
    std::vector<std::pair<Mentor, Stamps>> mentors;
    std::vector<std::pair<LiftReferral, Stamps>> referrals;
    std::vector<MentorLink> links;
    std::vector<std::pair<LiftMeeting, Stamps>> meetings;
    std::vector<std::pair<LiftClosure, Stamps>> closures;
    std::vector<std::pair<FinanceForm, Stamps>> forms;
    std::vector<LiftRate> rates;
};

// The Early Help intake (exchange/ehintakeexchange.h): prioritisations and escalations, stamps in
// the records themselves.
struct EhIntakeDocument {
    std::vector<EhIntake> intakes;
    std::vector<EhEscalation> escalations;
};

// Everything in the document, parsed and checked, before a single row is written.
struct Document {
    bool demo = false;
    std::vector<Worker> workers;
    std::vector<std::pair<Person, Stamps>> people;
    std::vector<std::pair<Family, Stamps>> families;
    std::vector<std::pair<Involvement, Stamps>> involvements;
    std::vector<std::pair<CaseNote, Stamps>> caseNotes;
    std::vector<QString> contactAt;                            // per case note, exactly as written
    std::vector<std::pair<RecordedEvent, QString>> caseEvents; // with createdAt as written
    std::vector<std::pair<RecordedExtension, QString>> deadlineExtensions; // with grantedAt as written
    std::vector<ImportedDraft> drafts;
    LiftDocument lift;
    EhIntakeDocument ehIntake;
    EhContactDocument ehContact; // Early Help contact attempts and parental consents
    EhFormDocument ehForms;      // Early Help assessments, plans, reviews, summaries: every version
    FolderDocument folder;       // the family folders: documents with their bytes, history, referral emails
};

// Parses and checks `json` completely: format, types, unknown fields, validators, references.
// Reads `db` only for today's date, the import time and existing draft keys.
Status parseDocument(Database& db, const QByteArray& json, Document& doc);

} // namespace waymark::exchange
