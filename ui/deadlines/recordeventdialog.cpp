#include "deadlines/recordeventdialog.h"

#include "deadlines/rulebook.h"
#include "domain/vocabulary.h"
#include "validation/dateinput.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/savecancelbuttons.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

RecordEventDialog::RecordEventDialog(const RuleBook& book, const std::vector<Involvement>& involvements,
                                     const std::vector<std::pair<qint64, QString>>& children,
                                     const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_today(today)
    , m_kind(new QComboBox)
    , m_date(new DateField)
    , m_time(new QLineEdit)
    , m_involvement(new QComboBox)
    , m_person(new QComboBox)
    , m_note(new QPlainTextEdit) {
    setWindowTitle(tr("Record an event"));
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_time->setObjectName(QStringLiteral("eventTime"));
    m_involvement->setObjectName(QStringLiteral("eventInvolvement"));
    m_person->setObjectName(QStringLiteral("eventPerson"));
    m_note->setObjectName(QStringLiteral("eventNote"));

    // About 200 kinds: sorted by their words, and searchable by typing any part of them.
    std::vector<std::pair<QString, QString>> kinds;
    for (auto it = book.eventKinds().cbegin(); it != book.eventKinds().cend(); ++it)
        if (it.key() != QLatin1String("child_dob"))
            kinds.push_back({book.eventTitle(it.key()), it.key()});
    std::sort(kinds.begin(), kinds.end());
    m_kind->addItem(tr("Choose or type..."), QString());
    for (const auto& [label, kind] : kinds)
        m_kind->addItem(label, kind);
    m_kind->setEditable(true);
    m_kind->setInsertPolicy(QComboBox::NoInsert);
    m_kind->completer()->setFilterMode(Qt::MatchContains);
    m_kind->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_date->setDate(today);
    m_time->setPlaceholderText(tr("hh:mm (optional)"));
    m_time->setMaxLength(5);
    m_time->setMaximumWidth(110);
    auto* when = new QWidget;
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(new QLabel(tr("at")));
    whenLayout->addWidget(m_time);
    whenLayout->addStretch();

    m_involvement->addItem(tr("The family as a whole"), qint64(0));
    for (const Involvement& inv : involvements)
        if (inv.isOpen())
            m_involvement->addItem(vocab::service().label(inv.service), inv.id);
    if (m_involvement->count() > 1)
        m_involvement->setCurrentIndex(1);
    m_person->addItem(tr("Not about one child"), qint64(0));
    for (const auto& [id, name] : children)
        m_person->addItem(name, id);
    m_note->setFixedHeight(70);
    m_note->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("kind"), tr("&What happened"), m_kind);
    m_errors->addRow(QStringLiteral("date"), tr("&When"), when);
    m_errors->addRow(QStringLiteral("involvementId"), tr("&Service"), m_involvement);
    m_errors->addRow(QStringLiteral("personId"), tr("&Child"), m_person);
    m_errors->addRow(QStringLiteral("note"), tr("&Note"), m_note);
    auto* buttons = makeSaveCancelButtons(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

RecordedEvent RecordEventDialog::value() const {
    RecordedEvent e;
    // The typed text may name a kind without picking it from the list.
    const int index = m_kind->findText(m_kind->currentText(), Qt::MatchFixedString);
    e.kind = index > 0 ? m_kind->itemData(index).toString() : QString();
    e.date = m_date->date();
    if (auto time = parseUserTime(m_time->text()); time && !m_time->text().trimmed().isEmpty())
        e.time = *time;
    e.involvementId = m_involvement->currentData().toLongLong();
    e.personId = m_person->currentData().toLongLong();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void RecordEventDialog::showError(const QString& message) {
    m_errors->show({{QStringLiteral("kind"), message}});
}

void RecordEventDialog::accept() {
    ValidationIssues issues;
    const RecordedEvent e = value();
    if (e.kind.isEmpty())
        issues << ValidationIssue{QStringLiteral("kind"), tr("Choose what happened from the list.")};
    if (!m_date->isValidInput())
        issues << ValidationIssue{QStringLiteral("date"), m_date->inputProblem()};
    else if (!e.date.isValid())
        issues << ValidationIssue{QStringLiteral("date"), tr("Enter the date it happened.")};
    else if (e.date > m_today)
        issues << ValidationIssue{QStringLiteral("date"),
                                  tr("The date is in the future: record events once they happen.")};
    else if (!m_time->text().trimmed().isEmpty() && !parseUserTime(m_time->text()))
        issues << ValidationIssue{QStringLiteral("date"), parseUserTime(m_time->text()).error()};
    if (!m_errors->show(issues, QStringLiteral("kind")))
        return;
    QDialog::accept();
}

} // namespace waymark
