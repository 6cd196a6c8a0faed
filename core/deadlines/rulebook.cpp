#include "deadlines/rulebook.h"

#include "util/trcontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace waymark {

namespace {

// No timescale runs longer than 100 years.
constexpr int kMaxYears = 100;
constexpr int kMaxMonths = 12 * kMaxYears;

int maxAmount(OffsetUnit unit) {
    switch (unit) {
    case OffsetUnit::Hours:
        return 24 * 36525;
    case OffsetUnit::Days:
        return 36525;
    case OffsetUnit::WorkingDays:
        return 26100;
    case OffsetUnit::Weeks:
        return 5218;
    case OffsetUnit::Months:
    case OffsetUnit::YearsMonths:
        return kMaxMonths;
    }
    return 0;
}

struct ParsedFile {
    std::vector<Rule> rules;
    QHash<QString, QString> events;
};

// Every message names the file and the rule, so a reviewer can find the line to fix.
class RuleParser {
public:
    RuleParser(QString file, bool local)
        : m_file(std::move(file))
        , m_local(local) {}

    Result<ParsedFile> parse(const QByteArray& json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return Result<ParsedFile>::failure(Deadlines::tr("%1: not valid JSON at character %2: %3")
                                                   .arg(m_file)
                                                   .arg(error.offset)
                                                   .arg(error.errorString()));
        if (!doc.isObject())
            return Result<ParsedFile>::failure(Deadlines::tr("%1: expected a JSON object").arg(m_file));
        const QJsonObject root = doc.object();
        ParsedFile parsed;
        const QJsonValue events = root.value(QStringLiteral("events"));
        if (!events.isUndefined()) {
            if (!events.isObject())
                return Result<ParsedFile>::failure(
                    Deadlines::tr("%1: \"events\" must map each event kind to its label").arg(m_file));
            const QJsonObject o = events.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                parsed.events.insert(it.key(), it.value().toString(it.key()));
        }
        const QJsonValue rules = root.value(QStringLiteral("rules"));
        if (!rules.isUndefined() && !rules.isArray())
            return Result<ParsedFile>::failure(Deadlines::tr("%1: \"rules\" must be a list").arg(m_file));
        const QJsonArray list = rules.toArray();
        for (int i = 0; i < list.size(); ++i) {
            m_where = QStringLiteral("rules[%1]").arg(i);
            if (!list.at(i).isObject())
                return fail(Deadlines::tr("each rule must be a JSON object"));
            Rule rule;
            if (!readRule(list.at(i).toObject(), rule))
                return Result<ParsedFile>::failure(m_error);
            parsed.rules.push_back(std::move(rule));
        }
        return parsed;
    }

private:
    Result<ParsedFile> fail(const QString& what) {
        setError(what);
        return Result<ParsedFile>::failure(m_error);
    }
    void setError(const QString& what) { m_error = Deadlines::tr("%1: %2: %3").arg(m_file, m_where, what); }

    bool readString(const QJsonObject& o, const QString& key, QString& out, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            setError(v.isUndefined() ? Deadlines::tr("missing \"%1\"").arg(key)
                                     : Deadlines::tr("\"%1\" must be a non-empty string").arg(key));
            return false;
        }
        out = v.toString().trimmed();
        return true;
    }

