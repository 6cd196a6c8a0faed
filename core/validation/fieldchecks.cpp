#include "validation/fieldchecks.h"

#include "domain/person.h"
#include "domain/vocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {

void requireText(ValidationIssues& out, const QString& field, const QString& value, const QString& message) {
    if (value.trimmed().isEmpty())
        out << ValidationIssue{field, message};
}

void limitLength(ValidationIssues& out, const QString& field, const QString& value, int max) {
    if (value.size() > max)
        out << ValidationIssue{field, Validation::tr("This is too long (at most %1 characters).").arg(max)};
}

void requireCode(ValidationIssues& out, const QString& field, const QString& code,
                 const Vocabulary& vocabulary, bool allowEmpty) {
    if (code.isEmpty()) {
        if (!allowEmpty)
            out << ValidationIssue{field, Validation::tr("Choose one of the options.")};
        return;
    }
    if (!vocabulary.contains(code))
        out << ValidationIssue{field, Validation::tr("\"%1\" is not one of the options (%2).")
                                          .arg(code, vocabulary.codes().join(QStringLiteral(", ")))};
}

void checkIdentifier(ValidationIssues& out, const QString& field, const QString& value) {
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9/ -]*$"));
    if (!allowed.match(value).hasMatch())
        out << ValidationIssue{field, Validation::tr("Use only letters, digits, spaces, '-' and '/'.")};
    limitLength(out, field, value, 40);
}

void checkAddress(ValidationIssues& out, const QString& prefix, const Address& address) {
    limitLength(out, prefix + QStringLiteral(".line1"), address.line1, kMaxShortText);
    limitLength(out, prefix + QStringLiteral(".line2"), address.line2, kMaxShortText);
    limitLength(out, prefix + QStringLiteral(".town"), address.town, kMaxShortText);
    // UK postcodes: "LE1 6ZG", "M1 1AE"; optional, but a typed one must look like a postcode.
    static const QRegularExpression postcode(
        QStringLiteral("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$"));
    if (!address.postcode.trimmed().isEmpty() && !postcode.match(address.postcode.trimmed()).hasMatch())
        out << ValidationIssue{
            prefix + QStringLiteral(".postcode"),
            Validation::tr("This does not look like a UK postcode (for example LE1 6ZG).")};
}

} // namespace waymark
