#pragma once

#include "validation/validationissue.h"

namespace waymark {

struct Address;
class Vocabulary;

// The small checks every validator is made of, each adding an issue for one field.
constexpr int kMaxShortText = 200;
constexpr int kMaxLongText = 20000;

void requireText(ValidationIssues& out, const QString& field, const QString& value, const QString& message);
void limitLength(ValidationIssues& out, const QString& field, const QString& value, int max);
void requireCode(ValidationIssues& out, const QString& field, const QString& code,
                 const Vocabulary& vocabulary, bool allowEmpty);
void checkIdentifier(ValidationIssues& out, const QString& field, const QString& value);
void checkAddress(ValidationIssues& out, const QString& prefix, const Address& address);

} // namespace waymark
