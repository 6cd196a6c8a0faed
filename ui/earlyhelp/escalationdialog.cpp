#include "earlyhelp/escalationdialog.h"

#include "domain/vocabulary.h"
#include "earlyhelp/intakerepository.h"
#include "earlyhelp/prioritisation.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark {

EscalationDialog::EscalationDialog(Database& db, const Involvement& involvement, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_involvement(involvement)
    , m_to(new QComboBox)
    , m_allows(new QLabel)
    , m_date(new DateField)
    , m_note(new QPlainTextEdit)
    , m_saveError(makeSaveErrorLabel()) {
    setWindowTitle(tr("Escalate Early Help work"));
    auto* intro = makeHintLabel(
        tr("This work is now %1 (%2). If it needs more than that, the manager decides and case notes that "
           "it is to be an extended piece of work (guidance sections 3 and 15).")
            .arg(vocab::service().label(involvement.service), interventionAllowance(involvement.service)),
        QStringLiteral("escalationIntro"));
    m_to->setObjectName(QStringLiteral("toService"));
    for (const QString& service : escalationTargets(involvement.service))
        m_to->addItem(vocab::service().label(service), service);
    m_allows->setObjectName(QStringLiteral("toAllows"));
    m_allows->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("decidedOn"));
    m_date->setDate(db.today());
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(110);
    m_note->setPlaceholderText(
        tr("The manager's case note: why the work is to be extended, what it will now cover, and that the "
           "worker continues or who it is reallocated to. Required."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("toService"), tr("Escalate &to"), m_to);
    form->addRow(QString(), m_allows);
    m_errors->addRow(QStringLiteral("decidedOn"), tr("&Decided on"), m_date);
    m_errors->addRow(QStringLiteral("note"), tr("Manager's &note"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_to, &QComboBox::currentIndexChanged, this, &EscalationDialog::showTarget);
    showTarget();
    resize(620, sizeHint().height());
}

void EscalationDialog::showTarget() {
    const QString service = m_to->currentData().toString();
    m_allows->setText(service.isEmpty()
                          ? tr("This work is already the most intensive intervention.")
                          : tr("Allows %1, counted from the decision.").arg(interventionAllowance(service)));
}

EhEscalation EscalationDialog::value() const {
    EhEscalation e;
    e.involvementId = m_involvement.id;
    e.familyId = m_involvement.familyId;
    e.fromService = m_involvement.service;
    e.toService = m_to->currentData().toString();
    e.decidedOn = m_date->date();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void EscalationDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_date->isValidInput())
        issues << ValidationIssue{QStringLiteral("decidedOn"), m_date->inputProblem()};
    EhEscalation e = value();
    if (issues.isEmpty())
        issues = validateEhEscalation(e, m_involvement, m_db.today());
    if (!m_errors->show(issues, QStringLiteral("note"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = EhIntakeRepository(m_db).escalate(e); !s)
        return showSaveError(m_saveError, s.error());
    m_saved = e;
    QDialog::accept();
}

} // namespace waymark
