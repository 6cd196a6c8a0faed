// The family folder (issue 7): documents stored in the encrypted database, their history in the
// chronology, search across notes and documents, and the folder in the JSON export.
#include "audit/auditlog.h"
#include "demo/demodata.h"
#include "documents/documentchronology.h"
#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "documents/recordsearch.h"
#include "documents/wordtext.h"
#include "exchange/jsonexchange.h"
#include "filing/documentfile.h"
#include "filing/pdfpages.h"
#include "storage/casenoterepository.h"
#include "storage/database.h"
#include "support/minimalpdf.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <zip.h>

using namespace waymark;

namespace {

int count(Database& db, const QString& sql) {
    auto q = db.run(sql, {}, "counting");
    REQUIRE(q.isOk());
    QSqlQuery query = std::move(q).value();
    REQUIRE(query.next());
    return query.value(0).toInt();
}

NewDocument pdfDocument(qint64 familyId, const QString& title, const QStringList& pages) {
    NewDocument d = filing::documentFromBytes(title + QStringLiteral(".pdf"), test::minimalPdf(pages));
    d.familyId = familyId;
    return d;
}

CaseNote noteFor(qint64 familyId, qint64 authorId, const QString& subject, const QString& worries) {
    CaseNote n;
    n.familyId = familyId;
    n.contactAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
    n.noteType = QStringLiteral("home_visit");
    n.subject = subject;
    n.worries = worries;
    n.authorWorkerId = authorId;
    return n;
}

} // namespace

TEST_CASE("file names suggest a document's type, title and media type", "[documents]") {
    using namespace documents;
    CHECK(guessType(QStringLiteral("Diary sheet March.pdf")) == QStringLiteral("diary_sheet"));
    CHECK(guessType(QStringLiteral("LIFT_Review-2.pdf")) == QStringLiteral("review"));
    CHECK(guessType(QStringLiteral("mileage claim oct.xlsx")) == QStringLiteral("mileage_form"));
    CHECK(guessType(QStringLiteral("expenses claim.pdf")) == QStringLiteral("finance_form"));
    CHECK(guessType(QStringLiteral("signed agreement.pdf")) == QStringLiteral("agreement"));
    CHECK(guessType(QStringLiteral("Closure summary.docx")) == QStringLiteral("closure"));
    CHECK(guessType(QStringLiteral("letter to mum.doc")) == QStringLiteral("letter"));
    CHECK(guessType(QStringLiteral("Family Star assessment.pdf")) == QStringLiteral("assessment"));
    CHECK(guessType(QStringLiteral("scan0001.jpg")) == QStringLiteral("other"));
    CHECK(guessType(QStringLiteral("preview.pdf")) == QStringLiteral("other")); // "review" only as a word
    CHECK(titleFromFileName(QStringLiteral("Diary_sheet_March.pdf")) == QStringLiteral("Diary sheet March"));
    CHECK(guessMediaType(QStringLiteral("x.bin"), QByteArray("%PDF-1.4 ...")) ==
          QStringLiteral("application/pdf"));
    CHECK(guessMediaType(QStringLiteral("photo.JPG"), QByteArray("abc")) == QStringLiteral("image/jpeg"));
    CHECK(guessMediaType(QStringLiteral("notes"), QByteArray("abc")) ==
          QStringLiteral("application/octet-stream"));
}

TEST_CASE("a PDF's pages are drawn and its words read with Poppler", "[documents]") {
    const QByteArray pdf =
        test::minimalPdf({QStringLiteral("Diary sheet week one"), QStringLiteral("Second page")});
    CHECK(filing::pdfPageCount(pdf) == 2);
    const QImage page = filing::renderPdfPage(pdf, 1, 40);
    CHECK_FALSE(page.isNull());
    CHECK(page.width() == 331); // 595 points at 40 dpi
    auto text = filing::pdfText(pdf);
    REQUIRE(text.isOk());
    CHECK(text->contains(QStringLiteral("Diary sheet week one")));
    CHECK(text->contains(QStringLiteral("Second page")));
    CHECK_FALSE(filing::pdfText(QByteArray("%PDF-1.4 broken")).isOk());
    CHECK(filing::pdfPageCount(QByteArray("not a pdf")) == 0);
}

