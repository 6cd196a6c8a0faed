#include "lift/liftpanel.h"

#include "domain/vocabulary.h"
#include "lift/financeformdialog.h"
#include "lift/financerepository.h"
#include "lift/financetotals.h"
#include "lift/liftclosuredialog.h"
#include "lift/liftmeetingdialog.h"
#include "lift/liftreferraldialog.h"
#include "lift/liftrepository.h"
#include "lift/liftvocabulary.h"
#include "lift/mentorrepository.h"
#include "lift/supportcatalogueview.h"
#include "print/liftprint.h"
#include "print/pdfreport.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "validation/dateinput.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <numeric>

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

QPushButton* makeButton(const QString& name, const QString& text) {
    auto* button = new QPushButton(text);
    button->setObjectName(name);
    return button;
}

void setRow(QTableWidget* table, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

// "10" or "7.5"
QString hoursText(double hours) {
    return QLocale().toString(hours, 'g', 3);
}

} // namespace

LiftPanel::LiftPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_referralTable(
          makeTable(QStringLiteral("liftReferrals"),
                    {tr("Referred"), tr("Aim"), tr("Decision"), tr("Mentor"), tr("Linked on"), tr("Closed")}))
    , m_mentor(new QLabel)
    , m_meetingTable(makeTable(QStringLiteral("liftMeetings"),
                               {tr("Date"), tr("Meeting"), tr("Hours a week"), tr("Review due")}))
    , m_closureLabel(new QLabel)
    , m_formTable(
          makeTable(QStringLiteral("financeForms"), {tr("Month"), tr("Mentor"), tr("Status"), tr("Hours")}))
    , m_newReferral(makeButton(QStringLiteral("newLiftReferral"), tr("&New LIFT referral...")))
    , m_editReferral(makeButton(QStringLiteral("editLiftReferral"), tr("Edit &referral...")))
    , m_agreement(makeButton(QStringLiteral("agreementMeeting"), tr("A&greement meeting...")))
    , m_review(makeButton(QStringLiteral("reviewMeeting"), tr("Re&view...")))
    , m_closureButton(makeButton(QStringLiteral("closureSummary"), tr("&Closure summary...")))
    , m_newForm(makeButton(QStringLiteral("newFinanceForm"), tr("New &finance form...")))
    , m_editForm(makeButton(QStringLiteral("editFinanceForm"), tr("&Edit finance form...")))
    , m_printMeeting(makeButton(QStringLiteral("printMeeting"), tr("Print meeting (PDF)...")))
    , m_printClosure(makeButton(QStringLiteral("printClosure"), tr("Print closure (PDF)...")))
    , m_printForm(makeButton(QStringLiteral("printFinanceForm"), tr("Print form (PDF)...")))
    , m_supportCatalogue(makeButton(QStringLiteral("supportCatalogue"), tr("Adoption and SGO support...")))
    , m_printStatus(new QLabel) {
    m_printStatus->setObjectName(QStringLiteral("printStatus"));
    m_printStatus->setWordWrap(true);
    m_mentor->setObjectName(QStringLiteral("mentorStatus"));
    m_mentor->setWordWrap(true);
    m_closureLabel->setObjectName(QStringLiteral("closureText"));
    m_closureLabel->setWordWrap(true);

    auto* referralBox = new QGroupBox(tr("LIFT referrals"));
    auto* referralLayout = new QVBoxLayout(referralBox);
    referralLayout->addWidget(m_referralTable, 1);
    auto* referralButtons = new QHBoxLayout;
    referralButtons->addWidget(m_newReferral);
    referralButtons->addWidget(m_editReferral);
    referralButtons->addWidget(m_supportCatalogue);
    referralButtons->addWidget(m_mentor, 1);
    referralLayout->addLayout(referralButtons);

    auto* meetingBox = new QGroupBox(tr("Agreement and reviews"));
    auto* meetingLayout = new QVBoxLayout(meetingBox);
    meetingLayout->addWidget(m_meetingTable, 1);
    auto* meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(m_agreement);
    meetingButtons->addWidget(m_review);
    meetingButtons->addWidget(m_printMeeting);
    meetingButtons->addStretch();
    meetingLayout->addLayout(meetingButtons);
    auto* closureRow = new QHBoxLayout;
    closureRow->addWidget(m_closureLabel, 1);
    closureRow->addWidget(m_closureButton, 0, Qt::AlignTop);
    closureRow->addWidget(m_printClosure, 0, Qt::AlignTop);
    meetingLayout->addLayout(closureRow);

    auto* formBox = new QGroupBox(tr("Finance forms (one per month)"));
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_formTable, 1);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_newForm);
    formButtons->addWidget(m_editForm);
    formButtons->addWidget(m_printForm);
    formButtons->addStretch();
    formLayout->addLayout(formButtons);

    auto* lower = new QHBoxLayout;
    lower->addWidget(meetingBox, 1);
    lower->addWidget(formBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(referralBox, 2);
    layout->addLayout(lower, 3);
    layout->addWidget(m_printStatus);

    connect(m_newReferral, &QPushButton::clicked, this, &LiftPanel::newReferral);
    connect(m_editReferral, &QPushButton::clicked, this, &LiftPanel::editReferral);
    connect(m_referralTable, &QTableWidget::cellActivated, this, &LiftPanel::editReferral);
    connect(m_referralTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_referralTable->currentRow();
        m_selectedId = row >= 0 && row < int(m_referrals.size()) ? m_referrals[size_t(row)].id : 0;
        showReferral();
    });
    connect(m_agreement, &QPushButton::clicked, this, &LiftPanel::agreementMeeting);
    connect(m_review, &QPushButton::clicked, this, &LiftPanel::reviewMeeting);
    connect(m_meetingTable, &QTableWidget::cellActivated, this, &LiftPanel::editSelectedMeeting);
    connect(m_closureButton, &QPushButton::clicked, this, &LiftPanel::closureSummary);
    connect(m_newForm, &QPushButton::clicked, this, &LiftPanel::newFinanceForm);
    connect(m_editForm, &QPushButton::clicked, this, &LiftPanel::editFinanceForm);
    connect(m_printMeeting, &QPushButton::clicked, this, &LiftPanel::printSelectedMeeting);
    connect(m_printClosure, &QPushButton::clicked, this, &LiftPanel::printClosure);
    connect(m_printForm, &QPushButton::clicked, this, &LiftPanel::printSelectedForm);
    connect(m_supportCatalogue, &QPushButton::clicked, this, &LiftPanel::showSupportCatalogue);
    connect(m_meetingTable, &QTableWidget::itemSelectionChanged, this, &LiftPanel::updateButtons);
    connect(m_formTable, &QTableWidget::cellActivated, this, &LiftPanel::editFinanceForm);
    connect(m_formTable, &QTableWidget::itemSelectionChanged, this, &LiftPanel::updateButtons);
    updateButtons();
}

