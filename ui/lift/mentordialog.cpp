#include "lift/mentordialog.h"

#include "access/accesspolicy.h"
#include "lift/liftrepository.h"
#include "lift/liftvalidation.h"
#include "lift/liftvocabulary.h"
#include "lift/mentorrepository.h"
#include "storage/database.h"
#include "storage/familyrepository.h"
#include "storage/workerrepository.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularychecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

MentorDialog::MentorDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_line1(new QLineEdit)
    , m_line2(new QLineEdit)
    , m_town(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_locality(new QLineEdit)
    , m_ssw(new QComboBox)
    , m_support(new VocabularyChecks(vocab::liftSupport(), 2))
    , m_hours(new QDoubleSpinBox)
    , m_fosterChildren(new QSpinBox)
    , m_saferCare(new QPlainTextEdit)
    , m_buddyName(new QLineEdit)
    , m_buddyPhone(new QLineEdit)
    , m_codeWord(new QLineEdit)
    , m_showCodeWord(new QPushButton(tr("Show")))
    , m_codeWordNote(new QLabel)
    , m_active(new QCheckBox(tr("Active: can be matched with families")))
    , m_notes(new QPlainTextEdit)
    , m_history(new QTreeWidget) {
    setWindowTitle(tr("LIFT mentor"));
    setObjectName(QStringLiteral("mentorDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_ssw->setObjectName(QStringLiteral("ssw"));
    m_support->setObjectName(QStringLiteral("supportOffered"));
    m_hours->setObjectName(QStringLiteral("hoursPerWeek"));
    m_fosterChildren->setObjectName(QStringLiteral("fosterChildrenAtHome"));
    m_buddyName->setObjectName(QStringLiteral("buddyName"));
    m_buddyPhone->setObjectName(QStringLiteral("buddyPhone"));
    m_codeWord->setObjectName(QStringLiteral("codeWord"));
    m_showCodeWord->setObjectName(QStringLiteral("showCodeWord"));
    m_codeWordNote->setObjectName(QStringLiteral("codeWordNote"));
    m_history->setObjectName(QStringLiteral("mentorHistory"));
    m_active->setChecked(true);
    m_hours->setRange(0, 60);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_fosterChildren->setRange(0, 20);
    m_saferCare->setPlaceholderText(tr("Ages of the foster children, anything that matters for safer care"));
    m_saferCare->setFixedHeight(52);
    m_notes->setFixedHeight(52);
    m_locality->setPlaceholderText(tr("for example: Preston"));
    m_codeWord->setEchoMode(QLineEdit::Password);
    m_codeWord->setMaxLength(60);
    m_codeWordNote->setWordWrap(true);

    m_ssw->addItem(tr("Not recorded"), qint64(0));
    for (const Worker& w : WorkerRepository(m_db).all())
        if (w.active &&
            (w.role == QLatin1String("supervising_social_worker") || w.role == QLatin1String("coordinator")))
            m_ssw->addItem(w.name, w.id);

    // Left: who and where. Right: what they offer, safer care, the buddy.
    auto* who = new QFormLayout;
    m_errors = new FormErrors(who, this);
    m_errors->addRow(QStringLiteral("name"), tr("&Name"), m_name);
    m_errors->addRow(QStringLiteral("phone"), tr("&Phone"), m_phone);
    m_errors->addRow(QStringLiteral("email"), tr("&Email"), m_email);
    m_errors->addRow(QStringLiteral("address.line1"), tr("&Address"), m_line1);
    m_errors->addRow(QStringLiteral("address.line2"), QString(), m_line2);
    m_errors->addRow(QStringLiteral("address.town"), tr("&Town"), m_town);
    m_errors->addRow(QStringLiteral("address.postcode"), tr("Post&code"), m_postcode);
    m_errors->addRow(QStringLiteral("locality"), tr("&Locality"), m_locality);
    m_errors->addRow(QStringLiteral("sswWorkerId"), tr("&Supervising social worker"), m_ssw);
    m_errors->addRow(QStringLiteral("active"), QString(), m_active);

    auto* offer = new QFormLayout;
    FormErrors* offerErrors = new FormErrors(offer, this);
    offerErrors->addRow(QStringLiteral("supportOffered"), tr("Support offered"), m_support);
    offerErrors->addRow(QStringLiteral("hoursPerWeek"), tr("&Hours a week for LIFT"), m_hours);
    offerErrors->addRow(QStringLiteral("fosterChildrenAtHome"), tr("&Foster children at home"),
                        m_fosterChildren);
    offerErrors->addRow(QStringLiteral("saferCareNotes"), tr("Safer care"), m_saferCare);
    offerErrors->addRow(QStringLiteral("buddyName"), tr("&Buddy"), m_buddyName);
    offerErrors->addRow(QStringLiteral("buddyPhone"), tr("Buddy's &mobile"), m_buddyPhone);
    auto* codeRow = new QWidget;
    auto* codeLayout = new QHBoxLayout(codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeWord, 1);
    codeLayout->addWidget(m_showCodeWord);
    offerErrors->addRow(QStringLiteral("codeWord"), tr("&Code word"), codeRow);
    offer->addRow(QString(), m_codeWordNote);
    offerErrors->addRow(QStringLiteral("notes"), tr("N&otes"), m_notes);
    m_offerErrors = offerErrors; // the right-hand column's fields report here

    auto* columns = new QHBoxLayout;
    auto* left = new QGroupBox(tr("Mentor"));
    left->setLayout(who);
    auto* right = new QGroupBox(tr("Support, safer care and buddy"));
    right->setLayout(offer);
    columns->addWidget(left, 1);
    columns->addWidget(right, 1);

    m_history->setHeaderLabels({tr("Family"), tr("Linked"), tr("Until"), tr("Why it ended")});
    m_history->setRootIsDecorated(false);
    m_history->setFixedHeight(110);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(new QLabel(tr("Families, current and past:")));
    layout->addWidget(m_history);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_ssw, &QComboBox::currentIndexChanged, this, &MentorDialog::updateCodeWordAccess);
    connect(m_showCodeWord, &QPushButton::clicked, this, &MentorDialog::revealCodeWord);
    updateCodeWordAccess();
    resize(940, sizeHint().height());
}

void MentorDialog::load(const Mentor& mentor) {
    m_mentor = mentor;
    m_codeWordLoaded = false;
    m_loadedCodeWord.clear();
    m_codeWord->clear();
    m_name->setText(mentor.name);
    m_phone->setText(mentor.phone);
    m_email->setText(mentor.email);
    m_line1->setText(mentor.address.line1);
    m_line2->setText(mentor.address.line2);
    m_town->setText(mentor.address.town);
    m_postcode->setText(mentor.address.postcode);
    m_locality->setText(mentor.locality);
    const int ssw = m_ssw->findData(mentor.sswWorkerId);
    m_ssw->setCurrentIndex(ssw >= 0 ? ssw : 0);
    m_support->setCodes(mentor.supportOffered);
    m_hours->setValue(mentor.hoursPerWeek);
    m_fosterChildren->setValue(mentor.fosterChildrenAtHome);
    m_saferCare->setPlainText(mentor.saferCareNotes);
    m_buddyName->setText(mentor.buddyName);
    m_buddyPhone->setText(mentor.buddyPhone);
    m_active->setChecked(mentor.active);
    m_notes->setPlainText(mentor.notes);
    updateCodeWordAccess();
    fillHistory();
}

Mentor MentorDialog::value() const {
    Mentor m = m_mentor;
    m.name = m_name->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.email = m_email->text().trimmed();
    m.address = {m_line1->text().trimmed(), m_line2->text().trimmed(), m_town->text().trimmed(),
                 m_postcode->text().trimmed()};
    m.locality = m_locality->text().trimmed();
    m.sswWorkerId = m_ssw->currentData().toLongLong();
    m.supportOffered = m_support->codes();
    m.hoursPerWeek = m_hours->value();
    m.fosterChildrenAtHome = m_fosterChildren->value();
    m.saferCareNotes = m_saferCare->toPlainText();
    m.buddyName = m_buddyName->text().trimmed();
    m.buddyPhone = m_buddyPhone->text().trimmed();
    m.active = m_active->isChecked();
    m.notes = m_notes->toPlainText();
    return m;
}

void MentorDialog::updateCodeWordAccess() {
    const qint64 ssw = m_ssw->currentData().toLongLong();
    const bool allowed = access::canSeeCodeWord(m_db, ssw);
    const bool stored = m_mentor.id != 0 && MentorRepository(m_db).hasCodeWord(m_mentor.id);
    m_codeWord->setVisible(allowed);
    // An existing word stays hidden until asked for: each showing is audited.
    m_showCodeWord->setVisible(allowed && stored && !m_codeWordLoaded);
    m_codeWord->setEnabled(allowed && (!stored || m_codeWordLoaded));
    if (!allowed)
        m_codeWordNote->setText(
            stored ? tr("A code word is recorded. Only the mentor's supervising social worker "
                        "or a LIFT coordinator can see or change it.")
                   : tr("Only the mentor's supervising social worker or a LIFT coordinator can "
                        "set the code word."));
    else if (stored && !m_codeWordLoaded)
        m_codeWordNote->setText(tr("A code word is recorded. Showing it is recorded in the audit trail."));
    else
        m_codeWordNote->setText(
            tr("Agreed between the mentor and their buddy, for phone calls when the mentor "
               "is at risk. Never printed or exported."));
}

void MentorDialog::revealCodeWord() {
    auto word = MentorRepository(m_db).codeWord(m_mentor.id);
    if (!word) {
        m_codeWordNote->setText(word.error());
        return;
    }
    m_loadedCodeWord = *word;
    m_codeWordLoaded = true;
    m_codeWord->setText(*word);
    m_codeWord->setEchoMode(QLineEdit::Normal);
    updateCodeWordAccess();
}

void MentorDialog::fillHistory() {
    m_history->clear();
    if (m_mentor.id == 0)
        return;
    FamilyRepository families(m_db);
    for (const MentorLink& link : LiftRepository(m_db).linksForMentor(m_mentor.id)) {
        QString family = tr("A family of another team");
        if (access::canSeeFamily(m_db, link.familyId))
            if (auto f = families.get(link.familyId))
                family = f->name;
        auto* item = new QTreeWidgetItem(
            m_history, {family, link.linkedOn.toString(QStringLiteral("dd/MM/yyyy")),
                        link.isCurrent() ? tr("now") : link.unlinkedOn.toString(QStringLiteral("dd/MM/yyyy")),
                        link.unlinkReason});
        if (link.isCurrent()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
}

QString MentorDialog::saveError() const {
    return m_errors->issueText(QStringLiteral("name"));
}

void MentorDialog::accept() {
    const Mentor m = value();
    const ValidationIssues issues = validateMentor(m);
    ValidationIssues mine, theirs;
    for (const ValidationIssue& issue : issues)
        (m_offerErrors->hasRow(issue.field) ? theirs : mine) << issue;
    const bool leftOk = m_errors->show(mine, QStringLiteral("name"));
    const bool rightOk = m_offerErrors->show(theirs, QStringLiteral("notes"));
    if (!leftOk || !rightOk)
        return;
    Mentor toSave = m;
    MentorRepository mentors(m_db);
    Status saved = Status::ok();
    const bool mayWrite = m_codeWord->isVisible() && m_codeWord->isEnabled();
    if (mayWrite && m_codeWord->text().trimmed() != m_loadedCodeWord.trimmed())
        saved = mentors.save(toSave, m_codeWord->text());
    else
        saved = mentors.save(toSave);
    if (!saved) {
        m_errors->setIssue(QStringLiteral("name"), saved.error());
        return;
    }
    m_mentor = toSave;
    QDialog::accept();
}

} // namespace waymark
