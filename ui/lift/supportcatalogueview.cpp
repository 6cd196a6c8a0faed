#include "lift/supportcatalogueview.h"

#include "lift/liftvocabulary.h"
#include "lift/supportcatalogue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

SupportCatalogueView::SupportCatalogueView(QWidget* parent)
    : QWidget(parent)
    , m_order(new QComboBox)
    , m_table(new QTreeWidget)
    , m_details(new QTextBrowser) {
    m_order->setObjectName(QStringLiteral("legalOrder"));
    m_table->setObjectName(QStringLiteral("supportCatalogue"));
    for (const char* code : {"adoption_order", "special_guardianship_order"})
        m_order->addItem(vocab::liftLegalOrder().label(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_details->setObjectName(QStringLiteral("supportDetails"));
    // Service and provider in the list; what it covers and how to signpost beside it, in full.
    m_table->setHeaderLabels({tr("Service"), tr("Who provides it")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_table->setColumnWidth(1, 230);
    auto* split = new QSplitter;
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Support for a family under:")));
    top->addWidget(m_order);
    top->addStretch(1);
    auto* source =
        new QLabel(tr("From the regional adoption agency's statement of purpose (seed 001): the split "
                      "between the local authority and the agency is that agency's."));
    source->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(source);
    connect(m_order, &QComboBox::currentIndexChanged, this, &SupportCatalogueView::fill);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &SupportCatalogueView::showDetails);
    fill();
}

void SupportCatalogueView::setLegalOrder(const QString& legalOrder) {
    const int i = m_order->findData(legalOrder);
    if (i >= 0)
        m_order->setCurrentIndex(i);
}

void SupportCatalogueView::fill() {
    m_table->clear();
    for (const SupportService& s : supportServicesFor(m_order->currentData().toString())) {
        auto* item = new QTreeWidgetItem(m_table, {s.name, supportProviderLabel(s.provider)});
        item->setData(0, Qt::UserRole, s.whatItCovers);
        item->setData(1, Qt::UserRole, s.signpost);
    }
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
}

void SupportCatalogueView::showDetails() {
    const QTreeWidgetItem* item = m_table->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    m_details->setHtml(
        QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b><br>%5</p><p><b>%6</b><br>%7</p>")
            .arg(item->text(0).toHtmlEscaped(), tr("Provided by:"), item->text(1).toHtmlEscaped(),
                 tr("What it covers"), item->data(0, Qt::UserRole).toString().toHtmlEscaped(),
                 tr("How to signpost"), item->data(1, Qt::UserRole).toString().toHtmlEscaped()));
}

} // namespace waymark
