#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;

namespace waymark {

class Vocabulary;

// One checkbox per code of a vocabulary, laid out in columns, for the "tick all that apply" lists
// of the LIFT forms (support needed, who attended). Each checkbox is named after its code so that
// tests and screen readers can find it.
class CodeChecklist : public QWidget {
    Q_OBJECT
public:
    CodeChecklist(const Vocabulary& vocabulary, int columns, QWidget* parent = nullptr);

    QStringList codes() const; // in the vocabulary's order
    void setCodes(const QStringList& codes);
    QCheckBox* box(const QString& code) const;

signals:
    void changed();

private:
    std::vector<std::pair<QString, QCheckBox*>> m_boxes;
};

} // namespace waymark
