#pragma once

#include "validation/validationissue.h"

#include <QDate>

namespace waymark {

struct Person;
struct Family;
struct Worker;
struct Involvement;
struct CaseNote;

// The rules every record must satisfy, whoever writes it: a form, the command line or an import.
// `today` is passed in so that tests can fix it.
ValidationIssues validatePerson(const Person& person, const QDate& today);
ValidationIssues validateFamily(const Family& family);
ValidationIssues validateWorker(const Worker& worker);
ValidationIssues validateInvolvement(const Involvement& involvement, const QDate& today);
ValidationIssues validateCaseNote(const CaseNote& note, const QDate& today);

} // namespace waymark
