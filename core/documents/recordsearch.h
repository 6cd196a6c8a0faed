#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

class Database;

// Search across the record: families by their members' names and identifiers (the case list's
// search), and case notes and family-folder documents by their words (the full-text index,
// schema v12). Results come grouped by family, only for families the account may see; a
// restricted note is found only by those who may read it.
struct SearchHit {
    enum class Kind { Family, Note, Document };
    Kind kind = Kind::Family;
    qint64 refId = 0; // the note or document; the family for Kind::Family
    QString title;
    QString snippet;  // matching words between the markers below
    QString category; // note type or document type code
    QDateTime when;   // the note's contact time, the document's date; local time
};

struct FamilySearchGroup {
    qint64 familyId = 0;
    QString familyName;
    bool nameMatched = false; // a member's name or identifier matched
    std::vector<SearchHit> hits;
};

struct RecordSearchResults {
    QStringList words; // the words searched for, as understood
    std::vector<FamilySearchGroup> families;
    int hitCount = 0;
    bool truncated = false; // more matched than `limit`; the user should type more
};

inline const QChar searchMarkStart = QChar(0x02);
inline const QChar searchMarkEnd = QChar(0x03);

// Every word must match (as the start of a word: "gra" finds "Grace"). Fewer than two letters
// find nothing. At most `limit` notes and documents are read.
RecordSearchResults searchRecords(Database& db, const QString& text, int limit = 200);

// A marked snippet as HTML: escaped, with the matching words in <b>.
QString highlightedHtml(const QString& markedSnippet);
// Marks the words of `text` that start with one of `words` (for names found by the case list).
QString markWords(const QString& text, const QStringList& words);

} // namespace waymark
