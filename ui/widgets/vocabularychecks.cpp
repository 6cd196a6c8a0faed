#include "widgets/vocabularychecks.h"

#include "domain/vocabulary.h"

#include <QCheckBox>
#include <QGridLayout>

namespace waymark {

VocabularyChecks::VocabularyChecks(const Vocabulary& vocabulary, int columns, QWidget* parent)
    : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const int perColumn = int((vocabulary.items().size() + size_t(columns) - 1) / size_t(columns));
    int i = 0;
    for (const VocabularyItem& item : vocabulary.items()) {
        const QString code = QString::fromLatin1(item.code);
        auto* box = new QCheckBox(vocabulary.label(code));
        box->setObjectName(code);
        connect(box, &QCheckBox::toggled, this, &VocabularyChecks::changed);
        grid->addWidget(box, i % perColumn, i / perColumn);
        m_boxes.emplace_back(code, box);
        ++i;
    }
}

QStringList VocabularyChecks::codes() const {
    QStringList out;
    for (const auto& [code, box] : m_boxes)
        if (box->isChecked())
            out << code;
    return out;
}

void VocabularyChecks::setCodes(const QStringList& codes) {
    for (const auto& [code, box] : m_boxes)
        box->setChecked(codes.contains(code));
}

QCheckBox* VocabularyChecks::box(const QString& code) const {
    for (const auto& [c, box] : m_boxes)
        if (c == code)
            return box;
    return nullptr;
}

} // namespace waymark
