#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

struct zip;

namespace waymark {

// A zip file read from memory (an XLSX workbook, a Word document: zips of XML parts), with
// libzip. Each part is unpacked in chunks and refused as soon as it passes the limit, whatever
// its header claims: a zip bomb's header may lie. `kind` names the file in messages ("workbook").
class ZipArchive {
public:
    explicit ZipArchive(const QByteArray& bytes, QString kind = QString());
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString& name) const { return locate(name) >= 0; }
    Result<QByteArray> read(const QString& name, qint64 limit) const;

private:
    qint64 locate(const QString& name) const;

    struct zip* m_zip = nullptr;
    QString m_kind;
};

} // namespace waymark
