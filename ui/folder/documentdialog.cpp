#include "folder/documentdialog.h"

#include "documents/documenttypes.h"
#include "domain/vocabulary.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark {

DocumentDialog::DocumentDialog(const std::vector<Person>& members,
                               const std::vector<Involvement>& involvements, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit)
    , m_type(new VocabularyCombo(documents::types(), QString()))
    , m_date(new DateField)
    , m_person(new QComboBox)
    , m_involvement(new QComboBox)
    , m_file(new QLabel)
    , m_problem(new QLabel) {
    setWindowTitle(tr("Document details"));
    setObjectName(QStringLiteral("documentDialog"));
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_type->setObjectName(QStringLiteral("documentType"));
    m_date->setObjectName(QStringLiteral("documentDate"));
    m_person->setObjectName(QStringLiteral("documentPerson"));
    m_involvement->setObjectName(QStringLiteral("documentInvolvement"));
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_file->setWordWrap(true);

    m_person->addItem(tr("The whole family"), 0);
    for (const Person& p : members)
        m_person->addItem(p.displayName(), p.id);
    m_involvement->addItem(tr("No one piece of work"), 0);
    for (const Involvement& inv : involvements)
        m_involvement->addItem(
            tr("%1 from %2").arg(vocab::service().label(inv.service), formatUserDate(inv.referralDate)),
            inv.id);

    auto* form = new QFormLayout;
    form->addRow(tr("File"), m_file);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("&Date on the document"), m_date);
    form->addRow(tr("&About"), m_person);
    form->addRow(tr("&Work"), m_involvement);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(makeSaveCancelButtons(this));
    resize(520, sizeHint().height());
}

void DocumentDialog::load(const QString& title, const QString& type, const QDate& date, qint64 personId,
                          qint64 involvementId, const QString& fileLine) {
    m_title->setText(title);
    m_type->setCode(type);
    m_date->setDate(date);
    m_person->setCurrentIndex(std::max(0, m_person->findData(personId)));
    m_involvement->setCurrentIndex(std::max(0, m_involvement->findData(involvementId)));
    m_file->setText(fileLine);
}

QString DocumentDialog::title() const {
    return m_title->text().trimmed();
}
QString DocumentDialog::type() const {
    return m_type->code();
}
QDate DocumentDialog::date() const {
    return m_date->date();
}
qint64 DocumentDialog::personId() const {
    return m_person->currentData().toLongLong();
}
qint64 DocumentDialog::involvementId() const {
    return m_involvement->currentData().toLongLong();
}

void DocumentDialog::accept() {
    QStringList problems;
    if (title().isEmpty())
        problems << tr("Title: give the document a title.");
    if (!m_date->isValidInput())
        problems << tr("Date on the document: %1").arg(m_date->inputProblem());
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace waymark
