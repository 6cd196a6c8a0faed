#include "dialogs/workerdialog.h"

#include "domain/vocabulary.h"
#include "validation/validators.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {

WorkerDialog::WorkerDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_role(new VocabularyCombo(vocab::workerRole(), tr("Choose...")))
    , m_team(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit) {
    setWindowTitle(tr("Worker"));
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setPlaceholderText(tr("for example: Blaby Early Help"));
    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("name"), tr("&Name"), m_name);
    m_errors->addRow(QStringLiteral("role"), tr("&Role"), m_role);
    m_errors->addRow(QStringLiteral("team"), tr("&Team"), m_team);
    m_errors->addRow(QStringLiteral("email"), tr("&Email"), m_email);
    m_errors->addRow(QStringLiteral("phone"), tr("&Phone"), m_phone);
    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void WorkerDialog::load(const Worker& worker) {
    m_worker = worker;
    m_name->setText(worker.name);
    m_role->setCode(worker.role);
    m_team->setText(worker.team);
    m_email->setText(worker.email);
    m_phone->setText(worker.phone);
}

Worker WorkerDialog::value() const {
    Worker w = m_worker;
    w.name = m_name->text().trimmed();
    w.role = m_role->code();
    w.team = m_team->text().trimmed();
    w.email = m_email->text().trimmed();
    w.phone = m_phone->text().trimmed();
    return w;
}

void WorkerDialog::accept() {
    if (!m_errors->show(validateWorker(value()), QStringLiteral("name")))
        return;
    QDialog::accept();
}

} // namespace waymark
