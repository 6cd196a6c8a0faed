#include "referrals/referralinboxwindow.h"

#include "documents/documentrepository.h"
#include "documents/documenttypes.h"
#include "domain/family.h"
#include "domain/involvement.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/involvementrepository.h"
#include "storage/transaction.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/recordtable.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace waymark {

namespace {
QString sentText(const ReferralDraft& d) {
    return d.sentAt.isValid() ? d.sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                              : ReferralInboxWindow::tr("no date");
}
} // namespace

CompleteReferralDialog::CompleteReferralDialog(const ReferralDraft& draft, QWidget* parent)
    : QDialog(parent)
    , m_familyName(new QLineEdit)
    , m_kinship(new VocabularyCombo(vocab::kinshipStatus(), QString()))
    , m_service(new VocabularyCombo(vocab::service(), tr("Choose the service...")))
    , m_source(new VocabularyCombo(vocab::referralSource(), QString()))
    , m_date(new DateField)
    , m_reason(new QPlainTextEdit)
    , m_problem(new QLabel) {
    setWindowTitle(tr("Complete the referral as a new family"));
    setObjectName(QStringLiteral("completeReferralDialog"));
    m_familyName->setObjectName(QStringLiteral("referralFamilyName"));
    m_service->setObjectName(QStringLiteral("referralService"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_familyName->setPlaceholderText(tr("e.g. Hallam family"));
    m_kinship->setCode(QStringLiteral("none"));
    m_source->setCode(suggestReferralSource(draft.senderAddress));
    m_date->setDate(draft.sentAt.isValid() ? draft.sentAt.toLocalTime().date()
                                           : draft.importedAt.toLocalTime().date());
    m_reason->setPlainText(draft.subject + QStringLiteral("\n\n") + draft.body.left(2000));
    auto* form = new QFormLayout;
    form->addRow(tr("&Family name"), m_familyName);
    form->addRow(tr("&Kinship status"), m_kinship);
    form->addRow(tr("&Service"), m_service);
    form->addRow(tr("Referred &by"), m_source);
    form->addRow(tr("Referral &date"), m_date);
    form->addRow(tr("&Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The family's members are added afterwards, from the referral's details.")));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(makeSaveCancelButtons(this));
    resize(560, 480);
}

ReferralCompletion CompleteReferralDialog::value() const {
    return {m_familyName->text().trimmed(),
            m_kinship->code(),
            m_service->code(),
            m_source->code(),
            m_date->date(),
            m_reason->toPlainText().trimmed()};
}

void CompleteReferralDialog::accept() {
    QStringList problems;
    if (m_familyName->text().trimmed().isEmpty())
        problems << tr("Family name: say how the team will refer to the family.");
    if (m_service->code().isEmpty())
        problems << tr("Service: choose the service the family is referred to.");
    if (!m_date->date().isValid())
        problems << tr("Referral date: %1")
                        .arg(m_date->inputProblem().isEmpty() ? tr("give the date.")
                                                              : m_date->inputProblem());
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

ReferralInboxWindow::ReferralInboxWindow(Database& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_table(makeRecordTable(QStringLiteral("referralDrafts"),
                              {tr("Sent"), tr("From"), tr("Subject"), tr("Attachments"), tr("State")}))
    , m_showDone(new QCheckBox(tr("Show &completed and discarded")))
    , m_detail(new QTextBrowser)
    , m_complete(new QPushButton(tr("Complete as a &new family...")))
    , m_discard(new QPushButton(tr("&Discard...")))
    , m_status(new QLabel) {
    setObjectName(QStringLiteral("referralInbox"));
    setWindowTitle(tr("Referral emails"));
    m_detail->setObjectName(QStringLiteral("referralDetail"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_complete);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_showDone);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Referrals that arrived by email (waymark-cli import-referral), waiting for "
                      "someone to complete them.")));
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    resize(900, 620);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralInboxWindow::showSelected);
    connect(m_showDone, &QCheckBox::toggled, this, &ReferralInboxWindow::refresh);
    connect(m_complete, &QPushButton::clicked, this, &ReferralInboxWindow::askToComplete);
    connect(m_discard, &QPushButton::clicked, this, &ReferralInboxWindow::askToDiscard);
    refresh();
}

