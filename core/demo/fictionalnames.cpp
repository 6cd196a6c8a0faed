#include "demo/fictionalnames.h"

namespace waymark::demo {

namespace {

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QString digits(quint64 value, int width) {
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

// The groups roughly follow the make-up of the Leicestershire and Lancashire towns below, so that
// the demo shows what a worker there would meet: mostly White British families, and the
// languages, names and ethnicity codes a real caseload includes.
const std::vector<NameGroup>& nameGroups() {
    static const std::vector<NameGroup> groups = {
        {"WBRI",
         {"English"},
         {"Sarah",   "Emma", "Kelly",  "Laura",    "Gemma",  "Danielle", "Stacey",    "Leanne",
          "Nicola",  "Zoe",  "Hayley", "Jodie",    "Kirsty", "Rebecca",  "Charlotte", "Jade",
          "Natalie", "Lisa", "Donna",  "Samantha", "Katie",  "Carly",    "Lauren",    "Becky"},
         {"Craig", "Lee",   "Darren", "Ryan",    "Jamie",  "Carl",   "Wayne", "Scott",
          "Adam",  "Kyle",  "Liam",   "Nathan",  "Ashley", "Stuart", "Jason", "Dean",
          "Gary",  "Shane", "Daniel", "Matthew", "Steven", "Paul"},
         {"Olivia", "Amelia", "Isla",   "Ava",      "Mia",    "Poppy", "Lily",   "Evie",
          "Freya",  "Maisie", "Harper", "Ruby",     "Sienna", "Grace", "Willow", "Rosie",
          "Darcie", "Phoebe", "Millie", "Scarlett", "Ivy",    "Lexi"},
         {"Oliver",  "Harry",  "Jack",   "Charlie", "Alfie", "Leo",   "Noah",  "Archie",
          "Freddie", "Theo",   "Mason",  "Logan",   "Riley", "Tyler", "Jacob", "Reggie",
          "Tommy",   "Finley", "Harvey", "Kai",     "Louie", "Ronnie"},
         {"Atherton",   "Barraclough", "Birtwistle", "Bramley",  "Catterall",  "Dobson",  "Eccleston",
          "Fairclough", "Gaskell",     "Hargreaves", "Holt",     "Ingham",     "Jepson",  "Kershaw",
          "Lambert",    "Marsh",       "Nuttall",    "Openshaw", "Pilling",    "Sowerby", "Tattersall",
          "Underwood",  "Varley",      "Wardle",     "Whittle",  "Yates",      "Rowley",  "Sheldon",
          "Tilley",     "Pickering",   "Crowther",   "Bramwell", "Cartwright", "Hollis",  "Kenworthy",
          "Lomas",      "Mottram",     "Pennock",    "Radford",  "Spibey",     "Thorley", "Walmsley",
          "Brindley",   "Cheetham",    "Glover",     "Heap",     "Ormerod",    "Pye"},
         64},
        {"WOTH",
         {"Polish", "Polish", "Polish", "English"},
         {"Agnieszka", "Monika", "Katarzyna", "Joanna", "Magdalena", "Ewa", "Aleksandra"},
         {"Tomasz", "Dariusz", "Piotr", "Krzysztof", "Marcin", "Paweł", "Łukasz"},
         {"Zofia", "Maja", "Hanna", "Lena", "Julia", "Natalia", "Oliwia"},
         {"Jakub", "Kacper", "Szymon", "Filip", "Antoni", "Wojciech", "Mateusz"},
         {"Nowak", "Kaczmarek", "Mazur", "Krawczyk", "Wójcik", "Zając", "Pawlak", "Sikora", "Walczak",
          "Baran"},
         6},
        {"APKN",
         {"English", "English", "English", "Urdu", "Urdu", "Punjabi", "Pahari-Pothwari"},
         {"Ayesha", "Nadia", "Saima", "Rubina", "Shabana", "Samina", "Farah", "Sadia"},
         {"Imran", "Bilal", "Asif", "Kashif", "Zahid", "Adnan", "Faisal", "Usman"},
         {"Aaliyah", "Zara", "Maryam", "Hafsa", "Inaya", "Aleena", "Eshal", "Khadija"},
         {"Ibrahim", "Yusuf", "Musa", "Zayn", "Rayyan", "Hamza", "Ayaan", "Idris"},
         {"Hussain", "Ahmed", "Khan", "Iqbal", "Riaz", "Rashid", "Bashir", "Aslam", "Javed", "Sadiq"},
         7},
        {"AIND",
         {"English", "English", "Gujarati", "Gujarati", "Punjabi"},
         {"Priya", "Nisha", "Reena", "Hema", "Anjali", "Kiran", "Meera", "Bhavna"},
         {"Rajesh", "Sanjay", "Vikram", "Nikhil", "Hitesh", "Ketan", "Jaswinder", "Mandeep"},
         {"Anaya", "Diya", "Aarohi", "Riya", "Isha", "Saanvi", "Kavya"},
         {"Arjun", "Aarav", "Rohan", "Dev", "Vihaan", "Krish", "Ishaan"},
         {"Patel", "Mistry", "Chauhan", "Parmar", "Solanki", "Lad", "Gohil", "Sandhu", "Dhillon", "Bains",
          "Kotecha"},
         6},
        {"BAFR",
         {"English", "English", "English", "Yoruba", "Twi", "Igbo"},
         {"Adaeze", "Folake", "Abena", "Blessing", "Chioma", "Esi", "Funmi"},
         {"Chinedu", "Kwame", "Emeka", "Kofi", "Tunde", "Samuel", "Olumide"},
         {"Amara", "Zuri", "Adanna", "Nia", "Ifeoma", "Precious"},
         {"Tobi", "Kayode", "Jayden", "Ebuka", "Kwabena", "Joshua"},
         {"Okoro", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Asante", "Eze", "Owusu", "Afolabi", "Obi"},
         4},
        {"BAFR",
         {"Somali", "Somali", "Somali", "English"},
         {"Hodan", "Amina", "Fadumo", "Sahra", "Ifrah", "Hibo"},
         {"Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Omar", "Abdikarim"},
         {"Ayan", "Hamdi", "Safiya", "Najma", "Ilhan"},
         {"Abdi", "Yahya", "Zakariye", "Mustafe", "Liban"},
         {"Farah", "Warsame", "Jama", "Hersi", "Osman", "Egal", "Dualeh"},
         2},
        {"BCRB",
         {"English"},
         {"Marcia", "Simone", "Tanisha", "Keisha", "Andrea", "Paulette"},
         {"Delroy", "Marlon", "Winston", "Leon", "Carlton", "Tyrone"},
         {"Jada", "Tiana", "Nevaeh", "Imani", "Kiara"},
         {"Malachi", "Jaylen", "Kairo", "Elijah", "Tyreece"},
         {"Campbell", "Francis", "Clarke", "Reid", "Bailey", "Grant", "Thompson"},
         3},
        {"WROM",
         {"Romanian", "Romani", "Romani"},
         {"Florina", "Mariana", "Ionela", "Daniela"},
         {"Florin", "Marian", "Ionuț", "Costel"},
         {"Denisa", "Bianca", "Alisia", "Roxana"},
         {"Darius", "Rareș", "Denis", "Sorin"},
         {"Stoica", "Lingurar", "Căldăraru", "Dumitru", "Radu"},
         1},
        {"WIRT",
         {"English"},
         {"Bridget", "Kathleen", "Margaret", "Nora"},
         {"Patrick", "Michael", "Martin", "Christy"},
         {"Bridie", "Shannon", "Caitlin", "Kathleen"},
         {"Paddy", "Johnny", "Francie", "Jimmy"},
         {"McDonagh", "Ward", "Connors", "Joyce", "Maughan"},
         1},
    };
    return groups;
}

const NameGroup& pickNameGroup(DemoRandom& rng) {
    const auto& groups = nameGroups();
    int total = 0;
    for (const auto& g : groups)
        total += g.weight;
    int roll = rng.below(total);
    for (const auto& g : groups) {
        if (roll < g.weight)
            return g;
        roll -= g.weight;
    }
    return groups.front();
}

QString mixedEthnicity(const NameGroup& a, const NameGroup& b) {
    const QString x = QLatin1String(a.ethnicity), y = QLatin1String(b.ethnicity);
    if (x == y)
        return x;
    auto pair = [&](const char* first, const char* second) {
        return (x == QLatin1String(first) && y == QLatin1String(second)) ||
               (y == QLatin1String(first) && x == QLatin1String(second));
    };
    if (pair("WBRI", "BCRB"))
        return QStringLiteral("MWBC");
    if (pair("WBRI", "BAFR"))
        return QStringLiteral("MWBA");
    if (pair("WBRI", "APKN") || pair("WBRI", "AIND"))
        return QStringLiteral("MWAS");
    return QStringLiteral("MOTH");
}

const std::vector<DemoTown>& demoTowns() {
    static const std::vector<DemoTown> towns = {
        {"Blaby", "LE8", Region::Leicestershire, "Blaby Early Help"},
        {"Narborough", "LE19", Region::Leicestershire, "Blaby Early Help"},
        {"Enderby", "LE19", Region::Leicestershire, "Blaby Early Help"},
        {"Whetstone", "LE8", Region::Leicestershire, "Blaby Early Help"},
        {"Braunstone Town", "LE3", Region::Leicestershire, "Blaby Early Help"},
        {"Loughborough", "LE11", Region::Leicestershire, "Charnwood Early Help"},
        {"Shepshed", "LE12", Region::Leicestershire, "Charnwood Early Help"},
        {"Syston", "LE7", Region::Leicestershire, "Charnwood Early Help"},
        {"Birstall", "LE4", Region::Leicestershire, "Charnwood Early Help"},
        {"Melton Mowbray", "LE13", Region::Leicestershire, "Melton Early Help"},
        {"Asfordby", "LE14", Region::Leicestershire, "Melton Early Help"},
        {"Bottesford", "NG13", Region::Leicestershire, "Melton Early Help"},
        {"Hinckley", "LE10", Region::Leicestershire, "Hinckley Early Help"},
        {"Burbage", "LE10", Region::Leicestershire, "Hinckley Early Help"},
        {"Earl Shilton", "LE9", Region::Leicestershire, "Hinckley Early Help"},
        {"Barwell", "LE9", Region::Leicestershire, "Hinckley Early Help"},
        {"Lancaster", "LA1", Region::Lancashire, team::lift_north},
        {"Morecambe", "LA4", Region::Lancashire, team::lift_north},
        {"Heysham", "LA3", Region::Lancashire, team::lift_north},
        {"Carnforth", "LA5", Region::Lancashire, team::lift_north},
        {"Burnley", "BB11", Region::Lancashire, team::lift_east},
        {"Accrington", "BB5", Region::Lancashire, team::lift_east},
        {"Nelson", "BB9", Region::Lancashire, team::lift_east},
        {"Colne", "BB8", Region::Lancashire, team::lift_east},
    };
    return towns;
}

const DemoTown& pickTown(DemoRandom& rng, Region region) {
    const auto& towns = demoTowns();
    int count = 0;
    for (const auto& t : towns)
        count += t.region == region ? 1 : 0;
    int n = rng.below(count);
    for (const auto& t : towns) {
        if (t.region != region)
            continue;
        if (n-- == 0)
            return t;
    }
    return towns.front();
}

// The unit letters of a real postcode never include C, I, K, M, O or V. Putting one of those
// first gives a code every validator accepts and that cannot belong to a real address.
QString fakePostcode(DemoRandom& rng, const DemoTown& town) {
    static const char never[] = "CIKMOV";
    static const char usual[] = "ABDEFGHJLNPQRSTUWXYZ";
    QString code = QLatin1String(town.outwardCode);
    code += QLatin1Char(' ');
    code += QLatin1Char(char('0' + rng.below(10)));
    code += QLatin1Char(never[rng.below(6)]);
    code += QLatin1Char(usual[rng.below(20)]);
    return code;
}

QString streetAddress(DemoRandom& rng) {
    static const char* const streets[] = {
        "Larkspur Close", "Mill Lane",         "Kingfisher Way",  "Station Road",     "Orchard Rise",
        "Beacon View",    "Foxglove Drive",    "Church Walk",     "Hawthorn Avenue",  "Tanners Row",
        "Meadow Bank",    "Cobden Street",     "Weavers Court",   "Victoria Terrace", "Brook Street",
        "Hollybush Road", "Ashfield Crescent", "Canal Side",      "Quarry Lane",      "Cherry Tree Grove",
        "Lapwing Close",  "Foundry Street",    "Elm Park",        "Sycamore Road",    "Westfield Avenue",
        "Primrose Hill",  "Bridle Path",       "Rectory Gardens", "Spinney Drive",    "Wharf Street",
    };
    static const char* const buildings[] = {"Beaumont Court", "Linden House", "Riverside Flats",
                                            "Kestrel House"};
    if (rng.percent(12))
        return QStringLiteral("Flat %1, %2").arg(rng.between(1, 24)).arg(text(rng.pick(buildings)));
    return QStringLiteral("%1 %2").arg(rng.between(1, 160)).arg(text(rng.pick(streets)));
}

// 07700 900000 to 900999 is Ofcom's range for mobile numbers in drama.
QString mobileNumber(DemoRandom& rng) {
    return QStringLiteral("07700 900") + digits(quint64(rng.below(1000)), 3);
}

// NHS numbers beginning 999 are never issued to patients; the check digit is still correct.
QString testNhsNumber(DemoRandom& rng) {
    for (;;) {
        int d[10] = {9, 9, 9};
        for (int i = 3; i < 9; ++i)
            d[i] = rng.below(10);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += d[i] * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        if (check == 10)
            continue;
        d[9] = check;
        QString out;
        for (int i = 0; i < 10; ++i) {
            if (i == 3 || i == 6)
                out += QLatin1Char(' ');
            out += QLatin1Char(char('0' + d[i]));
        }
        return out;
    }
}

// Multiplying by a number coprime with the size of the range permutes it: every ordinal gets its
// own number, but neighbours do not look consecutive.
QString socialCareNumber(qint64 ordinal) {
    const quint64 n = (quint64(ordinal) * 387233ULL + 271828ULL) % 900000ULL;
    return QStringLiteral("SU") + digits(100000 + n, 6);
}

QString caseSystemNumber(qint64 ordinal) {
    const quint64 n = (quint64(ordinal) * 1234577ULL + 314159ULL) % 9900000ULL;
    return QString::number(100000 + n);
}

QString primarySchool(DemoRandom& rng) {
    static const char* const schools[] = {
        "Brookfield Primary School", "Larkspur Primary School", "Meadowbank Primary School",
        "Hollybank C of E Primary",  "Greenacre Infant School", "Thornfield Junior School",
        "Millbrook Primary Academy", "Ridgeway Primary School",
    };
    return text(rng.pick(schools));
}

QString secondarySchool(DemoRandom& rng) {
    static const char* const schools[] = {
        "Castle Rise Academy",  "Kingsmead Academy",   "Fernhill College",
        "Moorside High School", "Beacon Vale Academy", "Rivermead School",
    };
    return text(rng.pick(schools));
}

const std::vector<StaffMember>& staffRoster() {
    static const std::vector<StaffMember> roster = {
        {"Helen Rowbotham", "team_manager", "Blaby Early Help"},
        {"Claire Pennington", "family_support_worker", "Blaby Early Help"},
        {"Marcus Hillier", "family_support_worker", "Blaby Early Help"},
        {"Dean Sutcliffe", "youth_worker", "Blaby Early Help"},
        {"Sunita Varsani", "team_manager", "Charnwood Early Help"},
        {"Gemma Tolley", "family_support_worker", "Charnwood Early Help"},
        {"Rachel Ashdown", "family_support_worker", "Charnwood Early Help"},
        {"Tariq Rahman", "youth_worker", "Charnwood Early Help"},
        {"Paul Wrigley", "team_manager", "Melton Early Help"},
        {"Lucy Brampton", "family_support_worker", "Melton Early Help"},
        {"Kerry Fenwick", "social_worker", "Melton Early Help"},
        {"Andrea Pocklington", "team_manager", "Hinckley Early Help"},
        {"Natalie Grieve", "family_support_worker", "Hinckley Early Help"},
        {"Simon Okafor", "youth_worker", "Hinckley Early Help"},
        {"Janet Haworth", "coordinator", team::lift_north},
        {"Colin Entwistle", "supervising_social_worker", team::lift_north},
        {"Bethany Cropper", "supervising_social_worker", team::lift_north},
        {"Shazia Anwar", "coordinator", team::lift_east},
        {"Neil Threlfall", "supervising_social_worker", team::lift_east},
        {"Ruth Kenyon", "supervising_social_worker", team::lift_east},
        {"Tracey Lomax", "business_support", team::lift_east},
        {"Owen Pritchard", "team_manager", team::families_first},
        {"Fiona Marsden", "social_worker", team::families_first},
        {"Jade Whitworth", "family_support_worker", team::families_first},
        {"Ricky Ashcroft", "family_support_worker", team::families_first},
    };
    return roster;
}

// Addresses under .example, a domain reserved so that it can never deliver mail.
QString staffEmail(const StaffMember& member) {
    const QString team = QLatin1String(member.team);
    const char* domain = team.startsWith(QLatin1String("LIFT"))        ? "lancashire-lift.example"
                         : team == QLatin1String(team::families_first) ? "families-first.example"
                                                                       : "leics-earlyhelp.example";
    QString local = text(member.name).toLower();
    local.replace(QLatin1Char(' '), QLatin1Char('.'));
    return local + QLatin1Char('@') + QLatin1String(domain);
}

// Ofcom's drama ranges: 0116 496 0xxx (Leicester), 0161 496 0xxx (Manchester), 01632 960xxx.
QString staffPhone(const StaffMember& member, int index) {
    const QString team = QLatin1String(member.team);
    if (team.startsWith(QLatin1String("LIFT")))
        return QStringLiteral("01632 960") + digits(quint64(100 + index), 3);
    if (team == QLatin1String(team::families_first))
        return QStringLiteral("0161 496 0") + digits(quint64(200 + index), 3);
    return QStringLiteral("0116 496 0") + digits(quint64(300 + index), 3);
}

} // namespace waymark::demo
