#include "documents/recordsearch.h"

#include "access/accesspolicy.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/familyrepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace waymark {

namespace {

// The words of the query, split as the index's tokenizer splits text: on anything that is not
// a letter or a digit, so that quotes, stars and minus signs never reach FTS as syntax.
QStringList queryWords(const QString& text) {
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString& w : text.toLower().split(nonWord, Qt::SkipEmptyParts))
        if (w.size() >= 2 && !words.contains(w))
            words << w;
    return words;
}

} // namespace

QString markWords(const QString& text, const QStringList& words) {
    if (words.isEmpty())
        return text;
    QStringList escaped;
    for (const QString& w : words)
        escaped << QRegularExpression::escape(w);
    const QRegularExpression re(QStringLiteral("\\b(%1)[\\p{L}\\p{N}]*").arg(escaped.join(QLatin1Char('|'))),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += searchMarkStart + m.captured() + searchMarkEnd;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString highlightedHtml(const QString& markedSnippet) {
    QString html = markedSnippet.toHtmlEscaped();
    html.replace(searchMarkStart, QStringLiteral("<b>"));
    html.replace(searchMarkEnd, QStringLiteral("</b>"));
    html.replace(QLatin1Char('\f'), QLatin1Char(' '));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

RecordSearchResults searchRecords(Database& db, const QString& text, int limit) {
    RecordSearchResults results;
    results.words = queryWords(text);
    if (results.words.isEmpty())
        return results;

    std::map<qint64, FamilySearchGroup> groups;

    // Families by name and identifiers: the case list's search, so both find the same families.
    CaseListQuery byName;
    byName.text = results.words.join(QLatin1Char(' '));
    byName.limit = 50;
    const CaseListPage named = FamilyRepository(db).search(byName);
    for (const CaseSummary& s : named.rows) {
        FamilySearchGroup& g = groups[s.familyId];
        g.familyId = s.familyId;
        g.familyName = s.familyName;
        g.nameMatched = true;
        SearchHit hit;
        hit.kind = SearchHit::Kind::Family;
        hit.refId = s.familyId;
        hit.title = s.familyName;
        hit.snippet = markWords(s.memberNames.join(QStringLiteral(", ")), results.words);
        g.hits.push_back(hit);
    }
    if (named.totalMatches > byName.limit)
        results.truncated = true;

    // Notes and documents through their full-text indexes: every word, each as a prefix. The
    // index gives the ids; the join reads the record's family (checked against who may see it)
    // and the facts shown with the match.
    QStringList terms;
    for (const QString& w : results.words)
        terms << w + QLatin1Char('*');
    const QString match = terms.join(QLatin1Char(' '));
    const Account* account = db.account();
    const bool seesRestricted = account && access::allowed(*account, access::Action::SeeRestrictedNotes);
    struct Source {
        SearchHit::Kind kind;
        QString sql; // %1: the visibility condition
    };
    const Source sources[] = {
        {SearchHit::Kind::Note,
         QStringLiteral(
             "SELECT n.id, f.id, f.name, n.subject, snippet(notes_search, ?, ?, ?, -1, 16), "
             "n.contact_at, n.note_type, n.restricted, n.author_worker_id FROM notes_search "
             "JOIN case_notes n ON n.id = notes_search.docid JOIN families f ON f.id = n.family_id "
             "WHERE notes_search MATCH ? AND %1 LIMIT ?")},
        {SearchHit::Kind::Document,
         QStringLiteral(
             "SELECT d.id, f.id, f.name, d.title, snippet(documents_search, ?, ?, ?, -1, 16), "
             "d.doc_date, d.doc_type, d.added_at FROM documents_search "
             "JOIN documents d ON d.id = documents_search.docid JOIN families f ON f.id = d.family_id "
             "WHERE documents_search MATCH ? AND %1 LIMIT ?")},
    };
    for (const Source& source : sources) {
        QVariantList bindings{QString(searchMarkStart), QString(searchMarkEnd), QStringLiteral("\u2026"),
                              match};
        const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("f.id"), bindings);
        bindings << limit + 1;
        auto q = db.run(source.sql.arg(visible), bindings, "searching notes and documents");
        if (!q)
            continue;
        QSqlQuery query = std::move(q).value();
        query.setForwardOnly(true);
        int read = 0;
        while (query.next()) {
            if (++read > limit) {
                results.truncated = true;
                break;
            }
            SearchHit hit;
            hit.kind = source.kind;
            hit.refId = query.value(0).toLongLong();
            hit.title = query.value(3).toString();
            hit.snippet = query.value(4).toString();
            hit.category = query.value(6).toString();
            if (source.kind == SearchHit::Kind::Note) {
                // A restricted note's words are found only by those who may read it: a match
                // would otherwise tell what it says.
                const bool restricted = query.value(7).toBool();
                const qint64 author = query.value(8).toLongLong();
                if (restricted && !seesRestricted &&
                    !(account && account->workerId != 0 && account->workerId == author))
                    continue;
                hit.when = localTimeFromText(query.value(5).toString());
            } else {
                const QDate date = dateFromText(query.value(5).toString());
                hit.when = date.isValid() ? QDateTime(date, QTime(0, 0))
                                          : utcFromText(query.value(7).toString()).toLocalTime();
            }
            const qint64 familyId = query.value(1).toLongLong();
            FamilySearchGroup& g = groups[familyId];
            g.familyId = familyId;
            g.familyName = query.value(2).toString();
            g.hits.push_back(hit);
        }
    }

    for (auto& [id, g] : groups) {
        // The family line first, then the newest note or document.
        std::stable_sort(g.hits.begin(), g.hits.end(), [](const SearchHit& a, const SearchHit& b) {
            if ((a.kind == SearchHit::Kind::Family) != (b.kind == SearchHit::Kind::Family))
                return a.kind == SearchHit::Kind::Family;
            return a.when > b.when;
        });
        results.hitCount += int(g.hits.size());
        results.families.push_back(std::move(g));
    }
    // Families found by name first (what a worker typing a surname wants), then by the newest match.
    auto newest = [](const FamilySearchGroup& g) {
        QDateTime latest;
        for (const SearchHit& h : g.hits)
            latest = std::max(latest, h.when);
        return latest;
    };
    std::stable_sort(results.families.begin(), results.families.end(),
                     [&](const FamilySearchGroup& a, const FamilySearchGroup& b) {
                         if (a.nameMatched != b.nameMatched)
                             return a.nameMatched;
                         if (a.nameMatched)
                             return a.familyName.localeAwareCompare(b.familyName) < 0;
                         return newest(a) > newest(b);
                     });
    return results;
}

} // namespace waymark
