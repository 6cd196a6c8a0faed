#include "earlyhelp/familystardialog.h"

#include "earlyhelp/ehformrepository.h"
#include "earlyhelp/ehformvalidation.h"
#include "earlyhelp/familystar.h"
#include "earlyhelp/starchartwidget.h"
#include "lift/liftui.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/formerrors.h"
#include "widgets/vocabularycombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace waymark {

namespace {

// The perspectives a worker chooses for the main reading; "family" is the second reading that
// comes with "worker".
const Vocabulary& mainPerspectives() {
    static const Vocabulary v(
        "starMainPerspective",
        {
            {"agreed", QT_TRANSLATE_NOOP("Vocabulary", "Agreed with the family")},
            {"worker", QT_TRANSLATE_NOOP("Vocabulary", "The family disagreed: record both views")},
            {"worker_only", QT_TRANSLATE_NOOP("Vocabulary", "Worker only: the family has disengaged")},
        });
    return v;
}

QSpinBox* makeScore(const QString& name) {
    auto* spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(0, 10);
    spin->setSpecialValueText(FamilyStarDialog::tr("not scored"));
    spin->setMinimumWidth(110);
    return spin;
}

QPlainTextEdit* makeText(const QString& name, const QString& placeholder) {
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(58);
    return edit;
}

} // namespace

FamilyStarDialog::FamilyStarDialog(Database& db, const EhForm& form, std::vector<EhForm> approvedEarlier,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(form)
    , m_earlier(std::move(approvedEarlier))
    , m_readOnly(!form.isDraft())
    , m_review(form.kind == QLatin1String("star_review"))
    , m_completedOn(new DateField)
    , m_scoredBy(new QLineEdit)
    , m_perspective(new VocabularyCombo(mainPerspectives(), QString()))
    , m_attendance(new QLineEdit)
    , m_outcome(new VocabularyCombo(vocab::reviewOutcome(), FamilyStarDialog::tr("(not decided yet)")))
    , m_familyBox(new QGroupBox(tr("The family's own scores")))
    , m_chart(new StarChartWidget)
    , m_saveError(makeSaveErrorLabel()) {
    const QString title = vocab::ehFormKind().label(form.kind);
    setWindowTitle(form.id == 0 ? tr("New %1").arg(title.toLower())
                                : tr("%1, version %2 (%3)")
                                      .arg(title)
                                      .arg(form.version)
                                      .arg(vocab::ehFormStatus().label(form.status).toLower()));
    m_completedOn->setObjectName(QStringLiteral("completedOn"));
    m_scoredBy->setObjectName(QStringLiteral("scoredBy"));
    m_scoredBy->setPlaceholderText(tr("e.g. Mum, Dale and the family support worker"));
    m_perspective->setObjectName(QStringLiteral("perspective"));
    m_attendance->setObjectName(QStringLiteral("schoolAttendance"));
    m_attendance->setPlaceholderText(tr("lowest among the children of school age, e.g. 84"));

    auto* top = new QFormLayout;
    m_errors = new FormErrors(top, this);
    m_errors->addRow(QStringLiteral("completed_on"), tr("&Completed on"), m_completedOn);
    m_errors->addRow(QStringLiteral("readings.scored_by"), tr("Scored &by"), m_scoredBy);
    m_errors->addRow(QStringLiteral("readings.perspective"), tr("&Did the family agree?"), m_perspective);
    m_errors->addRow(QStringLiteral("school_attendance"), tr("School &attendance %"), m_attendance);
    m_outcome->setObjectName(QStringLiteral("reviewOutcome"));
    if (m_review)
        m_errors->addRow(QStringLiteral("review_outcome"), tr("Review &outcome"), m_outcome);
    else
        m_outcome->hide();
    auto* topBox = makeFormGroup(tr("Who, when"), top);

    auto* areas = new QScrollArea;
    areas->setObjectName(QStringLiteral("starAreas"));
    areas->setWidgetResizable(true);
    areas->setWidget(buildAreas(m_review));
    areas->setMinimumWidth(560);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(topBox);
    leftLayout->addWidget(areas, 1);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(makeHintLabel(
        tr("The chart draws these scores over the approved assessment and latest review. Only the area "
           "names are shown: the Outcomes Star's own scale descriptions are not reproduced."),
        QStringLiteral("chartHint")));
    m_familyBox->setObjectName(QStringLiteral("familyScores"));
    rightLayout->addWidget(m_familyBox);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox;
    if (m_readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        auto* save = buttons->addButton(tr("&Save draft"), QDialogButtonBox::AcceptRole);
        save->setObjectName(QStringLiteral("saveDraft"));
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto* layout = new QVBoxLayout(this);
    if (!form.decisionNote.isEmpty() || form.status == QLatin1String("returned"))
        layout->addWidget(
            makeHintLabel(tr("Manager's note: %1").arg(form.decisionNote), QStringLiteral("decisionNote")));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    resize(1180, 780);

    load(form);
    for (QSpinBox* spin : std::as_const(m_scores))
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateChart(); });
    for (QSpinBox* spin : std::as_const(m_familyScores))
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateChart(); });
    connect(m_perspective, &QComboBox::currentIndexChanged, this, [this] {
        updateFamilyScores();
        updateChart();
    });
    updateFamilyScores();
    updateChart();

    if (m_readOnly) {
        for (QWidget* w : findChildren<QWidget*>()) {
            if (auto* text = qobject_cast<QPlainTextEdit*>(w))
                text->setReadOnly(true);
            else if (auto* line = qobject_cast<QLineEdit*>(w))
                line->setReadOnly(true);
            else if (auto* spin = qobject_cast<QSpinBox*>(w))
                spin->setReadOnly(true);
        }
        m_perspective->setEnabled(false);
        m_outcome->setEnabled(false);
    }
}

