#include "deadlines/scenario.h"

#include "deadlines/explanation.h"
#include "util/trcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace waymark {

std::optional<When> parseWhen(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    When when{QDate::fromString(m.captured(1), Qt::ISODate), {}};
    if (!when.date.isValid())
        return std::nullopt;
    if (m.capturedLength(2) > 0) {
        when.time = QTime::fromString(m.captured(2), QStringLiteral("HH:mm"));
        if (!when.time.isValid())
            return std::nullopt;
    }
    return when;
}

namespace {

QString expectedWhen() {
    return Deadlines::tr("expected YYYY-MM-DD or YYYY-MM-DDTHH:MM");
}

Result<Scenario> fieldError(const QString& path, const QString& what) {
    return Result<Scenario>::failure(QStringLiteral("%1: %2").arg(path, what));
}

} // namespace

Result<Scenario> parseScenario(const QByteArray& json, const RuleBook& book) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fieldError(
            QStringLiteral("$"),
            Deadlines::tr("not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return fieldError(QStringLiteral("$"), Deadlines::tr("expected a JSON object"));
    const QJsonObject root = doc.object();
    Scenario scenario;

    const QJsonValue caseValue = root.value(QStringLiteral("case"));
    if (!caseValue.isUndefined() && !caseValue.isNull()) {
        if (!caseValue.isObject())
            return fieldError(QStringLiteral("$.case"), Deadlines::tr("expected an object"));
        const QJsonObject c = caseValue.toObject();
        CaseFacts& f = scenario.facts;
        for (const auto& [key, target] : {std::pair{QStringLiteral("service"), &f.service},
                                          std::pair{QStringLiteral("placement_type"), &f.placementType}}) {
            const QJsonValue v = c.value(key);
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                return fieldError(QStringLiteral("$.case.") + key, Deadlines::tr("expected a string"));
            *target = v.toString();
        }
        const QJsonValue intervention = c.value(QStringLiteral("intervention"));
        if (!intervention.isUndefined() && !intervention.isNull()) {
            static const QStringList allowed = {QStringLiteral("brief"), QStringLiteral("targeted"),
                                                QStringLiteral("intensive")};
            if (!allowed.contains(intervention.toString()))
                return fieldError(QStringLiteral("$.case.intervention"),
                                  Deadlines::tr("expected brief, targeted or intensive"));
            f.intervention = intervention.toString();
        }
        const QJsonValue dob = c.value(QStringLiteral("child_dob"));
        if (!dob.isUndefined() && !dob.isNull()) {
            const auto when = parseWhen(dob.toString());
            if (!dob.isString() || !when || when->hasTime())
                return fieldError(QStringLiteral("$.case.child_dob"), Deadlines::tr("expected YYYY-MM-DD"));
            f.childDob = when->date;
        }
        // An unborn child's expected date of delivery, from which the pre-birth rules count.
        const QJsonValue expected = c.value(QStringLiteral("expected_birth"));
        if (!expected.isUndefined() && !expected.isNull()) {
            const auto when = parseWhen(expected.toString());
            if (!expected.isString() || !when || when->hasTime())
                return fieldError(QStringLiteral("$.case.expected_birth"),
                                  Deadlines::tr("expected YYYY-MM-DD"));
            f.expectedBirth = when->date;
        }
        const QJsonValue caredFor = c.value(QStringLiteral("cared_for"));
        if (!caredFor.isUndefined() && !caredFor.isNull()) {
            if (!caredFor.isBool())
                return fieldError(QStringLiteral("$.case.cared_for"),
                                  Deadlines::tr("expected true or false"));
            f.caredFor = caredFor.toBool();
        }
        const QJsonValue outcome = c.value(QStringLiteral("eh_outcome"));
        if (!outcome.isUndefined() && !outcome.isNull()) {
            const int n = outcome.isDouble() ? outcome.toInt() : outcome.toString().toInt();
            if (n < 1 || n > 16)
                return fieldError(QStringLiteral("$.case.eh_outcome"),
                                  Deadlines::tr("expected a prioritisation outcome from 1 to 16"));
            f.ehOutcome = QString::number(n);
        }
    }

    const QJsonValue events = root.value(QStringLiteral("events"));
    if (!events.isArray())
        return fieldError(QStringLiteral("$.events"), events.isUndefined()
                                                          ? Deadlines::tr("missing (a list of events)")
                                                          : Deadlines::tr("expected a list"));
    const QJsonArray list = events.toArray();
    scenario.events.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.events[%1]").arg(i);
        if (!list.at(i).isObject())
            return fieldError(path, Deadlines::tr("expected an object with kind and at"));
        const QJsonObject e = list.at(i).toObject();
        const QJsonValue kind = e.value(QStringLiteral("kind"));
        if (!kind.isString() || kind.toString().trimmed().isEmpty())
            return fieldError(path + QStringLiteral(".kind"), Deadlines::tr("expected an event kind"));
        const QJsonValue at = e.value(QStringLiteral("at"));
        const auto when = parseWhen(at.toString());
        if (!at.isString() || !when)
            return fieldError(path + QStringLiteral(".at"), expectedWhen());
        if (!book.isEventKind(kind.toString()))
            scenario.warnings
                << Deadlines::tr("%1.kind: no rule uses the event kind \"%2\"").arg(path, kind.toString());
        scenario.events.push_back({kind.toString(), *when});
    }

    const QJsonValue extensions = root.value(QStringLiteral("extensions"));
    if (!extensions.isUndefined() && !extensions.isNull()) {
        if (!extensions.isArray())
            return fieldError(QStringLiteral("$.extensions"), Deadlines::tr("expected a list"));
        const QJsonArray exts = extensions.toArray();
        for (int i = 0; i < exts.size(); ++i) {
            const QString path = QStringLiteral("$.extensions[%1]").arg(i);
            const QJsonObject o = exts.at(i).toObject();
            Extension ext;
            ext.ruleId = o.value(QStringLiteral("rule")).toString();
            if (!book.find(ext.ruleId))
                return fieldError(path + QStringLiteral(".rule"),
                                  Deadlines::tr("no rule has the id \"%1\"").arg(ext.ruleId));
            if (o.contains(QStringLiteral("due"))) {
                const auto due = parseWhen(o.value(QStringLiteral("due")).toString());
                if (!due)
                    return fieldError(path + QStringLiteral(".due"), expectedWhen());
                ext.due = due->date;
            }
            const auto newDue = parseWhen(o.value(QStringLiteral("new_due")).toString());
            if (!newDue)
                return fieldError(path + QStringLiteral(".new_due"), expectedWhen());
            ext.newDue = *newDue;
            ext.reason = o.value(QStringLiteral("reason")).toString().trimmed();
            if (ext.reason.isEmpty())
                return fieldError(path + QStringLiteral(".reason"),
                                  Deadlines::tr("an extension needs the reason it was granted"));
            ext.grantedBy = o.value(QStringLiteral("granted_by")).toString().trimmed();
            scenario.extensions.push_back(std::move(ext));
        }
    }
    return scenario;
}

