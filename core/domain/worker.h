#pragma once

#include <QString>

namespace waymark {

// A member of staff who can be allocated to a family or write a note.
struct Worker {
    qint64 id = 0;
    QString name;
    QString role; // vocab::workerRole()
    QString team;
    QString email;
    QString phone;
    bool active = true;

    bool operator==(const Worker& o) const {
        return id == o.id && name == o.name && role == o.role && team == o.team && email == o.email &&
               phone == o.phone && active == o.active;
    }
};

} // namespace waymark