    bool readStringList(const QJsonValue& v, const QString& key, QStringList& out) {
        if (v.isUndefined())
            return true;
        if (v.isString()) {
            out = {v.toString()};
            return true;
        }
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() && !item.isDouble()) {
                    setError(Deadlines::tr("\"%1\" must be a string or a list of strings").arg(key));
                    return false;
                }
                out << (item.isString() ? item.toString() : QString::number(item.toInt()));
            }
            return true;
        }
        if (v.isDouble()) {
            out = {QString::number(v.toInt())};
            return true;
        }
        setError(Deadlines::tr("\"%1\" must be a string or a list of strings").arg(key));
        return false;
    }

    // `max` keeps every timescale within 100 years: the engine's date arithmetic then cannot
    // overflow, and counting working days cannot run for minutes (found by fuzzing).
    bool readInt(const QJsonObject& o, const QString& key, int& out, const QString& context, int max) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            setError(Deadlines::tr("%1.%2 must be a whole number of at least 0").arg(context, key));
            return false;
        }
        if (v.toInt() > max) {
            setError(Deadlines::tr("%1.%2 must be at most %3: no timescale is longer than 100 years")
                         .arg(context, key)
                         .arg(max));
            return false;
        }
        out = v.toInt();
        return true;
    }

    bool readOffset(const QJsonValue& value, Offset& offset, const QString& context) {
        if (!value.isObject()) {
            setError(value.isUndefined() ? Deadlines::tr("missing \"%1\"").arg(context)
                                         : Deadlines::tr("\"%1\" must be an object").arg(context));
            return false;
        }
        const QJsonObject o = value.toObject();
        const bool isAge = o.contains(QStringLiteral("years")) || o.contains(QStringLiteral("months"));
        QString unit =
            o.value(QStringLiteral("unit")).toString(isAge ? QStringLiteral("years_months") : QString());
        static const QHash<QString, OffsetUnit> units = {
            {QStringLiteral("hours"), OffsetUnit::Hours},
            {QStringLiteral("days"), OffsetUnit::Days},
            {QStringLiteral("working_days"), OffsetUnit::WorkingDays},
            {QStringLiteral("weeks"), OffsetUnit::Weeks},
            {QStringLiteral("months"), OffsetUnit::Months},
            {QStringLiteral("years_months"), OffsetUnit::YearsMonths},
        };
        if (!units.contains(unit)) {
            setError(Deadlines::tr("%1.unit \"%2\" is not one of hours, days, working_days, weeks, months, "
                                   "years_months")
                         .arg(context, unit));
            return false;
        }
        offset.unit = units.value(unit);
        if (offset.unit == OffsetUnit::YearsMonths)
            return readInt(o, QStringLiteral("years"), offset.years, context, kMaxYears) &&
                   readInt(o, QStringLiteral("months"), offset.months, context, kMaxMonths) &&
                   checkAgeOffset(offset, context);
        if (!o.contains(QStringLiteral("amount"))) {
            setError(Deadlines::tr("missing \"%1.amount\"").arg(context));
            return false;
        }
        return readInt(o, QStringLiteral("amount"), offset.amount, context, maxAmount(offset.unit));
    }

    bool checkAgeOffset(const Offset& offset, const QString& context) {
        if (offset.years * 12 + offset.months <= kMaxMonths)
            return true;
        setError(Deadlines::tr("%1: no timescale is longer than 100 years").arg(context));
        return false;
    }

    bool readConditions(const QJsonValue& value, RuleConditions& c, const QString& context) {
        if (value.isUndefined())
            return true;
        if (!value.isObject()) {
            setError(Deadlines::tr("\"%1\" must be an object").arg(context));
            return false;
        }
        const QJsonObject o = value.toObject();
        static const QSet<QString> known = {QStringLiteral("service"),        QStringLiteral("intervention"),
                                            QStringLiteral("placement_type"), QStringLiteral("eh_outcome"),
                                            QStringLiteral("cared_for"),      QStringLiteral("age_years"),
                                            QStringLiteral("since"),          QStringLiteral("recorded")};
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key())) {
                setError(
                    Deadlines::tr("%1.%2 is not a known condition (service, intervention, placement_type, "
                                  "eh_outcome, cared_for, age_years, since, recorded)")
                        .arg(context, it.key()));
                return false;
            }
        if (!readStringList(o.value(QStringLiteral("service")), QStringLiteral("service"), c.services) ||
            !readStringList(o.value(QStringLiteral("intervention")), QStringLiteral("intervention"),
                            c.interventions) ||
            !readStringList(o.value(QStringLiteral("placement_type")), QStringLiteral("placement_type"),
                            c.placementTypes) ||
            !readStringList(o.value(QStringLiteral("eh_outcome")), QStringLiteral("eh_outcome"),
                            c.ehOutcomes) ||
            !readStringList(o.value(QStringLiteral("recorded")), QStringLiteral("recorded"), c.recorded))
            return false;
        const QJsonValue caredFor = o.value(QStringLiteral("cared_for"));
        if (!caredFor.isUndefined()) {
            if (!caredFor.isBool()) {
                setError(Deadlines::tr("%1.cared_for must be true or false").arg(context));
                return false;
            }
            c.caredFor = caredFor.toBool();
        }
        const QJsonValue age = o.value(QStringLiteral("age_years"));
        if (!age.isUndefined()) {
            if (!age.isObject()) {
                setError(Deadlines::tr("%1.age_years must be an object with min and/or max").arg(context));
                return false;
            }
            const QString ageContext = context + QStringLiteral(".age_years");
            if (!readInt(age.toObject(), QStringLiteral("min"), c.minAgeYears, ageContext, kMaxYears) ||
                !readInt(age.toObject(), QStringLiteral("max"), c.maxAgeYears, ageContext, kMaxYears))
                return false;
        }
        return readSince(o.value(QStringLiteral("since")), c, context + QStringLiteral(".since"));
    }

    // {"event": KIND, "min_months": N} or {"event": KIND, "under_months": N}: time since that event.
    bool readSince(const QJsonValue& value, RuleConditions& c, const QString& context) {
        if (value.isUndefined())
            return true;
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(QStringLiteral("event")).isString() ||
            o.value(QStringLiteral("event")).toString().trimmed().isEmpty() ||
            (!o.contains(QStringLiteral("min_months")) && !o.contains(QStringLiteral("under_months")))) {
            setError(
                Deadlines::tr("%1 must be an object with \"event\" and \"min_months\" or \"under_months\"")
                    .arg(context));
            return false;
        }
        c.sinceEvent = o.value(QStringLiteral("event")).toString().trimmed();
        return readInt(o, QStringLiteral("min_months"), c.sinceMinMonths, context, kMaxMonths) &&
               readInt(o, QStringLiteral("under_months"), c.sinceUnderMonths, context, kMaxMonths);
    }

    bool readRule(const QJsonObject& o, Rule& rule) {
        rule.file = m_file;
        rule.local = m_local;
        if (!readString(o, QStringLiteral("id"), rule.id, true))
            return false;
        m_where = QStringLiteral("rule \"%1\"").arg(rule.id);
        if (!readString(o, QStringLiteral("title"), rule.title, true) ||
            !readString(o, QStringLiteral("source"), rule.source, true) ||
            !readString(o, QStringLiteral("lead_role"), rule.leadRole, true) ||
            !readString(o, QStringLiteral("satisfied_by"), rule.satisfiedBy, false) ||
            !readString(o, QStringLiteral("note"), rule.note, false))
            return false;
        if (!o.contains(QStringLiteral("starts"))) {
            setError(Deadlines::tr("missing \"starts\""));
            return false;
        }
        if (!readStringList(o.value(QStringLiteral("starts")), QStringLiteral("starts"), rule.starts) ||
            !readStringList(o.value(QStringLiteral("ends")), QStringLiteral("ends"), rule.ends))
            return false;
        if (rule.starts.isEmpty()) {
            setError(Deadlines::tr("\"starts\" names no event"));
            return false;
        }
        const QString direction = o.value(QStringLiteral("direction")).toString(QStringLiteral("after"));
        if (direction != QLatin1String("after") && direction != QLatin1String("before")) {
            setError(Deadlines::tr("direction \"%1\" must be \"after\" or \"before\"").arg(direction));
            return false;
        }
        rule.before = direction == QLatin1String("before");
        const QJsonValue recurs = o.value(QStringLiteral("recurs"));
        if (!recurs.isUndefined() && !recurs.isBool()) {
            setError(Deadlines::tr("\"recurs\" must be true or false"));
            return false;
        }
        rule.recurs = recurs.toBool(false);
        if (!readConditions(o.value(QStringLiteral("conditions")), rule.conditions,
                            QStringLiteral("conditions")))
            return false;
        const QJsonValue variants = o.value(QStringLiteral("variants"));
        if (variants.isUndefined()) {
            if (!readOffset(o.value(QStringLiteral("offset")), rule.offset, QStringLiteral("offset")))
                return false;
        } else {
            if (!variants.isArray() || variants.toArray().isEmpty()) {
                setError(Deadlines::tr("\"variants\" must be a non-empty list"));
                return false;
            }
            const QJsonArray list = variants.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QString context = QStringLiteral("variants[%1]").arg(i);
                RuleVariant variant;
                const QJsonObject v = list.at(i).toObject();
                if (!readConditions(v.value(QStringLiteral("conditions")), variant.conditions,
                                    context + QStringLiteral(".conditions")) ||
                    !readOffset(v.value(QStringLiteral("offset")), variant.offset,
                                context + QStringLiteral(".offset")))
                    return false;
                rule.variants.push_back(std::move(variant));
            }
            rule.offset = rule.variants.front().offset;
        }
        if (rule.starts.contains(childDobKind()) && (rule.recurs || rule.before)) {
            setError(Deadlines::tr("an age rule (starts child_dob) can neither recur nor count backwards"));
            return false;
        }
        return true;
    }

    QString m_file;
    bool m_local;
    QString m_where;
    QString m_error;
};

