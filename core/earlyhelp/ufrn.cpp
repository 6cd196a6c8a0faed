#include "earlyhelp/ufrn.h"

#include "util/trcontext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark {

const std::vector<EarlyHelpLocality>& earlyHelpLocalities() {
    static const std::vector<EarlyHelpLocality> localities = {
        {"01", "Blaby"},  {"02", "Charnwood"}, {"03", "Harborough"},    {"04", "Hinckley"},
        {"05", "Melton"}, {"06", "NWL"},       {"07", "Oadby Wigston"},
    };
    return localities;
}

const Vocabulary& vocab::earlyHelpLocality() {
    static const Vocabulary v("earlyHelpLocality",
                              {
                                  {"01", QT_TRANSLATE_NOOP("Vocabulary", "01 Blaby")},
                                  {"02", QT_TRANSLATE_NOOP("Vocabulary", "02 Charnwood")},
                                  {"03", QT_TRANSLATE_NOOP("Vocabulary", "03 Harborough")},
                                  {"04", QT_TRANSLATE_NOOP("Vocabulary", "04 Hinckley")},
                                  {"05", QT_TRANSLATE_NOOP("Vocabulary", "05 Melton")},
                                  {"06", QT_TRANSLATE_NOOP("Vocabulary", "06 NWL")},
                                  {"07", QT_TRANSLATE_NOOP("Vocabulary", "07 Oadby Wigston")},
                              });
    return v;
}

namespace {

bool knownLocality(const QString& code) {
    for (const EarlyHelpLocality& l : earlyHelpLocalities())
        if (code == QLatin1String(l.code))
            return true;
    return false;
}

// Framework-i numbers are whole numbers; the guidance's example has six digits. Allow 1 to 12.
const QRegularExpression& caseNumberPattern() {
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
    return digits;
}

} // namespace

Result<QString> makeUfrn(const QString& localityCode, const QString& youngestChildCaseNumber) {
    const QString locality = localityCode.trimmed();
    const QString number = youngestChildCaseNumber.trimmed();
    if (!knownLocality(locality))
        return Status::failure(
            Validation::tr("locality: \"%1\" is not an Early Help locality (01 Blaby to 07 Oadby "
                           "Wigston).")
                .arg(locality));
    if (number.isEmpty())
        return Status::failure(
            Validation::tr("caseSystemNumber: The youngest child has no case-system (Framework-i) "
                           "number yet: record it on the child first."));
    if (!caseNumberPattern().match(number).hasMatch())
        return Status::failure(
            Validation::tr("caseSystemNumber: The youngest child's case-system number must be "
                           "digits only to make a UFRN."));
    return QStringLiteral("EH%1%2F").arg(locality, number);
}

std::optional<UfrnParts> parseUfrn(const QString& text) {
    static const QRegularExpression ufrn(QStringLiteral("^EH(0[1-7])([0-9]{1,12})F$"));
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    const auto m = ufrn.match(compact);
    if (!m.hasMatch())
        return std::nullopt;
    return UfrnParts{m.captured(1), m.captured(2)};
}

std::optional<Person> youngestChildForUfrn(const std::vector<Person>& children) {
    std::optional<Person> youngest;
    for (const Person& p : children) {
        if (p.isUnborn() || !p.dateOfBirth.isValid())
            continue;
        if (!youngest || p.dateOfBirth > youngest->dateOfBirth ||
            (p.dateOfBirth == youngest->dateOfBirth && p.id < youngest->id))
            youngest = p;
    }
    return youngest;
}

QString ufrnYoungestChildAdvice(const QString& ufrn, const std::vector<Person>& children) {
    const auto parts = parseUfrn(ufrn);
    const auto youngest = youngestChildForUfrn(children);
    if (!parts || !youngest || youngest->caseSystemNumber.trimmed() == parts->childCaseNumber)
        return QString();
    // Seed 003, section 8 (case notes): "In the event of a new child being born into the family the worker
    // now needs to make sure that they copy every family case note against the original youngest child
    // ... as well as the new youngest child."
    return Validation::tr(
        "The youngest child is no longer the one in the UFRN. The guidance asks that every family "
        "case note recorded against the original youngest child is also recorded against the new "
        "youngest child; keep the UFRN the family already has.");
}

} // namespace waymark
