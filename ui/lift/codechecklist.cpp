#include "lift/codechecklist.h"

#include "domain/vocabulary.h"

#include <QCheckBox>
#include <QGridLayout>

namespace waymark {

CodeChecklist::CodeChecklist(const Vocabulary& vocabulary, int columns, QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QStringList codes = vocabulary.codes();
    const int perColumn = (int(codes.size()) + columns - 1) / std::max(columns, 1);
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(vocabulary.label(codes[i]));
        box->setObjectName(codes[i]);
        // Filled down each column first, so the list reads in order.
        grid->addWidget(box, i % perColumn, i / perColumn);
        connect(box, &QCheckBox::toggled, this, &CodeChecklist::changed);
        m_boxes.emplace_back(codes[i], box);
    }
}

QStringList CodeChecklist::codes() const {
    QStringList out;
    for (const auto& [code, box] : m_boxes)
        if (box->isChecked())
            out << code;
    return out;
}

void CodeChecklist::setCodes(const QStringList& codes) {
    for (const auto& [code, box] : m_boxes)
        box->setChecked(codes.contains(code));
}

QCheckBox* CodeChecklist::box(const QString& code) const {
    for (const auto& [c, box] : m_boxes)
        if (c == code)
            return box;
    return nullptr;
}

} // namespace waymark
