// waymark-cli import-folder's planning and import (filing/folderimport.h), on a generated tree of
// fictional families. Every name here is invented.
#include "audit/auditlog.h"
#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "filing/folderimport.h"
#include "storage/familyrepository.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <poppler-qt6.h>
#include <unistd.h>

using namespace waymark;
using filing::FolderPlan;

namespace {

struct MemberSpec {
    QString given;
    QString surname;
    QString suNumber;
    QString caseSystemNumber;
};

Family familyOf(Database& db, const QString& name, const std::vector<MemberSpec>& members) {
    Family f;
    f.name = name;
    f.kinshipStatus = QStringLiteral("none");
    REQUIRE(FamilyRepository(db).save(f).isOk());
    for (const MemberSpec& m : members) {
        Person p = test::makePerson(m.given, m.surname, QDate(1990, 1, 1));
        p.socialCareNumber = m.suNumber;
        p.caseSystemNumber = m.caseSystemNumber;
        const Status s = FamilyRepository(db).addMember(f.id, p, {0, QStringLiteral("mother"), true, true});
        INFO(s.error().toStdString());
        REQUIRE(s.isOk());
    }
    return f;
}

// A file with its own content (so no two files of the tree are the same), or a given one.
void writeFile(const QString& path, const QByteArray& content = QByteArray()) {
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content.isNull() ? QByteArray("%PDF-1.4\n% fictional test file: ") + path.toUtf8() + "\n"
                             : content);
}

// A name the file system holds as bytes that are not UTF-8 ("Caf\xE9", Latin-1), made with POSIX
// calls because Qt would encode any QString as UTF-8.
void writeRawName(const QString& folder, const QByteArray& name, const QByteArray& content) {
    const QByteArray path = QFile::encodeName(folder) + '/' + name;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, content.constData(), size_t(content.size())) == content.size());
    ::close(fd);
}

