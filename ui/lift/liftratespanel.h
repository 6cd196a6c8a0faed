#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace waymark {

class Database;
class DateField;
class VocabularyCombo;

// The LIFT rates, each from a date: the mentors' hourly rate (GBP 10 in the 2018 procedure), the
// mileage rate and the weekly cost of a care placement used for the possible savings. A new rate
// is added from a date, so forms for earlier months keep the rate they were paid at. Coordinators
// and team managers may add one (access::Action::SetLiftRates); everyone else sees them.
class LiftRatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiftRatesPanel(Database& db, QWidget* parent = nullptr);
    void refresh();
    bool addRate(); // from the kind, date and amount typed

    QTreeWidget* rates() const { return m_rates; }
    VocabularyCombo* kind() const { return m_kind; }
    DateField* from() const { return m_from; }
    QLineEdit* amount() const { return m_amount; }
    QLabel* status() const { return m_status; }

private:
    Database& m_db;
    QTreeWidget* m_rates;
    VocabularyCombo* m_kind;
    DateField* m_from;
    QLineEdit* m_amount;
    QPushButton* m_add;
    QLabel* m_status;
};

// "10", "10.5", "£10.50", "0.45" -> pence; nullopt when not an amount of money.
std::optional<qint64> penceFromText(const QString& text);

} // namespace waymark