void LiftPanel::showFamily(qint64 familyId) {
    if (familyId != m_familyId)
        m_selectedId = 0;
    m_familyId = familyId;
    refresh();
}

void LiftPanel::refresh() {
    LiftRepository lift(m_db);
    m_referrals = m_familyId ? lift.referralsForFamily(m_familyId) : std::vector<LiftReferral>();
    QHash<qint64, QString> mentorNames;
    for (const Mentor& m : MentorRepository(m_db).all())
        mentorNames.insert(m.id, m.name);
    const QSignalBlocker block(m_referralTable);
    m_referralTable->setRowCount(int(m_referrals.size()));
    int selectedRow = m_referrals.empty() ? -1 : 0;
    for (size_t row = 0; row < m_referrals.size(); ++row) {
        const LiftReferral& r = m_referrals[row];
        if (r.id == m_selectedId)
            selectedRow = int(row);
        const auto inv = InvolvementRepository(m_db).get(r.involvementId);
        const std::vector<MentorLink> links = lift.linksForReferral(r.id);
        const auto closure = lift.closureFor(r.id);
        QString mentor = tr("none yet");
        QString linked;
        if (!links.empty()) {
            const MentorLink& last = links.back();
            mentor = mentorNames.value(last.mentorId);
            if (!last.isCurrent())
                mentor = tr("%1 (until %2)").arg(mentor, formatUserDate(last.unlinkedOn));
            linked = formatUserDate(last.linkedOn);
        }
        setRow(m_referralTable, int(row),
               {inv ? formatUserDate(inv->referralDate) : QString(), vocab::liftAim().label(r.aim),
                vocab::liftDecision().label(r.decision), mentor, linked,
                closure ? formatUserDate(closure->closedOn) : QString()});
    }
    m_referralTable->resizeColumnsToContents();
    if (selectedRow >= 0) {
        m_referralTable->selectRow(selectedRow);
        m_selectedId = m_referrals[size_t(selectedRow)].id;
    } else {
        m_selectedId = 0;
    }
    showReferral();
}

