#include "earlyhelp/familiesfirstpage.h"

#include "earlyhelp/definedformdialog.h"
#include "earlyhelp/ehformlist.h"
#include "earlyhelp/familiesfirst.h"
#include "print/definedformprint.h"
#include "storage/database.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

namespace {

QString responseWords(const EhForm& referral, const QDateTime& now) {
    const ResponseCheck r = checkResponse(referral, now);
    if (r.contact.isEmpty())
        return QString();
    return r.contact + QLatin1Char('\n') + r.namedWorker;
}

} // namespace

FamiliesFirstPage::FamiliesFirstPage(Database& db, QWidget* parent)
    : EarlyHelpPage(parent)
    , m_db(db)
    , m_response(new QLabel) {
    QStringList kinds;
    for (const FormDefinition* d : familiesFirstForms())
        kinds << QLatin1String(d->kind);
    m_list = new EhFormList(
        db, kinds,
        [this](const EhForm& form) {
            DefinedFormDialog::LiveCheck live;
            if (form.kind == QLatin1String("ff_referral"))
                live = [this](const EhForm& f) {
                    return responseWords(f, m_db.now().toLocalTime());
                };
            DefinedFormDialog dialog(m_db, form, live, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [](Database& d, qint64 formId, const QString& path) { return printDefinedForm(d, formId, path); });
    const QStringList labels = {
        tr("&Referral..."), tr("&Crisis response..."), tr("Family &meeting..."), tr("Menu of &support..."),
        tr("Revie&w..."),   tr("Step-&down..."),       tr("C&losure..."),        tr("Feed&back...")};
    for (int i = 0; i < kinds.size(); ++i)
        m_list->addNewButton(kinds[i], labels.value(i), QStringLiteral("new_") + kinds[i]);

    m_response->setObjectName(QStringLiteral("ffResponse"));
    m_response->setWordWrap(true);
    auto* responseBox = new QGroupBox(tr("Response timescales (section 5)"));
    auto* responseLayout = new QVBoxLayout(responseBox);
    responseLayout->addWidget(m_response);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(responseBox);
    layout->addWidget(m_list, 1);
    connect(m_list, &EhFormList::changed, this, [this] {
        updateResponse();
        emit changed();
    });
}

void FamiliesFirstPage::showInvolvement(qint64 familyId, const Involvement& involvement) {
    m_list->setInvolvement(familyId, involvement);
    updateResponse();
}

QString FamiliesFirstPage::responseText() const {
    return m_response->text();
}

void FamiliesFirstPage::updateResponse() {
    // The latest version of the newest referral.
    const EhForm* referral = nullptr;
    for (const EhForm& f : m_list->forms())
        if (f.kind == QLatin1String("ff_referral"))
            referral = &f;
    const QString words = referral ? responseWords(*referral, m_db.now().toLocalTime()) : QString();
    m_response->setText(words.isEmpty() ? tr("No referral recorded yet: start with Referral.") : words);
    bool hasReferral = referral != nullptr;
    for (const FormDefinition* d : familiesFirstForms())
        if (QLatin1String(d->kind) != QLatin1String("ff_referral"))
            m_list->setNewAllowed(QLatin1String(d->kind), hasReferral, tr("Record the referral first."));
}

} // namespace waymark
