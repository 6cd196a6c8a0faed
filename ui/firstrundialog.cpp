#include "firstrundialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to Waymark"));
    auto* intro = new QLabel(tr("<h2>Welcome to Waymark</h2>"
                                "<p>Waymark keeps family-support case records on this computer.</p>"));
    intro->setWordWrap(true);
    auto* demo =
        new QCommandLinkButton(tr("Try it with demo families"),
                               tr("Opens a separate practice file of fictional families. It is marked DEMO "
                                  "and never mixed with real records."));
    auto* real = new QCommandLinkButton(tr("Start my real records"),
                                        tr("Creates an empty case file for real families."));
    demo->setObjectName(QStringLiteral("tryDemo"));
    real->setObjectName(QStringLiteral("startReal"));
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = TryDemo;
        accept();
    });
    connect(real, &QCommandLinkButton::clicked, this, [this] {
        m_choice = StartReal;
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(real);
    resize(520, sizeHint().height());
}

} // namespace waymark
