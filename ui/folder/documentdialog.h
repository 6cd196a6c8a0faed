#pragma once

#include "documents/document.h"
#include "domain/involvement.h"
#include "domain/person.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace waymark {

class DateField;
class VocabularyCombo;

// A document's details: title, type, the date it bears, and whether it is about the whole family,
// one member, or one piece of work. Used when a file is added and to correct the details later.
class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(const std::vector<Person>& members, const std::vector<Involvement>& involvements,
                   QWidget* parent = nullptr);

    void load(const QString& title, const QString& type, const QDate& date, qint64 personId,
              qint64 involvementId, const QString& fileLine);
    QString title() const;
    QString type() const;
    QDate date() const;
    qint64 personId() const;
    qint64 involvementId() const;

    void accept() override;

private:
    QLineEdit* m_title;
    VocabularyCombo* m_type;
    DateField* m_date;
    QComboBox* m_person;
    QComboBox* m_involvement;
    QLabel* m_file;
    QLabel* m_problem;
};

} // namespace waymark
