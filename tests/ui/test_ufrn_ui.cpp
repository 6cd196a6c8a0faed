#include "dialogs/familydialog.h"
#include "family/familyview.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"
#include "support/screenshot.h"
#include "support/testdatabase.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace waymark;

namespace {

Person savedChild(Database& db, const QString& given, const QDate& dob, const QString& caseNumber) {
    Person p = test::makePerson(given, QStringLiteral("Refworth"), dob);
    p.caseSystemNumber = caseNumber;
    REQUIRE(PersonRepository(db).save(p).isOk());
    return p;
}

} // namespace

TEST_CASE("family details: the UFRN is made from the youngest child and shown against every member",
          "[earlyhelp]") {
    test::TestDatabase t;
    Database& db = t.db();
    Family family = test::makeFamily(db, QStringLiteral("Refworth"));
    const Person older = savedChild(db, QStringLiteral("Olly"), QDate(2015, 4, 1), QStringLiteral("111111"));
    const Person younger =
        savedChild(db, QStringLiteral("Yara"), QDate(2019, 9, 9), QStringLiteral("123456"));
    family.members.push_back({older.id, QStringLiteral("child"), false, true});
    family.members.push_back({younger.id, QStringLiteral("child"), false, true});
    REQUIRE(FamilyRepository(db).save(family).isOk());

    FamilyDialog dialog;
    dialog.load(family);
    dialog.setChildren({older, younger});
    auto* make = dialog.findChild<QPushButton*>(QStringLiteral("makeUfrn"));
    REQUIRE(make->isEnabled());
    make->click(); // no locality chosen yet
    auto* ufrn = dialog.findChild<QLineEdit*>(QStringLiteral("ufrn"));
    CHECK(ufrn->text().isEmpty());
    dialog.findChild<VocabularyCombo*>(QStringLiteral("earlyHelpLocality"))->setCode(QStringLiteral("03"));
    make->click();
    CHECK(ufrn->text() == QStringLiteral("EH03123456F"));
    dialog.show();
    test::saveScreenshot(&dialog, QStringLiteral("family-dialog-ufrn"));
    Family withUfrn = dialog.value();
    CHECK(withUfrn.earlyHelpLocality == QStringLiteral("03"));
    REQUIRE(FamilyRepository(db).save(withUfrn).isOk());

    FamilyView view(db);
    view.showFamily(family.id);
    auto* members = view.findChild<QTableWidget*>(QStringLiteral("members"));
    REQUIRE(members);
    REQUIRE(members->rowCount() == 4);
    for (int row = 0; row < members->rowCount(); ++row)
        CHECK(members->item(row, 5)->text().contains(QStringLiteral("UFRN EH03123456F")));
    auto* subtitle = view.findChild<QLabel*>(QStringLiteral("familySubtitle"));
    CHECK(subtitle->text().contains(QStringLiteral("UFRN EH03123456F")));
    CHECK_FALSE(subtitle->text().contains(QStringLiteral("new youngest child")));

    // A baby joins with a case number: the UFRN stays, and the guidance's step is shown.
    const Person baby = savedChild(db, QStringLiteral("Bea"), QDate(2026, 10, 1), QStringLiteral("777777"));
    withUfrn.members.push_back({baby.id, QStringLiteral("child"), false, true});
    REQUIRE(FamilyRepository(db).save(withUfrn).isOk());
    view.showFamily(family.id);
    CHECK(subtitle->text().contains(QStringLiteral("UFRN EH03123456F")));
    CHECK(subtitle->text().contains(QStringLiteral("new youngest child")));
    view.resize(1000, 600);
    view.show();
    test::saveScreenshot(&view, QStringLiteral("family-view-ufrn"));
}
