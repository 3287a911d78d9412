#include "screening/Transliteration.h"

#include <QList>
#include <QMutex>
#include <QPair>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>

namespace st {

namespace {

struct ScriptRule {
    QChar::Script script;
    const char *transliteratorId;
    const char *name;
};

// The scripts of the UN lists and of the names analysts paste; any other goes through Any-Latin.
constexpr ScriptRule kRules[] = {
    {QChar::Script_Hangul, "Hangul-Latin", "Hangul"},
    {QChar::Script_Cyrillic, "Cyrillic-Latin", "Cyrillic"},
    {QChar::Script_Arabic, "Arabic-Latin", "Arabic"},
    {QChar::Script_Han, "Han-Latin", "Han"},
};
constexpr const char *kAnyLatin = "Any-Latin";

// ICU's registry builds a transliterator from its rules the first time; later ones are clones.
// The prototypes are shared and only cloned under the lock; each thread uses its own clones.
std::unique_ptr<icu::Transliterator> cloneOf(const char *id)
{
    static QMutex mutex;
    static std::map<std::string, std::unique_ptr<icu::Transliterator>> prototypes;
    const QMutexLocker lock(&mutex);
    auto &prototype = prototypes[id];
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        prototype.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            prototype.reset();
    }
    return prototype ? std::unique_ptr<icu::Transliterator>(prototype->clone()) : nullptr;
}

icu::Transliterator *transliterator(const char *id)
{
    thread_local std::map<std::string, std::unique_ptr<icu::Transliterator>> perThread;
    auto &t = perThread[id];
    if (!t)
        t = cloneOf(id);
    return t.get();
}

QString transliterate(const char *id, const QString &text)
{
    icu::Transliterator *t = transliterator(id);
    if (!t)
        return text; // ICU without this transliterator's data: compare the name as written
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

bool isLatinOrCommon(QChar::Script script)
{
    return script == QChar::Script_Latin || script == QChar::Script_Common || script == QChar::Script_Inherited;
}

// "김정식" -> "김 정 식": one token per syllable, as romanised names are written.
QString spacedHangul(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text[i];
        if (i + 1 < text.size() && text[i].script() == QChar::Script_Hangul
            && text[i + 1].script() == QChar::Script_Hangul)
            out += QLatin1Char(' ');
    }
    return out;
}

} // namespace

QString withoutAccents(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        // Combining accents go; so do modifier letters such as the ʿayn of Arabic transliteration,
        // which are written inside a word and would otherwise split it.
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || category == QChar::Letter_Modifier)
            continue;
        out += c;
    }
    // Letters that do not decompose into a base letter and an accent.
    static const QList<QPair<QChar, QLatin1String>> kLetters = {
        {QChar(0x00DF), QLatin1String("ss")}, {QChar(0x00F8), QLatin1String("o")}, {QChar(0x00D8), QLatin1String("O")},
        {QChar(0x0111), QLatin1String("d")}, {QChar(0x0110), QLatin1String("D")}, {QChar(0x00F0), QLatin1String("d")}, {QChar(0x00D0), QLatin1String("D")},
        {QChar(0x0142), QLatin1String("l")},
        {QChar(0x0141), QLatin1String("L")}, {QChar(0x00E6), QLatin1String("ae")}, {QChar(0x00C6), QLatin1String("AE")},
        {QChar(0x0131), QLatin1String("i")}, {QChar(0x00FE), QLatin1String("th")}, {QChar(0x0153), QLatin1String("oe")},
    };
    for (const auto &[letter, replacement] : kLetters)
        out.replace(letter, replacement);
    return out;
}

Latinised latinise(const QString &text)
{
    Latinised out{text, {}};
    const ScriptRule *found = nullptr;
    bool other = false;
    for (QChar c : text) {
        if (c.unicode() < 0x80 || isLatinOrCommon(c.script()))
            continue;
        const QChar::Script script = c.script();
        const auto rule = std::find_if(std::begin(kRules), std::end(kRules),
                                       [script](const ScriptRule &r) { return r.script == script; });
        if (rule == std::end(kRules)) {
            other = true;
        } else if (!found) {
            found = rule;
        } else if (found != rule) {
            other = true; // mixed scripts: Any-Latin handles each run
        }
    }
    if (!found && !other) {
        out.text = withoutAccents(text);
        return out;
    }
    QString source = text;
    if (found && found->script == QChar::Script_Hangul)
        source = spacedHangul(source);
    if (found && !other) {
        out.text = transliterate(found->transliteratorId, source);
        out.script = QString::fromLatin1(found->name);
    } else {
        out.text = transliterate(kAnyLatin, spacedHangul(source));
        out.script = found ? QString::fromLatin1(found->name) : QStringLiteral("non-Latin");
    }
    out.text = withoutAccents(out.text);
    return out;
}

void prepareCommonTransliterators()
{
    (void)cloneOf("Hangul-Latin");
    (void)cloneOf("Cyrillic-Latin");
}

} // namespace st
