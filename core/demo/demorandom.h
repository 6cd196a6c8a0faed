#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <iterator>

namespace waymark::demo {

// A small, portable pseudo-random generator (splitmix64). The demo must be byte-for-byte repeatable
// on every compiler and platform, so neither std::rand, QRandomGenerator nor the standard
// distributions (whose output is implementation-defined) are used.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    // An independent stream for one item (one family), so that item n is the same whoever asks
    // and however many items come before or after it.
    static DemoRandom stream(quint64 seed, quint64 item) {
        DemoRandom mixer(seed * 0x9E3779B97F4A7C15ULL ^ (item + 0x632BE59BD9B4E019ULL));
        mixer.next();
        return DemoRandom(mixer.next() ^ item);
    }

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // 0 <= result < bound (bound > 0). Multiply-shift on the top 32 bits: the bias for the small
    // bounds used here is far below anything visible in demo data, and the result is portable.
    int below(int bound) {
        if (bound <= 1)
            return 0;
        return int(((next() >> 32) * quint64(bound)) >> 32);
    }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    bool percent(int chance) { return below(100) < chance; }

    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }
    template <typename Container> const auto& pickFrom(const Container& items) {
        return items[below(int(std::size(items)))];
    }

    // Index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    quint64 m_state;
};

} // namespace waymark::demo
