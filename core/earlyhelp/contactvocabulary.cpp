#include "earlyhelp/contactvocabulary.h"

#include <QCoreApplication>

namespace waymark::vocab {

// The minimum standards name each of these (section 5; Appendices I to III).
const Vocabulary& ehContactMethod() {
    static const Vocabulary v(
        "ehContactMethod",
        {
            {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
            {"text", QT_TRANSLATE_NOOP("Vocabulary", "Text message")},
            {"cold_call", QT_TRANSLATE_NOOP("Vocabulary", "Cold call at the house (calling card)")},
            {"letter", QT_TRANSLATE_NOOP("Vocabulary", "Letter (10 days to reply)")},
            {"via_referrer", QT_TRANSLATE_NOOP("Vocabulary", "Through the referrer")},
            {"via_school", QT_TRANSLATE_NOOP("Vocabulary", "Through the school or another agency")},
        });
    return v;
}

// "engaged" is the one outcome that starts the work (the event engagement_started).
const Vocabulary& ehContactOutcome() {
    static const Vocabulary v(
        "ehContactOutcome",
        {
            {"no_answer", QT_TRANSLATE_NOOP("Vocabulary", "No answer")},
            {"voicemail", QT_TRANSLATE_NOOP("Vocabulary", "Voicemail left")},
            {"sent_no_reply", QT_TRANSLATE_NOOP("Vocabulary", "Sent, no reply yet")},
            {"card_left", QT_TRANSLATE_NOOP("Vocabulary", "Nobody in: calling card left")},
            {"no_card", QT_TRANSLATE_NOOP("Vocabulary", "Nobody in: not safe to leave a card")},
            {"wrong_number", QT_TRANSLATE_NOOP("Vocabulary", "Number or address not working")},
            {"help_asked", QT_TRANSLATE_NOOP("Vocabulary", "Asked for help to make contact")},
            {"spoke_not_agreed", QT_TRANSLATE_NOOP("Vocabulary", "Spoke to the family: nothing agreed yet")},
            {"declined", QT_TRANSLATE_NOOP("Vocabulary", "Family declined support")},
            {"engaged", QT_TRANSLATE_NOOP("Vocabulary", "Family engaged: first meeting agreed")},
        });
    return v;
}

bool ehContactMethodHasReplyBy(const QString& method) {
    return method == QLatin1String("cold_call") || method == QLatin1String("letter");
}

} // namespace waymark::vocab
