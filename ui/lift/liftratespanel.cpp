#include "lift/liftratespanel.h"

#include "access/accesspolicy.h"
#include "lift/financerepository.h"
#include "lift/liftvocabulary.h"
#include "lift/payments.h"
#include "storage/database.h"
#include "widgets/datefield.h"
#include "widgets/vocabularycombo.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

std::optional<qint64> penceFromText(const QString& text) {
    static const QRegularExpression money(
        QStringLiteral("^\\s*\u00a3?\\s*(\\d{1,7})(?:\\.(\\d{1,2}))?\\s*$"));
    const auto m = money.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

LiftRatesPanel::LiftRatesPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_rates(new QTreeWidget)
    , m_kind(new VocabularyCombo(vocab::liftRateKind(), QString()))
    , m_from(new DateField)
    , m_amount(new QLineEdit)
    , m_add(new QPushButton(tr("&Add rate")))
    , m_status(new QLabel) {
    m_rates->setObjectName(QStringLiteral("liftRates"));
    m_rates->setHeaderLabels({tr("Rate"), tr("From"), tr("Amount")});
    m_rates->setRootIsDecorated(false);
    m_rates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rates->header()->setStretchLastSection(false);
    m_rates->setColumnWidth(1, 120);
    m_rates->setColumnWidth(2, 120);
    m_kind->setObjectName(QStringLiteral("rateKind"));
    m_from->setObjectName(QStringLiteral("rateFrom"));
    m_from->setDate(m_db.today());
    m_from->setMaximumWidth(120);
    m_amount->setObjectName(QStringLiteral("rateAmount"));
    m_amount->setPlaceholderText(tr("e.g. 10.50"));
    m_amount->setMaximumWidth(120);
    m_add->setObjectName(QStringLiteral("addRate"));
    m_status->setObjectName(QStringLiteral("rateStatus"));
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind, 1);
    row->addWidget(new QLabel(tr("from")));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("GBP")));
    row->addWidget(m_amount);
    row->addWidget(m_add);
    const bool mayChange = access::require(m_db, access::Action::SetLiftRates).isOk();
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_from),
                       static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_add)})
        w->setEnabled(mayChange);
    auto* note =
        new QLabel(mayChange ? tr("A rate applies from its date: sessions before it keep the earlier rate. "
                                  "The hourly rate is per session date, the mileage rate is taken on "
                                  "the last day of the form's month, the placement cost on the closure "
                                  "date (statistics).")
                             : tr("Coordinators and team managers set the rates."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rates, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(note);
    connect(m_add, &QPushButton::clicked, this, &LiftRatesPanel::addRate);
    refresh();
}

void LiftRatesPanel::refresh() {
    m_rates->clear();
    for (const LiftRate& r : FinanceRepository(m_db).rates())
        new QTreeWidgetItem(m_rates,
                            {vocab::liftRateKind().label(r.kind),
                             r.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy")), formatPounds(r.pence)});
}

bool LiftRatesPanel::addRate() {
    if (!m_from->date().isValid()) {
        m_status->setText(tr("Enter the date the rate starts."));
        return false;
    }
    const auto pence = penceFromText(m_amount->text());
    if (!pence) {
        m_status->setText(tr("Enter the amount in pounds and pence, for example 10.50."));
        return false;
    }
    LiftRate rate;
    rate.kind = m_kind->code();
    rate.effectiveFrom = m_from->date();
    rate.pence = *pence;
    const Status saved = FinanceRepository(m_db).saveRate(rate);
    if (!saved) {
        m_status->setText(saved.error());
        return false;
    }
    m_status->setText(tr("%1 is %2 from %3.")
                          .arg(vocab::liftRateKind().label(rate.kind), formatPounds(rate.pence),
                               rate.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    m_amount->clear();
    refresh();
    return true;
}

} // namespace waymark