void LiftPanel::selectReferral(int row) {
    m_referralTable->selectRow(row);
}

std::optional<LiftReferral> LiftPanel::selectedReferral() const {
    for (const LiftReferral& r : m_referrals)
        if (r.id == m_selectedId)
            return r;
    return std::nullopt;
}

std::optional<LiftMeeting> LiftPanel::agreement() const {
    for (const LiftMeeting& m : m_meetings)
        if (m.kind == QLatin1String("agreement"))
            return m;
    return std::nullopt;
}

// The details of the chosen referral: its mentor, meetings, closure and finance forms.
void LiftPanel::showReferral() {
    const auto referral = selectedReferral();
    LiftRepository lift(m_db);
    m_links = referral ? lift.linksForReferral(referral->id) : std::vector<MentorLink>();
    m_meetings = referral ? lift.meetingsFor(referral->id) : std::vector<LiftMeeting>();
    m_closure = referral ? lift.closureFor(referral->id) : std::nullopt;
    m_forms = referral ? FinanceRepository(m_db).formsForReferral(referral->id) : std::vector<FinanceForm>();
    QHash<qint64, QString> mentorNames;
    for (const Mentor& m : MentorRepository(m_db).all())
        mentorNames.insert(m.id, m.name);

    if (!referral) {
        m_mentor->setText(m_familyId ? tr("No LIFT referral for this family.") : QString());
    } else if (!m_links.empty() && m_links.back().isCurrent()) {
        m_mentor->setText(
            tr("Mentor: %1, linked %2")
                .arg(mentorNames.value(m_links.back().mentorId), formatUserDate(m_links.back().linkedOn)));
    } else if (m_links.empty() && referral->decision == QLatin1String("not_appropriate")) {
        m_mentor->setText(tr("Not appropriate for LIFT: no further action."));
    } else if (m_links.empty()) {
        m_mentor->setText(tr("No mentor linked yet \u2014 the coordinator links one at team brief."));
    } else {
        m_mentor->setText(
            tr("No current mentor (last: %1, until %2).")
                .arg(mentorNames.value(m_links.back().mentorId), formatUserDate(m_links.back().unlinkedOn)));
    }

    m_meetingTable->setRowCount(int(m_meetings.size()));
    for (size_t row = 0; row < m_meetings.size(); ++row) {
        const LiftMeeting& m = m_meetings[row];
        setRow(m_meetingTable, int(row),
               {formatUserDate(m.heldOn), vocab::liftMeetingKind().label(m.kind), hoursText(m.hoursPerWeek),
                formatUserDate(m.reviewDue)});
    }
    m_meetingTable->resizeColumnsToContents();

    if (m_closure) {
        QString text = tr("Closed %1: %2 \u2014 %3.")
                           .arg(formatUserDate(m_closure->closedOn), vocab::liftAim().label(m_closure->aim),
                                m_closure->aimAchieved ? tr("achieved") : tr("not achieved"));
        if (m_closure->careFollowUp.isEmpty())
            text += QLatin1Char(' ') +
                    tr("One-year follow-up due %1.").arg(formatUserDate(m_closure->followUpDue()));
        else
            text += QLatin1Char(' ') +
                    tr("A year on: %1.").arg(vocab::liftCareFollowUp().label(m_closure->careFollowUp));
        m_closureLabel->setText(text);
    } else {
        m_closureLabel->setText(referral ? tr("Not closed.") : QString());
    }

    m_formTable->setRowCount(int(m_forms.size()));
    const QLocale locale;
    for (size_t row = 0; row < m_forms.size(); ++row) {
        const FinanceForm& f = m_forms[row];
        const int minutes = std::accumulate(f.sessions.begin(), f.sessions.end(), 0,
                                            [](int sum, const FinanceSession& s) { return sum + s.minutes; });
        setRow(m_formTable, int(row),
               {locale.toString(f.month, QStringLiteral("MMMM yyyy")), mentorNames.value(f.mentorId),
                vocab::liftFinanceStatus().label(f.status), formatMinutes(minutes)});
    }
    m_formTable->resizeColumnsToContents();
    updateButtons();
}

