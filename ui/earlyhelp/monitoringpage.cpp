#include "earlyhelp/monitoringpage.h"

#include "earlyhelp/ehformlist.h"
#include "earlyhelp/monitoringdialog.h"
#include "lift/liftui.h"
#include "print/monitoringprint.h"

#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

MonitoringPage::MonitoringPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db) {
    m_list = new EhFormList(
        db, {QStringLiteral("family_monitoring"), QStringLiteral("individual_monitoring")},
        [this](const EhForm& form) {
            MonitoringDialog dialog(m_db, form, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printMonitoringForm(d, formId, path); });
    m_list->addNewButton(QStringLiteral("family_monitoring"), tr("New &family form..."),
                         QStringLiteral("newFamilyMonitoring"));
    m_list->addNewButton(QStringLiteral("individual_monitoring"), tr("New &individual form..."),
                         QStringLiteral("newIndividualMonitoring"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeHintLabel(tr("Complete the family form and an individual form for each member worked "
                         "with at the assessment and at every review (section 11). Avoid "
                         "\"unknown\" (section 24).")));
    layout->addWidget(m_list, 1);
    connect(m_list, &EhFormList::changed, this, &EarlyHelpPage::changed);
}

void MonitoringPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_list->setInvolvement(familyId, involvement);
    const bool brief = involvement.service == QLatin1String("early_help_brief");
    const QString why = tr("A brief intervention needs no monitoring forms (section 11).");
    m_list->setNewAllowed(QStringLiteral("family_monitoring"), !brief, why);
    m_list->setNewAllowed(QStringLiteral("individual_monitoring"), !brief, why);
}

} // namespace waymark
