#pragma once

#include <QWidget>

class QComboBox;
class QTextBrowser;
class QTreeWidget;

namespace waymark {

// Seed 001's catalogue of adoption and special guardianship support: each service, who provides it
// (local authority or regional adoption agency) and how to signpost, for LIFT aim 2 families.
class SupportCatalogueView : public QWidget {
    Q_OBJECT
public:
    explicit SupportCatalogueView(QWidget* parent = nullptr);
    void setLegalOrder(const QString& legalOrder); // adoption_order or special_guardianship_order
    QTreeWidget* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }

private:
    void fill();
    void showDetails();
    QComboBox* m_order;
    QTreeWidget* m_table;
    QTextBrowser* m_details;
};

} // namespace waymark
