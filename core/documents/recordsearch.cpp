#include "documents/recordsearch.h"

#include "access/accesspolicy.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/familyrepository.h"

#include <QHash>
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

QString idList(const QList<qint64>& ids) {
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

struct NoteFacts {
    QDateTime when;
    QString type;
    bool restricted = false;
    qint64 author = 0;
};
struct DocumentFacts {
    QDateTime when;
    QString type;
};

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

    // Notes and documents through the full-text index: every word, each as a prefix.
    QStringList terms;
    for (const QString& w : results.words)
        terms << w + QLatin1Char('*');
    QVariantList bindings{QString(searchMarkStart), QString(searchMarkEnd), QStringLiteral("\u2026"),
                          terms.join(QLatin1Char(' '))};
    const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("f.id"), bindings);
    bindings << limit + 1;
    auto q = db.run(QStringLiteral("SELECT search_text.docid, f.id, f.name, search_text.title, "
                                   "snippet(search_text, ?, ?, ?, -1, 16) FROM search_text "
                                   "JOIN families f ON f.id = search_text.family_id "
                                   "WHERE search_text MATCH ? AND %1 LIMIT ?")
                        .arg(visible),
                    bindings, "searching notes and documents");
    if (!q)
        return results;
    QSqlQuery query = std::move(q).value();
    query.setForwardOnly(true);
    struct Raw {
        qint64 docid, familyId;
        QString familyName, title, snippet;
    };
    std::vector<Raw> raw;
    QList<qint64> noteIds, documentIds;
    while (query.next()) {
        if (int(raw.size()) == limit) {
            results.truncated = true;
            break;
        }
        Raw r{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
              query.value(3).toString(), query.value(4).toString()};
        (r.docid % 4 == 0 ? noteIds : documentIds) << r.docid / 4;
        raw.push_back(r);
    }

    // The facts the index does not hold: dates, types, and who may read a restricted note.
    QHash<qint64, NoteFacts> notes;
    if (!noteIds.isEmpty()) {
        auto n = db.run(QStringLiteral("SELECT id, contact_at, note_type, restricted, author_worker_id FROM "
                                       "case_notes WHERE id IN (%1)")
                            .arg(idList(noteIds)),
                        {}, "searching notes");
        if (n) {
            QSqlQuery nq = std::move(n).value();
            while (nq.next())
                notes.insert(nq.value(0).toLongLong(),
                             NoteFacts{localTimeFromText(nq.value(1).toString()), nq.value(2).toString(),
                                       nq.value(3).toBool(), nq.value(4).toLongLong()});
        }
    }
    QHash<qint64, DocumentFacts> docs;
    if (!documentIds.isEmpty()) {
        auto d =
            db.run(QStringLiteral("SELECT id, doc_date, added_at, doc_type FROM documents WHERE id IN (%1)")
                       .arg(idList(documentIds)),
                   {}, "searching documents");
        if (d) {
            QSqlQuery dq = std::move(d).value();
            while (dq.next()) {
                const QDate date = dateFromText(dq.value(1).toString());
                docs.insert(dq.value(0).toLongLong(),
                            DocumentFacts{date.isValid() ? QDateTime(date, QTime(0, 0))
                                                         : utcFromText(dq.value(2).toString()).toLocalTime(),
                                          dq.value(3).toString()});
            }
        }
    }
    const Account* account = db.account();
    const bool seesRestricted = account && access::allowed(*account, access::Action::SeeRestrictedNotes);
    for (const Raw& r : raw) {
        SearchHit hit;
        hit.refId = r.docid / 4;
        hit.title = r.title;
        hit.snippet = r.snippet;
        if (r.docid % 4 == 0) {
            const NoteFacts facts = notes.value(hit.refId);
            // A restricted note's words are found only by those who may read it: a match would
            // otherwise tell what it says.
            if (facts.restricted && !seesRestricted &&
                !(account && account->workerId != 0 && account->workerId == facts.author))
                continue;
            hit.kind = SearchHit::Kind::Note;
            hit.when = facts.when;
            hit.category = facts.type;
        } else {
            hit.kind = SearchHit::Kind::Document;
            const DocumentFacts facts = docs.value(hit.refId);
            hit.when = facts.when;
            hit.category = facts.type;
        }
        FamilySearchGroup& g = groups[r.familyId];
        g.familyId = r.familyId;
        g.familyName = r.familyName;
        g.hits.push_back(hit);
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
