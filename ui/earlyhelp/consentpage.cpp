#include "earlyhelp/consentpage.h"

#include "earlyhelp/consentdialog.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/ehpageparts.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/personrepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

ConsentPage::ConsentPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_intro(makeHintLabel(
          tr("The parental consent form is completed at the first meeting with the parents: "
             "travel with the team, activities, and photographs. Record who gave it and when.")))
    , m_table(
          makeRecordTable(QStringLiteral("consents"), {tr("Given on"), tr("Given by"), tr("Travel"),
                                                       tr("Activities"), tr("Photographs"), tr("Children")}))
    , m_add(makePageButton(QStringLiteral("addConsent"), tr("&Record consent...")))
    , m_edit(makePageButton(QStringLiteral("editConsent"), tr("&Change...")))
    , m_remove(makePageButton(QStringLiteral("removeConsent"), tr("&Remove")))
    , m_print(makePageButton(QStringLiteral("printConsent"), tr("&Print consent form (PDF)...")))
    , m_confirm(new ConfirmBar(QStringLiteral("removeConsentConfirm")))
    , m_status(new QLabel) {
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &ConsentPage::addConsent);
    connect(m_edit, &QPushButton::clicked, this, &ConsentPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConsentPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsentPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConsentPage::editSelected);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        const QString path = askPdfPath(
            this,
            QStringLiteral("parental-consent-%1").arg(m_consents[size_t(row)].givenOn.toString(Qt::ISODate)));
        if (!path.isEmpty())
            m_status->setText(printedMessage(printSelectedTo(path), path));
    });
    updateButtons();
}

void ConsentPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_familyId = familyId;
    m_involvement = involvement;
    m_confirm->cancel();
    m_status->clear();
    reload();
}

void ConsentPage::reload() {
    const int keepRow = selectedRow();
    m_consents =
        m_familyId == 0 ? std::vector<ParentalConsent>{} : ConsentRepository(m_db).forFamily(m_familyId);
    std::vector<qint64> childIds;
    for (const ParentalConsent& c : m_consents)
        for (const ParentalConsentChild& child : c.children)
            childIds.push_back(child.personId);
    QHash<qint64, QString> names;
    for (const Person& p : PersonRepository(m_db).getMany(childIds))
        names.insert(p.id, p.givenNames);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_consents.size()));
    const auto yesNo = [this](bool v) {
        return v ? tr("Yes") : tr("No");
    };
    for (int row = 0; row < int(m_consents.size()); ++row) {
        const ParentalConsent& c = m_consents[size_t(row)];
        QStringList children;
        for (const ParentalConsentChild& child : c.children)
            children << names.value(child.personId);
        const QStringList cells = {QLocale().toString(c.givenOn, QLocale::ShortFormat),
                                   c.givenByName,
                                   yesNo(c.travel),
                                   yesNo(c.activities),
                                   yesNo(c.photographs),
                                   children.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    if (keepRow >= 0 && keepRow < m_table->rowCount())
        m_table->selectRow(keepRow);
    else
        m_table->clearSelection();
    updateButtons();
}

int ConsentPage::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConsentPage::updateButtons() {
    const bool active = m_familyId != 0 && m_involvement.id != 0;
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(active);
    m_edit->setEnabled(active && selected);
    m_remove->setEnabled(active && selected);
    m_print->setEnabled(active && selected);
}

void ConsentPage::addConsent() {
    auto family = FamilyRepository(m_db).get(m_familyId);
    if (!family) {
        m_status->setText(family.error());
        return;
    }
    ConsentDialog dialog(m_db, *family, m_involvement.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Consent recorded."));
    reload();
    for (int row = 0; row < int(m_consents.size()); ++row)
        if (m_consents[size_t(row)].id == dialog.consent().id)
            m_table->selectRow(row);
    emit changed();
}

void ConsentPage::editSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= int(m_consents.size()))
        return;
    auto family = FamilyRepository(m_db).get(m_familyId);
    if (!family) {
        m_status->setText(family.error());
        return;
    }
    ConsentDialog dialog(m_db, *family, m_involvement.id, this);
    dialog.load(m_consents[size_t(row)]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Consent changed."));
    reload();
    emit changed();
}

void ConsentPage::removeSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= int(m_consents.size()))
        return;
    const ParentalConsent c = m_consents[size_t(row)];
    m_confirm->ask(tr("Remove the consent given by %1 on %2?")
                       .arg(c.givenByName, QLocale().toString(c.givenOn, QLocale::ShortFormat)),
                   tr("Re&move it"), [this, id = c.id] {
                       const Status s = ConsentRepository(m_db).remove(id);
                       m_status->setText(s ? tr("Consent removed.") : s.error());
                       reload();
                       if (s)
                           emit changed();
                   });
}

Status ConsentPage::printSelectedTo(const QString& path) {
    const int row = selectedRow();
    if (row < 0 || row >= int(m_consents.size()))
        return Status::failure(tr("Choose a consent to print."));
    return writeEarlyHelpPdf(m_db, QStringLiteral("consent"), m_consents[size_t(row)].id, path);
}

} // namespace waymark
