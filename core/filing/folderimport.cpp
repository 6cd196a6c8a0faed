#include "filing/folderimport.h"

#include "access/accesspolicy.h"
#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "filing/documentfile.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/trcontext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace waymark::filing {

namespace {

// --- The file system, by bytes -------------------------------------------------------------------
// Qt lists a folder as QStrings: a name that is not valid UTF-8 comes back with replacement
// characters and can then no longer be opened. The walk therefore keeps each name as the bytes
// the file system gave, and decodes them (QFile::decodeName) only to show and file them.

struct Entry {
    QByteArray name;
    QByteArray path;
    QString displayName;
    bool decodable = true;
    bool statOk = false;
    int statErrno = 0;
    struct stat st {};
};

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

Result<std::vector<Entry>> listFolder(const QByteArray& folder) {
    DIR* dir = ::opendir(folder.constData());
    if (!dir)
        return Status::failure(errnoText(errno));
    std::vector<Entry> entries;
    while (const dirent* d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name == "." || name == "..")
            continue;
        Entry e;
        e.name = name;
        e.path = folder + '/' + name;
        e.displayName = QFile::decodeName(name);
        e.decodable = QFile::encodeName(e.displayName) == name;
        e.statOk = ::lstat(e.path.constData(), &e.st) == 0;
        if (!e.statOk)
            e.statErrno = errno;
        entries.push_back(std::move(e));
    }
    ::closedir(dir);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return entries;
}

