#include "lift/financeformdialog.h"

#include "lift/financerepository.h"
#include "lift/formcolumns.h"
#include "lift/liftrepository.h"
#include "lift/liftui.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "lift/mentorrepository.h"
#include "lift/payments.h"
#include "storage/database.h"
#include "storage/involvementrepository.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {

QDate firstOfMonth(const QDate& d) {
    return QDate(d.year(), d.month(), 1);
}

bool rowIsBlank(const QTableWidget* table, int row) {
    for (int c :
         {FinanceFormDialog::DateColumn, FinanceFormDialog::HoursColumn, FinanceFormDialog::NoteColumn})
        if (const QTableWidgetItem* item = table->item(row, c); item && !item->text().trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

FinanceFormDialog::FinanceFormDialog(Database& db, const LiftReferral& referral, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_referral(referral)
    , m_rates(FinanceRepository(db).rates())
    , m_month(new QComboBox)
    , m_mentor(new QComboBox)
    , m_sessions(new QTableWidget(0, 4))
    , m_addRow(new QPushButton(tr("&Add session")))
    , m_removeRow(new QPushButton(tr("&Remove session")))
    , m_miles(new QDoubleSpinBox)
    , m_status(new VocabularyCombo(vocab::liftFinanceStatus(), QString()))
    , m_submittedOn(new DateField)
    , m_processedOn(new DateField)
    , m_paidOn(new DateField)
    , m_notes(new QPlainTextEdit)
    , m_totals(new QLabel)
    , m_paidNote(new QLabel(tr("This form has been paid and can no longer change.")))
    , m_saveError(makeSaveErrorLabel())
    , m_fields(new FormColumns(2, this)) {
    setWindowTitle(tr("LIFT finance form"));
    m_month->setObjectName(QStringLiteral("month"));
    m_mentor->setObjectName(QStringLiteral("mentor"));
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_addRow->setObjectName(QStringLiteral("addSession"));
    m_removeRow->setObjectName(QStringLiteral("removeSession"));
    m_miles->setObjectName(QStringLiteral("mileageMiles"));
    m_miles->setRange(0, 5000);
    m_miles->setDecimals(1);
    m_miles->setSuffix(tr(" miles"));
    m_status->setObjectName(QStringLiteral("status"));
    m_submittedOn->setObjectName(QStringLiteral("submittedOn"));
    m_processedOn->setObjectName(QStringLiteral("processedOn"));
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paidNote->setObjectName(QStringLiteral("paidNote"));
    m_paidNote->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_paidNote->hide();

    m_sessions->setHorizontalHeaderLabels(
        {tr("Date"), tr("Hours\n(1:30 or 1.5)"), tr("Child accommodated\nby a foster carer"), tr("Note")});
    m_sessions->horizontalHeaderItem(AccommodatedColumn)
        ->setToolTip(tr("Ticked: the child was then accommodated by the mentor or another approved foster "
                        "carer, so the pay is exempt. Before admission or after return home it is taxable."));
    m_sessions->verticalHeader()->hide();
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(HoursColumn, QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(AccommodatedColumn, QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessions->setMinimumHeight(170);
    m_sessions->setMinimumWidth(560);

    auto* sessionsCell = new QWidget;
    auto* sessionsBox = new QVBoxLayout(sessionsCell);
    sessionsBox->setContentsMargins(0, 0, 0, 0);
    sessionsBox->setSpacing(4);
    sessionsBox->addWidget(m_sessions);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    sessionsBox->addLayout(rowButtons);
    sessionsBox->addWidget(makeHintLabel(tr("Only time spent with the family: travel time is not claimable."),
                                         QStringLiteral("travelHint")));
    auto* milesCell = new QWidget;
    auto* milesBox = new QVBoxLayout(milesCell);
    milesBox->setContentsMargins(0, 0, 0, 0);
    milesBox->setSpacing(2);
    milesBox->addWidget(m_miles);
    milesBox->addWidget(makeHintLabel(tr("Every mile: LIFT work has no 3-mile deduction (claimed on the "
                                         "separate foster carer's mileage form)."),
                                      QStringLiteral("mileageHint")));

    m_fields->addRow(0, QStringLiteral("month"), tr("&Month"), m_month);
    m_fields->addRow(0, QStringLiteral("mentorId"), tr("M&entor"), m_mentor);
    m_fields->addRow(0, QStringLiteral("sessions"), tr("&Sessions"), sessionsCell);
    m_fields->addRow(0, QStringLiteral("mileageMiles"), tr("M&ileage"), milesCell);
    m_fields->addRow(1, QStringLiteral("status"), tr("S&tatus"), m_status);
    m_fields->addRow(1, QStringLiteral("submittedOn"), tr("Su&bmitted on"), m_submittedOn);
    m_fields->addRow(1, QStringLiteral("processedOn"), tr("&Processed on"), m_processedOn);
    m_fields->addRow(1, QStringLiteral("paidOn"), tr("Pai&d on"), m_paidOn);
    m_fields->addRow(1, QStringLiteral("notes"), tr("&Notes"), m_notes);

    auto* claimBox = makeFormGroup(tr("The claim"), m_fields->layout(0));
    auto* statusBox = new QGroupBox(tr("Progress"));
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addLayout(m_fields->layout(1));
    auto* totalsBox = new QGroupBox(tr("Totals at the rates in force"));
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totals);
    statusLayout->addWidget(totalsBox);
    statusLayout->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(claimBox, 5);
    columns->addWidget(statusBox, 3);

    auto* buttons = makeSaveCancelButtons(this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_paidNote);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    // The mentors who have worked with this family, the current one first.
    LiftRepository lift(db);
    std::vector<MentorLink> links = lift.linksForReferral(referral.id);
    std::reverse(links.begin(), links.end());
    for (const MentorLink& link : links) {
        if (m_mentor->findData(link.mentorId) >= 0)
            continue;
        auto mentor = MentorRepository(db).get(link.mentorId);
        const QString name = mentor ? mentor->name : tr("Mentor %1").arg(link.mentorId);
        m_mentor->addItem(link.isCurrent() ? tr("%1 (current)").arg(name) : name, link.mentorId);
    }
    // Months from the first link (or the referral) to this one.
    if (!links.empty())
        m_firstMonth = firstOfMonth(links.back().linkedOn);
    else if (auto inv = InvolvementRepository(db).get(referral.involvementId);
             inv && inv->referralDate.isValid())
        m_firstMonth = firstOfMonth(inv->referralDate);
    else
        m_firstMonth = firstOfMonth(db.today()).addMonths(-11);

    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addSession(QDate(), QString(), false);
        m_sessions->setCurrentCell(m_sessions->rowCount() - 1, DateColumn);
        m_sessions->editItem(m_sessions->item(m_sessions->rowCount() - 1, DateColumn));
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (const int row = m_sessions->currentRow(); row >= 0)
            m_sessions->removeRow(row);
        refreshTotals();
    });
    connect(m_sessions, &QTableWidget::itemChanged, this, &FinanceFormDialog::refreshTotals);
    connect(m_miles, &QDoubleSpinBox::valueChanged, this, &FinanceFormDialog::refreshTotals);
    connect(m_month, &QComboBox::currentIndexChanged, this, &FinanceFormDialog::refreshTotals);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FinanceFormDialog::updateStatusDates);

    FinanceForm fresh;
    fresh.referralId = referral.id;
    fresh.familyId = referral.familyId;
    fresh.month = firstOfMonth(db.today());
    fresh.mentorId = m_mentor->count() > 0 ? m_mentor->itemData(0).toLongLong() : 0;
    load(fresh);
    resize(1100, sizeHint().height());
}

void FinanceFormDialog::fillMonths(const QDate& include) {
    const QSignalBlocker block(m_month);
    m_month->clear();
    const QDate last = firstOfMonth(m_db.today());
    QDate first = m_firstMonth.isValid() && m_firstMonth <= last ? m_firstMonth : last;
    if (include.isValid() && include < first)
        first = include;
    const QLocale locale;
    for (QDate d = last; d >= first; d = d.addMonths(-1))
        m_month->addItem(locale.toString(d, QStringLiteral("MMMM yyyy")), d);
}

void FinanceFormDialog::load(const FinanceForm& f) {
    m_form = f;
    if (f.id != 0)
        setWindowTitle(tr("Edit LIFT finance form"));
    fillMonths(f.month);
    const int month = m_month->findData(firstOfMonth(f.month.isValid() ? f.month : m_db.today()));
    m_month->setCurrentIndex(std::max(month, 0));
    if (f.mentorId != 0 && m_mentor->findData(f.mentorId) < 0)
        m_mentor->addItem(tr("Mentor %1").arg(f.mentorId), f.mentorId);
    m_mentor->setCurrentIndex(std::max(m_mentor->findData(f.mentorId), 0));
    {
        const QSignalBlocker block(m_sessions);
        m_sessions->setRowCount(0);
    }
    for (const FinanceSession& s : f.sessions)
        addSession(s.date, formatMinutes(s.minutes), s.childAccommodated, s.note);
    m_miles->setValue(f.mileageMiles);
    m_status->setCode(f.status);
    m_submittedOn->setDate(f.submittedOn);
    m_processedOn->setDate(f.processedOn);
    m_paidOn->setDate(f.paidOn);
    m_notes->setPlainText(f.notes);
    // A paid form is final (FinanceRepository refuses changes): show it, but read-only.
    const bool paid = f.id != 0 && f.status == QLatin1String("paid");
    m_paidNote->setVisible(paid);
    for (QWidget* w : std::initializer_list<QWidget*>{m_month, m_mentor, m_sessions, m_addRow, m_removeRow,
                                                      m_miles, m_status, m_notes})
        w->setEnabled(!paid);
    if (m_save)
        m_save->setEnabled(!paid);
    updateStatusDates();
    refreshTotals();
}

void FinanceFormDialog::addSession(const QDate& date, const QString& hours, bool accommodated,
                                   const QString& note) {
    const QSignalBlocker block(m_sessions);
    const int row = m_sessions->rowCount();
    m_sessions->insertRow(row);
    m_sessions->setItem(row, DateColumn, new QTableWidgetItem(formatUserDate(date)));
    m_sessions->setItem(row, HoursColumn, new QTableWidgetItem(hours));
    auto* check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    check->setCheckState(accommodated ? Qt::Checked : Qt::Unchecked);
    m_sessions->setItem(row, AccommodatedColumn, check);
    m_sessions->setItem(row, NoteColumn, new QTableWidgetItem(note));
    refreshTotals();
}

// The form as filled in. Rows left blank are skipped; `problems` receives what could not be read
// (a date or hours not understood), named by the row as the person sees it.
FinanceForm FinanceFormDialog::value(ValidationIssues* problems) const {
    FinanceForm f = m_form;
    f.month = m_month->currentData().toDate();
    f.mentorId = m_mentor->currentData().toLongLong();
    f.sessions.clear();
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        if (rowIsBlank(m_sessions, row))
            continue;
        FinanceSession s;
        const QString dateText = m_sessions->item(row, DateColumn)->text();
        auto date = parseUserDate(dateText);
        if (date)
            s.date = *date;
        else if (problems)
            *problems << ValidationIssue{QStringLiteral("sessions"),
                                         tr("Session %1: %2").arg(row + 1).arg(date.error())};
        const QString hoursText = m_sessions->item(row, HoursColumn)->text();
        if (const auto minutes = parseSessionMinutes(hoursText))
            s.minutes = *minutes;
        else if (problems && !hoursText.trimmed().isEmpty())
            *problems << ValidationIssue{QStringLiteral("sessions"),
                                         tr("Session %1: write the hours as 1:30 or 1.5.").arg(row + 1)};
        s.childAccommodated = m_sessions->item(row, AccommodatedColumn)->checkState() == Qt::Checked;
        s.note = m_sessions->item(row, NoteColumn)->text().trimmed();
        f.sessions.push_back(s);
    }
    f.mileageMiles = m_miles->value();
    f.status = m_status->code();
    const bool submitted = f.status != QLatin1String("draft");
    const bool processed = f.status == QLatin1String("processed") || f.status == QLatin1String("paid");
    f.submittedOn = submitted ? m_submittedOn->date() : QDate();
    f.processedOn = processed ? m_processedOn->date() : QDate();
    f.paidOn = f.status == QLatin1String("paid") ? m_paidOn->date() : QDate();
    f.notes = m_notes->toPlainText().trimmed();
    return f;
}