TEST_CASE("a document is filed with its bytes, read back exactly, and its adding is in the history",
          "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Ashdown"));
    NewDocument d =
        pdfDocument(f.id, QStringLiteral("Signed agreement"), {QStringLiteral("Agreement signed by mentor")});
    d.personId = f.members.front().personId;
    auto id = DocumentRepository(db).attach(d);
    INFO(id.error().toStdString());
    REQUIRE(id.isOk());

    const Document stored = DocumentRepository(db).get(*id).value();
    CHECK(stored.familyId == f.id);
    CHECK(stored.personId == d.personId);
    CHECK(stored.type == QStringLiteral("agreement"));
    CHECK(stored.mediaType == QStringLiteral("application/pdf"));
    CHECK(stored.byteSize == d.bytes.size());
    CHECK(stored.sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(stored.source == QStringLiteral("added"));
    CHECK(stored.addedBy == test::testManager().displayName);
    CHECK(DocumentRepository(db).content(*id).value() == d.bytes);

    const auto events = DocumentRepository(db).eventsForFamily(f.id);
    REQUIRE(events.size() == 1);
    CHECK(events.front().action == QStringLiteral("added"));
    CHECK(events.front().documentTitle == QStringLiteral("Signed agreement"));

    // The audit trail says a file was filed (its size and digest), never holds the file itself.
    auto q = db.run(QStringLiteral("SELECT details FROM audit_log WHERE entity = 'document_contents'"), {},
                    "audit");
    REQUIRE(q.isOk());
    QSqlQuery audit = std::move(q).value();
    REQUIRE(audit.next());
    const QString details = audit.value(0).toString();
    CHECK(details.contains(QStringLiteral("\"bytes\"")));
    CHECK_FALSE(details.contains(QStringLiteral("Agreement signed")));
    CHECK(details.size() < 400);

    SECTION("the chronology shows it") {
        std::vector<ChronologyEntry> entries;
        addDocumentEvents(entries, events);
        REQUIRE(entries.size() == 1);
        CHECK(entries.front().category == QStringLiteral("document"));
        CHECK(entries.front().title == QStringLiteral("Document added: Signed agreement"));
        CHECK(entries.front().documentId == *id);
    }
    SECTION("details can be corrected; the file cannot change") {
        Document changed = stored;
        changed.title = QStringLiteral("Agreement, signed copy");
        changed.type = QStringLiteral("review");
        REQUIRE(DocumentRepository(db).updateDetails(changed).isOk());
        CHECK(DocumentRepository(db).get(*id)->title == QStringLiteral("Agreement, signed copy"));
        CHECK(DocumentRepository(db).content(*id).value() == d.bytes);
    }
}

TEST_CASE("a document that cannot be filed is refused with the reason and nothing is written",
          "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Brereton"));
    const Family other = test::makeFamily(db, QStringLiteral("Coldwell"));
    const int before = count(db, QStringLiteral("SELECT COUNT(*) FROM documents"));
    DocumentRepository repo(db);

    NewDocument empty = pdfDocument(f.id, QStringLiteral("Empty"), {QStringLiteral("x")});
    empty.bytes.clear();
    auto r1 = repo.attach(empty);
    REQUIRE_FALSE(r1.isOk());
    CHECK(r1.error().contains(QStringLiteral("0 bytes")));

    NewDocument huge = pdfDocument(f.id, QStringLiteral("Huge"), {QStringLiteral("x")});
    huge.bytes = QByteArray(int(documents::maxDocumentBytes) + 1, 'x');
    auto r2 = repo.attach(huge);
    REQUIRE_FALSE(r2.isOk());
    CHECK(r2.error().contains(QStringLiteral("20.0 MB")));

    NewDocument badType = pdfDocument(f.id, QStringLiteral("Bad"), {QStringLiteral("x")});
    badType.type = QStringLiteral("photograph");
    CHECK(repo.attach(badType).error().contains(QStringLiteral("not a document type")));

    NewDocument untitled = pdfDocument(f.id, QStringLiteral("x"), {QStringLiteral("x")});
    untitled.title = QStringLiteral("  ");
    CHECK(repo.attach(untitled).error().contains(QStringLiteral("title")));

    NewDocument stranger = pdfDocument(f.id, QStringLiteral("Stranger"), {QStringLiteral("x")});
    stranger.personId = other.members.front().personId;
    CHECK(repo.attach(stranger).error().contains(QStringLiteral("not a member of this family")));

    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")) == before);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM document_contents")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM document_events")) == 0);

    SECTION("a file too large is refused before it is read") {
        QFile big(t.dir() + QStringLiteral("/big scan.pdf"));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(documents::maxDocumentBytes + 1024)); // sparse: costs no disk
        big.close();
        auto read = filing::readDocumentFile(big.fileName());
        REQUIRE_FALSE(read.isOk());
        CHECK(read.error().contains(QStringLiteral("largest document")));
    }
}

