#include "lift/liftwindow.h"

#include "access/accesspolicy.h"
#include "lift/liftratespanel.h"
#include "lift/liftstatswindow.h"
#include "lift/liftvocabulary.h"
#include "lift/mentordialog.h"
#include "lift/mentorimportdialog.h"
#include "lift/mentorrepository.h"
#include "lift/payments.h"
#include "lift/supportcatalogueview.h"
#include "print/liftprint.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/workerrepository.h"
#include "widgets/datefield.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString supportLabels(const QStringList& codes) {
    QStringList out;
    for (const QString& c : codes)
        out << vocab::liftSupport().label(c);
    return out.join(QStringLiteral(", "));
}

// Short aim names for tables; the full label is the tooltip.
QString aimShort(const QString& code) {
    const QString label = vocab::liftAim().label(code);
    return label.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
           label.section(QLatin1Char(' '), 1).section(QLatin1Char(':'), 0, 0);
}

QColor weightColour(MatchReason::Weight w) {
    switch (w) {
    case MatchReason::Weight::Good:
        return QColor(0x1b, 0x6e, 0x2e);
    case MatchReason::Weight::Neutral:
        return QColor(0x44, 0x44, 0x44);
    case MatchReason::Weight::Concern:
        return QColor(0x9a, 0x5b, 0x00);
    case MatchReason::Weight::Blocker:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return QColor();
}

QString weightMark(MatchReason::Weight w) {
    switch (w) {
    case MatchReason::Weight::Good:
        return QStringLiteral("+");
    case MatchReason::Weight::Neutral:
        return QStringLiteral("\u00b7");
    case MatchReason::Weight::Concern:
        return QStringLiteral("!");
    case MatchReason::Weight::Blocker:
        return QStringLiteral("\u2715");
    }
    return QString();
}

} // namespace

