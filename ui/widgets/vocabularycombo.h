#pragma once

#include <QComboBox>

namespace waymark {

class Vocabulary;

// A combo box over a coded vocabulary: shows translated labels, stores codes.
class VocabularyCombo : public QComboBox {
    Q_OBJECT
public:
    // `emptyLabel` non-empty adds a first "no choice" entry with an empty code.
    VocabularyCombo(const Vocabulary& vocabulary, const QString& emptyLabel, QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);
};

} // namespace waymark
