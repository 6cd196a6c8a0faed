#include "demo/notewriter.h"

#include <QStringList>

#include <algorithm>

namespace waymark::demo {

namespace {

using Lines = std::vector<const char*>;

// The wording for one topic. Placeholders: {c} the child, {his} the child's possessive pronoun,
// {p} the main carer's first name, {pr} how the worker refers to them ("mum", "nan"), {w} the
// worker's title, {sch} the child's school, {pct} an attendance figure, {topic} the phrase.
struct TopicWords {
    const char* phrase;
    const char* outcome;
    int minAge; // youngest child at referral for whom the topic makes sense
    Lines referral;
    Lines directWork;
    Lines purposes;
    Lines workedWell;
    Lines worries;
    Lines parentVoice;
    Lines nextSteps;
};

// In the order of the Topic enum.
const std::vector<TopicWords>& topicWords() {
    static const std::vector<TopicWords> table = {
        {"routines",
         "Family routine",
         0,
         {"{p} has asked for help with routines: mornings are chaotic, {c} is often late and bedtimes are "
          "after "
          "10pm.",
          "{p} is struggling with sleep and mealtime routines and is exhausted."},
         {"getting ready in the morning", "a bedtime routine (visual timetable)"},
         {"To agree a bedtime routine with {p} and put up a visual timetable in the kitchen.",
          "To review how the new morning routine is working and adjust the sticker chart.",
          "To plan meals and a shopping list with {p} for the week ahead."},
         {"{p} has kept to the bedtime routine on five nights out of seven",
          "The children were dressed and ready by 8.15 on the morning of the visit",
          "{c} proudly showed {w} the sticker chart", "{p} has started packing bags the night before",
          "Tea is now at the same time each day and the children sit together at the table"},
         {"Bedtimes slip at weekends and the children are tired on Mondays",
          "{c} is still arriving late about twice a week",
          "{p} finds it hard to say no when the children ask to stay up"},
         {"{p} said having the plan on the wall means there is less shouting in the mornings.",
          "{p} said the evenings feel calmer and there is time to sit down once the children are in bed.",
          "{p} said weekends are still hard because there is no school run to structure the day."},
         {"{w} to bring a new sticker chart to the next visit",
          "{p} to keep the bedtime routine going at weekends",
          "{w} to check {c}'s punctuality with {sch} in two weeks"}},
        {"school attendance",
         "Education and learning",
         5,
         {"{c}'s attendance at {sch} has fallen to {pct}% this term, with frequent Monday absences and "
          "late "
          "arrivals.",
          "{c}'s attendance is {pct}% and {p} has not replied to letters from {sch} about it."},
         {"worries about going to school", "what a good school day looks like"},
         {"To talk with {p} about the attendance figures from {sch} and what gets in the way of mornings.",
          "To agree an attendance plan with {p} and {c} ahead of the meeting at {sch}."},
         {"{c} has attended every day this week", "{p} has phoned {sch} each morning {c} has been unwell",
          "{c} has been going in through the side gate with the pastoral lead, which helps",
          "Attendance has risen to {pct}% since the plan was agreed"},
         {"{c} complains of stomach aches on school mornings and {p} finds it hard to insist",
          "Further unauthorised absence could lead to a penalty notice",
          "{c} has fallen behind in maths and English"},
         {"{p} said mornings are a battle and {c} often refuses to get out of bed.",
          "{p} said {sch} have been supportive and the pastoral lead is easy to talk to."},
         {"{w} to attend the attendance meeting at {sch}",
          "{p} to phone {sch} before 8.45 on any day {c} is absent",
          "{w} to ask {sch} to review the reduced timetable"}},
        {"behaviour and boundaries",
         "Boundaries and behaviour",
         3,
         {"{p} reports {c}'s behaviour at home has become very hard to manage: shouting, slamming doors and "
          "refusing "
          "to follow any rules.",
          "{c} has had two fixed-term exclusions from {sch} this term; {p} is asking for support with "
          "boundaries "
          "at home."},
         {"anger and calming-down strategies", "understanding anger triggers", "consequences and choices"},
         {"To work with {p} on clear rules and consistent consequences.",
          "To review the reward chart and the agreed house rules.",
          "To talk through last week's incident and what could be done differently next time."},
         {"{p} has followed through with the agreed consequences without shouting",
          "{c} has used the calm-down corner twice this week", "There have been fewer arguments at bedtime",
          "{c} earned a reward on the chart and chose a trip to the park",
          "The house rules are on the fridge and everyone has signed them"},
         {"{c} threw a mug during an argument on Tuesday",
          "{p} is not always consistent and sometimes gives in to stop the shouting",
          "{c} was sent home from {sch} for swearing at a member of staff"},
         {"{p} said the house is calmer and the rules are starting to stick.",
          "{p} said it is exhausting and sometimes it is easier to give in.",
          "{p} said the reward chart has helped the younger children too."},
         {"{w} to do direct work with {c} on anger triggers",
          "{p} to use the same consequence each time and note incidents in the diary",
          "{w} to book {p} onto the next parenting programme"}},
        {"{pr}'s wellbeing",
         "Wellbeing",
         0,
         {"{p} has low mood and anxiety and rarely leaves the house; the children are missing "
          "activities "
          "and health appointments.",
          "{p} says everything feels too much since the separation and asking for help to "
          "cope."},
         {"what helps when {pr} is unwell", "feelings and who to talk to"},
         {"To check in with {p} about mood and the support from the GP.",
          "To put together a weekly plan with small, achievable goals."},
         {"{p} has seen the GP and is on the waiting list for talking therapy",
          "{p} went to the parents' coffee morning at the children's centre",
          "{p} has been out for a short walk each day", "{p} said mornings have been easier this week"},
         {"{p} said there are still days when it is hard to get out of bed",
          "{p} has no family nearby and few friends to call on",
          "The children are picking up on {pr}'s low mood"},
         {"{p} said it helps to have someone to talk to who does not judge.",
          "{p} said the bad days are less frequent but still come without warning."},
         {"{w} to give {p} the number of the local mental health support line",
          "{p} to go to the GP review appointment", "{w} to look into a befriending service"}},
        {"safety planning",
         "Keeping your children safe",
         0,
         {"Police attended a verbal argument between the adults at the address while the children were "
          "in the "
          "house. {p} has since separated from the other adult and has asked for support.",
          "{p} has disclosed past domestic abuse and is worried about the effect on the "
          "children."},
         {"feeling safe and safe adults", "worries and the three houses"},
         {"To review the safety plan with {p} and check it is still working.",
          "To talk about the Freedom Programme and local support services."},
         {"{p} has the safety plan and the children know what to do in an emergency",
          "{p} has started the Freedom Programme and attended both sessions so far",
          "There has been no further contact from the ex-partner"},
         {"{p} said the ex-partner has started sending messages again",
          "{c} is anxious when voices are raised", "Contact arrangements are a source of conflict"},
         {"{p} said it is the first time in years the house has felt peaceful.",
          "{p} said the worry now is what happens at handovers for contact."},
         {"{w} to share the updated safety plan with {sch} (with consent)",
          "{p} to report any breach of the order to the police",
          "{w} to refer {c} to the children's group run by the domestic abuse service"}},
        {"housing and money worries",
         "Home and money",
         0,
         {"The family are in rent arrears and have had a notice from the landlord; {p} is worried about "
          "paying for "
          "gas and electricity.",
          "{p} has asked for help: the flat is damp and overcrowded and there are debts with several "
          "lenders."},
         {},
         {"To help {p} complete a housing application and a budget plan.",
          "To go through the letters from the landlord and the council with {p}."},
         {"{p} has brought all the letters together in one folder",
          "A food bank voucher was issued and {p} collected the parcel",
          "{p} has booked an appointment with the debt advice service",
          "The housing application has been submitted"},
         {"There is mould in the children's bedroom", "The gas meter is on emergency credit",
          "{p} is worried about the next rent payment"},
         {"{p} said it is a relief to have a plan, even though the debts are still there.",
          "{p} said the children should not have to sleep in a damp room."},
         {"{w} to chase the landlord about the damp",
          "{p} to take the budget sheet to the debt advice appointment",
          "{w} to apply to the household support fund"}},
        {"{c}'s emotional wellbeing",
         "Meeting emotional needs",
         4,
         {"{c} has become withdrawn and tearful and is not eating lunch at school; {p} says {c} is "
          "struggling to "
          "sleep.",
          "{c} has talked about feeling worried all the time and is finding "
          "friendships "
          "hard."},
         {"feelings and worries", "self-esteem", "managing worries"},
         {"To spend time with {c} on feelings and worries.",
          "To talk with {p} about what helps {c} when worries build up."},
         {"{c} used the worry jar and said it helped to 'put the worries away'",
          "{c} has joined a lunchtime club at {sch}",
          "{p} and {c} have started a bedtime chat about the best and worst parts of the day"},
         {"{c} said {his} worries are worse at night", "{c} has had two panic attacks at school",
          "The wait for CAMHS is long"},
         {"{p} said {c} seems lighter after the sessions with {w}.",
          "{p} said it is hard to know how to help when {c} will not talk about it."},
         {"{w} to continue weekly sessions with {c}", "{w} to ask {sch} about a trusted adult for {c}",
          "{p} to share the worry strategies with the wider family"}},
        {"online safety",
         "Keeping your children safe",
         9,
         {"There are concerns that {c} has been talking to unknown adults on a gaming platform and is on "
          "the "
          "phone late into the night.",
          "{p} found messages on {c}'s phone from an older person met online and asked for advice."},
         {"internet safety", "healthy online friendships", "privacy settings and sharing images"},
         {"To talk with {c} about online friendships and what to do if something does not feel right.",
          "To help {p} set up parental controls and agree phone rules."},
         {"{c} showed {w} how to make the gaming account private",
          "{p} has set up parental controls on the router", "Phones now charge downstairs overnight"},
         {"{c} may still have accounts {p} does not know about",
          "{c} is tired at school from gaming late at night"},
         {"{p} said it was a shock to realise how much time {c} spends online.",
          "{p} said the phone rules are working most nights."},
         {"{w} to share the online safety leaflet with {p}", "{p} to check {c}'s privacy settings every week",
          "{w} to let {sch} know about the plan"}},
        {"young carer support",
         "Wellbeing",
         8,
         {"{c} helps look after {pr}, who has a long-term health condition, and has been missing school to "
          "do so."},
         {"being a young carer", "time for me"},
         {"To complete a young carer's assessment with {c}.",
          "To talk about the young carers' group and time for {c} to be a child."},
         {"{c} went to the young carers' group and made a new friend",
          "{p} has asked the GP about a carer's assessment for the household",
          "{c} has had a full week at school"},
         {"{c} worries about {pr} while at school", "{c} does most of the cooking and shopping"},
         {"{p} said it is hard to accept how much {c} does around the house."},
         {"{w} to refer {c} to the young carers' service", "{w} to let {sch} know {c} is a young carer"}},
        {"alcohol and drug use",
         "Keeping your children safe",
         0,
         {"There is concern that {p}'s alcohol use has increased and the children may not always "
          "be "
          "supervised.",
          "{p} has asked for help to stop using cannabis, worried about the effect on the children."},
         {},
         {"To talk with {p} about the referral to the substance misuse service.",
          "To agree who looks after the children if {p} has been drinking."},
         {"{p} has been to the first appointment at the substance misuse service",
          "{p} said there has been no drinking at home this week",
          "A relative has agreed to be the emergency contact"},
         {"{p} said weekends are the hardest", "Empty cans were seen in the kitchen"},
         {"{p} said cutting down has made mornings with the children easier.",
          "{p} said it is hard when friends call round with drink."},
         {"{w} to check attendance with the substance misuse service (with consent)",
          "{p} to keep the drink diary going"}},
        {"{c}'s return home",
         "Family routine",
         0,
         {"{c} is in foster care for a short period and the plan is a return home. A LIFT mentor is "
          "requested to "
          "support {p} with routines and boundaries before and after the return."},
         {"moving back home"},
         {"To plan the next steps for {c}'s return home with {p} and the mentor.",
          "To review how the extended time at home went."},
         {"The overnight stay at home went well and {c} settled to sleep",
          "{p} followed the bedtime routine the mentor modelled",
          "The mentor and {p} did the school run together"},
         {"{p} finds it hard to say no to {c} after time apart",
          "{c} was unsettled after going back to the foster home on Sunday"},
         {"{p} said having the mentor there gives confidence that it will work this time."},
         {"Mentor to support the school run twice a week",
          "SSW to update {c}'s social worker before the next review"}},
        {"support for the adoptive placement",
         "Meeting emotional needs",
         2,
         {"Referral from the post adoption team: the placement is under strain because of {c}'s behaviour at "
          "home; "
          "mentor support requested to help prevent a breakdown."},
         {"feelings and life story"},
         {"To review the mentor's support and how the family are managing.",
          "To agree respite days with the mentor so that {p} gets a break."},
         {"The respite day gave {p} time to rest", "{c} enjoyed baking with the mentor",
          "{p} has been using the therapeutic parenting ideas from the training"},
         {"{c} still has big outbursts when plans change", "{p} said the placement feels fragile"},
         {"{p} said the mentor understands because she has been there with her own foster children."},
         {"SSW to speak to the post adoption team about therapeutic support",
          "Mentor to offer a respite day every other Saturday"}},
        {"placement stability",
         "Boundaries and behaviour",
         2,
         {"The kinship placement is under strain: {p} is struggling with {c}'s behaviour and worried the "
          "placement "
          "may break down. Fostering team ask for mentor support."},
         {"settling in and feeling at home"},
         {"To agree with {p} and the mentor how to respond to {c}'s behaviour at bedtime.",
          "To check how the placement is going since the mentor started."},
         {"{p} said the mentor's ideas for bedtime have helped",
          "{c} spent a day with the mentor's family and came home happy",
          "{p} has joined the kinship carers' support group"},
         {"{p} is tired and said the placement is hard work",
          "{c} has been unsettled since contact with {his} birth parent was cancelled"},
         {"{p} said it helps to know someone is on the end of the phone."},
         {"SSW to update the supervising social worker for the placement",
          "Mentor to continue two sessions a week until the review"}},
        {"the child in need plan",
         "Keeping your children safe",
         0,
         {"{c} is on a child in need plan. Mentor support requested to help {p} with boundaries and routines "
          "and to "
          "prevent the need for {c} to come into care."},
         {},
         {"To go through the child in need plan actions with {p} and the mentor.",
          "To check progress with the routines the mentor has been modelling."},
         {"{p} has kept every appointment on the plan",
          "The mentor said {p} is more confident putting boundaries in place",
          "The home conditions have improved since the last review"},
         {"{p} missed the last core group meeting", "{c}'s social worker remains worried about supervision"},
         {"{p} said the mentor feels like a friend who knows what she is doing."},
         {"SSW to share the mentor's diary sheets with {c}'s social worker",
          "{p} to attend the next child in need review"}},
        {"respite and support",
         "Wellbeing",
         0,
         {"{p} says the family is at breaking point and has asked for day respite. LIFT mentor to offer "
          "respite and "
          "to link the family with other sources of support."},
         {},
         {"To agree respite dates and what the mentor will do with the children.",
          "To look at other sources of support the family could use."},
         {"The children enjoyed their day with the mentor", "{p} used the respite time to rest and catch up",
          "{p} has signed up for the children's centre stay-and-play sessions"},
         {"{p} has no other support at weekends", "{p} said the children fight constantly in the holidays"},
         {"{p} said just knowing there is a break coming makes the week easier."},
         {"Mentor to offer respite every other Saturday until the review",
          "SSW to find out about holiday clubs near the family home"}},
        {"keeping the family together",
         "Keeping your children safe",
         11,
         {"Edge of care referral: {c} has been missing overnight twice this month and {p} has said {c} "
          "cannot live "
          "at home any more.",
          "Police have attended three times this month after arguments between {p} and {c}; there is a risk "
          "of the "
          "family breaking down."},
         {"keeping safe when out with friends", "family arguments and what helps"},
         {"Intensive support visit to work through the family agreement.",
          "To check the family agreement and plan for the weekend."},
         {"{c} has been home by the agreed time every night this week",
          "{p} and {c} used the time-out plan during an argument",
          "The family network meeting agreed who {c} can stay with if things get heated"},
         {"{c} was missing for four hours on Saturday night", "{p} said the arguments are still daily",
          "{c} is spending time with older young people known to the police"},
         {"{p} said the daily visits have stopped things boiling over.",
          "{p} said {c} is a good kid underneath but it is hard to get through."},
         {"{w} to visit daily this week, including Saturday evening",
          "{p} to call the out-of-hours line if {c} is not home by 10pm",
          "{w} to arrange a family network meeting"}},
    };
    return table;
}

const TopicWords& wordsFor(Topic topic) {
    return topicWords()[size_t(topic)];
}

const Lines kGenericWorkedWell = {
    "{p} was welcoming and engaged well throughout the visit",
    "The home was warm and tidy",
    "{p} had completed the actions agreed at the last visit",
    "The family are registered with a GP and a dentist",
    "{p} was open and honest about how the week had gone",
};
const Lines kGenericWorries = {
    "{p} has missed an appointment at the GP",
    "Money is tight until the next payment date",
    "There is little support from the wider family",
};
const Lines kGenericNextSteps = {
    "{w} to visit again in two weeks",
    "{w} to update the plan and send a copy to {p}",
    "{p} to contact {w} if anything changes before the next visit",
};
const Lines kGenericDirectWork = {"feelings and worries", "friendships", "the three houses"};

// The child's own words or, for the youngest, what the worker saw; by age at the time.
const Lines kVoiceBaby = {
    "{c} was content, babbling and reaching for {p} for comfort.",
    "{c} slept for most of the visit; when awake {c} was alert and smiling.",
    "{c} is too young to share views; {c} appeared well cared for, clean and settled.",
};
const Lines kVoiceToddler = {
    "{c} showed {w} a favourite toy and chatted happily throughout.",
    "{c} went to {p} for a cuddle when tired and settled quickly.",
    "{c} said 'I like the park' while playing with the cars.",
};
const Lines kVoiceChild = {
    "{c} drew a picture of the family and said the best part of the day is story time.",
    "{c} said {his} favourite thing is going to the park with {pr}.",
    "{c} said it is horrible when grown-ups shout.",
    "{c} told {w} about a new friend at {sch}.",
    "Using the three houses, {c} put 'being late for school' in the house of worries and 'a holiday at the "
    "seaside' in the house of dreams.",
};
const Lines kVoiceTeen = {
    "{c} said school is 'alright' but break times are hard since falling out with friends.",
    "{c} said things at home are 'better than they were'.",
    "{c} did not want to talk much but agreed to meet {w} at {sch} next time.",
    "{c} said college is the plan and asked for help with the application.",
    "{c} said it is annoying being told what to do but agreed some of the rules are fair.",
    "{c} said that staying in {his} room is a way to get away from the noise.",
};

QString serviceName(const QString& service) {
    if (service == QLatin1String("lift_mentoring"))
        return QStringLiteral("LIFT");
    if (service == QLatin1String("families_first"))
        return QStringLiteral("Families First");
    return QStringLiteral("Early Help");
}

QString sourcePhrase(const QString& code) {
    static const char* const phrases[][2] = {
        {"social_care", "children's social care"},
        {"early_help_hub", "the Early Help hub"},
        {"school", "school"},
        {"health", "the health visitor"},
        {"police", "the police"},
        {"post_adoption_team", "the post adoption team"},
        {"fostering_team", "the fostering team"},
        {"youth_justice", "the youth justice service"},
        {"self", "the family (self-referral)"},
        {"other", "a voluntary sector partner"},
    };
    for (const auto& p : phrases)
        if (code == QLatin1String(p[0]))
            return QLatin1String(p[1]);
    return QStringLiteral("another agency");
}

int ageOn(const Person& p, const QDate& date) {
    int years = date.year() - p.dateOfBirth.year();
    if (date.month() < p.dateOfBirth.month() ||
        (date.month() == p.dateOfBirth.month() && date.day() < p.dateOfBirth.day()))
        --years;
    return std::max(0, years);
}

QString firstName(const Person& p) {
    if (!p.knownAs.isEmpty())
        return p.knownAs;
    return p.givenNames.section(QLatin1Char(' '), 0, 0);
}

QString possessive(const Person& p) {
    if (p.gender == QLatin1String("female"))
        return QStringLiteral("her");
    if (p.gender == QLatin1String("male"))
        return QStringLiteral("his");
    return QStringLiteral("their");
}

// Everything a template can ask for, for one note.
struct Vars {
    QString c, his, p, pr, w, sch, pct, src, topic;
};

QString fill(const char* tmpl, const Vars& v, bool capitalise = true) {
    QString out;
    const QString source = QString::fromUtf8(tmpl);
    out.reserve(source.size() + 32);
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] != QLatin1Char('{')) {
            out += source[i];
            continue;
        }
        const qsizetype end = source.indexOf(QLatin1Char('}'), i);
        const QStringView key = QStringView(source).mid(i + 1, end - i - 1);
        if (key == QLatin1String("c"))
            out += v.c;
        else if (key == QLatin1String("his"))
            out += v.his;
        else if (key == QLatin1String("p"))
            out += v.p;
        else if (key == QLatin1String("pr"))
            out += v.pr;
        else if (key == QLatin1String("w"))
            out += v.w;
        else if (key == QLatin1String("sch"))
            out += v.sch;
        else if (key == QLatin1String("pct"))
            out += v.pct;
        else if (key == QLatin1String("src"))
            out += v.src;
        else if (key == QLatin1String("topic"))
            out += v.topic;
        i = end;
    }
    // A sentence may begin with a placeholder such as {pr}.
    if (capitalise && !out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

// `count` different lines from `lines`, in a random order.
QStringList pickLines(DemoRandom& rng, const Lines& lines, int count, const Vars& v) {
    std::vector<int> order;
    for (int i = 0; i < int(lines.size()); ++i)
        order.push_back(i);
    QStringList out;
    for (int n = 0; n < count && !order.empty(); ++n) {
        const int at = rng.below(int(order.size()));
        out << fill(lines[order[at]], v);
        order.erase(order.begin() + at);
    }
    return out;
}

QString bullets(const QStringList& lines) {
    QStringList out;
    for (const QString& l : lines)
        out << QStringLiteral("- ") + l;
    return out.join(QLatin1Char('\n'));
}

class NoteBuilder {
public:
    NoteBuilder(DemoRandom& rng, const CaseContext& context, const QDate& date)
        : m_rng(rng)
        , m_ctx(context)
        , m_date(date)
        , m_children(context.family->childrenBornBy(date))
        , m_adults(context.family->householdAdults()) {
        m_child = context.focusChild && context.focusChild->person.dateOfBirth <= date ? context.focusChild
                  : m_children.empty()                                                 ? nullptr
                                                                                       : m_children.front();
        m_topic = context.topics[size_t(m_rng.below(int(context.topics.size())))];
        m_vars = varsFor(m_child);
    }

    void write(NoteKind kind, CaseNote& note);

private:
    Vars varsFor(const DemoMember* child) const {
        Vars v;
        const DemoMember* adult = m_adults.empty() ? nullptr : m_adults.front();
        v.p = adult ? firstName(adult->person) : QStringLiteral("the family");
        v.pr = adult ? adult->roleWord : QStringLiteral("the carer");
        v.w = m_ctx.workerTitle;
        v.c = child ? firstName(child->person) : QStringLiteral("the baby");
        v.his = child ? possessive(child->person) : QStringLiteral("their");
        const int age = child ? ageOn(child->person, m_date) : 0;
        v.sch = age >= 11  ? m_ctx.family->secondarySchool
                : age >= 4 ? m_ctx.family->primarySchool
                           : QStringLiteral("the children's centre");
        v.pct = QString::number(70 + (child ? int(child->person.dateOfBirth.toJulianDay() % 19) : 9));
        v.src = sourcePhrase(m_ctx.referralSource);
        v.topic = fill(wordsFor(m_topic).phrase, v, false);
        return v;
    }

    QString f(const char* tmpl) const { return fill(tmpl, m_vars); }
    const char* any(const Lines& lines) { return lines[size_t(m_rng.below(int(lines.size())))]; }
    bool schoolAge() const { return m_child && ageOn(m_child->person, m_date) >= 5; }
    bool isLift() const { return m_ctx.service == QLatin1String("lift_mentoring"); }
    bool isFamiliesFirst() const { return m_ctx.service == QLatin1String("families_first"); }

    void linkAll(CaseNote& note) const {
        for (const auto* a : m_adults)
            note.personIds.push_back(a->person.id);
        for (const auto* c : m_children)
            note.personIds.push_back(c->person.id);
    }
    void linkMainAdult(CaseNote& note) const {
        if (!m_adults.empty())
            note.personIds.push_back(m_adults.front()->person.id);
    }
    void linkChild(CaseNote& note) const {
        if (m_child)
            note.personIds.push_back(m_child->person.id);
    }

    QString present(CaseNote& note, bool wholeFamily, const QStringList& others);
    QString childVoice(const DemoMember* child);
    void fullTemplate(CaseNote& note, const QString& location, const QString& purpose, bool wholeFamily,
                      const QStringList& others);
    void closure(CaseNote& note);

    DemoRandom& m_rng;
    const CaseContext& m_ctx;
    QDate m_date;
    std::vector<const DemoMember*> m_children;
    std::vector<const DemoMember*> m_adults;
    const DemoMember* m_child = nullptr;
    Topic m_topic = Topic::Routines;
    Vars m_vars;
};

// "Kelly (mum), Leo, Poppy, FSW": family members first, then professionals. Links the family
// members who were there to the note.
QString NoteBuilder::present(CaseNote& note, bool wholeFamily, const QStringList& others) {
    QStringList names;
    for (size_t i = 0; i < m_adults.size(); ++i) {
        if (i > 0 && !m_rng.percent(55))
            continue;
        names << QStringLiteral("%1 (%2)").arg(firstName(m_adults[i]->person), m_adults[i]->roleWord);
        note.personIds.push_back(m_adults[i]->person.id);
    }
    for (const auto* c : m_children) {
        if (c != m_child && !wholeFamily)
            continue;
        names << firstName(c->person);
        note.personIds.push_back(c->person.id);
    }
    names << m_ctx.workerTitle << others;
    return names.join(QStringLiteral(", "));
}

QString NoteBuilder::childVoice(const DemoMember* child) {
    const int age = ageOn(child->person, m_date);
    const Lines& lines = age < 2 ? kVoiceBaby : age < 5 ? kVoiceToddler : age < 11 ? kVoiceChild : kVoiceTeen;
    return fill(any(lines), varsFor(child));
}

void NoteBuilder::fullTemplate(CaseNote& note, const QString& location, const QString& purpose,
                               bool wholeFamily, const QStringList& others) {
    const TopicWords& words = wordsFor(m_topic);
    note.location = location;
    note.present = present(note, wholeFamily, others);
    QStringList outcomes{QLatin1String(words.outcome)};
    static const char* const extra[] = {
        "Wellbeing",       "Family routine", "Education and learning", "Meeting emotional needs",
        "Physical health", "Social networks"};
    const QString second = QLatin1String(m_rng.pick(extra));
    if (second != outcomes.front() && m_rng.percent(60))
        outcomes << second;
    note.outcomesAddressed = outcomes.join(QStringLiteral(", "));
    note.purpose = purpose;

    QStringList well = pickLines(m_rng, words.workedWell, m_rng.between(1, 3), m_vars);
    well << pickLines(m_rng, kGenericWorkedWell, m_rng.between(1, 2), m_vars);
    note.whatWorkedWell = bullets(well);
    QStringList worries = pickLines(m_rng, words.worries, m_rng.between(1, 2), m_vars);
    if (m_rng.percent(30))
        worries << pickLines(m_rng, kGenericWorries, 1, m_vars);
    note.worries = bullets(worries);

    QStringList voice;
    if (m_child)
        voice << childVoice(m_child);
    if (wholeFamily && m_children.size() > 1 && m_rng.percent(50)) {
        const DemoMember* other = m_children[size_t(m_rng.below(int(m_children.size())))];
        if (other != m_child)
            voice << childVoice(other);
    }
    if (!m_adults.empty())
        voice << f(any(words.parentVoice));
    note.voice = voice.join(QLatin1Char(' '));

    QStringList next = pickLines(m_rng, words.nextSteps, m_rng.between(1, 2), m_vars);
    next << pickLines(m_rng, kGenericNextSteps, 1, m_vars);
    note.nextSteps = bullets(next);
}

void NoteBuilder::closure(CaseNote& note) {
    const QString& outcome = m_ctx.closureOutcome;
    note.noteType = QStringLiteral("closure_summary");
    note.subject = m_ctx.service == QLatin1String("early_help_brief")
                       ? QStringLiteral("Brief intervention closure summary")
                   : isLift()          ? QStringLiteral("LIFT closure summary")
                   : isFamiliesFirst() ? QStringLiteral("Families First closure summary")
                                       : QStringLiteral("Case closure summary");
    note.outcomesAddressed = QLatin1String(wordsFor(m_ctx.topics.front()).outcome);
    note.purpose =
        QStringLiteral("%1 involvement closed. Reason for involvement: %2. %3")
            .arg(serviceName(m_ctx.service), fill(wordsFor(m_ctx.topics.front()).phrase, m_vars, false),
                 closureNote(m_rng, m_ctx));
    if (outcome == QLatin1String("family_met_outcomes") ||
        outcome == QLatin1String("no_longer_appropriate")) {
        note.whatWorkedWell = bullets(
            pickLines(m_rng, wordsFor(m_ctx.topics.front()).workedWell, 2, m_vars) +
            QStringList{f("Minimum requirements checked: GP, dentist, school place, free early education")});
        if (m_child && m_rng.percent(70))
            note.voice = childVoice(m_child);
    } else {
        note.worries = bullets(pickLines(m_rng, wordsFor(m_ctx.topics.front()).worries, 2, m_vars));
    }
    note.nextSteps =
        bullets({f("Closure letter sent to {p} and the referrer"),
                 isLift() ? f("SSW to complete the closure summary form and update the statistics "
                              "spreadsheet")
                          : f("Family know how to ask for help again through the Early Help hub")});
    linkAll(note);
}

void NoteBuilder::write(NoteKind kind, CaseNote& note) {
    const bool lift = isLift();
    const bool ff = isFamiliesFirst();
    if ((kind == NoteKind::DirectWork || kind == NoteKind::SchoolMeeting) && m_child &&
        ageOn(m_child->person, m_date) < 4 && !m_children.empty()) {
        m_child = m_children.front(); // the eldest: a baby does not have direct work or a school
        m_vars = varsFor(m_child);
    }
    switch (kind) {
    case NoteKind::ReferralReceived:
        note.noteType = QStringLiteral("manager_decision");
        note.subject =
            f("Referral received from {src}") + (lift ? QStringLiteral(" - for matching at team brief")
                                                      : QStringLiteral(" - awaiting allocation"));
        note.purpose = QStringLiteral("Referral outline: ") + referralReason(m_rng, m_ctx);
        note.nextSteps = bullets({lift ? f("Look for a suitable LIFT mentor on the mentor spreadsheet")
                                       : f("Discuss at the locality allocation meeting"),
                                  f("Acknowledge the referral with the family and the referrer")});
        for (const auto* c : m_children)
            note.personIds.push_back(c->person.id);
        return;
    case NoteKind::Allocation: {
        note.noteType = QStringLiteral("manager_decision");
        const QString& s = m_ctx.service;
        if (s == QLatin1String("early_help_brief")) {
            note.subject = f("Case accepted for unassessed brief intervention - allocated to {w}");
            note.purpose =
                QStringLiteral("Nature of involvement: unassessed brief intervention, up to 6 weeks or 6 "
                               "sessions. First contact within 10 working days.");
        } else if (s == QLatin1String("early_help_targeted")) {
            note.subject = f("Case accepted for assessed targeted intervention - allocated to {w}");
            note.purpose =
                QStringLiteral("Nature of involvement: Family Star assessment and plan, up to 4 months. "
                               "First contact within 10 working days.");
        } else if (s == QLatin1String("early_help_intensive")) {
            note.subject = f("Case accepted for intensive family support - allocated to {w}");
            note.purpose =
                QStringLiteral("Nature of involvement: intensive family support. Early contact within 5 "
                               "working days; weekly visits.");
        } else if (lift) {
            note.subject = QStringLiteral("LIFT referral accepted - mentor matched at team brief");
            note.purpose =
                QStringLiteral("Mentor identified from the LIFT mentor spreadsheet. SSW to arrange the "
                               "LIFT agreement meeting, at the family home if possible.");
        } else {
            note.subject = QStringLiteral("Families First referral accepted - same-day response agreed");
            note.purpose =
                QStringLiteral("Meets the edge of care criteria. Same-day visit agreed; intensive support "
                               "of up to 12 weeks with daily contact at first.");
        }
        for (const auto* c : m_children)
            note.personIds.push_back(c->person.id);
        return;
    }
    case NoteKind::NoFurtherAction:
        note.noteType = QStringLiteral("manager_decision");
        note.subject =
            QStringLiteral("Referral not appropriate for %1 - no further action, referrer informed")
                .arg(serviceName(m_ctx.service));
        note.purpose =
            f("The identified needs do not meet the %1 offer. {p} has been signposted to the children's "
              "centre and the school nurse drop-in.")
                .arg(serviceName(m_ctx.service));
        linkAll(note);
        return;
    case NoteKind::AcknowledgementLetter:
        note.noteType = QStringLiteral("letter");
        note.subject = m_rng.percent(50) ? f("Letter to family acknowledging the referral")
                                         : f("Letter sent to {p} with first appointment details");
        note.purpose = f("Letter explains the referral from {src}, what %1 offers and how to get in touch.")
                           .arg(serviceName(m_ctx.service));
        linkMainAdult(note);
        return;
    case NoteKind::FailedContact: {
        note.noteType = QStringLiteral("failed_contact");
        static const Lines subjects = {"Phone call to parent - no answer, no option to leave message",
                                       "Phone call to {p} - no answer, voicemail left asking for a call back",
                                       "Home visit - no answer at the door, calling card left",
                                       "Text message to {p} to rearrange the visit - no reply"};
        note.subject = f(any(subjects));
        linkMainAdult(note);
        return;
    }
    case NoteKind::PhoneCallParent: {
        note.noteType = QStringLiteral("phone_call");
        Lines subjects = {"Phone call to {p} to arrange a home visit",
                          "Phone call from {p} - update on {c}'s week",
                          "Phone call from {p} - worried about {topic}"};
        if (schoolAge())
            subjects.push_back("Phone call to {p} to confirm the meeting at {sch}");
        note.subject = f(any(subjects));
        note.purpose = f(any(wordsFor(m_topic).parentVoice)) + QLatin1Char(' ') +
                       f("{w} listened and went through the plan; agreed to pick this up at the next visit.");
        if (m_rng.percent(50))
            note.nextSteps = bullets(pickLines(m_rng, kGenericNextSteps, 1, m_vars));
        linkMainAdult(note);
        linkChild(note);
        return;
    }
    case NoteKind::PhoneCallProfessional: {
        note.noteType = QStringLiteral("phone_call");
        Lines subjects = {"Phone call to GP surgery to check the family's registration",
                          "Phone call with the health visitor about {topic}"};
        if (schoolAge())
            subjects.push_back("Phone call with {sch} pastoral lead about {c}");
        if (lift || ff)
            subjects.push_back("Phone call from {c}'s social worker - update before the review");
        note.subject = f(any(subjects));
        note.purpose = f(any(wordsFor(m_topic).worries)) + QStringLiteral(". ") +
                       f("Information shared with consent; agreed actions added to the plan.");
        linkChild(note);
        return;
    }
    case NoteKind::TextMessage: {
        note.noteType = QStringLiteral("text_message");
        static const char* const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        note.subject = f("Text message to {p} confirming the visit on ") + QLatin1String(m_rng.pick(days));
        note.purpose = m_rng.percent(60) ? f("{p} replied to confirm.") : QString();
        linkMainAdult(note);
        return;
    }
    case NoteKind::Email: {
        note.noteType = QStringLiteral("email");
        Lines subjects = {"Email to the referrer confirming the case is allocated",
                          "Email summary of the meeting sent to the professionals involved"};
        if (schoolAge())
            subjects.push_back("Email from {sch} with {c}'s attendance figures");
        note.subject = f(any(subjects));
        note.purpose = f("Summary: ") + f(any(wordsFor(m_topic).purposes));
        linkChild(note);
        return;
    }
    case NoteKind::HomeVisit: {
        note.noteType = QStringLiteral("home_visit");
        static const Lines eh = {
            "Home visit to discuss {topic}", "Home visit to review progress with {topic}",
            "Home visit - update with {p} on {topic}", "Planned home visit with {p} and the children"};
        static const Lines families = {"Intensive support visit - {topic}",
                                       "Evening visit to support the family with {topic}"};
        note.subject = f(any(ff ? families : eh));
        fullTemplate(note, QStringLiteral("Family home"), f(any(wordsFor(m_topic).purposes)), true, {});
        return;
    }
    case NoteKind::AssessmentVisit:
        note.noteType = QStringLiteral("home_visit");
        if (ff) {
            note.subject = QStringLiteral("Same-day visit following referral - initial assessment");
            fullTemplate(
                note, QStringLiteral("Family home"),
                f("To meet the family on the day of referral, hear what is happening from everyone and agree "
                  "a safety plan for tonight."),
                true, {});
        } else {
            note.subject = m_rng.percent(60) ? QStringLiteral("Home visit to complete Family Star assessment")
                                             : f("Home visit to complete assessment with {p}");
            fullTemplate(
                note, QStringLiteral("Family home"),
                f("To complete the Family Star assessment with {p} and agree the outcomes the family want to "
                  "work on. Consent form signed."),
                true, {});
        }
        return;
    case NoteKind::ReviewVisit:
        note.noteType = QStringLiteral("home_visit");
        if (lift) {
            note.subject = QStringLiteral("LIFT review meeting at the family home");
            fullTemplate(
                note, QStringLiteral("Family home"),
                f("Review of the LIFT agreement: progress against the plan, hours used and whether support "
                  "should continue."),
                true, {QStringLiteral("LIFT mentor"), f("{c}'s social worker")});
        } else if (ff) {
            note.subject = QStringLiteral("Review meeting with the family - family agreement");
            fullTemplate(note, QStringLiteral("Family home"),
                         f("To review the family agreement and the safety plan."), true, {});
        } else {
            note.subject = QStringLiteral("Home visit to review the Family Star plan");
            fullTemplate(
                note, QStringLiteral("Family home"),
                f("Family Star review: scores compared with the first assessment and the plan updated."),
                true, {});
        }
        return;
    case NoteKind::DirectWork: {
        note.noteType = QStringLiteral("direct_work");
        const Lines& topics =
            wordsFor(m_topic).directWork.empty() ? kGenericDirectWork : wordsFor(m_topic).directWork;
        const QString what = fill(any(topics), m_vars, false);
        note.subject = f("Direct work with {c} on ") + what;
        const bool atSchool = schoolAge() && m_rng.percent(50);
        fullTemplate(note, atSchool ? m_vars.sch : QStringLiteral("Family home"),
                     f("One-to-one session with {c}, using activity sheets and drawing, on ") + what +
                         QLatin1Char('.'),
                     false, {});
        note.personIds.clear();
        linkChild(note);
        return;
    }
    case NoteKind::SchoolMeeting:
        note.noteType = QStringLiteral("school_meeting");
        note.subject = m_rng.percent(50) ? f("Meeting at school with {p} to discuss {topic}")
                                         : f("Meeting at {sch} with {p} and the SENCO about {c}'s support");
        fullTemplate(note, m_vars.sch, f(any(wordsFor(m_topic).purposes)), false,
                     {QStringLiteral("SENCO"), QStringLiteral("pastoral lead")});
        return;
    case NoteKind::MultiAgencyMeeting:
        note.noteType = QStringLiteral("multi_agency_meeting");
        if (lift) {
            note.subject = m_ctx.topics.front() == Topic::ChildInNeed
                               ? QStringLiteral("Child in need review meeting")
                               : f("Professionals meeting with the LIFT mentor and {c}'s social worker");
            fullTemplate(note, QStringLiteral("Locality office"), f(any(wordsFor(m_topic).purposes)), true,
                         {QStringLiteral("LIFT mentor"), f("{c}'s social worker"),
                          QStringLiteral("LIFT coordinator")});
        } else if (ff) {
            note.subject = QStringLiteral("Family network meeting");
            fullTemplate(
                note, QStringLiteral("Family home"),
                f("To bring the family network together to agree who can help and a plan for when things get "
                  "heated."),
                true, {QStringLiteral("two relatives"), f("{c}'s social worker")});
        } else {
            note.subject = schoolAge()
                               ? f("Team Around the Family meeting at {sch}")
                               : QStringLiteral("Team Around the Family meeting at the children's centre");
            fullTemplate(
                note, schoolAge() ? m_vars.sch : QStringLiteral("Children's centre"),
                f("Team Around the Family meeting to review the plan with the family and professionals."),
                true, {QStringLiteral("health visitor"), QStringLiteral("school nurse")});
        }
        return;
    case NoteKind::OfficeVisit:
        note.noteType = QStringLiteral("office_visit");
        note.subject = m_rng.percent(50)
                           ? f("{p} called in at the locality office to drop off forms")
                           : f("Office visit: {p} and {w} completed the housing application together");
        note.location = QStringLiteral("Locality office, %1").arg(QLatin1String(m_ctx.family->town->name));
        note.purpose = f(any(wordsFor(Topic::HousingMoney).purposes));
        linkMainAdult(note);
        return;
    case NoteKind::LiftAgreement:
        note.noteType = QStringLiteral("home_visit");
        note.subject = QStringLiteral("LIFT agreement meeting at the family home");
        fullTemplate(
            note, QStringLiteral("Family home"),
            f("LIFT agreement meeting: what the mentor will do (up to 8 hours a week), an initial plan of "
              "dates and times, risks and safer care, boundaries for contact with the mentor, and a review "
              "date."),
            true, {QStringLiteral("LIFT mentor"), f("{c}'s social worker")});
        note.whatWorkedWell +=
            f("\n- Mentor and {p} got on well and agreed two sessions a week after school");
        note.nextSteps +=
            f("\n- SSW to update the mentor spreadsheet and save the agreement form in the family "
              "folder\n- Review in six weeks");
        return;
    case NoteKind::MentorUpdate:
        note.noteType = QStringLiteral("phone_call");
        note.subject = m_rng.percent(50)
                           ? f("Phone call from LIFT mentor - update after the session with {c}")
                           : QStringLiteral("Phone call from LIFT mentor - respite day went well");
        note.purpose =
            f(any(wordsFor(m_topic).workedWell)) + QStringLiteral(". Mentor diary sheet and finance form "
                                                                  "to follow.");
        linkChild(note);
        return;
    case NoteKind::ClosureSummary:
        closure(note);
        return;
    }
}

} // namespace