TEST_CASE("removing a document deletes the file and keeps what, who and why", "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Dunmore"));
    DocumentRepository repo(db);
    const qint64 id = repo.attach(pdfDocument(f.id, QStringLiteral("Wrong family letter"),
                                              {QStringLiteral("Letter about the zebrafinch project")}))
                          .value();
    CHECK(searchRecords(db, QStringLiteral("zebrafinch")).hitCount == 1);

    CHECK(repo.remove(id, QStringLiteral("  ")).error().contains(QStringLiteral("say why")));
    REQUIRE(repo.remove(id, QStringLiteral("Filed against the wrong family")).isOk());

    const Document removed = repo.get(id).value();
    CHECK(removed.isRemoved());
    CHECK(removed.removedBy == test::testManager().displayName);
    CHECK(removed.removalReason == QStringLiteral("Filed against the wrong family"));
    CHECK(removed.title == QStringLiteral("Wrong family letter"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM document_contents")) == 0);
    CHECK(repo.content(id).error().contains(QStringLiteral("no longer kept")));
    CHECK(repo.forFamily(f.id).empty());
    CHECK(repo.forFamily(f.id, true).size() == 1);
    CHECK(searchRecords(db, QStringLiteral("zebrafinch")).hitCount == 0);
    CHECK_FALSE(repo.remove(id, QStringLiteral("again")).isOk());

    const auto events = repo.eventsForFamily(f.id);
    REQUIRE(events.size() == 2);
    CHECK(events.back().action == QStringLiteral("removed"));
    CHECK(events.back().note == QStringLiteral("Filed against the wrong family"));
    std::vector<ChronologyEntry> entries;
    addDocumentEvents(entries, events);
    CHECK(entries.front().title == QStringLiteral("Document removed: Wrong family letter"));
    CHECK(entries.front().detail == QStringLiteral("Why: Filed against the wrong family"));
}

TEST_CASE("opening a document is recorded in the history and the audit trail", "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Family f = test::makeFamily(db, QStringLiteral("Eversley"));
    DocumentRepository repo(db);
    const qint64 id =
        repo.attach(pdfDocument(f.id, QStringLiteral("Diary sheet"), {QStringLiteral("Week one")})).value();
    REQUIRE(repo.recordOpened(id, QStringLiteral("previewed in Waymark")).isOk());
    const auto events = repo.eventsForFamily(f.id);
    REQUIRE(events.size() == 2);
    CHECK(events.back().action == QStringLiteral("opened"));
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'documents'")) ==
          1);
}

