// Moving in (issue 7): waymark-cli import-folder's planning and import, on generated shared-drive
// trees. Every name here is invented.
#include "documents/documentrepository.h"
#include "filing/folderimport.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "support/minimalpdf.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

using namespace waymark;
using filing::FolderPlan;

namespace {

struct Drive {
    QTemporaryDir dir;
    QString root() const { return dir.filePath(QStringLiteral("drive")); }
    void write(const QString& relative, const QByteArray& content) {
        const QString path = root() + QLatin1Char('/') + relative;
        REQUIRE(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    void folder(const QString& relative) { REQUIRE(QDir().mkpath(root() + QLatin1Char('/') + relative)); }
};

qint64 documentCount(Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM documents")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

const FolderPlan& plan(const filing::FolderImportReport& r, const QString& folder) {
    for (const FolderPlan& f : r.folders)
        if (f.folder == folder)
            return f;
    FAIL("no folder " << folder.toStdString());
    return r.folders.front();
}

bool skipped(const filing::FolderImportReport& r, const QString& pathPart, const QString& reasonPart) {
    for (const auto& s : r.skipped)
        if (s.path.contains(pathPart) && s.reason.contains(reasonPart))
            return true;
    return false;
}

Family familyWithNumber(Database& db, const QString& surname, const QString& given, const QString& su) {
    Family f;
    f.name = surname + QStringLiteral(" family");
    f.kinshipStatus = QStringLiteral("none");
    REQUIRE(FamilyRepository(db).save(f).isOk());
    Person p = test::makePerson(given, surname, QDate(1987, 4, 9));
    p.socialCareNumber = su;
    REQUIRE(FamilyRepository(db).addMember(f.id, p, {0, QStringLiteral("mother"), true, true}).isOk());
    return FamilyRepository(db).get(f.id).value();
}

} // namespace

TEST_CASE("folder import: subfolders matched by number and name, ambiguous and unmatched left alone",
          "[folderimport]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family ashworth =
        familyWithNumber(db, QStringLiteral("Ashworth"), QStringLiteral("Jane"), QStringLiteral("SU123456"));
    const Family brook = test::makeFamily(db, QStringLiteral("Brookfield"));
    test::makeFamily(db, QStringLiteral("Patel"));
    test::makeFamily(db, QStringLiteral("Patel"));

    Drive d;
    const QByteArray diary = test::minimalPdf({QStringLiteral("Diary sheet for the Ashworth mentoring")});
    d.write(QStringLiteral("ASHWORTH, Jane (SU 123456)/Diary sheet March.pdf"), diary);
    d.write(QStringLiteral("ASHWORTH, Jane (SU 123456)/Meetings/2023/signed agreement.pdf"),
            test::minimalPdf({QStringLiteral("Agreement")}));
    d.write(QStringLiteral("ASHWORTH, Jane (SU 123456)/Thumbs.db"), "thumbs");
    d.write(QStringLiteral("ASHWORTH, Jane (SU 123456)/~$ter.docx"), "lock");
    d.write(QStringLiteral("ASHWORTH, Jane (SU 123456)/empty letter.doc"), QByteArray());
    d.write(QStringLiteral("Brookfield family - Early Help/letter  to   school (final) v2..pdf"),
            test::minimalPdf({QStringLiteral("Letter")}));
    d.write(QStringLiteral("Brookfield family - Early Help/.leading dot letter.pdf"),
            test::minimalPdf({QStringLiteral("Dot")}));
    d.write(QStringLiteral("Brookfield family - Early Help/") + QString(200, QLatin1Char('x')) +
                QStringLiteral(" caf\u00e9 \u0161kola \u5b66\u6821.pdf"),
            test::minimalPdf({QStringLiteral("Long")}));
    d.write(QStringLiteral("Patel family/Review.pdf"), test::minimalPdf({QStringLiteral("Review")}));
    d.write(QStringLiteral("Nobody Known/Letter.pdf"), test::minimalPdf({QStringLiteral("Nobody")}));
    d.folder(QStringLiteral("Empty Family Folder"));
    d.write(QStringLiteral("stray note.txt"), "not in a family's folder");

    auto planned = filing::planFolderImport(db, d.root());
    INFO(planned.error().toStdString());
    REQUIRE(planned.isOk());
    filing::FolderImportReport report = std::move(planned).value();
    CHECK(report.dryRun);
    CHECK(documentCount(db) == 0); // planning writes nothing

    const FolderPlan& a = plan(report, QStringLiteral("ASHWORTH, Jane (SU 123456)"));
    CHECK(a.match == FolderPlan::Match::Matched);
    CHECK(a.familyId == ashworth.id);
    CHECK(a.matchedBy.contains(QStringLiteral("SU number")));
    REQUIRE(a.files.size() == 2);
    const FolderPlan& b = plan(report, QStringLiteral("Brookfield family - Early Help"));
    CHECK(b.match == FolderPlan::Match::Matched);
    CHECK(b.familyId == brook.id);
    CHECK(b.files.size() == 3); // odd names are filed, including one starting with a dot
    const FolderPlan& p = plan(report, QStringLiteral("Patel family"));
    CHECK(p.match == FolderPlan::Match::Ambiguous);
    CHECK(p.candidates.size() == 2);
    CHECK(plan(report, QStringLiteral("Nobody Known")).match == FolderPlan::Match::Unmatched);
    CHECK(plan(report, QStringLiteral("Empty Family Folder")).match == FolderPlan::Match::Empty);
    CHECK(skipped(report, QStringLiteral("Thumbs.db"), QStringLiteral("system or lock file")));
    CHECK(skipped(report, QStringLiteral("~$ter.docx"), QStringLiteral("system or lock file")));
    CHECK(skipped(report, QStringLiteral("empty letter.doc"), QStringLiteral("0 bytes")));
    CHECK(skipped(report, QStringLiteral("stray note.txt"), QStringLiteral("not in a family's folder")));
    CHECK_FALSE(report.complete());

    filing::runFolderImport(db, report);
    CHECK_FALSE(report.dryRun);
    CHECK(report.filesImported() == 5);
    CHECK(documentCount(db) == 5);
    const std::vector<Document> filed = DocumentRepository(db).forFamily(ashworth.id);
    REQUIRE(filed.size() == 2);
    bool diaryFound = false, agreementFound = false;
    for (const Document& doc : filed) {
        CHECK(doc.source == QStringLiteral("folder_import"));
        if (doc.type == QStringLiteral("diary_sheet")) {
            diaryFound = true;
            CHECK(DocumentRepository(db).content(doc.id).value() == diary);
        }
        if (doc.type == QStringLiteral("agreement")) {
            agreementFound = true;
            CHECK(doc.title.contains(QStringLiteral("Meetings")));
        }
    }
    CHECK(diaryFound);
    CHECK(agreementFound);
    CHECK(DocumentRepository(db).forFamily(brook.id).size() == 3);
    CHECK(report.text().contains(QStringLiteral("Ambiguous (not imported):")));

    SECTION("running the same import again files nothing twice") {
        auto again = filing::planFolderImport(db, d.root());
        REQUIRE(again.isOk());
        filing::FolderImportReport second = std::move(again).value();
        CHECK(second.filesToImport() == 0);
        CHECK(second.filesAlreadyFiled() == 5);
        filing::runFolderImport(db, second);
        CHECK(documentCount(db) == 5);
    }
}

TEST_CASE("folder import: a name that is not UTF-8 is read and filed, and a too-large file is skipped",
          "[folderimport]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = familyWithNumber(db, QStringLiteral("Castellane"), QStringLiteral("Rosa"),
                                      QStringLiteral("SU765432"));
    Drive d;
    d.folder(QStringLiteral("Castellane SU765432"));
    // "Caf\xe9 letter.pdf" in Latin-1: a name from an old Windows share, not valid UTF-8.
    const QByteArray folder = QFile::encodeName(d.root() + QStringLiteral("/Castellane SU765432/"));
    const QByteArray latin1 = folder + QByteArray("Caf\xe9 letter.pdf");
    const int fd = ::open(latin1.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    const QByteArray pdf = test::minimalPdf({QStringLiteral("Letter from the cafe")});
    REQUIRE(::write(fd, pdf.constData(), size_t(pdf.size())) == pdf.size());
    ::close(fd);
    // A sparse file just over the limit: refused before it is read.
    QFile big(d.root() + QStringLiteral("/Castellane SU765432/scan of everything.pdf"));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(21 * 1024 * 1024));
    big.close();

    auto planned = filing::planFolderImport(db, d.root());
    REQUIRE(planned.isOk());
    filing::FolderImportReport report = std::move(planned).value();
    const FolderPlan& c = plan(report, QStringLiteral("Castellane SU765432"));
    CHECK(c.match == FolderPlan::Match::Matched);
    REQUIRE(c.files.size() == 1);
    CHECK(c.files.front().fileName.startsWith(QStringLiteral("Caf")));
    CHECK(report.undecodableNames.size() == 1);
    CHECK(skipped(report, QStringLiteral("scan of everything.pdf"), QStringLiteral("largest document")));

    filing::runFolderImport(db, report);
    const std::vector<Document> filed = DocumentRepository(db).forFamily(f.id);
    REQUIRE(filed.size() == 1);
    CHECK(DocumentRepository(db).content(filed.front().id).value() == pdf);
    // QTemporaryDir cannot name this file to delete it (Qt reads names as UTF-8).
    CHECK(::unlink(latin1.constData()) == 0);
}

TEST_CASE("folder import: a family whose file changed after planning is rolled back, the others are filed",
          "[folderimport]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family one =
        familyWithNumber(db, QStringLiteral("Delacroix"), QStringLiteral("Ines"), QStringLiteral("SU111111"));
    const Family two =
        familyWithNumber(db, QStringLiteral("Everett"), QStringLiteral("Lou"), QStringLiteral("SU222222"));
    Drive d;
    d.write(QStringLiteral("Delacroix SU111111/first.pdf"), test::minimalPdf({QStringLiteral("First")}));
    d.write(QStringLiteral("Delacroix SU111111/second.pdf"), test::minimalPdf({QStringLiteral("Second")}));
    d.write(QStringLiteral("Everett SU222222/review.pdf"), test::minimalPdf({QStringLiteral("Review")}));

    auto planned = filing::planFolderImport(db, d.root());
    REQUIRE(planned.isOk());
    filing::FolderImportReport report = std::move(planned).value();
    // Someone saves over the second file between the plan and the import.
    d.write(QStringLiteral("Delacroix SU111111/second.pdf"), test::minimalPdf({QStringLiteral("Changed")}));
    filing::runFolderImport(db, report);

    const FolderPlan& failed = plan(report, QStringLiteral("Delacroix SU111111"));
    CHECK(failed.outcome == FolderPlan::Outcome::Failed);
    CHECK(failed.failure.contains(QStringLiteral("changed since")));
    CHECK(DocumentRepository(db).forFamily(one.id).empty()); // the first file was rolled back too
    CHECK(plan(report, QStringLiteral("Everett SU222222")).outcome == FolderPlan::Outcome::Imported);
    CHECK(DocumentRepository(db).forFamily(two.id).size() == 1);
    CHECK(report.failedFamilies() == 1);
    CHECK_FALSE(report.complete());
}
