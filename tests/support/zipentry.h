#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>
#include <zip.h>

namespace waymark::test {

// One member of a zip file (an .xlsx), read with libzip; fails the test when the file is not a
// valid zip or has no such member.
inline QByteArray zipEntry(const QString& path, const char* name) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    INFO("zip_open error " << error);
    REQUIRE(archive);
    zip_stat_t st;
    zip_stat_init(&st);
    const bool found = zip_stat(archive, name, 0, &st) == 0;
    if (!found)
        zip_close(archive);
    INFO("no member " << name);
    REQUIRE(found);
    QByteArray out(qsizetype(st.size), '\0');
    zip_file_t* file = zip_fopen(archive, name, 0);
    const zip_int64_t read = file ? zip_fread(file, out.data(), st.size) : -1;
    if (file)
        zip_fclose(file);
    zip_close(archive);
    REQUIRE(read == zip_int64_t(st.size));
    return out;
}

} // namespace waymark::test
