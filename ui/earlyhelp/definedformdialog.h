#pragma once

#include "earlyhelp/ehforms.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;

namespace waymark {

class Database;
class FormErrors;
struct FormDefinition;

// A form built from its description (core/earlyhelp/formdefinition.h): one row per field, the
// right widget for its type, the procedure's words at the top. Saves a draft through
// EhFormRepository; read-only unless a draft. `live` (optional) is called on every change with the
// form as it stands and its text is shown under the fields (e.g. the response timescales).
class DefinedFormDialog : public QDialog {
    Q_OBJECT
public:
    using LiveCheck = std::function<QString(const EhForm&)>;
    DefinedFormDialog(Database& db, const EhForm& form, LiveCheck live = {}, QWidget* parent = nullptr);

    const EhForm& form() const { return m_form; }
    EhForm value() const;
    bool isReadOnly() const { return m_readOnly; }
    QString liveText() const;
    void accept() override;

private:
    void updateLive();

    Database& m_db;
    EhForm m_form;
    const FormDefinition* m_definition;
    bool m_readOnly = false;
    LiveCheck m_live;
    QHash<QString, std::function<QString()>> m_readers; // field key -> stored value now
    QLabel* m_liveLabel;
    QLabel* m_saveError;
    FormErrors* m_errors;
};

} // namespace waymark
