#include "earlyhelp/definedformdialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/formdefinition.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularychecks.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace waymark {

namespace {

// A date and time that may be left empty: a tick to say it happened, then when.
class OptionalDateTime : public QWidget {
public:
    explicit OptionalDateTime(const QString& name, bool required) {
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        m_edit->setObjectName(name);
        m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        m_edit->setCalendarPopup(true);
        if (!required) {
            m_done->setObjectName(name + QStringLiteral("_done"));
            row->addWidget(m_done);
            connect(m_done, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
            m_edit->setEnabled(false);
        } else {
            m_done->setChecked(true);
            m_done->hide();
        }
        row->addWidget(m_edit, 1);
    }
    void set(const QString& stored, const QDateTime& fallback) {
        const QDateTime at = localTimeFromText(stored);
        m_done->setChecked(at.isValid() || m_done->isHidden());
        m_edit->setDateTime(at.isValid() ? at : fallback);
    }
    QString stored() const { return m_done->isChecked() ? localTimeToText(m_edit->dateTime()) : QString(); }
    QCheckBox* m_done = new QCheckBox(QObject::tr("done"));
    QDateTimeEdit* m_edit = new QDateTimeEdit;
};

} // namespace

DefinedFormDialog::DefinedFormDialog(Database& db, const EhForm& form, LiveCheck live, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_definition(formDefinition(form.kind))
    , m_readOnly(!form.isDraft())
    , m_live(std::move(live))
    , m_liveLabel(new QLabel)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New: %1").arg(title)
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    m_liveLabel->setObjectName(QStringLiteral("liveCheck"));
    m_liveLabel->setWordWrap(true);

    auto* fields = new QWidget;
    auto* layout = new QFormLayout(fields);
    m_errors = new FormErrors(layout, this);
    m_errors->addRow(QStringLiteral("completed_on"), tr("Form &date"), [&] {
        auto* date = new DateField;
        date->setObjectName(QStringLiteral("completedOn"));
        date->setDate(form.completedOn.isValid() ? form.completedOn : db.today());
        m_readers.insert(QStringLiteral("@completed_on"), [date] { return dateToText(date->date()); });
        date->setReadOnly(m_readOnly);
        return date;
    }());
    for (const FieldDefinition& f : m_definition ? m_definition->fields : std::vector<FieldDefinition>{}) {
        const QString key = QLatin1String(f.key);
        const QString stored = form.text(key);
        QWidget* widget = nullptr;
        switch (f.type) {
        case FieldType::Text: {
            auto* e = new QLineEdit(stored);
            e->setReadOnly(m_readOnly);
            m_readers.insert(key, [e] { return e->text().trimmed(); });
            connect(e, &QLineEdit::textChanged, this, &DefinedFormDialog::updateLive);
            widget = e;
            break;
        }
        case FieldType::LongText: {
            auto* e = new QPlainTextEdit(stored);
            e->setTabChangesFocus(true);
            e->setFixedHeight(64);
            e->setReadOnly(m_readOnly);
            m_readers.insert(key, [e] { return e->toPlainText().trimmed(); });
            widget = e;
            break;
        }
        case FieldType::Date: {
            auto* e = new DateField;
            e->setDate(dateFromText(stored));
            e->setReadOnly(m_readOnly);
            m_readers.insert(key, [e] { return dateToText(e->date()); });
            connect(e, &QLineEdit::textChanged, this, &DefinedFormDialog::updateLive);
            widget = e;
            break;
        }
        case FieldType::DateTime: {
            auto* e = new OptionalDateTime(key, f.neededToSubmit);
            e->set(stored, QDateTime(db.today(), QTime(QTime::currentTime().hour(), 0)));
            e->setEnabled(!m_readOnly);
            m_readers.insert(key, [e] { return e->stored(); });
            connect(e->m_edit, &QDateTimeEdit::dateTimeChanged, this, &DefinedFormDialog::updateLive);
            connect(e->m_done, &QCheckBox::toggled, this, &DefinedFormDialog::updateLive);
            widget = e;
            break;
        }
        case FieldType::Tick: {
            auto* e = new QCheckBox;
            e->setChecked(stored == QLatin1String("1"));
            e->setEnabled(!m_readOnly);
            m_readers.insert(key, [e] { return e->isChecked() ? QStringLiteral("1") : QString(); });
            widget = e;
            break;
        }
        case FieldType::Choice: {
            auto* e = new VocabularyCombo(f.choices(), tr("(choose)"));
            e->setCode(stored);
            e->setEnabled(!m_readOnly);
            m_readers.insert(key, [e] { return e->code(); });
            connect(e, &QComboBox::currentIndexChanged, this, &DefinedFormDialog::updateLive);
            widget = e;
            break;
        }
        case FieldType::Checklist: {
            auto* e = new VocabularyChecks(f.choices(), 1);
            e->setCodes(stored.split(QLatin1Char(' '), Qt::SkipEmptyParts));
            e->setEnabled(!m_readOnly);
            m_readers.insert(key, [e] { return e->codes().join(QLatin1Char(' ')); });
            widget = e;
            break;
        }
        }
        if (f.type != FieldType::DateTime)
            widget->setObjectName(key);
        QWidget* cell = widget;
        if (f.hint) {
            cell = new QWidget;
            auto* v = new QVBoxLayout(cell);
            v->setContentsMargins(0, 0, 0, 0);
            v->addWidget(widget);
            v->addWidget(makeHintLabel(QCoreApplication::translate("Vocabulary", f.hint)));
        }
        m_errors->addRow(key, fieldLabel(f) + (f.neededToSubmit ? QStringLiteral(" *") : QString()), cell);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox;
    if (m_readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        auto* save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveDraft"));
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* outer = new QVBoxLayout(this);
    if (m_definition)
        outer->addWidget(makeHintLabel(QCoreApplication::translate("Vocabulary", m_definition->intro),
                                       QStringLiteral("formIntro")));
    if (!form.decisionNote.isEmpty())
        outer->addWidget(
            makeHintLabel(tr("Manager's note: %1").arg(form.decisionNote), QStringLiteral("decisionNote")));
    outer->addWidget(scroll, 1);
    outer->addWidget(m_liveLabel);
    outer->addWidget(makeHintLabel(tr("* needed before the form is submitted to the manager")));
    outer->addWidget(m_saveError);
    outer->addWidget(buttons);
    resize(940, 740); // the longest checklist labels fit without a sideways scroll
    updateLive();
}

EhForm DefinedFormDialog::value() const {
    EhForm f = m_form;
    for (auto it = m_readers.begin(); it != m_readers.end(); ++it) {
        if (it.key() == QLatin1String("@completed_on"))
            f.completedOn = dateFromText(it.value()());
        else
            f.texts[it.key()] = it.value()();
    }
    return f;
}

QString DefinedFormDialog::liveText() const {
    return m_liveLabel->text();
}

void DefinedFormDialog::updateLive() {
    m_liveLabel->setVisible(bool(m_live));
    if (m_live)
        m_liveLabel->setText(m_live(value()));
}

void DefinedFormDialog::accept() {
    m_saveError->hide();
    EhForm f = value();
    ValidationIssues issues;
    for (DateField* d : findChildren<DateField*>())
        if (!d->isValidInput())
            issues << ValidationIssue{d->objectName() == QLatin1String("completedOn")
                                          ? QStringLiteral("completed_on")
                                          : d->objectName(),
                                      d->inputProblem()};
    if (issues.isEmpty())
        issues << validateEhForm(f, m_db.today(), FormCheck::Draft);
    if (!m_errors->show(issues, QStringLiteral("completed_on"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        return;
    }
    if (Status s = EhFormRepository(m_db).saveDraft(f); !s)
        return showSaveError(m_saveError, s.error());
    m_form = f;
    QDialog::accept();
}

} // namespace waymark