void ReferralInboxWindow::refresh() {
    m_drafts = ReferralDraftRepository(m_db).list(m_showDone->isChecked());
    m_table->setRowCount(int(m_drafts.size()));
    for (int row = 0; row < int(m_drafts.size()); ++row) {
        const ReferralDraft& d = m_drafts[size_t(row)];
        const int attachments = int(DocumentRepository(m_db).forReferralDraft(d.id).size());
        const QString state = d.status == ReferralDraft::Status::Draft ? tr("Waiting")
                              : d.status == ReferralDraft::Status::Completed
                                  ? tr("Completed (family %1)").arg(d.familyId)
                                  : tr("Discarded: %1").arg(d.decisionNote);
        const QStringList cells = {sentText(d), d.senderName.isEmpty() ? d.senderAddress : d.senderName,
                                   d.subject, QString::number(attachments), state};
        for (int c = 0; c < int(cells.size()); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!m_drafts.empty())
        m_table->selectRow(0);
    else
        m_detail->setHtml(tr("<p>No referral emails are waiting.</p>"));
    showSelected();
}

bool ReferralInboxWindow::selectDraft(qint64 draftId) {
    for (int row = 0; row < int(m_drafts.size()); ++row)
        if (m_drafts[size_t(row)].id == draftId) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

const ReferralDraft* ReferralInboxWindow::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < int(m_drafts.size()) ? &m_drafts[size_t(row)] : nullptr;
}

QString ReferralInboxWindow::detailHtml() const {
    return m_detail->toHtml();
}

void ReferralInboxWindow::showSelected() {
    const ReferralDraft* d = selected();
    const bool waiting = d && d->status == ReferralDraft::Status::Draft;
    m_complete->setEnabled(waiting);
    m_discard->setEnabled(waiting);
    if (!d)
        return;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 &lt;%3&gt; &middot; %4 &middot; %5</p>")
            .arg(d->subject.toHtmlEscaped(), d->senderName.toHtmlEscaped(), d->senderAddress.toHtmlEscaped(),
                 sentText(*d).toHtmlEscaped(), tr("from %1").arg(d->sourceFile).toHtmlEscaped());
    const std::vector<Document> attachments = DocumentRepository(m_db).forReferralDraft(d->id);
    if (!attachments.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Attachments").toHtmlEscaped());
        for (const Document& a : attachments)
            html += QStringLiteral("<li>%1 (%2)</li>")
                        .arg(a.fileName.toHtmlEscaped(), documents::sizeText(a.byteSize).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(d->body.toHtmlEscaped());
    m_detail->setHtml(html);
}

Result<qint64> ReferralInboxWindow::completeSelected(const ReferralCompletion& c) {
    const ReferralDraft* d = selected();
    if (!d)
        return Status::failure(tr("Choose a referral email first."));
    const qint64 draftId = d->id;
    // The family, its involvement and the draft's completion: all of them or none.
    Transaction tx(m_db);
    Family family;
    family.name = c.familyName;
    family.kinshipStatus = c.kinshipStatus;
    if (Status s = FamilyRepository(m_db).save(family); !s)
        return s;
    Involvement inv;
    inv.familyId = family.id;
    inv.service = c.service;
    inv.referralDate = c.referralDate;
    inv.referralSource = c.referralSource;
    inv.referralReason = c.referralReason;
    inv.status = QStringLiteral("referred");
    if (Status s = InvolvementRepository(m_db).save(inv); !s)
        return s;
    if (Status s = ReferralDraftRepository(m_db).complete(draftId, family.id, inv.id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    refresh();
    m_status->setText(
        tr("%1 made from the email; its attachments are in the family's Documents.").arg(family.name));
    emit familyCreated(family.id);
    return family.id;
}

Status ReferralInboxWindow::discardSelected(const QString& reason) {
    const ReferralDraft* d = selected();
    if (!d)
        return Status::failure(tr("Choose a referral email first."));
    if (Status s = ReferralDraftRepository(m_db).discard(d->id, reason); !s)
        return s;
    refresh();
    m_status->setText(tr("Discarded; the email's details and the reason are kept."));
    return Status::ok();
}

void ReferralInboxWindow::askToComplete() {
    const ReferralDraft* d = selected();
    if (!d)
        return;
    CompleteReferralDialog dialog(*d, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = completeSelected(dialog.value()); !done)
        m_status->setText(done.error());
}

void ReferralInboxWindow::askToDiscard() {
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Discard referral email"), tr("Why is this not a referral to complete? The reason is kept."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = discardSelected(reason); !s)
        m_status->setText(s.error());
}

} // namespace waymark
