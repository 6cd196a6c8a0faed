#pragma once

#include "deadlines/rule.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>

#include <utility>
#include <vector>

namespace waymark {

// The timescales, read from JSON rule files (resources/rules/*.json, embedded under :/rules) and
// optionally an authority's local override file. Format and semantics: docs/deadlines.md.
class RuleBook {
public:
    // The shipped rule book. Fails only if a shipped file is broken (a test guards that).
    static Result<RuleBook> builtIn();
    // Rule files given as (file name, contents), in order; used by builtIn() and the tests.
    static Result<RuleBook> fromFiles(const std::vector<std::pair<QString, QByteArray>>& files);

    // An authority's file of the same shape: a rule with an existing id replaces it, a new id is
    // added. All or nothing: a bad file changes nothing. Such rules are marked local.
    Status applyOverrides(const QByteArray& json, const QString& fileName);
    Status loadOverrideFile(const QString& path);

    const std::vector<Rule>& rules() const { return m_rules; }
    const Rule* find(const QString& id) const;
    bool isEventKind(const QString& kind) const { return m_events.contains(kind); }
    QString eventLabel(const QString& kind) const; // "the strategy meeting"; the kind when unknown
    QString eventTitle(const QString& kind) const; // "Strategy meeting", for lists and headings
    const QHash<QString, QString>& eventKinds() const { return m_events; }

private:
    RuleBook() = default;

    std::vector<Rule> m_rules;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_events; // kind -> label
};

} // namespace waymark
