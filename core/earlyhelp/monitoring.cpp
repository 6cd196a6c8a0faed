#include "earlyhelp/monitoring.h"

#include "util/trcontext.h"

#include <QCoreApplication>

namespace waymark {

const Vocabulary& vocab::yesNoUnknown() {
    static const Vocabulary v("yesNoUnknown", {
                                                  {"no", QT_TRANSLATE_NOOP("Vocabulary", "No")},
                                                  {"yes", QT_TRANSLATE_NOOP("Vocabulary", "Yes")},
                                                  {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
                                              });
    return v;
}

const Vocabulary& vocab::generalHealth() {
    static const Vocabulary v("generalHealth",
                              {
                                  {"very_good", QT_TRANSLATE_NOOP("Vocabulary", "Very good")},
                                  {"good", QT_TRANSLATE_NOOP("Vocabulary", "Good")},
                                  {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Fair")},
                                  {"bad", QT_TRANSLATE_NOOP("Vocabulary", "Bad")},
                                  {"very_bad", QT_TRANSLATE_NOOP("Vocabulary", "Very bad")},
                                  {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
                              });
    return v;
}

const Vocabulary& vocab::whereSmoke() {
    static const Vocabulary v(
        "whereSmoke", {
                          {"does_not_smoke", QT_TRANSLATE_NOOP("Vocabulary", "Does not smoke")},
                          {"outside_only", QT_TRANSLATE_NOOP("Vocabulary", "Outside only")},
                          {"inside_home", QT_TRANSLATE_NOOP("Vocabulary", "Inside the home")},
                          {"in_car", QT_TRANSLATE_NOOP("Vocabulary", "In the car")},
                          {"home_and_car", QT_TRANSLATE_NOOP("Vocabulary", "Inside the home and in the car")},
                          {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
                      });
    return v;
}

const std::vector<MonitoringQuestion>& individualMonitoringQuestions() {
    static const std::vector<MonitoringQuestion> q = {
        {"domestic_abuse_victim", QT_TRANSLATE_NOOP("Vocabulary", "Victim of domestic abuse"),
         &vocab::yesNoUnknown},
        {"negative_lifestyle", QT_TRANSLATE_NOOP("Vocabulary", "Negative lifestyle factors"),
         &vocab::yesNoUnknown},
        {"general_health", QT_TRANSLATE_NOOP("Vocabulary", "Health in general"), &vocab::generalHealth},
        {"smokes", QT_TRANSLATE_NOOP("Vocabulary", "Smokes cigarettes, cigars or other tobacco products"),
         &vocab::yesNoUnknown},
        {"where_smoke", QT_TRANSLATE_NOOP("Vocabulary", "Where they usually smoke"), &vocab::whereSmoke},
    };
    return q;
}

const std::vector<MonitoringQuestion>& familyMonitoringQuestions() {
    static const std::vector<MonitoringQuestion> q = {
        {"financial_difficulties", QT_TRANSLATE_NOOP("Vocabulary", "Family has financial difficulties"),
         &vocab::yesNoUnknown},
        {"rent_arrears", QT_TRANSLATE_NOOP("Vocabulary", "Family is in rent arrears"), &vocab::yesNoUnknown},
        {"all_registered_gp", QT_TRANSLATE_NOOP("Vocabulary", "All the family registered with a GP"),
         &vocab::yesNoUnknown},
        {"all_registered_dentist",
         QT_TRANSLATE_NOOP("Vocabulary", "All the family registered with a dentist"), &vocab::yesNoUnknown},
    };
    return q;
}

const std::vector<MonitoringQuestion>& monitoringQuestions(const QString& kind) {
    static const std::vector<MonitoringQuestion> none;
    if (kind == QLatin1String("individual_monitoring"))
        return individualMonitoringQuestions();
    if (kind == QLatin1String("family_monitoring"))
        return familyMonitoringQuestions();
    return none;
}

QString answerKey(const char* questionKey) {
    return QStringLiteral("q.") + QLatin1String(questionKey);
}

QString noteKey(const char* questionKey) {
    return QStringLiteral("q.") + QLatin1String(questionKey) + QStringLiteral(".note");
}

QString unknownAdvice() {
    return EarlyHelp::tr("Avoid \"unknown\" (section 24): with no disclosure or sign, answer \"no\"; a later "
                         "review can record \"yes\". If it truly cannot be answered, say why in the note.");
}

void checkMonitoringForm(const EhForm& form, FormCheck check, ValidationIssues& issues) {
    const bool individual = form.kind == QLatin1String("individual_monitoring");
    if (individual && form.personId == 0)
        issues.push_back({QStringLiteral("person_id"),
                          EarlyHelp::tr("Say which member of the family this monitoring form is about.")});
    for (const MonitoringQuestion& q : monitoringQuestions(form.kind)) {
        const QString answer = form.text(answerKey(q.key));
        const QString label = QCoreApplication::translate("Vocabulary", q.label);
        const QString field = answerKey(q.key);
        if (!answer.isEmpty() && !q.answers().contains(answer)) {
            issues.push_back(
                {field, EarlyHelp::tr("%1: \"%2\" is not one of the answers.").arg(label, answer)});
            continue;
        }
        if (check != FormCheck::Submit)
            continue;
        // "Where do you usually smoke?" follows only a yes to smoking.
        if (QLatin1String(q.key) == QLatin1String("where_smoke") &&
            form.text(answerKey("smokes")) == QLatin1String("no"))
            continue;
        if (answer.isEmpty())
            issues.push_back({field, EarlyHelp::tr("%1: answer before submitting.").arg(label)});
        else if (answer == QLatin1String("unknown") && form.text(noteKey(q.key)).trimmed().isEmpty())
            issues.push_back(
                {field, EarlyHelp::tr("%1 is \"unknown\": say why it cannot be answered, or answer "
                                      "\"no\" if nothing has been disclosed or seen.")
                            .arg(label)});
    }
}

} // namespace waymark