QWidget* FamilyStarDialog::buildAreas(bool review) {
    auto* holder = new QWidget;
    auto* column = new QVBoxLayout(holder);
    auto* familyGrid = new QGridLayout(m_familyBox);
    int row = 0;
    for (const QString& area : vocab::starArea().codes()) {
        const QString name = vocab::starArea().label(area);
        auto* box = new QGroupBox(name);
        box->setObjectName(QStringLiteral("area_") + area);
        auto* form = new QFormLayout(box);
        QSpinBox* score = makeScore(QStringLiteral("score_") + area);
        m_scores.insert(area, score);
        form->addRow(tr("Score (1-10)"), score);
        if (review) {
            auto* well = makeText(QStringLiteral("goneWell_") + area, tr("What has gone well?"));
            auto* worries = makeText(QStringLiteral("worries_") + area, tr("What worries you?"));
            m_goneWell.insert(area, well);
            m_worries.insert(area, worries);
            form->addRow(tr("What has gone well?"), well);
            form->addRow(tr("What worries you?"), worries);
        } else {
            auto* narrative = makeText(QStringLiteral("narrative_") + area,
                                       tr("What lies behind the score: what, where, who and when"));
            m_narratives.insert(area, narrative);
            form->addRow(tr("Why this score"), narrative);
        }
        column->addWidget(box);

        QSpinBox* familyScore = makeScore(QStringLiteral("familyScore_") + area);
        familyScore->setMinimumWidth(90);
        m_familyScores.insert(area, familyScore);
        familyGrid->addWidget(new QLabel(name), row, 0);
        familyGrid->addWidget(familyScore, row, 1);
        ++row;
    }
    column->addStretch(1);
    return holder;
}

void FamilyStarDialog::load(const EhForm& form) {
    m_completedOn->setDate(form.completedOn.isValid() ? form.completedOn : m_db.today());
    m_attendance->setText(form.text(QStringLiteral("school_attendance")));
    m_outcome->setCode(form.text(QStringLiteral("review_outcome")));
    const StarReading* main = form.mainReading();
    if (main) {
        m_scoredBy->setText(main->scoredBy);
        m_perspective->setCode(main->perspective);
        for (const StarScore& s : main->scores) {
            if (QSpinBox* spin = m_scores.value(s.area))
                spin->setValue(s.score);
            if (QPlainTextEdit* e = m_narratives.value(s.area))
                e->setPlainText(s.narrative);
            if (QPlainTextEdit* e = m_goneWell.value(s.area))
                e->setPlainText(s.goneWell);
            if (QPlainTextEdit* e = m_worries.value(s.area))
                e->setPlainText(s.worries);
        }
    }
    for (const StarReading& r : form.readings)
        if (r.perspective == QLatin1String("family"))
            for (const StarScore& s : r.scores)
                if (QSpinBox* spin = m_familyScores.value(s.area))
                    spin->setValue(s.score);
}

EhForm FamilyStarDialog::value() const {
    EhForm f = m_form;
    f.completedOn = m_completedOn->date();
    f.texts[QStringLiteral("school_attendance")] = m_attendance->text().trimmed();
    if (m_review)
        f.texts[QStringLiteral("review_outcome")] = m_outcome->code();
    StarReading main;
    main.perspective = m_perspective->code();
    main.scoredOn = f.completedOn;
    main.scoredBy = m_scoredBy->text().trimmed();
    for (const QString& area : vocab::starArea().codes()) {
        StarScore s;
        s.area = area;
        s.score = m_scores.value(area)->value();
        if (QPlainTextEdit* e = m_narratives.value(area))
            s.narrative = e->toPlainText().trimmed();
        if (QPlainTextEdit* e = m_goneWell.value(area))
            s.goneWell = e->toPlainText().trimmed();
        if (QPlainTextEdit* e = m_worries.value(area))
            s.worries = e->toPlainText().trimmed();
        main.scores.push_back(s);
    }
    f.readings = {main};
    if (main.perspective == QLatin1String("worker")) {
        StarReading family;
        family.perspective = QStringLiteral("family");
        family.scoredOn = f.completedOn;
        family.scoredBy = main.scoredBy;
        for (const QString& area : vocab::starArea().codes())
            family.scores.push_back({area, m_familyScores.value(area)->value(), {}, {}, {}});
        f.readings.push_back(family);
    }
    return f;
}

void FamilyStarDialog::updateFamilyScores() {
    m_familyBox->setVisible(m_perspective->code() == QLatin1String("worker"));
}

void FamilyStarDialog::updateChart() {
    // The approved assessment and latest review, then this form's reading(s) on top.
    std::vector<EhForm> forms;
    for (const EhForm& f : m_earlier)
        if (f.seriesId != m_form.seriesId || m_form.seriesId == 0)
            forms.push_back(f);
    std::vector<StarLine> lines = starChartLines(forms, false);
    const EhForm now = value();
    for (const StarReading& r : now.readings) {
        StarLine line;
        line.label =
            r.perspective == QLatin1String("family") ? tr("This form: the family's view") : tr("This form");
        line.on = now.completedOn;
        line.kind = now.kind;
        line.perspective = r.perspective;
        for (const QString& area : vocab::starArea().codes())
            line.scores.push_back(r.scoreOf(area));
        lines.push_back(line);
    }
    m_chart->setLines(lines);
}

void FamilyStarDialog::accept() {
    m_saveError->hide();
    ValidationIssues issues;
    if (!m_completedOn->isValidInput())
        issues << ValidationIssue{QStringLiteral("completed_on"), m_completedOn->inputProblem()};
    EhForm f = value();
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
