#include "widgets/vocabularycombo.h"

#include "domain/vocabulary.h"

namespace waymark {

VocabularyCombo::VocabularyCombo(const Vocabulary& vocabulary, const QString& emptyLabel, QWidget* parent)
    : QComboBox(parent) {
    if (!emptyLabel.isEmpty())
        addItem(emptyLabel, QString());
    for (const QString& code : vocabulary.codes())
        addItem(vocabulary.label(code), code);
}

QString VocabularyCombo::code() const {
    return currentData().toString();
}

void VocabularyCombo::setCode(const QString& code) {
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace waymark
