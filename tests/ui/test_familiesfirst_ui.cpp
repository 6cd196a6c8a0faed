#include "earlyhelp/definedformdialog.h"
#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/familiesfirstpage.h"
#include "family/familyview.h"
#include "storage/involvementrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularychecks.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

TEST_CASE(
    "Families First tab: a referral through its form shows the response timescales, then the next forms "
    "open up and print",
    "[familiesfirst][ui]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker isw = test::makeWorker(db, QStringLiteral("Ira Support"), QStringLiteral("Families First"));
    const Family family = test::makeFamily(db, QStringLiteral("Firstbrook"));
    Involvement inv;
    inv.familyId = family.id;
    inv.service = QStringLiteral("families_first");
    inv.referralDate = QDate(2026, 11, 16);
    inv.referralSource = QStringLiteral("social_care");
    inv.status = QStringLiteral("open");
    inv.openedOn = QDate(2026, 11, 16);
    inv.allocatedWorkerId = isw.id;
    REQUIRE(InvolvementRepository(db).save(inv).isOk());
    t.signInAs(isw);

    FamilyView view(db);
    view.resize(1200, 850);
    view.showFamily(family.id);
    EarlyHelpPanel* panel = view.familiesFirst();
    REQUIRE(panel->involvementCount() == 1);
    CHECK(view.earlyHelp()->involvementCount() == 0); // Families First is not Leicestershire Early Help
    auto* page = panel->page<FamiliesFirstPage>();
    REQUIRE(page);
    CHECK(page->responseText().contains(QStringLiteral("No referral")));
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("new_ff_crisis_response"))->isEnabled());

    bool opened = false;
    QString live;
    test::whenDialogOpens<DefinedFormDialog>(
        [&](DefinedFormDialog* d) {
            d->findChild<QDateTimeEdit*>(QStringLiteral("received_at"))
                ->setDateTime(QDateTime(QDate(2026, 11, 16), QTime(9, 30)));
            d->findChild<QLineEdit*>(QStringLiteral("referred_by"))
                ->setText(QStringLiteral("Sam Social, CIN team"));
            d->findChild<VocabularyCombo*>(QStringLiteral("priority"))->setCode(QStringLiteral("immediate"));
            d->findChild<VocabularyChecks*>(QStringLiteral("criteria"))
                ->setCodes({QStringLiteral("imminent_care"), QStringLiteral("no_boundaries")});
            d->findChild<QCheckBox*>(QStringLiteral("social_worker_contacted_at_done"))->setChecked(true);
            d->findChild<QDateTimeEdit*>(QStringLiteral("social_worker_contacted_at"))
                ->setDateTime(QDateTime(QDate(2026, 11, 16), QTime(11, 0)));
            live = d->liveText();
            d->show();
            test::saveScreenshot(d, QStringLiteral("familiesfirst-referral-dialog"));
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    page->findChild<QPushButton*>(QStringLiteral("new_ff_referral"))->click();
    REQUIRE(opened);
    CHECK(live.contains(QStringLiteral("Social worker contacted 16/11/2026 11:00: in time")));
    CHECK(page->responseText().contains(QStringLiteral("in time")));
    CHECK(page->responseText().contains(QStringLiteral("named worker")));
    REQUIRE(page->forms()->formCount() == 1);
    CHECK(page->findChild<QPushButton*>(QStringLiteral("new_ff_crisis_response"))->isEnabled());

    // Submitting needs what the procedure needs; the referral has it.
    page->forms()->selectForm(0);
    page->forms()->submitSelected();
    INFO(page->forms()->statusText().toStdString());
    CHECK(page->forms()->selectedForm()->status == QStringLiteral("submitted"));

    // A crisis response left incomplete cannot be submitted, and says what is missing.
    test::whenDialogOpens<DefinedFormDialog>([&](DefinedFormDialog* d) {
        d->findChild<QPlainTextEdit*>(QStringLiteral("young_person_views"))
            ->setPlainText(QStringLiteral("Wants to stay at home if the arguments stop"));
        d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
    });
    page->findChild<QPushButton*>(QStringLiteral("new_ff_crisis_response"))->click();
    REQUIRE(page->forms()->formCount() == 2);
    page->forms()->selectForm(1);
    page->forms()->submitSelected();
    CHECK(page->forms()->statusText().contains(QStringLiteral("The parents' or carers' views")));

    view.show();
    view.findChild<QTabWidget*>(QStringLiteral("familyTabs"))->setCurrentWidget(panel);
    test::saveScreenshot(&view, QStringLiteral("familiesfirst-page"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("referral.pdf"));
    REQUIRE(page->forms()->printTo(page->forms()->forms()[0].id, pdf).isOk());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Families First referral")));
    CHECK(text.contains(QStringLiteral("Firstbrook family")));
    CHECK(text.contains(QStringLiteral("imminent risk of entry to care")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    if (!qEnvironmentVariable("WAYMARK_SHOTS").isEmpty())
        QFile::copy(pdf, qEnvironmentVariable("WAYMARK_SHOTS") + QStringLiteral("/ff-referral.pdf"));
}