qint64 rows(Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Counts {
    qint64 documents, contents, events, audit;
    bool operator==(const Counts& o) const {
        return documents == o.documents && contents == o.contents && events == o.events && audit == o.audit;
    }
};

Counts counts(Database& db) {
    return {rows(db, QStringLiteral("documents")), rows(db, QStringLiteral("document_contents")),
            rows(db, QStringLiteral("document_events")), rows(db, QStringLiteral("audit_log"))};
}

const FolderPlan& folderNamed(const filing::FolderImportReport& report, const QString& name) {
    for (const FolderPlan& f : report.folders)
        if (f.folder == name)
            return f;
    FAIL("no folder " << name.toStdString() << " in the report:\n" << report.text().toStdString());
    throw 0;
}

QString reasonFor(const filing::FolderImportReport& report, const QString& path) {
    for (const filing::SkippedFile& s : report.skipped)
        if (s.path == path)
            return s.reason;
    return QString();
}

// The fictional caseload and its shared-drive folder.
struct Tree {
    test::TestDatabase t;
    QTemporaryDir dir;
    QString root;
    Family ashworthJane, ashworthJo, brook, jones, khanAisha, khanBilal, patel1, patel2, ollerton;
    const QString longName = QString(200, QLatin1Char('x')) + QStringLiteral(" review.pdf");

    Tree() {
        // The tree's PDFs are a line of text each: Poppler would say so on stderr for every one.
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        Database& db = t.db();
        // Two Ashworth families with a Jane each: only the SU number tells them apart.
        ashworthJane =
            familyOf(db, QStringLiteral("Ashworth family"),
                     {{QStringLiteral("Jane"), QStringLiteral("Ashworth"), QStringLiteral("SU123456"), {}}});
        ashworthJo =
            familyOf(db, QStringLiteral("Ashworth family"),
                     {{QStringLiteral("Jane"), QStringLiteral("Ashworth"), QStringLiteral("SU654321"), {}}});
        brook = familyOf(db, QStringLiteral("Brook family"),
                         {{QStringLiteral("Rowan"), QStringLiteral("Brook"), {}, QStringLiteral("1234567")}});
        jones = familyOf(db, QStringLiteral("Jones family"),
                         {{QStringLiteral("Mair"), QStringLiteral("Jones"), {}, {}}});
        khanAisha = familyOf(db, QStringLiteral("Khan family"),
                             {{QStringLiteral("Aisha"), QStringLiteral("Khan"), {}, {}}});
        khanBilal = familyOf(db, QStringLiteral("Khan family"),
                             {{QStringLiteral("Bilal"), QStringLiteral("Khan"), {}, {}}});
        patel1 = test::makeFamily(db, QStringLiteral("Patel"));
        patel2 = test::makeFamily(db, QStringLiteral("Patel"));
        ollerton = familyOf(db, QStringLiteral("Ollerton family"),
                            {{QStringLiteral("Esme"), QStringLiteral("Ollerton"), {}, {}}});

        root = dir.filePath(QStringLiteral("Project drive"));
        const QDir r(root);
        writeFile(r.filePath(QStringLiteral("ASHWORTH, Jane (SU 123456)/Diary sheet March.pdf")));
        writeFile(
            r.filePath(QStringLiteral("ASHWORTH, Jane (SU 123456)/Meetings/2023/Agreement signed.pdf")));
        writeFile(r.filePath(QStringLiteral("Brook_1234567/Letter to school.pdf")));
        writeFile(r.filePath(QStringLiteral("Brook_1234567/Diary sheets/March.pdf")));
        // Odd names, all filed.
        const QString jonesDir = r.filePath(QStringLiteral("Jones family"));
        writeFile(jonesDir + QStringLiteral("/  two  spaces  .pdf"));
        writeFile(jonesDir + QStringLiteral("/Zoë's review – März.pdf"));
        writeFile(jonesDir + QLatin1Char('/') + longName);
        writeFile(jonesDir + QStringLiteral("/.leading dot letter.pdf"));
        writeFile(jonesDir + QStringLiteral("/closure.v2.final.pdf"));
        writeRawName(jonesDir, "Caf\xE9 diary.pdf", "%PDF-1.4\n% Latin-1 name\n");
        // Left out, each with its reason.
        writeFile(jonesDir + QStringLiteral("/empty.pdf"), QByteArray(""));
        writeFile(jonesDir + QStringLiteral("/Thumbs.db"), QByteArray("thumbs"));
        writeFile(jonesDir + QStringLiteral("/~$Letter.docx"), QByteArray("lock"));
        writeFile(jonesDir + QStringLiteral("/.git/config"), QByteArray("[core]"));
        writeFile(jonesDir + QStringLiteral("/copy of closure.pdf"),
                  QByteArray("%PDF-1.4\n% fictional test file: ") +
                      (jonesDir + QStringLiteral("/closure.v2.final.pdf")).toUtf8() + "\n");
        {
            QFile big(jonesDir + QStringLiteral("/big scan.pdf"));
            REQUIRE(big.open(QIODevice::WriteOnly));
            REQUIRE(big.resize(21 * 1024 * 1024)); // sparse: cheap to make
        }
        REQUIRE(QFile::link(jonesDir + QStringLiteral("/closure.v2.final.pdf"),
                            jonesDir + QStringLiteral("/link.pdf")));
        // Same surname twice: a first name, or an initial, tells them apart.
        writeFile(r.filePath(QStringLiteral("KHAN, Aisha/Review.pdf")));
        writeFile(r.filePath(QStringLiteral("Khan_B_2023/Referral.pdf")));
        // Nothing tells the two Patel families apart.
        writeFile(r.filePath(QStringLiteral("Patel - Early Help/Assessment.pdf")));
        // The number is Ashworth's, the name Jones's.
        writeFile(r.filePath(QStringLiteral("JONES (SU 123456)/Letter.pdf")));
        writeFile(r.filePath(QStringLiteral("Nobody Known/Letter.pdf")));
        REQUIRE(QDir().mkpath(r.filePath(QStringLiteral("Ollerton family (empty)"))));
        writeFile(r.filePath(QStringLiteral("Ollerton family/a.pdf")));
        writeFile(r.filePath(QStringLiteral("Ollerton family/b.pdf")));
        writeFile(r.filePath(QStringLiteral("Ollerton family/c.pdf")));
        writeFile(r.filePath(QStringLiteral("loose file.pdf")));
    }

    // QDir::removeRecursively() cannot remove a name that is not UTF-8: the test does.
    ~Tree() {
        ::unlink(
            (QFile::encodeName(QDir(root).filePath(QStringLiteral("Jones family"))) + "/Caf\xE9 diary.pdf")
                .constData());
    }

    filing::FolderImportReport plan() {
        auto report = filing::planFolderImport(t.db(), root);
        INFO(report.error().toStdString());
        REQUIRE(report.isOk());
        return *report;
    }
};

} // namespace

