#include "family/familyview.h"

#include "access/familyrecord.h"
#include "deadlines/deadlinepanel.h"
#include "dialogs/familydialog.h"
#include "dialogs/involvementdialog.h"
#include "dialogs/persondialog.h"
#include "domain/vocabulary.h"
#include "earlyhelp/earlyhelppanel.h"
#include "earlyhelp/ufrn.h"
#include "family/chronologywidget.h"
#include "family/noteeditor.h"
#include "folder/familyfolderwidget.h"
#include "lift/liftpanel.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"
#include "storage/workerrepository.h"
#include "validation/dateinput.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

QPushButton* makeButton(const QString& name, const QString& text, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

FamilyView::FamilyView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tabs(new QTabWidget)
    , m_memberTable(
          makeTable(QStringLiteral("members"), {tr("Name"), tr("Date of birth"), tr("Age"),
                                                tr("Relationship"), tr("Parental resp."), tr("Identifiers")}))
    , m_involvementTable(
          makeTable(QStringLiteral("involvements"), {tr("Service"), tr("Status"), tr("Referred"),
                                                     tr("Allocated to"), tr("Opened"), tr("Closed")}))
    , m_chronology(new ChronologyWidget(db))
    , m_folder(new FamilyFolderWidget(db))
    , m_deadlines(new DeadlinePanel(db))
    , m_noteEditor(new NoteEditor(db))
    , m_lift(new LiftPanel(db))
    , m_earlyHelp(new EarlyHelpPanel(db))
    , m_familiesFirst(new EarlyHelpPanel(db, EarlyHelpPanel::Pathway::FamiliesFirst)) {
    m_title->setObjectName(QStringLiteral("familyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("familySubtitle"));
    m_subtitle->setWordWrap(true);

    auto* editFamilyButton = makeButton(QStringLiteral("editFamily"), tr("Edit &family details..."), this);
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(editFamilyButton, 0, Qt::AlignTop);

    // Overview: members and involvements, each with its own buttons.
    auto* membersBox = new QGroupBox(tr("Members"));
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->addWidget(m_memberTable);
    auto* memberButtons = new QHBoxLayout;
    auto* addMemberButton = makeButton(QStringLiteral("addMember"), tr("&Add person..."), this);
    auto* editMemberButton = makeButton(QStringLiteral("editMember"), tr("&Edit person..."), this);
    memberButtons->addWidget(addMemberButton);
    memberButtons->addWidget(editMemberButton);
    memberButtons->addStretch();
    membersLayout->addLayout(memberButtons);

    auto* involvementBox = new QGroupBox(tr("Services involved"));
    auto* involvementLayout = new QVBoxLayout(involvementBox);
    involvementLayout->addWidget(m_involvementTable);
    auto* involvementButtons = new QHBoxLayout;
    auto* addInvolvementButton = makeButton(QStringLiteral("addInvolvement"), tr("Add &service..."), this);
    auto* editInvolvementButton = makeButton(QStringLiteral("editInvolvement"), tr("Edit ser&vice..."), this);
    involvementButtons->addWidget(addInvolvementButton);
    involvementButtons->addWidget(editInvolvementButton);
    involvementButtons->addStretch();
    involvementLayout->addLayout(involvementButtons);

    auto* overview = new QWidget;
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(membersBox, 3);
    overviewLayout->addWidget(involvementBox, 2);

    m_tabs->setObjectName(QStringLiteral("familyTabs"));
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_deadlines, tr("&Deadlines"));
    m_tabs->addTab(m_chronology, tr("C&hronology"));
    m_tabs->addTab(m_noteEditor, tr("&Write note"));
    m_tabs->addTab(m_lift, tr("&LIFT"));
    m_tabs->addTab(m_earlyHelp, tr("Early H&elp"));
    m_tabs->addTab(m_familiesFirst, tr("&Families First"));
    m_tabs->addTab(m_folder, tr("Docu&ments"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(editFamilyButton, &QPushButton::clicked, this, &FamilyView::editFamily);
    connect(addMemberButton, &QPushButton::clicked, this, &FamilyView::addMember);
    connect(editMemberButton, &QPushButton::clicked, this, &FamilyView::editSelectedMember);
    connect(m_memberTable, &QTableWidget::cellActivated, this, &FamilyView::editSelectedMember);
    connect(addInvolvementButton, &QPushButton::clicked, this, &FamilyView::addInvolvement);
    connect(editInvolvementButton, &QPushButton::clicked, this, &FamilyView::editSelectedInvolvement);
    connect(m_involvementTable, &QTableWidget::cellActivated, this, &FamilyView::editSelectedInvolvement);
    // A recorded or removed event changes both the deadlines and the chronology.
    connect(m_deadlines, &DeadlinePanel::changed, this, [this] {
        m_chronology->showFamily(m_family.id);
        emit familyChanged(m_family.id);
    });
    connect(m_chronology, &ChronologyWidget::eventRemoved, this, [this] {
        m_deadlines->refresh();
        emit familyChanged(m_family.id);
    });
    // A LIFT referral is an involvement, and its meetings and closure are case events.
    connect(m_lift, &LiftPanel::changed, this, [this] {
        reload();
        emit familyChanged(m_family.id);
    });
    // Early Help forms record the case events the deadlines follow, and escalation changes the service.
    for (EarlyHelpPanel* panel : {m_earlyHelp, m_familiesFirst})
        connect(panel, &EarlyHelpPanel::changed, this, [this] {
            reload();
            emit familyChanged(m_family.id);
        });
    // Printing from any tab files a copy in the folder and writes a chronology line: both are
    // read again when their tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_family.id == 0)
            return;
        if (m_tabs->currentWidget() == m_folder)
            m_folder->refresh();
        else if (m_tabs->currentWidget() == m_chronology)
            m_chronology->showFamily(m_family.id);
    });
    // Adding, opening and removing documents are lines in the chronology.
    connect(m_folder, &FamilyFolderWidget::changed, this, [this] { m_chronology->showFamily(m_family.id); });
    connect(m_noteEditor, &NoteEditor::noteSaved, this, [this] {
        m_chronology->showFamily(m_family.id);
        m_tabs->setCurrentWidget(m_chronology);
        emit familyChanged(m_family.id);
    });
}

void FamilyView::setDeadlineService(DeadlineService* service) {
    m_deadlines->setService(service);
    m_chronology->setDeadlineService(service);
}

void FamilyView::setCurrentWorker(qint64 workerId) {
    m_currentWorkerId = workerId;
    m_noteEditor->setAuthor(workerId);
    m_deadlines->setCurrentWorker(workerId);
}

void FamilyView::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void FamilyView::showFamily(qint64 familyId) {
    auto family = viewFamily(m_db, familyId); // checks who may, and records that they did
    if (!family) {
        reportFailure(tr("open the family"), family.error());
        return;
    }
    m_family = std::move(family).value();
    reload();
    m_noteEditor->setFamily(m_family, m_members, m_involvements);
    // A restored draft is the first thing the worker needs to see.
    m_tabs->setCurrentIndex(m_noteEditor->hasRestoredDraft() ? NoteTab : OverviewTab);
}

void FamilyView::reload() {
    std::vector<qint64> ids;
    for (const FamilyMember& m : m_family.members)
        ids.push_back(m.personId);
    m_members = PersonRepository(m_db).getMany(ids);
    m_involvements = InvolvementRepository(m_db).forFamily(m_family.id);

    m_title->setText(m_family.name);
    QStringList facts;
    facts << vocab::kinshipStatus().label(m_family.kinshipStatus);
    if (!m_family.ufrn.isEmpty()) {
        facts << tr("UFRN %1").arg(m_family.ufrn);
        const QString advice = ufrnYoungestChildAdvice(m_family.ufrn, children());
        if (!advice.isEmpty())
            facts << advice;
    }
    if (!m_family.address.isEmpty())
        facts << m_family.address.singleLine();
    int open = 0;
    for (const Involvement& inv : m_involvements)
        open += inv.isOpen() ? 1 : 0;
    facts << tr("Open services: %1").arg(open);
    m_subtitle->setText(facts.join(QStringLiteral("  \u00b7  ")));
    fillMembers();
    fillInvolvements();
    m_chronology->showFamily(m_family.id);
    m_deadlines->showFamily(m_family, m_members, m_involvements);
    m_lift->showFamily(m_family.id);
    m_earlyHelp->showFamily(m_family.id);
    m_familiesFirst->showFamily(m_family.id);
    m_folder->showFamily(m_family.id, m_members, m_involvements);
}

std::vector<Person> FamilyView::children() const {
    std::vector<Person> out;
    for (size_t i = 0; i < m_family.members.size() && i < m_members.size(); ++i)
        if (m_family.members[i].relationship == QLatin1String("child"))
            out.push_back(m_members[i]);
    return out;
}

void FamilyView::fillMembers() {
    m_memberTable->setRowCount(int(m_family.members.size()));
    const QDate today = m_db.today();
    for (size_t row = 0; row < m_family.members.size() && row < m_members.size(); ++row) {
        const FamilyMember& m = m_family.members[row];
        const Person& p = m_members[row];
        QString dob = formatUserDate(p.dateOfBirth);
        if (p.isUnborn())
            dob = tr("due %1").arg(dob);
        const auto age = p.ageInYears(today);
        QStringList ids;
        if (!m_family.ufrn.isEmpty()) // the guidance: the UFRN is against every family member
            ids << tr("UFRN %1").arg(m_family.ufrn);
        if (!p.socialCareNumber.isEmpty())
            ids << tr("Social care %1").arg(p.socialCareNumber);
        if (!p.caseSystemNumber.isEmpty())
            ids << tr("Case system %1").arg(p.caseSystemNumber);
        if (!p.nhsNumber.isEmpty())
            ids << tr("NHS %1").arg(p.nhsNumber);
        const QStringList cells = {p.displayName(),
                                   dob,
                                   p.isUnborn() ? tr("unborn") : (age ? QString::number(*age) : QString()),
                                   vocab::relationship().label(m.relationship),
                                   m.hasParentalResponsibility ? tr("Yes") : QString(),
                                   ids.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_memberTable->setItem(int(row), c, new QTableWidgetItem(cells[c]));
    }
    m_memberTable->resizeColumnsToContents();
}

void FamilyView::fillInvolvements() {
    QHash<qint64, QString> workers;
    for (const Worker& w : WorkerRepository(m_db).all())
        workers.insert(w.id, w.name);
    m_involvementTable->setRowCount(int(m_involvements.size()));
    for (size_t row = 0; row < m_involvements.size(); ++row) {
        const Involvement& inv = m_involvements[row];
        QString closed = formatUserDate(inv.closedOn);
        if (!inv.closureOutcome.isEmpty())
            closed += QStringLiteral(" (%1)").arg(vocab::closureOutcome().label(inv.closureOutcome));
        const QStringList cells = {vocab::service().label(inv.service),
                                   vocab::involvementStatus().label(inv.status),
                                   formatUserDate(inv.referralDate),
                                   inv.allocatedWorkerId ? workers.value(inv.allocatedWorkerId)
                                                         : tr("not allocated"),
                                   formatUserDate(inv.openedOn),
                                   closed};
        for (int c = 0; c < cells.size(); ++c)
            m_involvementTable->setItem(int(row), c, new QTableWidgetItem(cells[c]));
    }
    m_involvementTable->resizeColumnsToContents();
}

QString FamilyView::suggestedSurname() const {
    // A new member most often shares the children's surname; otherwise the family's name.
    for (size_t i = 0; i < m_members.size() && i < m_family.members.size(); ++i)
        if (m_family.members[i].relationship == QLatin1String("child") && !m_members[i].familyName.isEmpty())
            return m_members[i].familyName;
    return m_family.name.section(QLatin1Char(' '), 0, 0);
}

void FamilyView::reportFailure(const QString& action, const QString& error) {
    QMessageBox::warning(this, tr("Not saved"), tr("Could not %1.\n\n%2").arg(action, error));
}

void FamilyView::editFamily() {
    if (m_family.id == 0)
        return;
    FamilyDialog dialog(this);
    dialog.load(m_family);
    dialog.setChildren(children());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Family updated = dialog.value();
    if (Status s = FamilyRepository(m_db).save(updated); !s)
        return reportFailure(tr("save the family"), s.error());
    m_family = updated;
    reload();
    emit familyChanged(m_family.id);
}

void FamilyView::addMember() {
    if (m_family.id == 0)
        return;
    PersonDialog dialog(m_db, this);
    dialog.setWindowTitle(tr("Add a person to %1").arg(m_family.name));
    dialog.prefill(suggestedSurname(), m_family.address);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Person person = dialog.value();
    if (dialog.chosenExistingPersonId() != 0) {
        auto existing = PersonRepository(m_db).get(dialog.chosenExistingPersonId());
        if (!existing)
            return reportFailure(tr("add the person"), existing.error());
        person = existing.value();
    }
    if (Status s = FamilyRepository(m_db).addMember(m_family.id, person, dialog.membership()); !s)
        return reportFailure(tr("add the person"), s.error());
    showFamily(m_family.id);
    emit familyChanged(m_family.id);
}

void FamilyView::editSelectedMember() {
    const int row = m_memberTable->currentRow();
    if (row < 0 || row >= int(m_members.size()))
        return;
    PersonDialog dialog(m_db, this);
    dialog.setWindowTitle(tr("Edit %1").arg(m_members[size_t(row)].displayName()));
    dialog.load(m_members[size_t(row)], m_family.members[size_t(row)]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Person person = dialog.value();
    Family updated = m_family;
    updated.members[size_t(row)] = dialog.membership();
    // The person and their membership change together or not at all.
    Transaction tx(m_db);
    Status s = PersonRepository(m_db).save(person);
    if (s)
        s = FamilyRepository(m_db).save(updated);
    if (s)
        s = tx.commit();
    if (!s)
        return reportFailure(tr("save the person"), s.error());
    showFamily(m_family.id);
    emit familyChanged(m_family.id);
}

void FamilyView::addInvolvement() {
    if (m_family.id == 0)
        return;
    InvolvementDialog dialog(WorkerRepository(m_db).all(), m_db.today(), this);
    Involvement fresh;
    fresh.familyId = m_family.id;
    fresh.status = QStringLiteral("referred");
    fresh.referralDate = m_db.today();
    dialog.load(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Involvement inv = dialog.value();
    if (Status s = InvolvementRepository(m_db).save(inv); !s)
        return reportFailure(tr("save the service involvement"), s.error());
    showFamily(m_family.id);
    emit familyChanged(m_family.id);
}

void FamilyView::editSelectedInvolvement() {
    const int row = m_involvementTable->currentRow();
    if (row < 0 || row >= int(m_involvements.size()))
        return;
    InvolvementDialog dialog(WorkerRepository(m_db).all(), m_db.today(), this);
    dialog.load(m_involvements[size_t(row)]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Involvement inv = dialog.value();
    if (Status s = InvolvementRepository(m_db).save(inv); !s)
        return reportFailure(tr("save the service involvement"), s.error());
    showFamily(m_family.id);
    emit familyChanged(m_family.id);
}

void FamilyView::writeNote() {
    if (m_family.id == 0)
        return;
    m_tabs->setCurrentWidget(m_noteEditor);
    m_noteEditor->focusFirstField();
}

} // namespace waymark
