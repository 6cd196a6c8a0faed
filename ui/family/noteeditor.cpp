#include "family/noteeditor.h"

#include "domain/vocabulary.h"
#include "storage/casenoterepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "validation/dateinput.h"
#include "validation/validators.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int kAutosaveDelayMs = 2000;

QPlainTextEdit* narrativeField(const QString& name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    // Equal, modest boxes: one long field must not push the rest of the template off screen.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}
} // namespace

QString NoteEditor::draftKey(qint64 familyId) {
    return QStringLiteral("note/family/%1").arg(familyId);
}

NoteEditor::NoteEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_autosave(new QTimer(this))
    , m_banner(new QLabel)
    , m_date(new DateField)
    , m_time(new QLineEdit)
    , m_type(new VocabularyCombo(vocab::noteType(), tr("Choose...")))
    , m_involvement(new QComboBox)
    , m_subject(new QLineEdit)
    , m_people(new QListWidget)
    , m_location(new QLineEdit)
    , m_present(new QLineEdit)
    , m_outcomes(new QLineEdit)
    , m_purpose(
          narrativeField(QStringLiteral("purpose"), tr("Purpose of the contact; outcomes it helped achieve")))
    , m_workedWell(narrativeField(QStringLiteral("whatWorkedWell"), tr("What worked well?")))
    , m_worries(narrativeField(QStringLiteral("worries"), tr("What are they worried about?")))
    , m_voice(narrativeField(QStringLiteral("voice"), tr("What did the child and family say? Their words.")))
    , m_nextSteps(narrativeField(QStringLiteral("nextSteps"), tr("Who will do what, by when")))
    , m_restricted(new QCheckBox(tr("Restricted: only I and team managers can read this note"))) {
    m_date->setObjectName(QStringLiteral("contactDate"));
    m_time->setObjectName(QStringLiteral("contactTime"));
    m_time->setPlaceholderText(tr("hh:mm"));
    m_time->setMaxLength(5);
    m_time->setMaximumWidth(80);
    m_type->setObjectName(QStringLiteral("noteType"));
    m_involvement->setObjectName(QStringLiteral("involvement"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(
        tr("Say what the note is about, e.g. \"Home visit to complete assessment\""));
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setMaximumHeight(m_people->fontMetrics().lineSpacing() * 5 + 8);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setPlaceholderText(tr("e.g. home, school"));
    m_present->setObjectName(QStringLiteral("present"));
    m_present->setPlaceholderText(tr("Everyone present; professionals with name and agency or role"));
    m_outcomes->setObjectName(QStringLiteral("outcomesAddressed"));
    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    auto* when = new QWidget;
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(new QLabel(tr("at")));
    whenLayout->addWidget(m_time);
    whenLayout->addStretch();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors = new FormErrors(form, this);
    m_errors->addRow(QStringLiteral("contactAt"), tr("&Date and time"), when);
    m_errors->addRow(QStringLiteral("noteType"), tr("T&ype"), m_type);
    m_errors->addRow(QStringLiteral("involvementId"), tr("Ser&vice"), m_involvement);
    m_errors->addRow(QStringLiteral("subject"), tr("&Subject"), m_subject);
    m_errors->addRow(QStringLiteral("personIds"), tr("C&oncerns"), m_people);
    m_errors->addRow(QStringLiteral("location"), tr("&Location"), m_location);
    m_errors->addRow(QStringLiteral("present"), tr("&Present"), m_present);
    m_errors->addRow(QStringLiteral("outcomesAddressed"), tr("&Outcomes addressed"), m_outcomes);
    m_errors->addRow(QStringLiteral("purpose"), tr("P&urpose"), m_purpose);
    m_errors->addRow(QStringLiteral("whatWorkedWell"), tr("What &worked well"), m_workedWell);
    m_errors->addRow(QStringLiteral("worries"), tr("Wo&rries"), m_worries);
    m_errors->addRow(QStringLiteral("voice"), tr("Voice of the &child and family"), m_voice);
    m_errors->addRow(QStringLiteral("nextSteps"), tr("&Next steps"), m_nextSteps);
    m_restricted->setObjectName(QStringLiteral("restricted"));
    m_errors->addRow(QStringLiteral("restricted"), QString(), m_restricted);

    auto* content = new QWidget;
    content->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QDialogButtonBox;
    auto* saveButton = buttons->addButton(tr("&Save note"), QDialogButtonBox::AcceptRole);
    auto* discardButton = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    saveButton->setObjectName(QStringLiteral("saveNote"));
    discardButton->setObjectName(QStringLiteral("discardNote"));
    saveButton->setToolTip(tr("Save the note (Ctrl+S)"));
    connect(saveButton, &QPushButton::clicked, this, &NoteEditor::save);
    connect(discardButton, &QPushButton::clicked, this, [this] {
        if (isBlank() ||
            QMessageBox::question(this, tr("Discard note"),
                                  tr("Discard this note? What you have written will be lost.")) ==
                QMessageBox::Yes)
            discard();
    });
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &NoteEditor::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::flushDraft);
    for (QLineEdit* edit :
         {static_cast<QLineEdit*>(m_date), m_time, m_subject, m_location, m_present, m_outcomes})
        connect(edit, &QLineEdit::textChanged, this, &NoteEditor::markChanged);
    for (QPlainTextEdit* edit : {m_purpose, m_workedWell, m_worries, m_voice, m_nextSteps})
        connect(edit, &QPlainTextEdit::textChanged, this, &NoteEditor::markChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NoteEditor::markChanged);
    connect(m_involvement, &QComboBox::currentIndexChanged, this, &NoteEditor::markChanged);
    connect(m_people, &QListWidget::itemChanged, this, &NoteEditor::markChanged);
    connect(m_restricted, &QCheckBox::toggled, this, &NoteEditor::markChanged);
    setEnabled(false);
}

void NoteEditor::setFamily(const Family& family, const std::vector<Person>& members,
                           const std::vector<Involvement>& involvements) {
    flushDraft();
    m_loading = true;
    m_familyId = family.id;
    m_involvement->clear();
    m_involvement->addItem(tr("Not tied to one service"), qint64(0));
    for (const Involvement& inv : involvements)
        m_involvement->addItem(
            tr("%1 (referred %2)").arg(vocab::service().label(inv.service), formatUserDate(inv.referralDate)),
            inv.id);
    m_people->clear();
    for (const Person& p : members) {
        auto* item = new QListWidgetItem(p.displayName(), m_people);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    clearFields();
    m_loading = false;
    m_dirty = false;
    setEnabled(true);
    if (auto draft = DraftRepository(m_db).load(draftKey(family.id))) {
        restoreDraft(draft->content);
        m_banner->setText(tr("Restored a note you had not saved (kept %1). Save it, or discard it.")
                              .arg(QLocale().toString(draft->updatedAt.toLocalTime(), QLocale::ShortFormat)));
        m_banner->show();
    }
}

bool NoteEditor::hasRestoredDraft() const {
    return !m_banner->isHidden();
}

void NoteEditor::clearFields() {
    const bool wasLoading = m_loading;
    m_loading = true;
    const QDateTime now = m_db.now().toLocalTime();
    m_date->setDate(now.date());
    m_time->setText(now.time().toString(QStringLiteral("HH:mm")));
    m_type->setCode(QString());
    m_involvement->setCurrentIndex(m_involvement->count() > 1 ? 1 : 0); // the newest involvement
    for (QLineEdit* edit : {m_subject, m_location, m_present, m_outcomes})
        edit->clear();
    for (QPlainTextEdit* edit : {m_purpose, m_workedWell, m_worries, m_voice, m_nextSteps})
        edit->clear();
    for (int i = 0; i < m_people->count(); ++i)
        m_people->item(i)->setCheckState(Qt::Unchecked);
    m_restricted->setChecked(false);
    m_errors->clear();
    m_banner->hide();
    m_loading = wasLoading;
}

void NoteEditor::markChanged() {
    if (m_loading || m_familyId == 0)
        return;
    m_dirty = true;
    m_autosave->start();
}

bool NoteEditor::isBlank() const {
    for (const QLineEdit* edit : {m_subject, m_location, m_present, m_outcomes})
        if (!edit->text().trimmed().isEmpty())
            return false;
    for (const QPlainTextEdit* edit : {m_purpose, m_workedWell, m_worries, m_voice, m_nextSteps})
        if (!edit->toPlainText().trimmed().isEmpty())
            return false;
    return true;
}

QString NoteEditor::draftJson() const {
    QJsonObject o;
    o[QStringLiteral("contactDate")] = m_date->text();
    o[QStringLiteral("contactTime")] = m_time->text();
    o[QStringLiteral("noteType")] = m_type->code();
    o[QStringLiteral("involvementId")] = m_involvement->currentData().toLongLong();
    const std::pair<const char*, const QLineEdit*> lines[] = {{"subject", m_subject},
                                                              {"location", m_location},
                                                              {"present", m_present},
                                                              {"outcomesAddressed", m_outcomes}};
    for (const auto& [key, edit] : lines)
        o[QLatin1String(key)] = edit->text();
    const std::pair<const char*, const QPlainTextEdit*> texts[] = {{"purpose", m_purpose},
                                                                   {"whatWorkedWell", m_workedWell},
                                                                   {"worries", m_worries},
                                                                   {"voice", m_voice},
                                                                   {"nextSteps", m_nextSteps}};
    for (const auto& [key, edit] : texts)
        o[QLatin1String(key)] = edit->toPlainText();
    QJsonArray people;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            people << m_people->item(i)->data(Qt::UserRole).toLongLong();
    o[QStringLiteral("personIds")] = people;
    o[QStringLiteral("restricted")] = m_restricted->isChecked();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void NoteEditor::restoreDraft(const QString& json) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    m_loading = true;
    m_date->setText(o.value(QStringLiteral("contactDate")).toString());
    m_time->setText(o.value(QStringLiteral("contactTime")).toString());
    m_type->setCode(o.value(QStringLiteral("noteType")).toString());
    const int inv = m_involvement->findData(qint64(o.value(QStringLiteral("involvementId")).toDouble()));
    if (inv >= 0)
        m_involvement->setCurrentIndex(inv);
    m_subject->setText(o.value(QStringLiteral("subject")).toString());
    m_location->setText(o.value(QStringLiteral("location")).toString());
    m_present->setText(o.value(QStringLiteral("present")).toString());
    m_outcomes->setText(o.value(QStringLiteral("outcomesAddressed")).toString());
    m_purpose->setPlainText(o.value(QStringLiteral("purpose")).toString());
    m_workedWell->setPlainText(o.value(QStringLiteral("whatWorkedWell")).toString());
    m_worries->setPlainText(o.value(QStringLiteral("worries")).toString());
    m_voice->setPlainText(o.value(QStringLiteral("voice")).toString());
    m_nextSteps->setPlainText(o.value(QStringLiteral("nextSteps")).toString());
    m_restricted->setChecked(o.value(QStringLiteral("restricted")).toBool());
    const QJsonArray people = o.value(QStringLiteral("personIds")).toArray();
    for (int i = 0; i < m_people->count(); ++i) {
        const qint64 id = m_people->item(i)->data(Qt::UserRole).toLongLong();
        const bool checked = std::any_of(people.begin(), people.end(),
                                         [id](const QJsonValue& v) { return qint64(v.toDouble()) == id; });
        m_people->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

void NoteEditor::flushDraft() {
    m_autosave->stop();
    if (!m_dirty || m_familyId == 0)
        return;
    m_dirty = false;
    DraftRepository drafts(m_db);
    if (isBlank())
        drafts.remove(draftKey(m_familyId));
    else
        drafts.save({draftKey(m_familyId), m_familyId, draftJson(), {}});
}

bool NoteEditor::save() {
    if (m_familyId == 0)
        return false;
    ValidationIssues issues;
    auto date = parseUserDate(m_date->text());
    auto time = parseUserTime(m_time->text());
    if (!date)
        issues << ValidationIssue{QStringLiteral("contactAt"), date.error()};
    else if (!time)
        issues << ValidationIssue{QStringLiteral("contactAt"), time.error()};

    CaseNote note;
    note.familyId = m_familyId;
    note.involvementId = m_involvement->currentData().toLongLong();
    if (date && time && date->isValid())
        note.contactAt = QDateTime(*date, *time);
    note.noteType = m_type->code();
    note.subject = m_subject->text().trimmed();
    note.location = m_location->text().trimmed();
    note.present = m_present->text().trimmed();
    note.outcomesAddressed = m_outcomes->text().trimmed();
    note.purpose = m_purpose->toPlainText().trimmed();
    note.whatWorkedWell = m_workedWell->toPlainText().trimmed();
    note.worries = m_worries->toPlainText().trimmed();
    note.voice = m_voice->toPlainText().trimmed();
    note.nextSteps = m_nextSteps->toPlainText().trimmed();
    note.authorWorkerId = m_authorWorkerId;
    note.restricted = m_restricted->isChecked();
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            note.personIds.push_back(m_people->item(i)->data(Qt::UserRole).toLongLong());
    if (issues.isEmpty())
        issues = validateCaseNote(note, m_db.today());
    if (!m_errors->show(issues, QStringLiteral("subject"))) {
        if (QWidget* w = m_errors->firstFieldWithIssue())
            w->setFocus();
        flushDraft();
        return false;
    }
    if (Status s = CaseNoteRepository(m_db).save(note, draftKey(m_familyId)); !s) {
        m_errors->show({ValidationIssue{QStringLiteral("subject"), s.error()}});
        flushDraft();
        return false;
    }
    m_autosave->stop();
    clearFields();
    m_dirty = false;
    emit noteSaved(note.id);
    return true;
}

void NoteEditor::focusFirstField() {
    m_type->setFocus();
}

void NoteEditor::discard() {
    m_autosave->stop();
    if (m_familyId != 0)
        DraftRepository(m_db).remove(draftKey(m_familyId));
    clearFields();
    m_dirty = false;
}

} // namespace waymark