TEST_CASE("import-folder: each subfolder is matched by number, name and first name, or reported",
          "[folderimport]") {
    Tree tree;
    const auto report = tree.plan();
    INFO(report.text().toStdString());

    const FolderPlan& bySu = folderNamed(report, QStringLiteral("ASHWORTH, Jane (SU 123456)"));
    CHECK(bySu.match == FolderPlan::Match::Matched);
    CHECK(bySu.familyId == tree.ashworthJane.id);
    CHECK(bySu.matchedBy.contains(QStringLiteral("SU number")));
    CHECK(bySu.files.size() == 2);

    const FolderPlan& byCaseNumber = folderNamed(report, QStringLiteral("Brook_1234567"));
    CHECK(byCaseNumber.match == FolderPlan::Match::Matched);
    CHECK(byCaseNumber.familyId == tree.brook.id);
    CHECK(byCaseNumber.matchedBy.contains(QStringLiteral("case-system number")));

    const FolderPlan& byName = folderNamed(report, QStringLiteral("Jones family"));
    CHECK(byName.match == FolderPlan::Match::Matched);
    CHECK(byName.familyId == tree.jones.id);
    CHECK(byName.matchedBy == QStringLiteral("name"));

    const FolderPlan& byFirstName = folderNamed(report, QStringLiteral("KHAN, Aisha"));
    CHECK(byFirstName.match == FolderPlan::Match::Matched);
    CHECK(byFirstName.familyId == tree.khanAisha.id);
    const FolderPlan& byInitial = folderNamed(report, QStringLiteral("Khan_B_2023"));
    CHECK(byInitial.match == FolderPlan::Match::Matched);
    CHECK(byInitial.familyId == tree.khanBilal.id);

    const FolderPlan& ambiguous = folderNamed(report, QStringLiteral("Patel - Early Help"));
    CHECK(ambiguous.match == FolderPlan::Match::Ambiguous);
    CHECK(ambiguous.candidates == std::vector<qint64>{tree.patel1.id, tree.patel2.id});
    CHECK(ambiguous.files.empty());

    const FolderPlan& conflict = folderNamed(report, QStringLiteral("JONES (SU 123456)"));
    CHECK(conflict.match == FolderPlan::Match::Ambiguous);
    CHECK(conflict.candidates == std::vector<qint64>{tree.ashworthJane.id, tree.jones.id});

    CHECK(folderNamed(report, QStringLiteral("Nobody Known")).match == FolderPlan::Match::Unmatched);
    CHECK(folderNamed(report, QStringLiteral("Ollerton family (empty)")).match == FolderPlan::Match::Empty);

    CHECK(report.count(FolderPlan::Match::Matched) == 6);
    CHECK(report.count(FolderPlan::Match::Ambiguous) == 2);
    CHECK(report.count(FolderPlan::Match::Unmatched) == 1);
    CHECK(report.count(FolderPlan::Match::Empty) == 1);
    CHECK_FALSE(report.complete());

    const QString text = report.text();
    CHECK(text.contains(QStringLiteral("Patel - Early Help: could be families %1, %2")
                            .arg(tree.patel1.id)
                            .arg(tree.patel2.id)));
    CHECK(text.contains(QStringLiteral("Nobody Known: no family you can see matches")));
    CHECK(text.contains(QStringLiteral("No files:\n  Ollerton family (empty)")));
}