Status checkEventKinds(const std::vector<Rule>& rules, const QHash<QString, QString>& events) {
    for (const Rule& rule : rules) {
        QStringList kinds = rule.starts + rule.ends;
        if (!rule.satisfiedBy.isEmpty())
            kinds << rule.satisfiedBy;
        if (!rule.conditions.sinceEvent.isEmpty())
            kinds << rule.conditions.sinceEvent;
        kinds << rule.conditions.recorded;
        for (const RuleVariant& v : rule.variants) {
            if (!v.conditions.sinceEvent.isEmpty())
                kinds << v.conditions.sinceEvent;
            kinds << v.conditions.recorded;
        }
        for (const QString& kind : std::as_const(kinds))
            if (kind != childDobKind() && kind != expectedBirthKind() && !events.contains(kind))
                return Status::failure(
                    Deadlines::tr("%1: rule \"%2\": unknown event kind \"%3\" (add it to \"events\")")
                        .arg(rule.file, rule.id, kind));
    }
    return Status::ok();
}

} // namespace

Result<RuleBook> RuleBook::builtIn() {
    QDir dir(QStringLiteral(":/rules"));
    std::vector<std::pair<QString, QByteArray>> files;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Result<RuleBook>::failure(
                Deadlines::tr("Could not read the built-in rule file %1.").arg(name));
        files.emplace_back(name, file.readAll());
    }
    if (files.empty())
        return Result<RuleBook>::failure(Deadlines::tr("The built-in rule book is missing."));
    return fromFiles(files);
}

