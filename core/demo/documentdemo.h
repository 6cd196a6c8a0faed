#pragma once

#include "demo/demorandom.h"
#include "domain/casenote.h"
#include "domain/involvement.h"
#include "util/result.h"

#include <QSqlQuery>

#include <vector>

namespace waymark {

class Database;

namespace demo {

// Demo family folders: as if each case's shared-drive folder had been moved in
// (docs/familyfolder.md). Some pieces of work get a diary sheet (a real PDF, its lines drawn from
// the case's own notes) and some a letter (plain text). The words are searchable like any
// document's. Written with prepared statements, like DemoWriter.
class DocumentDemoWriter {
public:
    explicit DocumentDemoWriter(Database& db);
    Status prepare();
    Status write(DemoRandom& rng, const Involvement& involvement, const std::vector<CaseNote>& notes,
                 const QString& familyName);
    int documents() const { return m_documents; }

private:
    Status insert(const Involvement& inv, const QString& title, const QString& type, const QDate& date,
                  const QString& fileName, const QString& mediaType, const QByteArray& bytes,
                  const QString& text);

    QString m_now;
    QSqlQuery m_document;
    QSqlQuery m_content;
    QSqlQuery m_event;
    int m_documents = 0;
};

} // namespace demo
} // namespace waymark