int minimumAge(Topic topic) {
    return wordsFor(topic).minAge;
}

QString referralReason(DemoRandom& rng, const CaseContext& context) {
    QStringList parts;
    Vars v;
    const DemoMember* child = context.focusChild;
    const auto adults = context.family->householdAdults();
    v.p = adults.empty() ? QStringLiteral("the family") : firstName(adults.front()->person);
    v.pr = adults.empty() ? QStringLiteral("the carer") : adults.front()->roleWord;
    v.c = child ? firstName(child->person) : QStringLiteral("the baby");
    v.his = child ? possessive(child->person) : QStringLiteral("their");
    v.w = context.workerTitle;
    v.sch = child && ageOn(child->person, context.referralDate) >= 11 ? context.family->secondarySchool
                                                                      : context.family->primarySchool;
    v.pct = QString::number(70 + rng.below(19));
    for (size_t i = 0; i < context.topics.size() && i < 2; ++i) {
        const TopicWords& words = wordsFor(context.topics[i]);
        parts << fill(words.referral[size_t(rng.below(int(words.referral.size())))], v);
    }
    return parts.join(QLatin1Char(' '));
}

QString closureNote(DemoRandom& rng, const CaseContext& context) {
    const QString& o = context.closureOutcome;
    if (o == QLatin1String("family_met_outcomes"))
        return rng.percent(50)
                   ? QStringLiteral("Family met the outcomes in the plan; Family Star scores improved and "
                                    "the family agreed to closure.")
                   : QStringLiteral("Outcomes achieved. Family confident to carry on with the plan and "
                                    "know how to ask for help again.");
    if (o == QLatin1String("no_longer_appropriate"))
        return QStringLiteral(
            "No longer the most appropriate service: the family are now supported by universal "
            "services and the school.");
    if (o == QLatin1String("stepped_up"))
        return QStringLiteral(
            "Concerns increased; following a strategy discussion the case has stepped up to "
            "children's social care.");
    if (o == QLatin1String("family_refused"))
        return QStringLiteral("The family declined further support; the referrer has been informed.");
    if (o == QLatin1String("family_disengaged"))
        return QStringLiteral(
            "The family disengaged despite calls, texts, an unannounced visit and a letter. "
            "Referrer informed; family can re-refer.");
    if (o == QLatin1String("family_moved_away"))
        return QStringLiteral("The family moved out of the area; with consent, information shared with the "
                              "receiving authority.");
    if (o == QLatin1String("not_appropriate_nfa"))
        return QStringLiteral("Referral not appropriate: no further action. Family signposted to universal "
                              "services.");
    return QStringLiteral("Closed following a management review.");
}

void writeNote(DemoRandom& rng, NoteKind kind, const CaseContext& context, const QDate& date,
               CaseNote& note) {
    NoteBuilder(rng, context, date).write(kind, note);
    std::sort(note.personIds.begin(), note.personIds.end());
    note.personIds.erase(std::unique(note.personIds.begin(), note.personIds.end()), note.personIds.end());
}

} // namespace waymark::demo