TEST_CASE(
    "import-folder: odd names are filed, while empty, large, system, linked and loose files are skipped",
    "[folderimport]") {
    Tree tree;
    const auto report = tree.plan();
    INFO(report.text().toStdString());

    const FolderPlan& jones = folderNamed(report, QStringLiteral("Jones family"));
    QStringList planned;
    for (const filing::PlannedFile& f : jones.files)
        planned << f.fileName;
    const QString cafe = QStringLiteral("Caf") + QChar(0xFFFD) + QStringLiteral(" diary.pdf");
    CHECK(planned == QStringList{QStringLiteral("  two  spaces  .pdf"),
                                 QStringLiteral(".leading dot letter.pdf"), cafe,
                                 QStringLiteral("closure.v2.final.pdf"), tree.longName,
                                 QStringLiteral("Zoë's review – März.pdf")});
    // Types from the names, and from a sub-folder's name when the file's says nothing.
    for (const filing::PlannedFile& f : jones.files) {
        if (f.fileName == cafe)
            CHECK(f.type == QStringLiteral("diary_sheet"));
        if (f.fileName.startsWith(QStringLiteral("closure")))
            CHECK(f.type == QStringLiteral("closure"));
    }
    const FolderPlan& brook = folderNamed(report, QStringLiteral("Brook_1234567"));
    REQUIRE(brook.files.size() == 2);
    CHECK(brook.files[0].relativePath == QStringLiteral("Diary sheets/March.pdf"));
    CHECK(brook.files[0].title == QStringLiteral("Diary sheets / March"));
    CHECK(brook.files[0].type == QStringLiteral("diary_sheet"));
    const FolderPlan& ashworth = folderNamed(report, QStringLiteral("ASHWORTH, Jane (SU 123456)"));
    CHECK(ashworth.files[1].title == QStringLiteral("Meetings / 2023 / Agreement signed"));
    CHECK(ashworth.files[1].type == QStringLiteral("agreement"));

    const QString j = QStringLiteral("Jones family/");
    CHECK(reasonFor(report, j + QStringLiteral("empty.pdf")) == QStringLiteral("empty (0 bytes)"));
    CHECK(reasonFor(report, j + QStringLiteral("big scan.pdf")).contains(QStringLiteral("21.0 MB")));
    CHECK(reasonFor(report, j + QStringLiteral("Thumbs.db")).contains(QStringLiteral("system")));
    CHECK(reasonFor(report, j + QStringLiteral("~$Letter.docx")).contains(QStringLiteral("lock file")));
    CHECK(reasonFor(report, j + QStringLiteral(".git/")).contains(QStringLiteral("hidden")));
    CHECK(reasonFor(report, j + QStringLiteral("link.pdf")).contains(QStringLiteral("symbolic link")));
    CHECK(reasonFor(report, j + QStringLiteral("copy of closure.pdf"))
              .contains(QStringLiteral("the same file as Jones family/closure.v2.final.pdf")));
    CHECK(reasonFor(report, QStringLiteral("loose file.pdf"))
              .contains(QStringLiteral("not in a family's folder")));
    CHECK(report.undecodableNames == QStringList{j + cafe});
    CHECK(report.text().contains(QStringLiteral("Names that are not valid UTF-8")));
}

TEST_CASE("import-folder: a dry run writes nothing", "[folderimport]") {
    Tree tree;
    const Counts before = counts(tree.t.db());
    const auto report = tree.plan();
    CHECK(report.dryRun);
    CHECK(report.filesToImport() == 15);
    CHECK(counts(tree.t.db()) == before);
    CHECK(report.text().contains(QStringLiteral("dry run: nothing was written")));
}