void FinanceFormDialog::updateStatusDates() {
    const QString status = m_status->code();
    const bool paidForm = m_form.id != 0 && m_form.status == QLatin1String("paid");
    const bool submitted = status != QLatin1String("draft");
    const bool processed = status == QLatin1String("processed") || status == QLatin1String("paid");
    const bool paid = status == QLatin1String("paid");
    for (auto [field, on] : {std::pair{m_submittedOn, submitted}, std::pair{m_processedOn, processed},
                             std::pair{m_paidOn, paid}}) {
        field->setEnabled(on && !paidForm);
        if (on && field->text().isEmpty())
            field->setDate(m_db.today());
    }
}

FinanceTotals FinanceFormDialog::totals() const {
    return financeTotals(value(), m_rates);
}

QString FinanceFormDialog::totalsText() const {
    return m_totals->text();
}

void FinanceFormDialog::refreshTotals() {
    const FinanceTotals t = totals();
    QStringList lines;
    lines << tr("Hours: %1").arg(formatMinutes(t.minutes));
    lines << tr("Exempt (child accommodated): %1").arg(formatPounds(t.exemptPence));
    lines << tr("Taxable: %1").arg(formatPounds(t.taxablePence));
    const double miles = m_miles->value();
    if (miles > 0)
        lines << tr("Mileage: %1 miles at %2p: %3")
                     .arg(QLocale().toString(miles, 'f', 1))
                     .arg(t.mileageRatePence)
                     .arg(formatPounds(t.mileagePence));
    else
        lines << tr("Mileage: none");
    lines << tr("Total: %1").arg(formatPounds(t.totalPence()));
    if (t.missingRateOn.isValid())
        lines << tr("No rate is set for %1: the total is incomplete. A coordinator sets the rates.")
                     .arg(formatUserDate(t.missingRateOn));
    m_totals->setText(lines.join(QLatin1Char('\n')));
}

void FinanceFormDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    for (auto [key, field] : {std::pair{QStringLiteral("submittedOn"), m_submittedOn},
                              std::pair{QStringLiteral("processedOn"), m_processedOn},
                              std::pair{QStringLiteral("paidOn"), m_paidOn}})
        if (field->isEnabled() && !field->isValidInput())
            issues << ValidationIssue{key, field->inputProblem()};
    FinanceForm f = value(&issues);
    if (issues.isEmpty()) {
        // The validator names sessions by their place in the list: say it as "Session 2: ...".
        for (ValidationIssue issue : validateFinanceForm(f, m_db.today())) {
            if (issue.field.startsWith(QLatin1String("sessions["))) {
                const QString number =
                    issue.field.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0);
                issue.message = tr("Session %1: %2").arg(number, issue.message);
                issue.field = QStringLiteral("sessions");
            }
            issues << issue;
        }
    }
    if (!m_fields->show(issues, QStringLiteral("month"))) {
        if (QWidget* w = m_fields->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = FinanceRepository(m_db).saveForm(f); !s)
        return showSaveError(m_saveError, s.error());
    m_form = f;
    QDialog::accept();
}

} // namespace waymark
