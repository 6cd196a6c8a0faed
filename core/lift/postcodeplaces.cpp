#include "lift/postcodeplaces.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace waymark {

namespace {

// Approximate town-centre coordinates (WGS84). Districts sharing a town share its centre, so
// distances within a town read as 0 miles: good enough to rank mentors, not to pay mileage.
const QHash<QString, PlaceEstimate>& places() {
    static const QHash<QString, PlaceEstimate> table = [] {
        struct Town {
            const char* name;
            double lat;
            double lon;
            std::initializer_list<const char*> districts;
        };
        const Town towns[] = {
            {"Preston", 53.763, -2.703, {"PR1", "PR2", "PR3", "PR4", "PR5"}},
            {"Leyland", 53.697, -2.688, {"PR25", "PR26"}},
            {"Chorley", 53.653, -2.632, {"PR6", "PR7"}},
            {"Southport", 53.647, -3.005, {"PR8", "PR9"}},
            {"Blackburn", 53.748, -2.482, {"BB1", "BB2"}},
            {"Darwen", 53.698, -2.461, {"BB3"}},
            {"Rossendale", 53.703, -2.289, {"BB4"}},
            {"Accrington", 53.753, -2.364, {"BB5", "BB6"}},
            {"Clitheroe", 53.871, -2.393, {"BB7"}},
            {"Colne", 53.856, -2.169, {"BB8"}},
            {"Nelson", 53.835, -2.218, {"BB9"}},
            {"Burnley", 53.789, -2.248, {"BB10", "BB11", "BB12"}},
            {"Blackpool", 53.817, -3.036, {"FY1", "FY2", "FY3", "FY4"}},
            {"Thornton-Cleveleys", 53.873, -3.022, {"FY5"}},
            {"Poulton-le-Fylde", 53.847, -2.994, {"FY6"}},
            {"Fleetwood", 53.923, -3.015, {"FY7"}},
            {"Lytham St Annes", 53.752, -2.997, {"FY8"}},
            {"Lancaster", 54.047, -2.801, {"LA1", "LA2"}},
            {"Morecambe", 54.070, -2.865, {"LA3", "LA4"}},
            {"Carnforth", 54.130, -2.768, {"LA5", "LA6"}},
            {"Skelmersdale", 53.550, -2.776, {"WN8"}},
            {"Wigan", 53.545, -2.632, {"WN1", "WN2", "WN3", "WN5", "WN6"}},
            {"Ormskirk", 53.567, -2.885, {"L39", "L40"}},
            {"Bolton", 53.578, -2.429, {"BL1", "BL2", "BL3"}},
        };
        QHash<QString, PlaceEstimate> out;
        for (const Town& t : towns)
            for (const char* d : t.districts)
                out.insert(QString::fromLatin1(d),
                           PlaceEstimate{QString::fromLatin1(d), QString::fromLatin1(t.name), t.lat, t.lon});
        return out;
    }();
    return table;
}

} // namespace

QString postcodeDistrict(const QString& postcode) {
    static const QRegularExpression full(QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][A-Z]{2}$"));
    static const QRegularExpression outward(QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?)$"));
    const QString text = postcode.trimmed().toUpper();
    if (auto m = full.match(text); m.hasMatch())
        return m.captured(1);
    if (auto m = outward.match(text); m.hasMatch())
        return m.captured(1);
    return QString();
}

std::optional<PlaceEstimate> placeForPostcode(const QString& postcode) {
    const QString district = postcodeDistrict(postcode);
    auto it = places().constFind(district);
    if (it == places().constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> milesBetween(const QString& a, const QString& b) {
    const auto pa = placeForPostcode(a);
    const auto pb = placeForPostcode(b);
    if (!pa || !pb)
        return std::nullopt;
    // Haversine on a sphere of the Earth's mean radius, in miles.
    constexpr double kEarthRadiusMiles = 3958.8;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (pb->latitude - pa->latitude) * kRad;
    const double dLon = (pb->longitude - pa->longitude) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(pa->latitude * kRad) *
                                                                   std::cos(pb->latitude * kRad) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMiles * std::asin(std::sqrt(h));
}

} // namespace waymark