Result<RuleBook> RuleBook::fromFiles(const std::vector<std::pair<QString, QByteArray>>& files) {
    RuleBook book;
    for (const auto& [name, json] : files) {
        auto parsed = RuleParser(name, false).parse(json);
        if (!parsed)
            return parsed.status();
        for (auto it = parsed->events.begin(); it != parsed->events.end(); ++it)
            book.m_events.insert(it.key(), it.value());
        for (const Rule& rule : parsed->rules) {
            if (const Rule* existing = book.find(rule.id))
                return Result<RuleBook>::failure(Deadlines::tr("%1: rule \"%2\": duplicate id (also in %3)")
                                                     .arg(name, rule.id, existing->file));
            book.m_index.insert(rule.id, int(book.m_rules.size()));
            book.m_rules.push_back(rule);
        }
    }
    if (Status s = checkEventKinds(book.m_rules, book.m_events); !s)
        return s;
    return book;
}

Status RuleBook::applyOverrides(const QByteArray& json, const QString& fileName) {
    auto parsed = RuleParser(fileName, true).parse(json);
    if (!parsed)
        return parsed.status();
    QHash<QString, QString> events = m_events;
    for (auto it = parsed->events.begin(); it != parsed->events.end(); ++it)
        events.insert(it.key(), it.value());
    QSet<QString> seen;
    for (const Rule& rule : parsed->rules) {
        if (seen.contains(rule.id))
            return Status::failure(
                Deadlines::tr("%1: rule \"%2\": duplicate id in the same file").arg(fileName, rule.id));
        seen.insert(rule.id);
    }
    if (Status s = checkEventKinds(parsed->rules, events); !s)
        return s;
    m_events = std::move(events);
    for (Rule rule : parsed->rules) {
        auto it = m_index.constFind(rule.id);
        if (it != m_index.constEnd()) {
            rule.replacesBuiltIn = !m_rules[*it].local || m_rules[*it].replacesBuiltIn;
            m_rules[*it] = std::move(rule);
        } else {
            m_index.insert(rule.id, int(m_rules.size()));
            m_rules.push_back(std::move(rule));
        }
    }
    return Status::ok();
}

Status RuleBook::loadOverrideFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Deadlines::tr("Could not read %1: %2").arg(path, file.errorString()));
    return applyOverrides(file.readAll(), QFileInfo(path).fileName());
}

const Rule* RuleBook::find(const QString& id) const {
    auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_rules[*it];
}

QString RuleBook::eventLabel(const QString& kind) const {
    if (kind == childDobKind())
        return Deadlines::tr("the child's date of birth");
    if (kind == expectedBirthKind())
        return Deadlines::tr("the expected date of delivery");
    return m_events.value(kind, kind);
}

QString RuleBook::eventTitle(const QString& kind) const {
    QString title = eventLabel(kind);
    if (title.startsWith(QLatin1String("the ")))
        title = title.mid(4);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

} // namespace waymark