QJsonObject deadlineToJson(const Deadline& d, const RuleBook& book) {
    const Rule& rule = *d.rule;
    QJsonObject o{
        {QStringLiteral("rule"), rule.id},
        {QStringLiteral("title"), rule.title},
        {QStringLiteral("due"), d.due.toIso()},
        {QStringLiteral("status"), statusCode(d.status)},
        {QStringLiteral("explanation"), explainDeadline(d, book)},
        {QStringLiteral("lead_role"), rule.leadRole},
        {QStringLiteral("starts"), d.startKind},
        {QStringLiteral("start"), d.start.toIso()},
        {QStringLiteral("source"), rule.source},
        {QStringLiteral("origin"), rule.local ? QStringLiteral("local") : QStringLiteral("rulebook")},
        {QStringLiteral("override"), rule.local}};
    if (d.doneAt)
        o.insert(QStringLiteral("done"), d.doneAt->toIso());
    if (!d.skipped.empty()) {
        QJsonArray skipped;
        for (const BankHoliday& h : d.skipped)
            skipped.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                       {QStringLiteral("title"), h.title}});
        o.insert(QStringLiteral("bank_holidays_skipped"), skipped);
    }
    if (d.extension)
        o.insert(QStringLiteral("extension"),
                 QJsonObject{{QStringLiteral("original_due"), d.originalDue.toIso()},
                             {QStringLiteral("new_due"), d.due.toIso()},
                             {QStringLiteral("reason"), d.extension->reason},
                             {QStringLiteral("granted_by"), d.extension->grantedBy}});
    return o;
}

} // namespace waymark
