#include "earlyhelp/signsofwellbeingpage.h"

#include "earlyhelp/ehformlist.h"
#include "earlyhelp/signsofwellbeingdialog.h"
#include "lift/liftui.h"
#include "print/ehformprint.h"
#include "storage/database.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

SignsOfWellbeingPage::SignsOfWellbeingPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_hint(makeHintLabel(QString(), QStringLiteral("sowHint"))) {
    m_list = new EhFormList(
        db, {QStringLiteral("sow_assessment")},
        [this](const EhForm& form) {
            SignsOfWellbeingDialog dialog(m_db, form, m_involvement, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printSowForm(d, formId, path); });
    m_list->addNewButton(QStringLiteral("sow_assessment"), tr("New &Signs of Wellbeing..."),
                         QStringLiteral("newSow"));

    auto* box = new QGroupBox(tr("Signs of Wellbeing assessment (every version is kept)"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_hint);
    boxLayout->addWidget(m_list, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box, 1);

    connect(m_list, &EhFormList::changed, this, [this] {
        refresh();
        emit changed();
    });
}

void SignsOfWellbeingPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_involvement = involvement;
    m_list->setInvolvement(familyId, involvement);
    refresh();
}

void SignsOfWellbeingPage::refresh() {
    m_list->refresh();
    const bool brief = m_involvement.service == QLatin1String("early_help_brief");
    m_hint->setText(
        brief ? tr("A brief intervention needs only a Signs of Wellbeing assessment, with the brief "
                   "plan of work in its next steps (section 11).")
              : tr("The analysis part of the Early Help assessment, completed within 6 weeks of "
                   "engagement with the Family Star and the monitoring forms (section 11)."));
    const bool exists = m_list->formCount() > 0;
    m_list->setNewAllowed(QStringLiteral("sow_assessment"), m_involvement.id != 0 && !exists,
                          tr("The assessment exists: revise it to change it."));
}

} // namespace waymark