LiftWindow::LiftWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_tabs(new QTabWidget)
    , m_waiting(new QTreeWidget)
    , m_matches(new QTreeWidget)
    , m_mentors(new QTreeWidget)
    , m_linked(new QTreeWidget)
    , m_overdueForms(new QTreeWidget)
    , m_unlinkDate(new DateField)
    , m_unlinkReason(new QLineEdit)
    , m_unlink(new QPushButton(tr("&End this link")))
    , m_link(new QPushButton(tr("&Link this mentor")))
    , m_teamBrief(new QPushButton(tr("Team brief agenda (PDF)...")))
    , m_linkDate(new DateField)
    , m_showInactive(new QCheckBox(tr("Show mentors who are no longer active")))
    , m_status(new QLabel)
    , m_waitingSummary(new QLabel) {
    setObjectName(QStringLiteral("liftWindow"));
    setWindowTitle(tr("LIFT mentoring - Waymark"));
    m_status->setObjectName(QStringLiteral("liftStatus"));
    m_status->setWordWrap(true);
    m_tabs->addTab(makeWaitingTab(), tr("&Waiting for a mentor"));
    m_tabs->addTab(makeLinkedTab(), tr("Working with a mentor &now"));
    m_tabs->addTab(makeOverdueFormsTab(), tr("&Finance forms overdue"));
    m_tabs->addTab(makeMentorsTab(), tr("&Mentors"));
    m_tabs->addTab(m_ratesPanel = new LiftRatesPanel(m_db), tr("&Rates"));
    auto* statistics = new QPushButton(tr("&Statistics..."));
    statistics->setObjectName(QStringLiteral("liftStatistics"));
    connect(statistics, &QPushButton::clicked, this, &LiftWindow::showStatistics);
    m_tabs->setCornerWidget(statistics);
    m_tabs->addTab(new SupportCatalogueView, tr("&Adoption and SGO support"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    resize(1200, 680);
    refresh();
}

QWidget* LiftWindow::makeWaitingTab() {
    m_waiting->setObjectName(QStringLiteral("liftWaiting"));
    m_waiting->setHeaderLabels(
        {tr("Family"), tr("Aim"), tr("Support needed"), tr("Locality"), tr("Referred"), tr("Waiting")});
    m_waiting->setRootIsDecorated(false);
    m_waiting->setAlternatingRowColors(true);
    m_waiting->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_waiting->setColumnWidth(0, 170);
    m_waiting->setColumnWidth(1, 150);
    m_matches->setObjectName(QStringLiteral("liftMatches"));
    m_matches->setHeaderLabels({tr("Mentor and why"), tr("Hours left"), tr("Distance")});
    m_matches->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_matches->header()->setStretchLastSection(false);
    m_matches->setColumnWidth(1, 90);
    m_matches->setColumnWidth(2, 90);
    m_matches->setWordWrap(true);
    m_link->setObjectName(QStringLiteral("linkMentor"));
    m_linkDate->setObjectName(QStringLiteral("linkDate"));
    m_linkDate->setDate(m_db.today());
    m_linkDate->setMaximumWidth(120);
    m_teamBrief->setObjectName(QStringLiteral("teamBrief"));
    m_waitingSummary->setObjectName(QStringLiteral("waitingSummary"));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* leftTop = new QHBoxLayout;
    leftTop->addWidget(m_waitingSummary, 1);
    leftTop->addWidget(m_teamBrief);
    leftLayout->addLayout(leftTop);
    leftLayout->addWidget(m_waiting, 1);
    auto* hint = new QLabel(tr("Double-click a referral to open the family's record."));
    leftLayout->addWidget(hint);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Mentors for the chosen referral, best fit first:")));
    rightLayout->addWidget(m_matches, 1);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(new QLabel(tr("Linked at team brief on")));
    linkRow->addWidget(m_linkDate);
    linkRow->addStretch(1);
    linkRow->addWidget(m_link);
    rightLayout->addLayout(linkRow);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);

    connect(m_waiting, &QTreeWidget::currentItemChanged, this, &LiftWindow::fillMatches);
    connect(m_waiting, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const size_t row = size_t(m_waiting->indexOfTopLevelItem(item));
        if (row < m_waitingRows.size())
            emit familyRequested(m_waitingRows[row].referral.familyId);
    });
    connect(m_matches, &QTreeWidget::currentItemChanged, this,
            [this] { m_link->setEnabled(m_matches->currentItem() != nullptr); });
    connect(m_link, &QPushButton::clicked, this, &LiftWindow::linkSelected);
    connect(m_teamBrief, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the team brief agenda"),
            QDir(folder).filePath(
                QStringLiteral("lift-team-brief-%1.pdf").arg(m_db.today().toString(Qt::ISODate))),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status s = printTeamBriefTo(path);
        m_status->setText(s ? tr("Saved the team brief agenda as %1.").arg(QDir::toNativeSeparators(path))
                            : s.error());
    });
    return split;
}

