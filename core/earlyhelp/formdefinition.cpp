#include "earlyhelp/formdefinition.h"

#include "earlyhelp/familiesfirst.h"
#include "storage/database.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

const FormDefinition* formDefinition(const QString& kind) {
    for (const FormDefinition* d : familiesFirstForms())
        if (kind == QLatin1String(d->kind))
            return d;
    return nullptr;
}

QString fieldLabel(const FieldDefinition& field) {
    return QCoreApplication::translate("Vocabulary", field.label);
}

QString fieldText(const FieldDefinition& field, const QString& stored) {
    switch (field.type) {
    case FieldType::Date:
        return dateFromText(stored).toString(QStringLiteral("dd/MM/yyyy"));
    case FieldType::DateTime:
        return localTimeFromText(stored).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case FieldType::Tick:
        return stored == QLatin1String("1") ? EarlyHelp::tr("yes") : EarlyHelp::tr("no");
    case FieldType::Choice:
        return stored.isEmpty() ? QString() : field.choices().label(stored);
    case FieldType::Checklist: {
        QStringList labels;
        for (const QString& code : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            labels << field.choices().label(code);
        return labels.join(QStringLiteral("; "));
    }
    case FieldType::Text:
    case FieldType::LongText:
        break;
    }
    return stored;
}

void checkDefinedForm(const EhForm& form, FormCheck check, ValidationIssues& issues) {
    const FormDefinition* def = formDefinition(form.kind);
    if (!def)
        return;
    for (const FieldDefinition& f : def->fields) {
        const QString key = QLatin1String(f.key);
        const QString value = form.text(key).trimmed();
        const QString label = fieldLabel(f);
        if (value.isEmpty()) {
            if (check == FormCheck::Submit && f.neededToSubmit && f.type != FieldType::Tick)
                issues.push_back({key, EarlyHelp::tr("%1: needed before submitting.").arg(label)});
            continue;
        }
        bool ok = true;
        switch (f.type) {
        case FieldType::Date:
            ok = dateFromText(value).isValid();
            break;
        case FieldType::DateTime:
            ok = localTimeFromText(value).isValid();
            break;
        case FieldType::Tick:
            ok = value == QLatin1String("1");
            break;
        case FieldType::Choice:
            ok = f.choices().contains(value);
            break;
        case FieldType::Checklist:
            for (const QString& code : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                ok = ok && f.choices().contains(code);
            break;
        case FieldType::Text:
        case FieldType::LongText:
            break;
        }
        if (!ok)
            issues.push_back({key, EarlyHelp::tr("%1: \"%2\" is not a valid value.").arg(label, value)});
    }
    checkFamiliesFirstForm(form, check, issues);
}

} // namespace waymark
