#include "lift/liftui.h"

#include "util/trcontext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace waymark {

QLabel* makeSaveErrorLabel() {
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("saveError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #d0342c;"));
    label->hide();
    return label;
}

void showSaveError(QLabel* label, const QString& error) {
    label->setText(Lift::tr("Not saved: %1").arg(error));
    label->show();
}

QGroupBox* makeFormGroup(const QString& title, QFormLayout* form) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

QLabel* makeHintLabel(const QString& text, const QString& objectName) {
    auto* label = new QLabel(text);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace waymark