// Each form is offered only once the procedure has reached its step.
void LiftPanel::updateButtons() {
    const auto referral = selectedReferral();
    const bool closed = m_closure.has_value();
    const bool linkedNow = !m_links.empty() && m_links.back().isCurrent();
    const bool hasAgreement = agreement().has_value();
    m_newReferral->setEnabled(m_familyId != 0);
    m_editReferral->setEnabled(referral.has_value());
    m_agreement->setEnabled(referral && (hasAgreement || (linkedNow && !closed)));
    m_agreement->setToolTip(hasAgreement ? tr("Open the agreement meeting")
                                         : tr("Needs a mentor linked by the coordinator"));
    m_review->setEnabled(referral && hasAgreement && !closed);
    m_review->setToolTip(tr("A review follows the agreement meeting"));
    m_closureButton->setEnabled(referral && (closed || !m_links.empty()));
    m_closureButton->setToolTip(tr("A closure summary follows a mentor's work with the family"));
    m_newForm->setEnabled(referral && !m_links.empty());
    m_newForm->setToolTip(tr("Needs a mentor to pay"));
    const int formRow = m_formTable->currentRow();
    m_editForm->setEnabled(formRow >= 0 && formRow < int(m_forms.size()) &&
                           m_formTable->selectionModel()->hasSelection());
    m_printForm->setEnabled(m_editForm->isEnabled());
    const int meetingRow = m_meetingTable->currentRow();
    m_printMeeting->setEnabled(meetingRow >= 0 && meetingRow < int(m_meetings.size()));
    m_printClosure->setEnabled(closed);
    m_supportCatalogue->setVisible(referral && referral->aim == QLatin1String("post_adoption"));
}

Status LiftPanel::printTo(const QString& form, qint64 id, const QString& path) {
    const Account* account = m_db.account();
    auto printout = liftPrintout(m_db, form, id, account ? account->displayName : QString());
    if (!printout)
        return printout.status();
    return writeFiledPdf(m_db, path, printout->html, printout->header, printout->filing);
}

void LiftPanel::print(const QString& form, qint64 id, const QString& suggestedName) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the form as PDF"), QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = printTo(form, id, path);
    m_printStatus->setText(s ? tr("Saved %1 for the family's folder. It is not encrypted: keep it on "
                                  "encrypted storage.")
                                   .arg(QDir::toNativeSeparators(path))
                             : s.error());
}