TEST_CASE("import-folder: files the matched families' documents, and a second run files nothing new",
          "[folderimport]") {
    Tree tree;
    Database& db = tree.t.db();
    auto report = tree.plan();
    filing::runFolderImport(db, report);
    INFO(report.text().toStdString());
    CHECK(report.failedFamilies() == 0);
    CHECK(report.filesImported() == 15);
    CHECK(rows(db, QStringLiteral("documents")) == 15);

    DocumentRepository repository(db);
    const auto jones = repository.forFamily(tree.jones.id);
    REQUIRE(jones.size() == 6);
    bool sawCafe = false;
    for (const Document& d : jones) {
        CHECK(d.source == QLatin1String(documents::sourceFolder));
        CHECK(d.familyId == tree.jones.id);
        if (d.fileName.startsWith(QStringLiteral("Caf"))) {
            sawCafe = true;
            CHECK(d.fileName.contains(QChar(0xFFFD)));
            CHECK(repository.content(d.id).value() == QByteArray("%PDF-1.4\n% Latin-1 name\n"));
        }
    }
    CHECK(sawCafe);
    const auto ashworth = repository.forFamily(tree.ashworthJane.id);
    REQUIRE(ashworth.size() == 2);
    CHECK(repository.forFamily(tree.ashworthJo.id).empty());
    CHECK(repository.forFamily(tree.patel1.id).empty());
    CHECK(repository.forFamily(tree.patel2.id).empty());
    CHECK(repository.eventsForFamily(tree.jones.id).size() == 6);

    const Counts after = counts(db);
    auto again = tree.plan();
    CHECK(again.filesToImport() == 0);
    // 16: the copy of closure.v2.final.pdf, left out of the first run as a duplicate, is now
    // already filed too.
    CHECK(again.filesAlreadyFiled() == 16);
    filing::runFolderImport(db, again);
    CHECK(again.filesImported() == 0);
    CHECK(counts(db) == after);
    CHECK(reasonFor(again, QStringLiteral("Jones family/closure.v2.final.pdf"))
              .contains(QStringLiteral("already filed")));
}

TEST_CASE("import-folder: a family whose file fails at import is rolled back, the others are filed",
          "[folderimport]") {
    Tree tree;
    Database& db = tree.t.db();
    auto report = tree.plan();
    const QDir ollerton(QDir(tree.root).filePath(QStringLiteral("Ollerton family")));
    // Between planning and filing, b.pdf goes (a real failure: the file cannot be opened) after
    // a.pdf has been filed inside the family's transaction; c.pdf changes.
    REQUIRE(QFile::remove(ollerton.filePath(QStringLiteral("b.pdf"))));
    filing::runFolderImport(db, report);
    INFO(report.text().toStdString());

    const FolderPlan& failed = folderNamed(report, QStringLiteral("Ollerton family"));
    CHECK(failed.outcome == FolderPlan::Outcome::Failed);
    CHECK(failed.failure.contains(QStringLiteral("b.pdf")));
    CHECK(failed.imported == 0);
    CHECK(DocumentRepository(db).forFamily(tree.ollerton.id).empty());
    CHECK(report.failedFamilies() == 1);
    CHECK(report.filesImported() == 12);
    CHECK(DocumentRepository(db).forFamily(tree.jones.id).size() == 6);
    CHECK(report.text().contains(QStringLiteral("FAILED, nothing imported")));

    // A file changed since planning is refused too, and the rest of the folder is kept back.
    auto again = tree.plan();
    writeFile(ollerton.filePath(QStringLiteral("c.pdf")), QByteArray("%PDF-1.4\n% changed\n"));
    filing::runFolderImport(db, again);
    const FolderPlan& changed = folderNamed(again, QStringLiteral("Ollerton family"));
    CHECK(changed.outcome == FolderPlan::Outcome::Failed);
    CHECK(changed.failure.contains(QStringLiteral("changed since the folder was read")));
    CHECK(DocumentRepository(db).forFamily(tree.ollerton.id).empty());
    // What was rolled back left no gap in the audit trail's hash chain.
    const auto verified = audit::verify(db);
    INFO(verified.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(verified.ok());
}