TEST_CASE("search finds notes and documents by their words, grouped by family, with the words marked",
          "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker ada = test::makeWorker(db, QStringLiteral("Ada Author"), QStringLiteral("Blaby Early Help"));
    const Worker col = test::makeWorker(db, QStringLiteral("Col League"), QStringLiteral("Blaby Early Help"));
    const Worker far = test::makeWorker(db, QStringLiteral("Far Away"), QStringLiteral("Melton Early Help"));
    const Family f = test::makeFamily(db, QStringLiteral("Fairbairn"));
    const Family g = test::makeFamily(db, QStringLiteral("Greystoke"));
    test::allocate(db, f.id, ada.id);
    test::allocate(db, g.id, ada.id);

    t.signInAs(ada);
    CaseNote visit = noteFor(f.id, ada.id, QStringLiteral("Home visit"),
                             QStringLiteral("Mum worried about the trampoline in the garden."));
    REQUIRE(CaseNoteRepository(db).save(visit).isOk());
    CaseNote secret = noteFor(g.id, ada.id, QStringLiteral("Disclosure"),
                              QStringLiteral("Told in confidence about the trampoline accident."));
    secret.restricted = true;
    REQUIRE(CaseNoteRepository(db).save(secret).isOk());
    REQUIRE(DocumentRepository(db)
                .attach(pdfDocument(f.id, QStringLiteral("School letter"),
                                    {QStringLiteral("The school asks about trampoline safety at home")}))
                .isOk());

    SECTION("the author finds all three, grouped by family, prefixes included") {
        const RecordSearchResults r = searchRecords(db, QStringLiteral("tramp"));
        CHECK(r.words == QStringList{QStringLiteral("tramp")});
        REQUIRE(r.families.size() == 2);
        CHECK(r.hitCount == 3);
        const FamilySearchGroup& fair = r.families[0].familyId == f.id ? r.families[0] : r.families[1];
        REQUIRE(fair.hits.size() == 2);
        bool note = false, document = false;
        for (const SearchHit& h : fair.hits) {
            CHECK(h.snippet.contains(searchMarkStart + QStringLiteral("trampoline") + searchMarkEnd));
            note |= h.kind == SearchHit::Kind::Note && h.refId == visit.id;
            document |= h.kind == SearchHit::Kind::Document;
        }
        CHECK(note);
        CHECK(document);
        CHECK(highlightedHtml(fair.hits.front().snippet).contains(QStringLiteral("<b>trampoline</b>")));
    }
    SECTION("every word must match") {
        CHECK(searchRecords(db, QStringLiteral("trampoline garden")).hitCount == 1);
        CHECK(searchRecords(db, QStringLiteral("trampoline zebra")).hitCount == 0);
    }
    SECTION("query syntax is treated as words, and one letter finds nothing") {
        CHECK(searchRecords(db, QStringLiteral("\"trampoline*")).hitCount == 3);
        CHECK(searchRecords(db, QStringLiteral("-garden)")).hitCount == 1);
        CHECK(searchRecords(db, QStringLiteral("t")).families.empty());
        CHECK(searchRecords(db, QStringLiteral("  ")).words.isEmpty());
    }
    SECTION("a restricted note's words are found only by those who may read it") {
        t.signInAs(col);
        const RecordSearchResults r = searchRecords(db, QStringLiteral("trampoline"));
        CHECK(r.hitCount == 2);
        for (const FamilySearchGroup& group : r.families)
            CHECK(group.familyId == f.id);
        CHECK(searchRecords(db, QStringLiteral("confidence")).hitCount == 0);
    }
    SECTION("families another team holds are not searched") {
        t.signInAs(far);
        CHECK(searchRecords(db, QStringLiteral("trampoline")).hitCount == 0);
        CHECK(searchRecords(db, QStringLiteral("Fairbairn")).hitCount == 0);
    }
    SECTION("members' names find the family, marked") {
        const RecordSearchResults r = searchRecords(db, QStringLiteral("tobin fairb"));
        REQUIRE(r.families.size() == 1);
        CHECK(r.families.front().nameMatched);
        CHECK(r.families.front().hits.front().kind == SearchHit::Kind::Family);
        CHECK(r.families.front().hits.front().snippet.contains(searchMarkStart + QStringLiteral("Tobin")));
    }
    SECTION("an edited note is searched by its new words") {
        visit.worries = QStringLiteral("Mum now worried about the paddling pool.");
        REQUIRE(CaseNoteRepository(db).save(visit).isOk());
        CHECK(searchRecords(db, QStringLiteral("paddling")).hitCount == 1);
        CHECK(searchRecords(db, QStringLiteral("garden")).hitCount == 0);
    }
}

TEST_CASE("export and import carry the family folder losslessly, and a changed file is refused",
          "[documents]") {
    test::TestDatabase source;
    Database& db = source.db();
    const Family f = test::makeFamily(db, QStringLiteral("Hartwell"));
    DocumentRepository repo(db);
    NewDocument kept =
        pdfDocument(f.id, QStringLiteral("Review"), {QStringLiteral("Review of the agreement")});
    const qint64 keptId = repo.attach(kept).value();
    NewDocument picture;
    picture.familyId = f.id;
    picture.title = QStringLiteral("Drawing");
    picture.type = QStringLiteral("other");
    picture.fileName = QStringLiteral("drawing.png");
    picture.bytes =
        QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, '\0') + QByteArray("\xff\xfe\x00\x01", 4);
    const qint64 pictureId = repo.attach(picture).value();
    const qint64 goneId =
        repo.attach(pdfDocument(f.id, QStringLiteral("Duplicate"), {QStringLiteral("dup")})).value();
    REQUIRE(repo.remove(goneId, QStringLiteral("A second copy")).isOk());

    const QByteArray json = exportJson(db).value();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    REQUIRE(root.value(QStringLiteral("documents")).toArray().size() == 3);
    CHECK(root.value(QStringLiteral("documentEvents")).toArray().size() == 4);

    test::TestDatabase target;
    const Status imported = importJson(target.db(), json);
    INFO(imported.error().toStdString());
    REQUIRE(imported.isOk());
    DocumentRepository copy(target.db());
    CHECK(copy.content(keptId).value() == kept.bytes);
    CHECK(copy.content(pictureId).value() == picture.bytes);
    CHECK(copy.get(goneId)->removalReason == QStringLiteral("A second copy"));
    CHECK_FALSE(copy.content(goneId).isOk());
    CHECK(copy.eventsForFamily(f.id).size() == 4);
    // The search index is rebuilt by the import's own writes.
    CHECK(searchRecords(target.db(), QStringLiteral("agreement")).hitCount == 1);
    // And a second export is the same document.
    QJsonObject again = QJsonDocument::fromJson(exportJson(target.db()).value()).object();
    for (const char* key : {"documents", "documentEvents", "referralDrafts"})
        CHECK(again.value(QLatin1String(key)) == root.value(QLatin1String(key)));

    SECTION("a file whose bytes changed after export is refused with its path") {
        QJsonObject tampered = root;
        QJsonArray docs = tampered.value(QStringLiteral("documents")).toArray();
        QJsonObject first = docs.at(0).toObject();
        QByteArray bytes =
            QByteArray::fromBase64(first.value(QStringLiteral("content")).toString().toLatin1());
        bytes[20] = 'X';
        first.insert(QStringLiteral("content"), QString::fromLatin1(bytes.toBase64()));
        docs.replace(0, first);
        tampered.insert(QStringLiteral("documents"), docs);
        test::TestDatabase third;
        const Status refused = importJson(third.db(), QJsonDocument(tampered).toJson());
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().contains(QStringLiteral("$.documents[0].content")));
        CHECK(refused.error().contains(QStringLiteral("sha256")));
        CHECK(count(third.db(), QStringLiteral("SELECT COUNT(*) FROM families")) == 0);
    }
}