QWidget* LiftWindow::makeMentorsTab() {
    m_mentors->setObjectName(QStringLiteral("liftMentors"));
    m_mentors->setHeaderLabels({tr("Mentor"), tr("SSW"), tr("Support offered"), tr("Hours a week"),
                                tr("Agreed now"), tr("Families now"), tr("Town"), tr("Foster children")});
    m_mentors->setRootIsDecorated(false);
    m_mentors->setAlternatingRowColors(true);
    m_mentors->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mentors->setColumnWidth(0, 170);
    m_mentors->setColumnWidth(1, 150);
    m_mentors->setSortingEnabled(true);
    m_mentors->sortByColumn(0, Qt::AscendingOrder);
    auto* add = new QPushButton(tr("&New mentor..."));
    auto* edit = new QPushButton(tr("&Edit..."));
    auto* import = new QPushButton(tr("&Import spreadsheet..."));
    add->setObjectName(QStringLiteral("newMentor"));
    edit->setObjectName(QStringLiteral("editMentor"));
    import->setObjectName(QStringLiteral("importMentors"));
    const bool mayManage = access::require(m_db, access::Action::ManageMentors).isOk();
    add->setEnabled(mayManage);
    import->setEnabled(mayManage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(m_showInactive);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_mentors, 1);
    connect(add, &QPushButton::clicked, this, [this] { editMentor(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (auto* item = m_mentors->currentItem())
            editMentor(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_mentors, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { editMentor(item->data(0, Qt::UserRole).toLongLong()); });
    connect(import, &QPushButton::clicked, this, [this] {
        MentorImportDialog dialog(m_db, this);
        dialog.exec();
        refresh(); // whatever was imported shows at once
    });
    connect(m_showInactive, &QCheckBox::toggled, this, &LiftWindow::fillMentors);
    return page;
}

QWidget* LiftWindow::makeLinkedTab() {
    m_linked->setObjectName(QStringLiteral("liftLinked"));
    m_linked->setHeaderLabels({tr("Mentor"), tr("Family"), tr("Linked"), tr("Agreement meeting"),
                               tr("Hours a week"), tr("Review due")});
    m_linked->setRootIsDecorated(false);
    m_linked->setAlternatingRowColors(true);
    for (const auto& [column, width] : {std::pair{0, 220}, {1, 260}, {2, 100}, {3, 160}, {4, 110}})
        m_linked->setColumnWidth(column, width);
    m_unlinkDate->setObjectName(QStringLiteral("unlinkDate"));
    m_unlinkDate->setDate(m_db.today());
    m_unlinkDate->setMaximumWidth(120);
    m_unlinkReason->setObjectName(QStringLiteral("unlinkReason"));
    m_unlinkReason->setPlaceholderText(tr("Why the link ends, e.g. the mentor's circumstances changed"));
    m_unlink->setObjectName(QStringLiteral("unlinkMentor"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("End the highlighted link on")));
    row->addWidget(m_unlinkDate);
    row->addWidget(new QLabel(tr("because")));
    row->addWidget(m_unlinkReason, 1);
    row->addWidget(m_unlink);
    auto* hint =
        new QLabel(tr("A closure summary ends the link by itself; end it here when the mentor changes "
                      "or stops before LIFT closes. Double-click opens the family's record."));
    hint->setWordWrap(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_linked, 1);
    layout->addLayout(row);
    layout->addWidget(hint);
    connect(m_unlink, &QPushButton::clicked, this, &LiftWindow::unlinkSelected);
    connect(m_linked, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit familyRequested(item->data(1, Qt::UserRole).toLongLong());
    });
    return page;
}

QWidget* LiftWindow::makeOverdueFormsTab() {
    m_overdueForms->setObjectName(QStringLiteral("liftOverdueForms"));
    m_overdueForms->setHeaderLabels({tr("Family"), tr("Month with no finance form submitted")});
    m_overdueForms->setRootIsDecorated(false);
    m_overdueForms->setAlternatingRowColors(true);
    m_overdueForms->setColumnWidth(0, 300);
    auto* hint =
        new QLabel(tr("\"A separate LIFT finance form must be completed per child/family per month ... "
                      "collected regularly to prevent a backlog.\" Each complete month since the agreement "
                      "meeting with no form, or only a draft, is listed. Double-click opens the family's "
                      "record."));
    hint->setWordWrap(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_overdueForms, 1);
    layout->addWidget(hint);
    connect(m_overdueForms, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit familyRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    return page;
}

void LiftWindow::fillOverdueForms() {
    m_overdueForms->clear();
    auto overdue = overdueFinanceMonths(m_db, m_db.today());
    if (!overdue) {
        m_status->setText(overdue.error());
        return;
    }
    for (const OverdueFinanceMonth& o : *overdue) {
        auto* item = new QTreeWidgetItem(
            m_overdueForms, {o.familyName, QLocale().toString(o.month, QStringLiteral("MMMM yyyy"))});
        item->setData(0, Qt::UserRole, o.familyId);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_overdueForms->parentWidget()),
                       overdue->empty() ? tr("&Finance forms overdue")
                                        : tr("&Finance forms overdue (%1)").arg(overdue->size()));
}

void LiftWindow::showStatistics() {
    if (!m_statsWindow)
        m_statsWindow = new LiftStatsWindow(m_db, this);
    m_statsWindow->show();
    m_statsWindow->raise();
    m_statsWindow->activateWindow();
}

void LiftWindow::fillLinked() {
    m_linked->clear();
    const QDate today = m_db.today();
    for (const LinkedFamily& f : LiftRepository(m_db).linkedNow()) {
        const QString date = QStringLiteral("dd/MM/yyyy");
        auto* item = new QTreeWidgetItem(
            m_linked, {f.mentorName, f.familyName, f.link.linkedOn.toString(date),
                       f.agreementOn.isValid() ? f.agreementOn.toString(date) : tr("still to hold"),
                       f.hours ? QString::number(*f.hours, 'g', 3) : QString(), f.reviewDue.toString(date)});
        item->setData(0, Qt::UserRole, f.link.referralId);
        item->setData(1, Qt::UserRole, f.link.familyId);
        if (!f.agreementOn.isValid())
            item->setForeground(3, QColor(0x9a, 0x5b, 0x00));
        if (f.reviewDue.isValid() && f.reviewDue < today) {
            item->setForeground(5, QColor(0xb0, 0x1c, 0x1c));
            item->setToolTip(5, tr("The review date has passed."));
        }
    }
}

bool LiftWindow::unlinkSelected() {
    QTreeWidgetItem* item = m_linked->currentItem();
    if (!item) {
        m_status->setText(tr("Choose the link to end first."));
        return false;
    }
    if (!m_unlinkDate->date().isValid()) {
        m_status->setText(tr("Enter the date the link ends."));
        return false;
    }
    const QString mentor = item->text(0);
    const QString family = item->text(1);
    const Status ended = LiftRepository(m_db).unlinkMentor(item->data(0, Qt::UserRole).toLongLong(),
                                                           m_unlinkDate->date(), m_unlinkReason->text());
    if (!ended) {
        m_status->setText(ended.error());
        return false;
    }
    m_unlinkReason->clear();
    m_status->setText(
        tr("%1 is no longer linked with %2; the referral is back on the waiting list.").arg(mentor, family));
    refresh();
    return true;
}

void LiftWindow::refresh() {
    fillWaiting();
    fillLinked();
    fillOverdueForms();
    fillMentors();
}

void LiftWindow::fillWaiting() {
    const qint64 selected =
        m_waiting->currentItem() ? m_waiting->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_waiting->clear();
    m_waitingRows = LiftRepository(m_db).waitingForMentor();
    QTreeWidgetItem* reselect = nullptr;
    for (const WaitingReferral& w : m_waitingRows) {
        const LiftReferral& r = w.referral;
        const QString waited = w.daysWaiting >= 14 ? tr("%1 weeks").arg(w.daysWaiting / 7)
                                                   : tr("%n day(s)", nullptr, w.daysWaiting);
        auto* item = new QTreeWidgetItem(
            m_waiting, {w.familyName, aimShort(r.aim), supportLabels(r.supportNeeded), r.locality,
                        w.referralDate.toString(QStringLiteral("dd/MM/yyyy")), waited});
        item->setData(0, Qt::UserRole, r.id);
        item->setToolTip(1, vocab::liftAim().label(r.aim));
        if (r.decision == QLatin1String("pending"))
            item->setToolTip(0,
                             tr("Not yet decided: record the risk assessment and the family's wish first."));
        if (r.id == selected)
            reselect = item;
    }
    m_waitingSummary->setText(m_waitingRows.empty() ? tr("No referral is waiting for a mentor.")
                                                    : tr("%n referral(s) waiting for a mentor, oldest first.",
                                                         nullptr, int(m_waitingRows.size())));
    if (reselect)
        m_waiting->setCurrentItem(reselect);
    else if (m_waiting->topLevelItemCount() > 0)
        m_waiting->setCurrentItem(m_waiting->topLevelItem(0));
    fillMatches();
}

void LiftWindow::fillMatches() {
    m_matches->clear();
    m_matchRows.clear();
    m_link->setEnabled(false);
    QTreeWidgetItem* current = m_waiting->currentItem();
    if (!current)
        return;
    const size_t row = size_t(m_waiting->indexOfTopLevelItem(current));
    if (row >= m_waitingRows.size())
        return;
    const LiftReferral& referral = m_waitingRows[row].referral;
    if (referral.decision != QLatin1String("appropriate")) {
        auto* note =
            new QTreeWidgetItem(m_matches, {tr("Not yet decided appropriate: record the CCSW's risk "
                                               "assessment and the family's wish on the referral.")});
        note->setFlags(Qt::ItemIsEnabled);
        return;
    }
    auto ranked = suggestMentors(m_db, referral.id);
    if (!ranked) {
        m_status->setText(ranked.error());
        return;
    }
    m_matchRows = std::move(ranked).value();
    for (const MentorMatch& m : m_matchRows) {
        const QString miles = m.miles ? tr("%1 mi").arg(QString::number(*m.miles, 'f', 0)) : tr("unknown");
        auto* item =
            new QTreeWidgetItem(m_matches, {m.mentor.name, QString::number(m.hoursLeft, 'g', 3), miles});
        item->setData(0, Qt::UserRole, m.mentor.id);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (m.blocked)
            item->setForeground(0, weightColour(MatchReason::Weight::Blocker));
        for (const MatchReason& reason : m.reasons) {
            auto* child =
                new QTreeWidgetItem(item, {weightMark(reason.weight) + QLatin1Char(' ') + reason.text});
            child->setForeground(0, weightColour(reason.weight));
            child->setToolTip(0, reason.text);
            child->setFlags(Qt::ItemIsEnabled);
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
    }
    if (m_matches->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_matches, {tr("No active mentor is recorded yet.")});
}

void LiftWindow::fillMentors() {
    m_mentors->setSortingEnabled(false);
    m_mentors->clear();
    QHash<qint64, QString> workers;
    for (const Worker& w : WorkerRepository(m_db).all())
        workers.insert(w.id, w.name);
    const auto load = mentorWorkloads(m_db, QString());
    for (const Mentor& m : MentorRepository(m_db).all(!m_showInactive->isChecked())) {
        const MentorWorkload w = load.value(m.id);
        auto* item = new QTreeWidgetItem(
            m_mentors,
            {m.name, workers.value(m.sswWorkerId), supportLabels(m.supportOffered),
             QString::number(m.hoursPerWeek, 'g', 3), QString::number(w.hoursAgreed, 'g', 3),
             QString::number(w.currentFamilies), m.address.town, QString::number(m.fosterChildrenAtHome)});
        item->setData(0, Qt::UserRole, m.id);
        if (!m.active)
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(0x88, 0x88, 0x88));
    }
    m_mentors->setSortingEnabled(true);
}

bool LiftWindow::editMentor(qint64 mentorId) {
    MentorDialog dialog(m_db, this);
    if (mentorId != 0) {
        auto mentor = MentorRepository(m_db).get(mentorId);
        if (!mentor) {
            m_status->setText(mentor.error());
            return false;
        }
        dialog.load(*mentor);
    }
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_status->setText(tr("Mentor %1 saved.").arg(dialog.saved().name));
    refresh();
    return true;
}

Status LiftWindow::printTeamBriefTo(const QString& path) {
    const Account* account = m_db.account();
    auto printout =
        liftPrintout(m_db, QStringLiteral("team-brief"), 0, account ? account->displayName : QString());
    if (!printout)
        return printout.status();
    return writePdf(path, printout->html, printout->header);
}

bool LiftWindow::linkSelected() {
    QTreeWidgetItem* referralItem = m_waiting->currentItem();
    QTreeWidgetItem* mentorItem = m_matches->currentItem();
    if (mentorItem && mentorItem->parent())
        mentorItem = mentorItem->parent();
    if (!referralItem || !mentorItem || !mentorItem->data(0, Qt::UserRole).isValid()) {
        m_status->setText(tr("Choose a referral and a mentor first."));
        return false;
    }
    if (!m_linkDate->isValidInput() || !m_linkDate->date().isValid()) {
        m_status->setText(tr("Enter the date of the team brief that linked them."));
        return false;
    }
    const qint64 referralId = referralItem->data(0, Qt::UserRole).toLongLong();
    const qint64 mentorId = mentorItem->data(0, Qt::UserRole).toLongLong();
    const QString family = referralItem->text(0);
    const QString mentor = mentorItem->text(0);
    const Status linked = LiftRepository(m_db).linkMentor(referralId, mentorId, m_linkDate->date());
    if (!linked) {
        m_status->setText(linked.error());
        return false;
    }
    m_status->setText(
        tr("%1 linked with %2. Next: the SSW arranges the agreement meeting.").arg(mentor, family));
    refresh();
    return true;
}

} // namespace waymark
