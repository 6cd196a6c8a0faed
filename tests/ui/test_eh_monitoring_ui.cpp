#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/monitoring.h"
#include "earlyhelp/monitoringdialog.h"
#include "earlyhelp/monitoringpage.h"
#include "print/monitoringprint.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "ui/dialogdriver.h"
#include "widgets/vocabularycombo.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

EhForm familyForm(qint64 involvementId) {
    EhForm f;
    f.kind = QStringLiteral("family_monitoring");
    f.involvementId = involvementId;
    f.completedOn = QDate(2026, 10, 1);
    for (const MonitoringQuestion& q : familyMonitoringQuestions())
        f.texts[answerKey(q.key)] = QStringLiteral("no");
    return f;
}

// PDFs need a GUI application (fonts), so printouts are tested here rather than in the core tests.
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("monitoring page: an unknown answer shows the guidance and needs a reason before submitting",
          "[earlyhelp][ui]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Family family = test::makeFamily(db, QStringLiteral("Monford"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    t.signInAs(fsw);
    MonitoringPage page(db);
    page.resize(1000, 600);
    page.showInvolvement(family.id, inv);

    bool opened = false;
    bool adviceShown = false;
    test::whenDialogOpens<MonitoringDialog>(
        [&](MonitoringDialog* d) {
            auto* person = d->findChild<QComboBox*>(QStringLiteral("person"));
            person->setCurrentIndex(1); // the first member
            for (const MonitoringQuestion& q : individualMonitoringQuestions())
                d->findChild<VocabularyCombo*>(QStringLiteral("answer_") + QLatin1String(q.key))
                    ->setCode(QLatin1String(q.key) == QLatin1String("general_health") ? QStringLiteral("fair")
                                                                                      : QStringLiteral("no"));
            d->findChild<VocabularyCombo*>(QStringLiteral("answer_domestic_abuse_victim"))
                ->setCode(QStringLiteral("unknown"));
            adviceShown = !d->findChild<QLabel*>(QStringLiteral("advice_domestic_abuse_victim"))->isHidden();
            d->show();
            test::saveScreenshot(d, QStringLiteral("monitoring-individual-dialog"));
            d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
        },
        &opened);
    page.findChild<QPushButton*>(QStringLiteral("newIndividualMonitoring"))->click();
    REQUIRE(opened);
    CHECK(adviceShown);
    EhFormList* list = page.forms();
    REQUIRE(list->formCount() == 1);
    CHECK(list->forms()[0].personId == family.members.at(0).personId);
    list->selectForm(0);
    list->submitSelected();
    CHECK(list->selectedForm()->isDraft());
    CHECK(list->statusText().contains(QStringLiteral("say why it cannot be answered")));

    // The worker explains, and the form goes to the manager.
    test::whenDialogOpens<MonitoringDialog>([&](MonitoringDialog* d) {
        d->findChild<QLineEdit*>(QStringLiteral("note_domestic_abuse_victim"))
            ->setText(QStringLiteral("Mother asked to talk about it at the next visit"));
        d->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click();
    });
    list->openSelected();
    list->submitSelected();
    CHECK(list->selectedForm()->status == QStringLiteral("submitted"));
    test::saveScreenshot(&page, QStringLiteral("monitoring-page"));
}

TEST_CASE("monitoring forms: stored, submitted and printed with their answers", "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    const Worker fsw = test::makeWorker(db, QStringLiteral("Frankie Support"), QStringLiteral("Blaby"));
    const Family family = test::makeFamily(db, QStringLiteral("Monford"));
    const Involvement inv = test::allocate(db, family.id, fsw.id);
    EhFormRepository forms(db);
    EhForm f = familyForm(inv.id);
    f.texts[answerKey("rent_arrears")] = QStringLiteral("yes");
    f.texts[noteKey("rent_arrears")] = QStringLiteral("About 1,200 pounds; eviction letter seen");
    REQUIRE(forms.saveDraft(f).isOk());
    REQUIRE(forms.submit(f.id).isOk());
    CHECK(forms.get(f.id)->text(noteKey("rent_arrears")) == f.text(noteKey("rent_arrears")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("monitoring.pdf"));
    REQUIRE(printMonitoringForm(db, f.id, pdf).isOk());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Family monitoring form")));
    CHECK(text.contains(QStringLiteral("Monford family")));
    CHECK(text.contains(QStringLiteral("Family is in rent arrears")));
    CHECK(text.contains(QStringLiteral("eviction"))); // the note, perhaps wrapped in its column
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
}
