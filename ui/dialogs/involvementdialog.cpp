#include "dialogs/involvementdialog.h"

#include "domain/vocabulary.h"
#include "validation/validators.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

InvolvementDialog::InvolvementDialog(const std::vector<Worker>& workers, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_today(today)
    , m_service(new VocabularyCombo(vocab::service(), tr("Choose...")))
    , m_referralDate(new DateField)
    , m_referralSource(new VocabularyCombo(vocab::referralSource(), tr("Not recorded")))
    , m_referralReason(new QPlainTextEdit)
    , m_worker(new QComboBox)
    , m_status(new VocabularyCombo(vocab::involvementStatus(), QString()))
    , m_openedOn(new DateField)
    , m_closedOn(new DateField)
    , m_closureOutcome(new VocabularyCombo(vocab::closureOutcome(), tr("Choose...")))
    , m_closureNote(new QPlainTextEdit)
    , m_placement(new VocabularyCombo(vocab::placementType(), tr("Not placed / not cared for"))) {
    m_placement->setObjectName(QStringLiteral("placementType"));
    m_placement->setToolTip(tr("Where a cared-for child lives: statutory visit intervals depend on it."));
    setWindowTitle(tr("Service involvement"));
    m_service->setObjectName(QStringLiteral("service"));
    m_referralDate->setObjectName(QStringLiteral("referralDate"));
    m_referralSource->setObjectName(QStringLiteral("referralSource"));
    m_referralReason->setObjectName(QStringLiteral("referralReason"));
    m_worker->setObjectName(QStringLiteral("allocatedWorker"));
    m_status->setObjectName(QStringLiteral("status"));
    m_openedOn->setObjectName(QStringLiteral("openedOn"));
    m_closedOn->setObjectName(QStringLiteral("closedOn"));
    m_closureOutcome->setObjectName(QStringLiteral("closureOutcome"));
    m_referralReason->setTabChangesFocus(true);
    m_closureNote->setTabChangesFocus(true);
    m_referralReason->setPlaceholderText(tr("Outline of the issues, as the referral gave them"));
    m_referralReason->setFixedHeight(70);
    m_closureNote->setFixedHeight(60);

    m_worker->addItem(tr("Not yet allocated"), qint64(0));
    for (const Worker& w : workers)
        if (w.active)
            m_worker->addItem(w.team.isEmpty() ? w.name : tr("%1 (%2)").arg(w.name, w.team), w.id);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("service"), tr("&Service"), m_service);
    m_errors->addRow(QStringLiteral("referralDate"), tr("&Referral date"), m_referralDate);
    m_errors->addRow(QStringLiteral("referralSource"), tr("Referred &by"), m_referralSource);
    m_errors->addRow(QStringLiteral("referralReason"), tr("Reason for &referral"), m_referralReason);
    m_errors->addRow(QStringLiteral("allocatedWorkerId"), tr("&Allocated worker"), m_worker);
    m_errors->addRow(QStringLiteral("status"), tr("S&tatus"), m_status);
    m_errors->addRow(QStringLiteral("placementType"), tr("&Placement"), m_placement);
    m_errors->addRow(QStringLiteral("openedOn"), tr("&Opened on"), m_openedOn);
    m_errors->addRow(QStringLiteral("closedOn"), tr("&Closed on"), m_closedOn);
    m_errors->addRow(QStringLiteral("closureOutcome"), tr("Closure o&utcome"), m_closureOutcome);
    m_errors->addRow(QStringLiteral("closureNote"), tr("Closure &note"), m_closureNote);

    connect(m_status, &QComboBox::currentIndexChanged, this, &InvolvementDialog::updateClosureFields);

    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    Involvement fresh;
    fresh.status = QStringLiteral("referred");
    fresh.referralDate = today;
    load(fresh);
    resize(520, sizeHint().height());
}

void InvolvementDialog::load(const Involvement& inv) {
    m_involvement = inv;
    m_service->setCode(inv.service);
    m_referralDate->setDate(inv.referralDate);
    m_referralSource->setCode(inv.referralSource);
    m_referralReason->setPlainText(inv.referralReason);
    const int worker = m_worker->findData(inv.allocatedWorkerId);
    m_worker->setCurrentIndex(worker >= 0 ? worker : 0);
    m_status->setCode(inv.status);
    m_openedOn->setDate(inv.openedOn);
    m_closedOn->setDate(inv.closedOn);
    m_closureOutcome->setCode(inv.closureOutcome);
    m_closureNote->setPlainText(inv.closureNote);
    m_placement->setCode(inv.placementType);
    updateClosureFields();
}

Involvement InvolvementDialog::value() const {
    Involvement inv = m_involvement;
    inv.service = m_service->code();
    inv.referralDate = m_referralDate->date();
    inv.referralSource = m_referralSource->code();
    inv.referralReason = m_referralReason->toPlainText().trimmed();
    inv.allocatedWorkerId = m_worker->currentData().toLongLong();
    inv.status = m_status->code();
    inv.placementType = m_placement->code();
    inv.openedOn = m_openedOn->date();
    const bool closed = inv.status == QLatin1String("closed");
    inv.closedOn = closed ? m_closedOn->date() : QDate();
    inv.closureOutcome = closed ? m_closureOutcome->code() : QString();
    inv.closureNote = closed ? m_closureNote->toPlainText().trimmed() : QString();
    return inv;
}

void InvolvementDialog::updateClosureFields() {
    const bool closed = m_status->code() == QLatin1String("closed");
    m_closedOn->setEnabled(closed);
    m_closureOutcome->setEnabled(closed);
    m_closureNote->setEnabled(closed);
    if (m_status->code() == QLatin1String("open") && m_openedOn->text().isEmpty())
        m_openedOn->setDate(m_today);
    if (closed && m_closedOn->text().isEmpty())
        m_closedOn->setDate(m_today);
}

void InvolvementDialog::accept() {
    ValidationIssues issues;
    for (auto [key, field] : {std::pair{QStringLiteral("referralDate"), m_referralDate},
                              std::pair{QStringLiteral("openedOn"), m_openedOn},
                              std::pair{QStringLiteral("closedOn"), m_closedOn}})
        if (!field->isValidInput())
            issues << ValidationIssue{key, field->inputProblem()};
    if (issues.isEmpty())
        issues = validateInvolvement(value(), m_today);
    if (!m_errors->show(issues, QStringLiteral("service"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace waymark
