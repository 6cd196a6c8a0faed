#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace waymark {

class Vocabulary;

// One checkbox per choice of a coded vocabulary, for fields that hold several codes (support
// offered, attendees). Laid out in `columns` columns.
class VocabularyChecks : public QWidget {
    Q_OBJECT
public:
    VocabularyChecks(const Vocabulary& vocabulary, int columns = 2, QWidget* parent = nullptr);
    QStringList codes() const; // in the vocabulary's order
    void setCodes(const QStringList& codes);
    QCheckBox* box(const QString& code) const;

signals:
    void changed();

private:
    std::vector<std::pair<QString, QCheckBox*>> m_boxes;
};

} // namespace waymark
