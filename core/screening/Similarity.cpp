#include "screening/Similarity.h"

#include <algorithm>
#include <array>

namespace st {

double jaroWinkler(QStringView a, QStringView b)
{
    if (a == b)
        return 1.0;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    // Names are short; fixed buffers avoid an allocation per comparison.
    constexpr qsizetype kMax = 64;
    if (la > kMax || lb > kMax)
        return a.compare(b) == 0 ? 1.0 : 0.0;
    std::array<bool, kMax> matchedA{};
    std::array<bool, kMax> matchedB{};
    // The textbook window is 0 for three-letter words, where it would miss "pka" for "pak": at least 1.
    const qsizetype window = std::max<qsizetype>(1, std::max(la, lb) / 2 - 1);
    int matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[size_t(j)] && a[i] == b[j]) {
                matchedA[size_t(i)] = matchedB[size_t(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    int transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA[size_t(i)])
            continue;
        while (!matchedB[size_t(k)])
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double m = matches;
    const double jaro = (m / double(la) + m / double(lb) + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

namespace {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'h': case 'w':
        return true;
    default:
        return false;
    }
}

// The class of a consonant; 0 for letters that carry no sound of their own here.
char consonantClass(QChar c)
{
    switch (c.unicode()) {
    case 'b': case 'p': case 'f': case 'v': return 'B';
    case 'd': case 't': return 'T';
    case 'g': case 'k': case 'c': case 'q': case 'x': return 'K';
    case 'j': case 'z': return 'J';
    case 'l': case 'r': return 'R';
    case 'm': return 'M';
    case 'n': return 'N';
    case 's': return 'S';
    default: return 0;
    }
}

} // namespace

QString phoneticKey(QStringView word)
{
    QString key;
    key.reserve(word.size());
    char last = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const QChar next = i + 1 < word.size() ? word[i + 1] : QChar();
        char code = 0;
        if (c == QLatin1Char('c') && next == QLatin1Char('h')) {
            code = 'J'; // ch as in Chong = Jong
            ++i;
        } else if (c == QLatin1Char('s') && next == QLatin1Char('h')) {
            code = 'S';
            ++i;
        } else if ((c == QLatin1Char('k') || c == QLatin1Char('g')) && next == QLatin1Char('h')) {
            code = 'K'; // kh, gh of Arabic and Russian names
            ++i;
        } else if (c == QLatin1Char('t') && next == QLatin1Char('h')) {
            code = 'T';
            ++i;
        } else if (c == QLatin1Char('p') && next == QLatin1Char('h')) {
            code = 'B';
            ++i;
        } else if (isVowel(c)) {
            if (key.isEmpty() && last == 0)
                code = 'A'; // a leading vowel keeps its place: "Ali" is not "Li"
            else {
                last = 0; // a vowel separates two equal consonants: "Kak" keeps both
                continue;
            }
        } else {
            code = consonantClass(c);
            if (code == 0)
                continue;
        }
        if (code != last)
            key += QLatin1Char(code);
        last = code;
    }
    return key;
}

} // namespace st
