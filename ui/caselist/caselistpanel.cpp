#include "caselist/caselistpanel.h"

#include "caselist/caselistmodel.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/familyrepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark {

namespace {
// Long enough to skip work between keystrokes, short enough to feel instant.
constexpr int kSearchDelayMs = 120;
} // namespace

CaseListPanel::CaseListPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CaseListModel(this))
    , m_search(new QLineEdit)
    , m_scope(new QComboBox)
    , m_service(new QComboBox)
    , m_state(new QComboBox)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_debounce(new QTimer(this)) {
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search: name, date of birth or any identifier (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("All cases"), int(CaseListQuery::Scope::All));
    m_scope->addItem(tr("My cases"), int(CaseListQuery::Scope::Mine));
    m_scope->addItem(tr("My team's cases"), int(CaseListQuery::Scope::MyTeam));
    m_service->setObjectName(QStringLiteral("service"));
    m_service->addItem(tr("Any service"), QString());
    for (const QString& code : vocab::service().codes())
        m_service->addItem(vocab::service().label(code), code);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->addItem(tr("Open or closed"), int(CaseListQuery::State::Any));
    m_state->addItem(tr("Open"), int(CaseListQuery::State::Open));
    m_state->addItem(tr("Closed"), int(CaseListQuery::State::Closed));

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::MembersColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::FamilyColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("caseCount"));

    auto* filters = new QGridLayout;
    filters->addWidget(m_scope, 0, 0);
    filters->addWidget(m_service, 0, 1);
    filters->addWidget(m_state, 0, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CaseListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the search box opens the first match; Down moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
            m_table->setFocus();
        }
    });
    for (QComboBox* combo : {m_scope, m_service, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseListPanel::runSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const qint64 id = m_model->familyIdAt(current.row()))
                    emit familySelected(id);
            });
}

void CaseListPanel::setCurrentWorker(qint64 workerId) {
    m_workerId = workerId;
    const bool known = workerId != 0;
    // "My cases" means nothing until the user says who they are.
    for (int i = 1; i < m_scope->count(); ++i)
        if (auto* model = qobject_cast<QStandardItemModel*>(m_scope->model()))
            model->item(i)->setEnabled(known);
    if (!known)
        m_scope->setCurrentIndex(0);
    runSearch();
}

void CaseListPanel::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void CaseListPanel::refresh() {
    runSearch();
}

void CaseListPanel::selectFamily(qint64 familyId) {
    const int row = m_model->rowOfFamily(familyId);
    if (row >= 0)
        m_table->selectRow(row);
}

void CaseListPanel::runSearch() {
    m_debounce->stop();
    const qint64 selected = m_model->familyIdAt(m_table->currentIndex().row());
    CaseListQuery query;
    query.text = m_search->text();
    query.scope = CaseListQuery::Scope(m_scope->currentData().toInt());
    query.workerId = m_workerId;
    query.service = m_service->currentData().toString();
    query.state = CaseListQuery::State(m_state->currentData().toInt());
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setPage(FamilyRepository(m_db).search(query));
        const int row = m_model->rowOfFamily(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    const int shown = m_model->rowCount();
    const int total = m_model->totalMatches();
    m_status->setText(
        shown < total
            ? tr("Showing the first %1 of %2 families: type more to narrow the search.").arg(shown).arg(total)
            : tr("Families found: %1").arg(total));
}

} // namespace waymark
