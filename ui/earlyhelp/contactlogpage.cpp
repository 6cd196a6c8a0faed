#include "earlyhelp/contactlogpage.h"

#include "domain/vocabulary.h"
#include "earlyhelp/contactattemptdialog.h"
#include "earlyhelp/contactrepository.h"
#include "earlyhelp/contactvocabulary.h"
#include "earlyhelp/ehpageparts.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "storage/workerrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString dateText(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

} // namespace

ContactLogPage::ContactLogPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_table(
          makeRecordTable(QStringLiteral("contactAttempts"), {tr("When"), tr("Day"), tr("How"), tr("Outcome"),
                                                              tr("Reply by"), tr("Note"), tr("Worker")}))
    , m_add(makePageButton(QStringLiteral("addAttempt"), tr("&Log an attempt...")))
    , m_edit(makePageButton(QStringLiteral("editAttempt"), tr("&Change...")))
    , m_remove(makePageButton(QStringLiteral("removeAttempt"), tr("&Remove")))
    , m_printLog(makePageButton(QStringLiteral("printContactLog"), tr("Print the log (PDF)...")))
    , m_letter(makePageButton(QStringLiteral("finalLetter"), tr("&Final-attempt letter (PDF)...")))
    , m_confirm(new ConfirmBar(QStringLiteral("removeAttemptConfirm")))
    , m_status(new QLabel)
    , m_standardsBox(new QGroupBox(tr("Minimum standards")))
    , m_standardsLayout(new QVBoxLayout)
    , m_summary(new QLabel) {
    m_status->setObjectName(QStringLiteral("contactLogStatus"));
    m_status->setWordWrap(true);
    m_standardsBox->setObjectName(QStringLiteral("contactStandards"));
    m_summary->setObjectName(QStringLiteral("standardsSummary"));
    m_summary->setWordWrap(true);
    m_letter->setToolTip(
        tr("Appendix V: the letter to the family's main carer asking them to make contact by "
           "the reply-by date of the letter logged (else in 10 days), or the case will close."));
    // The long labels (how, outcome) get a fixed share and a tooltip; the note takes what is left.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->setSectionResizeMode(3, QHeaderView::Interactive);
    header->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setColumnWidth(2, 170);
    m_table->setColumnWidth(3, 170);
    m_table->setTextElideMode(Qt::ElideRight);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_printLog);
    buttons->addWidget(m_letter);

    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addWidget(m_confirm);
    left->addLayout(buttons);
    left->addWidget(m_status);

    // The standards, one per line, in a box that scrolls on a small screen.
    auto* standards = new QWidget;
    auto* standardsOuter = new QVBoxLayout(standards);
    standardsOuter->addLayout(m_standardsLayout);
    standardsOuter->addWidget(m_summary);
    standardsOuter->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(standards);
    auto* boxLayout = new QVBoxLayout(m_standardsBox);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    boxLayout->addWidget(scroll);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_standardsBox, 1);
    m_standardsBox->setMinimumWidth(320);

    connect(m_add, &QPushButton::clicked, this, &ContactLogPage::addAttempt);
    connect(m_edit, &QPushButton::clicked, this, &ContactLogPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ContactLogPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContactLogPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ContactLogPage::editSelected);
    connect(m_printLog, &QPushButton::clicked, this, [this] {
        const QString path =
            askPdfPath(this, QStringLiteral("contact-attempts-%1").arg(m_db.today().toString(Qt::ISODate)));
        if (!path.isEmpty())
            m_status->setText(printedMessage(printLogTo(path), path));
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        const QString path = askPdfPath(
            this, QStringLiteral("final-attempt-letter-%1").arg(m_db.today().toString(Qt::ISODate)));
        if (!path.isEmpty())
            m_status->setText(printedMessage(printLetterTo(path), path));
    });
    updateButtons();
}

void ContactLogPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_familyId = familyId;
    m_involvement = involvement;
    m_confirm->cancel();
    m_status->clear();
    reload();
}

void ContactLogPage::reload() {
    const int keepRow = selectedRow();
    m_attempts = m_involvement.id == 0 ? std::vector<ContactAttempt>{}
                                       : ContactAttemptRepository(m_db).forInvolvement(m_involvement.id);
    QHash<qint64, QString> workers;
    for (const Worker& w : WorkerRepository(m_db).all())
        workers.insert(w.id, w.name);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_attempts.size()));
    const QLocale locale;
    for (int row = 0; row < int(m_attempts.size()); ++row) {
        const ContactAttempt& a = m_attempts[size_t(row)];
        const QStringList cells = {dateText(a.at.date()) + QLatin1Char(' ') +
                                       a.at.time().toString(QStringLiteral("HH:mm")),
                                   locale.dayName(a.at.date().dayOfWeek(), QLocale::ShortFormat),
                                   vocab::ehContactMethod().label(a.method),
                                   vocab::ehContactOutcome().label(a.outcome),
                                   dateText(a.replyBy),
                                   a.note.section(QLatin1Char('\n'), 0, 0),
                                   workers.value(a.workerId)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 2 || c == 3)
                item->setToolTip(cells[c]);
            if (c == 5)
                item->setToolTip(a.note);
            m_table->setItem(row, c, item);
        }
    }
    if (keepRow >= 0 && keepRow < m_table->rowCount())
        m_table->selectRow(keepRow);
    else
        m_table->clearSelection();
    showStandards();
    updateButtons();
}

