#include "earlyhelp/contactattemptdialog.h"

#include "earlyhelp/contactrepository.h"
#include "earlyhelp/contactvalidation.h"
#include "earlyhelp/contactvocabulary.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace waymark {

ContactAttemptDialog::ContactAttemptDialog(Database& db, const Involvement& involvement, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_involvement(involvement)
    , m_date(new DateField)
    , m_time(new QTimeEdit)
    , m_day(new QLabel)
    , m_method(new VocabularyCombo(vocab::ehContactMethod(), tr("Choose how...")))
    , m_outcome(new VocabularyCombo(vocab::ehContactOutcome(), tr("Choose what came of it...")))
    , m_replyBy(new DateField)
    , m_replyHint(makeHintLabel(QString(), QStringLiteral("replyByHint")))
    , m_note(new QPlainTextEdit)
    , m_saveError(makeSaveErrorLabel()) {
    setWindowTitle(tr("Attempt to contact the family"));
    m_date->setObjectName(QStringLiteral("attemptDate"));
    m_time->setObjectName(QStringLiteral("attemptTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_day->setObjectName(QStringLiteral("attemptDay"));
    m_method->setObjectName(QStringLiteral("method"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_replyBy->setObjectName(QStringLiteral("replyBy"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said or left; anything to try next time"));
    m_note->setFixedHeight(80);

    auto* when = new QWidget;
    auto* whenRow = new QHBoxLayout(when);
    whenRow->setContentsMargins(0, 0, 0, 0);
    whenRow->addWidget(m_date, 2);
    whenRow->addWidget(new QLabel(tr("at")));
    whenRow->addWidget(m_time, 1);
    whenRow->addWidget(m_day, 2);

    auto* reply = new QWidget;
    auto* replyBox = new QVBoxLayout(reply);
    replyBox->setContentsMargins(0, 0, 0, 0);
    replyBox->setSpacing(2);
    replyBox->addWidget(m_replyBy);
    replyBox->addWidget(m_replyHint);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("attemptedAt"), tr("&When"), when);
    m_errors->addRow(QStringLiteral("method"), tr("&How"), m_method);
    m_errors->addRow(QStringLiteral("outcome"), tr("&Outcome"), m_outcome);
    m_errors->addRow(QStringLiteral("replyBy"), tr("&Reply by"), reply);
    m_errors->addRow(QStringLiteral("note"), tr("&Note"), m_note);

    auto* intro = makeHintLabel(tr("Log every attempt: calls at different times of day in different weeks, "
                                   "texts, a cold call with a calling card, and for targeted and intensive "
                                   "support a letter giving 10 days to reply."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(makeSaveCancelButtons(this));

    connect(m_method, &QComboBox::currentIndexChanged, this, &ContactAttemptDialog::methodChanged);
    connect(m_date, &QLineEdit::textChanged, this, &ContactAttemptDialog::showDay);
    connect(m_date, &QLineEdit::textChanged, this, &ContactAttemptDialog::methodChanged);

    // A new attempt: now, with the worker signed in.
    ContactAttempt a;
    a.involvementId = involvement.id;
    a.familyId = involvement.familyId;
    const QDateTime now = db.now().toLocalTime();
    a.at = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
    load(a);
    resize(560, sizeHint().height());
}

void ContactAttemptDialog::load(const ContactAttempt& a) {
    m_attempt = a;
    setWindowTitle(a.id == 0 ? tr("Log an attempt to contact the family")
                             : tr("Change an attempt to contact"));
    m_date->setDate(a.at.date());
    m_time->setTime(a.at.time());
    {
        const QSignalBlocker block(m_method);
        m_method->setCode(a.method);
    }
    m_outcome->setCode(a.outcome);
    m_replyBy->setDate(a.replyBy);
    m_suggestedReplyBy = QDate();
    m_note->setPlainText(a.note);
    methodChanged();
    showDay();
}

void ContactAttemptDialog::showDay() {
    const QDate d = m_date->date();
    m_day->setText(d.isValid() ? QLocale().dayName(d.dayOfWeek()) : QString());
}

// A calling card or a letter asks for a reply by a date: the form suggests one (a letter: 10 days)
// and replaces its own suggestion when the method changes, never a date the worker typed.
void ContactAttemptDialog::methodChanged() {
    const QString method = m_method->code();
    const bool hasReply = vocab::ehContactMethodHasReplyBy(method);
    m_replyBy->setEnabled(hasReply);
    const bool untouched = m_replyBy->text().trimmed().isEmpty() ||
                           (m_suggestedReplyBy.isValid() && m_replyBy->date() == m_suggestedReplyBy);
    if (untouched) {
        m_suggestedReplyBy =
            hasReply ? suggestedReplyBy(method, m_date->date().isValid() ? m_date->date() : m_db.today())
                     : QDate();
        m_replyBy->setDate(m_suggestedReplyBy);
    }
    if (!hasReply && !m_replyBy->text().trimmed().isEmpty() && m_replyBy->date() != m_suggestedReplyBy)
        m_replyBy->setDate(QDate());
    m_replyHint->setText(
        method == QLatin1String("letter")
            ? tr("The letter asks the family to make contact within 10 days, or the case closes.")
        : method == QLatin1String("cold_call")
            ? tr("The calling card asks the family to make contact by this date.")
            : tr("Only for a calling card or a letter."));
}

ContactAttempt ContactAttemptDialog::value() const {
    ContactAttempt a = m_attempt;
    const QDate d = m_date->date();
    a.at = d.isValid() ? QDateTime(d, QTime(m_time->time().hour(), m_time->time().minute())) : QDateTime();
    a.method = m_method->code();
    a.outcome = m_outcome->code();
    a.replyBy = vocab::ehContactMethodHasReplyBy(a.method) ? m_replyBy->date() : QDate();
    a.note = m_note->toPlainText().trimmed();
    return a;
}

void ContactAttemptDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_date->isValidInput())
        issues << ValidationIssue{QStringLiteral("attemptedAt"), m_date->inputProblem()};
    if (!m_replyBy->isValidInput())
        issues << ValidationIssue{QStringLiteral("replyBy"), m_replyBy->inputProblem()};
    ContactAttempt a = value();
    if (issues.isEmpty())
        issues = validateContactAttempt(a, m_db.now());
    if (!m_errors->show(issues, QStringLiteral("attemptedAt"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = ContactAttemptRepository(m_db).save(a); !s)
        return showSaveError(m_saveError, s.error());
    m_attempt = a;
    QDialog::accept();
}

} // namespace waymark
