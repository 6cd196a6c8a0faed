#include "util/ziparchive.h"

#include "util/trcontext.h"

#include <memory>
#include <zip.h>

namespace waymark {

ZipArchive::ZipArchive(const QByteArray& bytes, QString kind)
    : m_kind(kind.isEmpty() ? Lift::tr("workbook") : std::move(kind)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (m_zip)
        zip_discard(m_zip); // read only: nothing to write back; frees the source too
}

qint64 ZipArchive::locate(const QString& name) const {
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_NOCASE);
    return index;
}

Result<QByteArray> ZipArchive::read(const QString& name, qint64 limit) const {
    const zip_int64_t index = locate(name);
    if (index < 0)
        return Result<QByteArray>::failure(Lift::tr("The %1 has no part %2.").arg(m_kind, name));
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(m_zip, zip_uint64_t(index), 0),
                                                           zip_fclose);
    if (!file)
        return Result<QByteArray>::failure(
            Lift::tr("The %1 part %2 cannot be unpacked (it may be encrypted or damaged).")
                .arg(m_kind, name));
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), chunk, sizeof chunk);
        if (n < 0)
            return Result<QByteArray>::failure(
                Lift::tr("The %1 part %2 is damaged and cannot be unpacked.").arg(m_kind, name));
        if (n == 0)
            break;
        if (data.size() + n > limit)
            return Result<QByteArray>::failure(Lift::tr("The %1 part %2 unpacks to more than %3 MB.")
                                                   .arg(m_kind, name)
                                                   .arg(limit / (1024 * 1024)));
        data.append(chunk, qsizetype(n));
    }
    return data;
}

} // namespace waymark
