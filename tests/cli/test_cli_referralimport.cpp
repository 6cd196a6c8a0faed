// waymark-cli import-referral, run as a separate process. Every name and address is invented.
#include "cli/clirunner.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

const QString kPassword = QStringLiteral("duty desk passphrase");

QByteArray referralEmail() {
    return QByteArray("From: School Office <office@school.example.org>\r\n"
                      "Subject: =?UTF-8?Q?Referral_=E2=80=93_Hallam_family?=\r\n"
                      "Date: Mon, 16 Nov 2026 14:05:00 +0000\r\n"
                      "Message-ID: <hallam-1@school.example.org>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                      "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                      "Please see the attached form for the Hallam family.\r\n"
                      "--b\r\nContent-Type: text/plain; name=\"form.txt\"\r\n"
                      "Content-Disposition: attachment; filename=\"Referral form.txt\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n") +
           QByteArray("Child: Hallam, age 7. Needs: routines.").toBase64() + "\r\n--b--\r\n";
}

} // namespace

TEST_CASE(
    "import-referral: a dry run shows what the email holds, an import saves one draft, a second is refused",
    "[referral]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(test::runCli({QStringLiteral("init"), QStringLiteral("--database"), db}).exitCode == 0);
    QProcessEnvironment adding = test::cliEnvironment();
    adding.insert(QStringLiteral("WAYMARK_NEW_PASSWORD"), kPassword);
    REQUIRE(test::runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("duty.worker"),
                          QStringLiteral("--role"), QStringLiteral("social_worker"), QStringLiteral("--team"),
                          QStringLiteral("Front door"), QStringLiteral("--database"), db},
                         adding)
                .exitCode == 0);
    const QString eml = dir.filePath(QStringLiteral("hallam.eml"));
    {
        QFile f(eml);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(referralEmail());
    }
    auto run = [&](const QStringList& extra) {
        return test::runCli(QStringList{QStringLiteral("import-referral")} + extra +
                                QStringList{QStringLiteral("--database"), db},
                            test::signedInAs(QStringLiteral("duty.worker"), kPassword));
    };

    const auto dry = run({eml, QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("From:    School Office <office@school.example.org>")));
    CHECK(dry.out.contains(QStringLiteral("Subject: Referral \u2013 Hallam family")));
    CHECK(dry.out.contains(QStringLiteral("Sent:    16/11/2026")));
    CHECK(dry.out.contains(QStringLiteral("Attachment: Referral form.txt")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));

    const auto saved = run({eml});
    INFO(saved.out.toStdString() << saved.err.toStdString());
    CHECK(saved.exitCode == 0);
    CHECK(saved.out.contains(QStringLiteral("Saved as referral email 1")));

    const auto again = run({eml});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("imported before")));

    auto session = test::signInOrFail(db);
    QSqlQuery q(session.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM referral_drafts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("import-referral: no file, or a file that is not an email, says so", "[referral]") {
    QTemporaryDir dir;
    CHECK(test::runCli({QStringLiteral("import-referral"), QStringLiteral("--dry-run")}).exitCode == 2);
    const QString notEmail = dir.filePath(QStringLiteral("notes.eml"));
    {
        QFile f(notEmail);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some words\n");
    }
    const auto refused =
        test::runCli({QStringLiteral("import-referral"), notEmail, QStringLiteral("--dry-run")});
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(refused.err.isEmpty());
    const auto help = test::runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import-referral FILE.eml [--dry-run]")));
}