void LiftPanel::printSelectedMeeting() {
    const int row = m_meetingTable->currentRow();
    if (row < 0 || row >= int(m_meetings.size()))
        return;
    const LiftMeeting& m = m_meetings[size_t(row)];
    print(m.kind, m.id, QStringLiteral("lift-%1-%2").arg(m.kind, m.heldOn.toString(Qt::ISODate)));
}

void LiftPanel::printClosure() {
    if (m_closure)
        print(QStringLiteral("closure"), m_closure->referralId,
              QStringLiteral("lift-closure-%1").arg(m_closure->closedOn.toString(Qt::ISODate)));
}

void LiftPanel::printSelectedForm() {
    const int row = m_formTable->currentRow();
    if (row < 0 || row >= int(m_forms.size()))
        return;
    const FinanceForm& f = m_forms[size_t(row)];
    print(QStringLiteral("finance"), f.id,
          QStringLiteral("lift-finance-%1").arg(f.month.toString(QStringLiteral("yyyy-MM"))));
}

void LiftPanel::showSupportCatalogue() {
    const auto referral = selectedReferral();
    auto* window = new QWidget(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Adoption and special guardianship support - Waymark"));
    auto* view = new SupportCatalogueView;
    if (referral)
        view->setLegalOrder(referral->legalOrder);
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(view);
    window->resize(1000, 560);
    window->show();
}

QString LiftPanel::mentorText() const {
    return m_mentor->text();
}

QString LiftPanel::closureText() const {
    return m_closureLabel->text();
}

void LiftPanel::saved(qint64 referralId) {
    m_selectedId = referralId;
    refresh();
    emit changed();
}

void LiftPanel::newReferral() {
    if (m_familyId == 0)
        return;
    LiftReferralDialog dialog(m_db, m_familyId, this);
    if (dialog.exec() == QDialog::Accepted)
        saved(dialog.referral().id);
}

void LiftPanel::editReferral() {
    const auto referral = selectedReferral();
    if (!referral)
        return;
    LiftReferralDialog dialog(m_db, m_familyId, this);
    dialog.load(*referral);
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::agreementMeeting() {
    const auto referral = selectedReferral();
    if (!referral || !m_agreement->isEnabled())
        return;
    LiftMeetingDialog dialog(m_db, *referral, this);
    if (const auto existing = agreement())
        dialog.load(*existing);
    else
        dialog.startNew(QStringLiteral("agreement"));
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::reviewMeeting() {
    const auto referral = selectedReferral();
    if (!referral || !m_review->isEnabled())
        return;
    LiftMeetingDialog dialog(m_db, *referral, this);
    dialog.startNew(QStringLiteral("review"), m_meetings.back()); // the latest, by date
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::editSelectedMeeting() {
    const auto referral = selectedReferral();
    const int row = m_meetingTable->currentRow();
    if (!referral || row < 0 || row >= int(m_meetings.size()))
        return;
    LiftMeetingDialog dialog(m_db, *referral, this);
    dialog.load(m_meetings[size_t(row)]);
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::closureSummary() {
    const auto referral = selectedReferral();
    if (!referral || !m_closureButton->isEnabled())
        return;
    LiftClosureDialog dialog(m_db, *referral, this);
    if (m_closure)
        dialog.load(*m_closure);
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::newFinanceForm() {
    const auto referral = selectedReferral();
    if (!referral || !m_newForm->isEnabled())
        return;
    FinanceFormDialog dialog(m_db, *referral, this);
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

void LiftPanel::editFinanceForm() {
    const auto referral = selectedReferral();
    const int row = m_formTable->currentRow();
    if (!referral || row < 0 || row >= int(m_forms.size()))
        return;
    FinanceFormDialog dialog(m_db, *referral, this);
    dialog.load(m_forms[size_t(row)]);
    if (dialog.exec() == QDialog::Accepted)
        saved(referral->id);
}

} // namespace waymark