TEST_CASE("demo family folders hold real, readable, searchable documents", "[documents]") {
    test::TestDatabase t;
    Database& db = t.db();
    auto summary = generateDemoData(db, {11, 60});
    INFO(summary.error().toStdString());
    REQUIRE(summary.isOk());
    REQUIRE(summary->documents > 5);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM documents")) == summary->documents);
    auto q = db.run(QStringLiteral("SELECT id, family_id, media_type FROM documents"), {}, "listing");
    REQUIRE(q.isOk());
    QSqlQuery rows = std::move(q).value();
    int pdfs = 0;
    DocumentRepository repo(db);
    while (rows.next()) {
        auto bytes = repo.content(rows.value(0).toLongLong());
        REQUIRE(bytes.isOk()); // the digest matches
        if (rows.value(2).toString() == QStringLiteral("application/pdf")) {
            ++pdfs;
            auto text = filing::pdfText(*bytes);
            REQUIRE(text.isOk());
            CHECK(text->contains(QStringLiteral("DIARY SHEET")));
        }
        CHECK(repo.eventsForFamily(rows.value(1).toLongLong()).size() >= 1);
    }
    CHECK(pdfs > 0);
    CHECK(searchRecords(db, QStringLiteral("diary sheet")).hitCount > 0);
}

namespace {
// A minimal Word document: a zip holding word/document.xml, written with libzip.
QByteArray makeDocx(const QTemporaryDir& dir, const QByteArray& documentXml) {
    const QString path = dir.filePath(QStringLiteral("letter.docx"));
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(z);
    zip_source_t* src = zip_source_buffer(z, documentXml.constData(), zip_uint64_t(documentXml.size()), 0);
    REQUIRE(zip_file_add(z, "word/document.xml", src, ZIP_FL_ENC_UTF_8) >= 0);
    REQUIRE(zip_close(z) == 0);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("the words of a Word document are read for search", "[documents]") {
    QTemporaryDir dir;
    const QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>Dear Ms Ashdown,</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">The mentor </w:t></w:r><w:r><w:t>visit is on</w:t></w:r>"
        "<w:r><w:tab/><w:t>Tuesday caf\xc3\xa9.</w:t></w:r></w:p></w:body></w:document>";
    const QByteArray docx = makeDocx(dir, xml);
    NewDocument d = filing::documentFromBytes(QStringLiteral("Letter to Ms Ashdown.docx"), docx);
    CHECK(d.type == QStringLiteral("letter"));
    CHECK(d.text == QStringLiteral("Dear Ms Ashdown,\nThe mentor visit is on\tTuesday caf\u00e9.\n"));
    CHECK(wordDocumentText(QByteArray("not a zip")).isEmpty());
    // An entity declaration is refused, not expanded.
    CHECK(wordDocumentText(
              makeDocx(dir, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"))
              .isEmpty());

    test::TestDatabase t;
    const Family f = test::makeFamily(t.db(), QStringLiteral("Lindqvist"));
    d.familyId = f.id;
    REQUIRE(DocumentRepository(t.db()).attach(d).isOk());
    CHECK(searchRecords(t.db(), QStringLiteral("tuesday cafe")).hitCount == 1);
}