// The live check: each standard with met / not yet / advisory and the progress so far.
void ContactLogPage::showStandards() {
    m_check = checkContactStandards(m_attempts, m_involvement.service);
    m_standardsBox->setTitle(
        m_involvement.id == 0
            ? tr("Minimum standards")
            : tr("Minimum standards (%1)").arg(vocab::service().label(m_involvement.service)));
    while (QLayoutItem* item = m_standardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ContactStandard& s : m_check.standards) {
        const QString state = s.met ? tr("Met") : s.advisory ? tr("Advisory: not yet") : tr("Not yet");
        const QString colour = s.met        ? QStringLiteral("#1b7a3a")
                               : s.advisory ? QStringLiteral("#6b6b6b")
                                            : QStringLiteral("#b35c00");
        const QString mark = s.met        ? QStringLiteral("\u2714")
                             : s.advisory ? QStringLiteral("\u25cb")
                                          : QStringLiteral("\u2717");
        auto* label =
            new QLabel(QStringLiteral("<span style=\"color:%1\"><b>%2 %3</b></span><br>%4<br><i>%5</i>")
                           .arg(colour, mark, state.toHtmlEscaped(), s.requirement.toHtmlEscaped(),
                                s.progress.toHtmlEscaped()));
        label->setObjectName(QStringLiteral("standard_") + s.key);
        label->setProperty("met", s.met);
        label->setProperty("advisory", s.advisory);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        m_standardsLayout->addWidget(label);
    }
    m_summary->setText(
        m_involvement.id == 0 ? QString()
        : m_check.allRequiredMet()
            ? tr("Every required standard is met. If there is still no contact, discuss closure for "
                 "non-engagement (or a time extension) with your manager.")
            : tr("Keep trying: the standards above are the minimum before closing for non-engagement. If "
                 "it is hard to reach the family, ask the referrer or the school for help."));
}

int ContactLogPage::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ContactLogPage::updateButtons() {
    const bool active = m_involvement.id != 0;
    const int row = selectedRow();
    m_add->setEnabled(active);
    m_edit->setEnabled(active && row >= 0);
    m_remove->setEnabled(active && row >= 0);
    m_printLog->setEnabled(active);
    m_letter->setEnabled(active);
}

void ContactLogPage::addAttempt() {
    if (m_involvement.id == 0)
        return;
    ContactAttemptDialog dialog(m_db, m_involvement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Attempt logged."));
    reload();
    for (int row = 0; row < int(m_attempts.size()); ++row)
        if (m_attempts[size_t(row)].id == dialog.attempt().id)
            m_table->selectRow(row);
    emit changed();
}

void ContactLogPage::editSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= int(m_attempts.size()))
        return;
    ContactAttemptDialog dialog(m_db, m_involvement, this);
    dialog.load(m_attempts[size_t(row)]);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Attempt changed."));
    reload();
    emit changed();
}

void ContactLogPage::removeSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= int(m_attempts.size()))
        return;
    const ContactAttempt a = m_attempts[size_t(row)];
    m_confirm->ask(tr("Remove the attempt of %1 %2, %3?")
                       .arg(dateText(a.at.date()), a.at.time().toString(QStringLiteral("HH:mm")),
                            vocab::ehContactMethod().label(a.method)),
                   tr("Re&move it"), [this, id = a.id] {
                       const Status s = ContactAttemptRepository(m_db).remove(id);
                       m_status->setText(s ? tr("Attempt removed.") : s.error());
                       reload();
                       if (s)
                           emit changed();
                   });
}

Status ContactLogPage::printLogTo(const QString& path) {
    if (m_involvement.id == 0)
        return Status::failure(tr("Choose the Early Help work first."));
    return writeEarlyHelpPdf(m_db, QStringLiteral("contact-log"), m_involvement.id, path);
}

Status ContactLogPage::printLetterTo(const QString& path) {
    if (m_involvement.id == 0)
        return Status::failure(tr("Choose the Early Help work first."));
    const int row = selectedRow();
    qint64 letterId = 0;
    if (row >= 0 && row < int(m_attempts.size()) && m_attempts[size_t(row)].method == QLatin1String("letter"))
        letterId = m_attempts[size_t(row)].id;
    return writeEarlyHelpPdf(m_db, QStringLiteral("final-letter"), m_involvement.id, path, letterId);
}

} // namespace waymark
