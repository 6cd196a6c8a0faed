#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

// A closed list of coded choices (a relationship, a service, a note type...). Records store the
// stable code; people see the translated label. Codes never change once released: exports,
// imports and a future server all depend on them.
struct VocabularyItem {
    const char* code;
    const char* label; // untranslated; QT_TRANSLATE_NOOP("Vocabulary", ...)
};

class Vocabulary {
public:
    Vocabulary(const char* name, std::vector<VocabularyItem> items);

    const char* name() const { return m_name; }
    bool contains(const QString& code) const;
    QString label(const QString& code) const; // translated; the code itself if unknown
    QStringList codes() const;
    const std::vector<VocabularyItem>& items() const { return m_items; }

private:
    const char* m_name;
    std::vector<VocabularyItem> m_items;
};

namespace vocab {
const Vocabulary& gender();
const Vocabulary& ethnicity();    // DfE children's census ethnicity codes
const Vocabulary& relationship(); // a member's relationship to the child(ren) of the family
const Vocabulary& kinshipStatus();
const Vocabulary& workerRole();
const Vocabulary& service();
const Vocabulary& involvementStatus();
const Vocabulary& closureOutcome();
const Vocabulary& referralSource();
const Vocabulary& noteType();
const Vocabulary& placementType();
} // namespace vocab

} // namespace waymark