// The whole file (never following a symbolic link), refusing more than the largest document.
Result<QByteArray> readLocalFile(const QByteArray& path) {
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(Documents::tr("cannot be read (%1)").arg(errnoText(errno)));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Status::failure(Documents::tr("cannot be read (%1)").arg(file.errorString()));
    }
    QByteArray bytes = file.read(documents::maxDocumentBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Status::failure(Documents::tr("cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > documents::maxDocumentBytes)
        return Status::failure(Documents::tr("is larger than %1, the largest document Waymark keeps")
                                   .arg(documents::sizeText(documents::maxDocumentBytes)));
    return bytes;
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Left behind by Windows, macOS and office programs; never a family's paper.
bool isSystemFile(const QString& name) {
    const QString lower = name.toLower();
    static const QStringList names = {QStringLiteral("thumbs.db"),         QStringLiteral("ehthumbs.db"),
                                      QStringLiteral("ehthumbs_vista.db"), QStringLiteral("desktop.ini"),
                                      QStringLiteral(".ds_store"),         QStringLiteral("icon\r"),
                                      QStringLiteral(".directory")};
    return names.contains(lower) || lower.startsWith(QLatin1String("~$")) ||
           lower.startsWith(QLatin1String("._")) || lower.startsWith(QLatin1String(".~lock."));
}

bool isSystemFolder(const QString& name) {
    const QString lower = name.toLower();
    static const QStringList names = {QStringLiteral("$recycle.bin"),
                                      QStringLiteral("system volume information"), QStringLiteral("__macosx"),
                                      QStringLiteral("@eadir")};
    return names.contains(lower) || lower.startsWith(QLatin1Char('.'));
}

// --- Walking one family's folder ----------------------------------------------------------------

struct Walk {
    FolderImportReport& report;
    FolderPlan& folder;

    void skip(const QString& path, const QString& reason) { report.skipped.push_back({path, reason}); }

    // `inFamily`: the sub-folders inside the family's folder, for titles and the type.
    void scan(const QByteArray& local, const QString& shown, const QStringList& inFamily) {
        auto entries = listFolder(local);
        if (!entries) {
            skip(shown + QLatin1Char('/'), Documents::tr("folder cannot be read (%1)").arg(entries.error()));
            return;
        }
        for (const Entry& e : *entries) {
            const QString path = shown + QLatin1Char('/') + e.displayName;
            if (!e.decodable)
                report.undecodableNames << path;
            if (!e.statOk) {
                ++folder.fileCount;
                skip(path, Documents::tr("cannot be read (%1)").arg(errnoText(e.statErrno)));
                continue;
            }
            if (S_ISLNK(e.st.st_mode)) {
                skip(path, Documents::tr("a symbolic link (links are not followed)"));
                continue;
            }
            if (S_ISDIR(e.st.st_mode)) {
                if (isSystemFolder(e.displayName))
                    skip(path + QLatin1Char('/'), Documents::tr("a hidden or system folder"));
                else
                    scan(e.path, path, inFamily + QStringList{e.displayName});
                continue;
            }
            if (!S_ISREG(e.st.st_mode)) {
                skip(path, Documents::tr("not an ordinary file"));
                continue;
            }
            if (isSystemFile(e.displayName)) {
                skip(path, Documents::tr("a system or lock file, not a document"));
                continue;
            }
            ++folder.fileCount;
            if (e.st.st_size == 0) {
                skip(path, Documents::tr("empty (0 bytes)"));
                continue;
            }
            if (e.st.st_size > documents::maxDocumentBytes) {
                skip(path, Documents::tr("%1; the largest document Waymark keeps is %2")
                               .arg(documents::sizeText(e.st.st_size),
                                    documents::sizeText(documents::maxDocumentBytes)));
                continue;
            }
            auto bytes = readLocalFile(e.path);
            if (!bytes) {
                skip(path, bytes.error());
                continue;
            }
            PlannedFile f;
            f.localPath = e.path;
            f.relativePath = (inFamily + QStringList{e.displayName}).join(QLatin1Char('/'));
            f.fileName = e.displayName;
            f.title = (inFamily + QStringList{documents::titleFromFileName(e.displayName)})
                          .join(QStringLiteral(" / "));
            f.type = documents::guessType(e.displayName);
            // "Diary sheets/March.pdf": the sub-folder says what the name does not.
            for (auto it = inFamily.crbegin(); f.type == QLatin1String("other") && it != inFamily.crend();
                 ++it)
                f.type = documents::guessType(*it + QStringLiteral(".folder"));
            f.date = QDateTime::fromSecsSinceEpoch(e.st.st_mtime).date();
            f.size = bytes->size();
            f.sha256 = sha256Hex(*bytes);
            folder.files.push_back(std::move(f));
        }
    }
};

// --- Matching a folder name to a family ---------------------------------------------------------

// Lower case, accents dropped ("Zoë" -> "zoe"), apostrophes dropped ("O'Brien" -> "obrien").
QString fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        out += c.toLower();
    }
    return out;
}

QSet<QString> wordsOf(const QString& text) {
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList words = fold(text).split(nonLetters, Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

// Words in family and folder names that say nothing about which family.
const QSet<QString>& commonWords() {
    static const QSet<QString> words = {
        QStringLiteral("family"), QStringLiteral("families"), QStringLiteral("household"),
        QStringLiteral("the"),    QStringLiteral("and"),      QStringLiteral("early"),
        QStringLiteral("help"),   QStringLiteral("lift"),     QStringLiteral("closed"),
        QStringLiteral("open"),   QStringLiteral("case"),     QStringLiteral("su"),
        QStringLiteral("nhs"),    QStringLiteral("ref"),      QStringLiteral("no"),
        QStringLiteral("cs"),     QStringLiteral("old"),      QStringLiteral("new"),
        QStringLiteral("files"),  QStringLiteral("docs"),     QStringLiteral("documents"),
    };
    return words;
}

QString identifierKey(const QString& text) {
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

QString digitsOf(const QString& text) {
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

struct KnownFamily {
    qint64 id = 0;
    QString name;
    QSet<QString> ownNameWords; // of the family's own name: "Ashworth family" -> ashworth
    QSet<QString> surnames;     // the above and every member's family name
    QSet<QString> givenNames;   // every member's given names and known-as
    QSet<QString> initials;     // first letters of the given names
};

struct IdentifierHit {
    QSet<qint64> families;
    QString kind; // "SU number"
};

class FamilyIndex {
public:
    Status load(const Database& db) {
        QVariantList bindings;
        const QString visible = access::visibleFamiliesCondition(db, QStringLiteral("f.id"), bindings);
        auto families =
            db.run(QStringLiteral("SELECT f.id, f.name FROM families f WHERE %1 ORDER BY f.id").arg(visible),
                   bindings, "reading families to match folders");
        if (!families)
            return families.status();
        QSqlQuery f = std::move(families).value();
        while (f.next()) {
            KnownFamily k;
            k.id = f.value(0).toLongLong();
            k.name = f.value(1).toString();
            k.ownNameWords = wordsOf(k.name) - commonWords();
            k.surnames = k.ownNameWords;
            for (const QString& surname : k.surnames)
                m_bySurname[surname].insert(k.id);
            m_index.insert(k.id, m_families.size());
            m_families.push_back(std::move(k));
        }
        auto members = db.run(QStringLiteral("SELECT m.family_id, p.given_names, p.family_name, p.known_as, "
                                             "p.social_care_number, p.case_system_number, p.nhs_number "
                                             "FROM family_members m JOIN people p ON p.id = m.person_id "
                                             "WHERE m.family_id IN (SELECT f.id FROM families f WHERE %1)")
                                  .arg(visible),
                              bindings, "reading family members to match folders");
        if (!members)
            return members.status();
        QSqlQuery m = std::move(members).value();
        while (m.next()) {
            const auto at = m_index.constFind(m.value(0).toLongLong());
            if (at == m_index.constEnd())
                continue;
            KnownFamily& k = m_families[*at];
            const QSet<QString> given = wordsOf(m.value(1).toString()) + wordsOf(m.value(3).toString());
            k.givenNames += given;
            for (const QString& g : given)
                k.initials.insert(g.left(1));
            k.surnames += wordsOf(m.value(2).toString()) - commonWords();
            for (const QString& surname : k.surnames)
                m_bySurname[surname].insert(k.id);
            addIdentifier(m.value(4).toString(), k.id, Documents::tr("SU number"));
            addIdentifier(m.value(5).toString(), k.id, Documents::tr("case-system number"));
            addIdentifier(m.value(6).toString(), k.id, Documents::tr("NHS number"));
        }
        return Status::ok();
    }

    void match(FolderPlan& folder) const {
        const QSet<QString> words = wordsOf(folder.folder) - commonWords();
        QSet<QString> letters;
        for (const QString& w : words)
            if (w.size() == 1)
                letters.insert(w);

        // Identifiers: "SU 123456", "SU123456", "(1234567)", "CS-1234567".
        static const QRegularExpression idPattern(
            QStringLiteral("(?<!\\d)(\\p{L}{1,4})?[\\s._#:/-]*(\\d{5,})(?!\\d)"));
        QSet<qint64> byIdentifier;
        QStringList found;
        QStringList unknown;
        for (auto it = idPattern.globalMatch(folder.folder); it.hasNext();) {
            const auto m = it.next();
            const QString digits = m.captured(2);
            const QString full = identifierKey(m.captured(1) + digits);
            const IdentifierHit* hit = nullptr;
            if (auto f = m_full.constFind(full); !m.captured(1).isEmpty() && f != m_full.constEnd())
                hit = &*f;
            else if (auto d = m_digits.constFind(digits); d != m_digits.constEnd())
                hit = &*d;
            if (!hit) {
                unknown << m.captured(0).trimmed();
                continue;
            }
            byIdentifier += hit->families;
            found << QStringLiteral("%1 %2").arg(hit->kind, m.captured(0).trimmed());
        }

        QSet<qint64> byName;
        for (const QString& w : words)
            byName += m_bySurname.value(w);

        QSet<qint64> candidates;
        if (!byIdentifier.isEmpty()) {
            folder.matchedBy = found.join(QStringLiteral(", "));
            if (!byName.isEmpty() && !byName.intersects(byIdentifier)) {
                // The number says one family, the name another: a typing slip in either would
                // file one family's papers with another's. Ask a person.
                folder.match = FolderPlan::Match::Ambiguous;
                folder.note = Documents::tr("the number and the name point to different families");
                QSet<qint64> all = byIdentifier + byName;
                folder.candidates = sortedIds(all);
                return;
            }
            candidates = byIdentifier;
            narrow(candidates, [&](const KnownFamily& k) { return k.surnames.intersects(words); });
        } else {
            folder.matchedBy = Documents::tr("name");
            candidates = byName;
            if (!unknown.isEmpty())
                folder.note = Documents::tr("%1: no family you can see has this number")
                                  .arg(unknown.join(QStringLiteral(", ")));
        }
        if (narrow(candidates, [&](const KnownFamily& k) { return k.givenNames.intersects(words); }))
            folder.matchedBy += Documents::tr(" and first name");
        else if (narrow(candidates, [&](const KnownFamily& k) { return k.initials.intersects(letters); }))
            folder.matchedBy += Documents::tr(" and initial");
        else
            narrow(candidates, [&](const KnownFamily& k) { return k.ownNameWords.intersects(words); });

        if (candidates.isEmpty()) {
            folder.match = FolderPlan::Match::Unmatched;
            folder.matchedBy.clear();
        } else if (candidates.size() > 1) {
            folder.match = FolderPlan::Match::Ambiguous;
            folder.matchedBy.clear();
            folder.candidates = sortedIds(candidates);
        } else {
            folder.match = FolderPlan::Match::Matched;
            const KnownFamily& k = m_families[m_index.value(*candidates.cbegin())];
            folder.familyId = k.id;
            folder.familyName = k.name;
        }
    }

private:
    void addIdentifier(const QString& value, qint64 familyId, const QString& kind) {
        const QString key = identifierKey(value);
        if (key.isEmpty())
            return;
        IdentifierHit& full = m_full[key];
        full.families.insert(familyId);
        full.kind = kind;
        const QString digits = digitsOf(value);
        if (digits.size() >= 5) {
            IdentifierHit& d = m_digits[digits];
            d.families.insert(familyId);
            if (d.kind.isEmpty())
                d.kind = kind;
        }
    }

    // Keeps the candidates for which `keep` holds, when there are several and it leaves any.
    template <typename Keep> bool narrow(QSet<qint64>& candidates, Keep keep) const {
        if (candidates.size() < 2)
            return false;
        QSet<qint64> kept;
        for (qint64 id : candidates)
            if (keep(m_families[m_index.value(id)]))
                kept.insert(id);
        if (kept.isEmpty() || kept.size() == candidates.size())
            return false;
        candidates = kept;
        return true;
    }

    static std::vector<qint64> sortedIds(const QSet<qint64>& ids) {
        std::vector<qint64> out(ids.begin(), ids.end());
        std::sort(out.begin(), out.end());
        return out;
    }

    std::vector<KnownFamily> m_families;
    QHash<qint64, size_t> m_index;
    QHash<QString, QSet<qint64>> m_bySurname;
    QHash<QString, IdentifierHit> m_full;   // normalised identifier -> families
    QHash<QString, IdentifierHit> m_digits; // its digits alone -> families
};

// Files already in the family's folder (or removed from it), by digest.
// `seen`: digest -> the first file of this import with it, for this family (two subfolders may
// match the same family).
Status dropAlreadyFiled(const Database& db, FolderPlan& folder, FolderImportReport& report,
                        QHash<QString, QString>& seen) {
    auto q = db.run(QStringLiteral("SELECT sha256, removed_at FROM documents WHERE family_id = ?"),
                    {folder.familyId}, "reading the family folder");
    if (!q)
        return q.status();
    QSqlQuery query = std::move(q).value();
    QHash<QString, bool> stored; // digest -> removed
    while (query.next()) {
        const QString digest = query.value(0).toString();
        const bool removed = !query.value(1).toString().isEmpty();
        if (!stored.contains(digest) || !removed)
            stored.insert(digest, removed); // filed and still there wins over removed
    }
    std::vector<PlannedFile> keep;
    for (PlannedFile& f : folder.files) {
        const QString path = folder.folder + QLatin1Char('/') + f.relativePath;
        if (auto s = stored.constFind(f.sha256); s != stored.constEnd()) {
            ++folder.alreadyFiled;
            report.skipped.push_back(
                {path, *s ? Documents::tr("removed from the family's folder before; not filed again")
                          : Documents::tr("already filed (the same file is in the family's folder)")});
            continue;
        }
        if (auto s = seen.constFind(f.sha256); s != seen.constEnd()) {
            report.skipped.push_back({path, Documents::tr("the same file as %1").arg(*s)});
            continue;
        }
        seen.insert(f.sha256, path);
        keep.push_back(std::move(f));
    }
    folder.files = std::move(keep);
    return Status::ok();
}

Status importFamily(Database& db, DocumentRepository& repository, const FolderPlan& folder) {
    Transaction tx(db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    for (const PlannedFile& f : folder.files) {
        auto bytes = readLocalFile(f.localPath);
        if (!bytes)
            return Status::failure(QStringLiteral("%1: %2").arg(f.relativePath, bytes.error()));
        if (sha256Hex(*bytes) != f.sha256)
            return Status::failure(
                Documents::tr("%1: changed since the folder was read; run the import again")
                    .arg(f.relativePath));
        NewDocument d = documentFromBytes(f.fileName, *bytes);
        d.familyId = folder.familyId;
        d.title = f.title;
        d.type = f.type;
        d.date = f.date;
        d.source = QString::fromLatin1(documents::sourceFolder);
        auto id = repository.attach(d);
        if (!id)
            return Status::failure(QStringLiteral("%1: %2").arg(f.relativePath, id.error()));
    }
    return tx.commit();
}

} // namespace

Result<FolderImportReport> planFolderImport(const Database& db, const QString& root) {
    FolderImportReport report;
    report.root = root;
    QByteArray local = QFile::encodeName(root);
    while (local.size() > 1 && local.endsWith('/'))
        local.chop(1);
    auto entries = listFolder(local);
    if (!entries)
        return Status::failure(
            Documents::tr("%1 cannot be read as a folder (%2).").arg(root, entries.error()));

    FamilyIndex families;
    if (Status s = families.load(db); !s)
        return s;

    QHash<qint64, QHash<QString, QString>> seenByFamily;
    for (const Entry& e : *entries) {
        if (!e.decodable)
            report.undecodableNames << e.displayName;
        if (!e.statOk) {
            report.skipped.push_back(
                {e.displayName, Documents::tr("cannot be read (%1)").arg(errnoText(e.statErrno))});
            continue;
        }
        if (S_ISLNK(e.st.st_mode)) {
            report.skipped.push_back(
                {e.displayName, Documents::tr("a symbolic link (links are not followed)")});
            continue;
        }
        if (!S_ISDIR(e.st.st_mode)) {
            report.skipped.push_back(
                {e.displayName, Documents::tr("not in a family's folder (each family has a subfolder)")});
            continue;
        }
        if (isSystemFolder(e.displayName)) {
            report.skipped.push_back(
                {e.displayName + QLatin1Char('/'), Documents::tr("a hidden or system folder")});
            continue;
        }
        FolderPlan folder;
        folder.folder = e.displayName;
        folder.localPath = e.path;
        Walk{report, folder}.scan(e.path, e.displayName, {});
        if (folder.fileCount == 0) {
            folder.match = FolderPlan::Match::Empty;
            folder.files.clear();
        } else {
            families.match(folder);
            if (folder.match == FolderPlan::Match::Matched) {
                if (Status s = dropAlreadyFiled(db, folder, report, seenByFamily[folder.familyId]); !s)
                    return s;
            } else {
                folder.files.clear();
            }
        }
        report.folders.push_back(std::move(folder));
    }
    return report;
}

void runFolderImport(Database& db, FolderImportReport& report) {
    report.dryRun = false;
    DocumentRepository repository(db);
    for (FolderPlan& folder : report.folders) {
        if (folder.match != FolderPlan::Match::Matched)
            continue;
        if (folder.files.empty()) {
            folder.outcome = FolderPlan::Outcome::Imported;
            continue;
        }
        if (Status s = importFamily(db, repository, folder); !s) {
            folder.outcome = FolderPlan::Outcome::Failed;
            folder.failure = s.error();
            folder.imported = 0;
        } else {
            folder.outcome = FolderPlan::Outcome::Imported;
            folder.imported = int(folder.files.size());
        }
    }
}

int FolderImportReport::count(FolderPlan::Match match) const {
    return int(std::count_if(folders.begin(), folders.end(),
                             [match](const FolderPlan& f) { return f.match == match; }));
}

int FolderImportReport::failedFamilies() const {
    return int(std::count_if(folders.begin(), folders.end(),
                             [](const FolderPlan& f) { return f.outcome == FolderPlan::Outcome::Failed; }));
}

int FolderImportReport::filesToImport() const {
    int n = 0;
    for (const FolderPlan& f : folders)
        n += int(f.files.size());
    return n;
}

int FolderImportReport::filesImported() const {
    int n = 0;
    for (const FolderPlan& f : folders)
        n += f.imported;
    return n;
}

int FolderImportReport::filesAlreadyFiled() const {
    int n = 0;
    for (const FolderPlan& f : folders)
        n += f.alreadyFiled;
    return n;
}

bool FolderImportReport::complete() const {
    return count(FolderPlan::Match::Ambiguous) == 0 && count(FolderPlan::Match::Unmatched) == 0 &&
           failedFamilies() == 0;
}

QString FolderImportReport::text() const {
    QString out;
    auto line = [&out](const QString& text) {
        out += text + QLatin1Char('\n');
    };
    auto families = [](const std::vector<qint64>& ids) {
        QStringList numbers;
        for (qint64 id : ids)
            numbers << QString::number(id);
        return numbers.join(QStringLiteral(", "));
    };

    line(dryRun ? Documents::tr("Folder import from %1 (dry run: nothing was written)").arg(root)
                : Documents::tr("Folder import from %1").arg(root));
    line(Documents::tr("Folders: %1 (%2 matched, %3 ambiguous, %4 unmatched, %5 with no files)")
             .arg(folders.size())
             .arg(count(FolderPlan::Match::Matched))
             .arg(count(FolderPlan::Match::Ambiguous))
             .arg(count(FolderPlan::Match::Unmatched))
             .arg(count(FolderPlan::Match::Empty)));
    if (dryRun)
        line(Documents::tr("Files: %1 to import, %2 already filed, %3 skipped")
                 .arg(filesToImport())
                 .arg(filesAlreadyFiled())
                 .arg(skipped.size()));
    else
        line(Documents::tr("Files: %1 imported, %2 already filed, %3 skipped; families failed: %4")
                 .arg(filesImported())
                 .arg(filesAlreadyFiled())
                 .arg(skipped.size())
                 .arg(failedFamilies()));

    auto section = [&](FolderPlan::Match match, const QString& heading, auto describe) {
        bool any = false;
        for (const FolderPlan& f : folders) {
            if (f.match != match)
                continue;
            if (!any)
                line(QString() + QLatin1Char('\n') + heading);
            any = true;
            line(QStringLiteral("  ") + describe(f));
        }
    };
    section(FolderPlan::Match::Matched, Documents::tr("Matched:"), [&](const FolderPlan& f) {
        QString files;
        if (dryRun)
            files = Documents::tr("%1 to import").arg(f.files.size());
        else if (f.outcome == FolderPlan::Outcome::Failed)
            files = Documents::tr("FAILED, nothing imported: %1").arg(f.failure);
        else
            files = Documents::tr("%1 imported").arg(f.imported);
        if (f.alreadyFiled > 0)
            files += Documents::tr(", %1 already filed").arg(f.alreadyFiled);
        QString text = Documents::tr("%1 -> family %2, %3 (by %4): %5")
                           .arg(f.folder)
                           .arg(f.familyId)
                           .arg(f.familyName, f.matchedBy, files);
        if (!f.note.isEmpty())
            text += Documents::tr(" [check: %1]").arg(f.note);
        return text;
    });
    section(
        FolderPlan::Match::Ambiguous, Documents::tr("Ambiguous (not imported):"), [&](const FolderPlan& f) {
            QString text = Documents::tr("%1: could be families %2").arg(f.folder, families(f.candidates));
            if (!f.note.isEmpty())
                text += Documents::tr(" (%1)").arg(f.note);
            return text;
        });
    section(FolderPlan::Match::Unmatched, Documents::tr("Unmatched (not imported):"),
            [&](const FolderPlan& f) {
                QString text =
                    Documents::tr("%1: no family you can see matches (%n file(s))", nullptr, f.fileCount)
                        .arg(f.folder);
                if (!f.note.isEmpty())
                    text += Documents::tr(" (%1)").arg(f.note);
                return text;
            });
    section(FolderPlan::Match::Empty, Documents::tr("No files:"),
            [](const FolderPlan& f) { return f.folder; });

    if (!skipped.empty()) {
        line(QString() + QLatin1Char('\n') + Documents::tr("Skipped files:"));
        for (const SkippedFile& s : skipped)
            line(QStringLiteral("  %1: %2").arg(s.path, s.reason));
    }
    if (!undecodableNames.isEmpty()) {
        line(QString() + QLatin1Char('\n') +
             Documents::tr("Names that are not valid UTF-8 (read with %1 for the bytes that could not be "
                           "decoded, and filed so):")
                 .arg(QChar(0xFFFD)));
        for (const QString& name : undecodableNames)
            line(QStringLiteral("  ") + name);
    }
    return out;
}

} // namespace waymark::filing
