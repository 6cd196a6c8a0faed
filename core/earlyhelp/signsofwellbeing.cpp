#include "earlyhelp/signsofwellbeing.h"

#include "domain/vocabulary.h"
#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

const std::vector<FormSection>& sowSummaryFields() {
    static const std::vector<FormSection> fields = {
        {sow::startedOn, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Assessment start date"), ""},
        {sow::completedBy, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Person completing the assessment"), ""},
        {sow::team, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Current worker's team"), ""},
        {sow::lineManager, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Current worker's line manager"), ""},
    };
    return fields;
}

const std::vector<FormSection>& sowSections() {
    static const std::vector<FormSection> sections = {
        {sow::reasons, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "1. Reasons for undertaking this assessment"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "Who referred, why, what has happened before and who else has been involved")},
        {sow::strengths, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Strengths and resources"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What is working well, and who supports the family")},
        {sow::worries, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "2. What are we worried about?"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Who is worried, about what, and what might happen")},
        {sow::needs, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "3. What needs to happen?"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "What has to change, and who needs to do what")},
        {sow::outcomes,
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "4. Outcome statements: what will be different?"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp", "e.g. The children will get to school on time")},
        {sow::nextSteps, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Next steps"),
         QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                           "What happens now; for a brief intervention, the brief plan of work")},
    };
    return sections;
}

const std::vector<ScaleAnchor>& sowScaleAnchors() {
    static const std::vector<ScaleAnchor> anchors = {
        {0, QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                              "May need CP plan/unlikely to meet outcomes without significant involvement")},
        {2, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Engaging and thinking about change")},
        {4, QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                              "Shared view of what needs to happen and willing to move forward")},
        {6, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Already making positive changes")},
        {8, QT_TRANSLATE_NOOP("waymark::EarlyHelp",
                              "Requires signposting and support to access universal services")},
        {10, QT_TRANSLATE_NOOP("waymark::EarlyHelp", "Close case \u2013 no service required")},
    };
    return anchors;
}

QString sowScaleAnchor(int value) {
    for (const ScaleAnchor& a : sowScaleAnchors())
        if (a.value == value)
            return EarlyHelp::tr(a.label);
    return QString();
}

QString sowScaleDescription(int value) {
    if (value < 0 || value > 10)
        return QString();
    if (value % 2 == 0)
        return sowScaleAnchor(value);
    return EarlyHelp::tr("Between %1 (%2) and %3 (%4)")
        .arg(value - 1)
        .arg(sowScaleAnchor(value - 1))
        .arg(value + 1)
        .arg(sowScaleAnchor(value + 1));
}

std::optional<int> sowScaleValue(const EhForm& form) {
    bool ok = false;
    const int v = form.text(QLatin1String(sow::scale)).trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

std::vector<InfoSharingRow> infoSharingFromFamily(const Family& family, const std::vector<Person>& people,
                                                  const QDate& today) {
    auto personOf = [&](qint64 id) -> const Person* {
        for (const Person& p : people)
            if (p.id == id)
                return &p;
        return nullptr;
    };
    QStringList children;
    for (const FamilyMember& m : family.members)
        if (m.relationship == QLatin1String("child"))
            if (const Person* p = personOf(m.personId))
                children << (p->knownAs.isEmpty() ? p->givenNames.section(QLatin1Char(' '), 0, 0)
                                                  : p->knownAs);
    std::vector<InfoSharingRow> rows;
    for (const FamilyMember& m : family.members) {
        const Person* p = personOf(m.personId);
        if (!p)
            continue;
        InfoSharingRow r;
        r.personId = p->id;
        r.name = p->fullName();
        const auto age = p->ageInYears(today);
        if (m.relationship == QLatin1String("child")) {
            r.ageOrRole = p->isUnborn() ? EarlyHelp::tr("unborn") : age ? QString::number(*age) : QString();
        } else {
            r.ageOrRole = vocab::relationship().label(m.relationship);
            if (age)
                r.ageOrRole += QStringLiteral(", %1").arg(*age);
        }
        if (m.hasParentalResponsibility)
            r.holdsPr = children.isEmpty()
                            ? EarlyHelp::tr("Yes")
                            : EarlyHelp::tr("Yes: %1").arg(children.join(QStringLiteral(", ")));
        rows.push_back(r);
    }
    return rows;
}

void checkSignsOfWellbeing(const EhForm& form, const QDate& today, FormCheck check,
                           ValidationIssues& issues) {
    const bool submit = check == FormCheck::Submit;
    const QString started = form.text(QLatin1String(sow::startedOn)).trimmed();
    if (!started.isEmpty()) {
        const QDate d = QDate::fromString(started, Qt::ISODate);
        if (!d.isValid())
            issues.push_back(
                {QLatin1String(sow::startedOn), EarlyHelp::tr("\"%1\" is not a start date.").arg(started)});
        else if (d > today)
            issues.push_back({QLatin1String(sow::startedOn),
                              EarlyHelp::tr("The assessment's start date is in the future.")});
        else if (form.completedOn.isValid() && d > form.completedOn)
            issues.push_back({QLatin1String(sow::startedOn),
                              EarlyHelp::tr("The assessment started after it was completed.")});
    }
    const QString scale = form.text(QLatin1String(sow::scale)).trimmed();
    if (!scale.isEmpty()) {
        const auto v = sowScaleValue(form);
        if (!v || *v < 0 || *v > 10)
            issues.push_back(
                {QLatin1String(sow::scale),
                 EarlyHelp::tr("The scale is a whole number from 0 to 10, not \"%1\".").arg(scale)});
    } else if (submit) {
        issues.push_back({QLatin1String(sow::scale),
                          EarlyHelp::tr("Use the scaling tool (0 to 10) to summarise where the family is.")});
    }
    int row = 0;
    for (const InfoSharingRow& r : form.infoSharing) {
        ++row;
        if (r.name.trimmed().isEmpty())
            issues.push_back(
                {QStringLiteral("info_sharing"),
                 EarlyHelp::tr("Information sharing, row %1: give the person's name.").arg(row)});
    }
    if (!submit)
        return;
    if (form.infoSharing.empty())
        issues.push_back({QStringLiteral("info_sharing"),
                          EarlyHelp::tr("List the family members and whether information sharing was "
                                        "explained to each.")});
    for (const char* key : {sow::reasons, sow::worries, sow::needs}) {
        if (!form.text(QLatin1String(key)).trimmed().isEmpty())
            continue;
        for (const FormSection& s : sowSections())
            if (QLatin1String(s.key) == QLatin1String(key))
                issues.push_back(
                    {QLatin1String(key), EarlyHelp::tr("Complete \"%1\".").arg(EarlyHelp::tr(s.label))});
    }
    if (form.text(QLatin1String(sow::intervention)) == QLatin1String("early_help_brief") &&
        form.text(QLatin1String(sow::nextSteps)).trimmed().isEmpty())
        issues.push_back({QLatin1String(sow::nextSteps),
                          EarlyHelp::tr("A brief intervention's assessment carries the brief plan of work: "
                                        "write it in next steps.")});
}

} // namespace waymark
