#include "screening/ScreeningExplanation.h"

#include <QCoreApplication>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::Screening) };

QString quoted(const QString &text) { return QStringLiteral("'%1'").arg(text); }

QString listedNameText(const TargetName &listed)
{
    switch (listed.source) {
    case NameSource::Primary:
        return Tr::tr("name %1").arg(quoted(listed.text));
    case NameSource::OriginalScript:
        return Tr::tr("original-script name %1").arg(quoted(listed.text));
    case NameSource::Alias:
        break;
    }
    const QString quality = listed.quality.trimmed();
    if (quality.compare(QLatin1String("Good"), Qt::CaseInsensitive) == 0)
        return Tr::tr("alias %1 (good quality)").arg(quoted(listed.text));
    if (quality.compare(QLatin1String("Low"), Qt::CaseInsensitive) == 0)
        return Tr::tr("alias %1 (low quality)").arg(quoted(listed.text));
    if (!quality.isEmpty())
        return Tr::tr("alias %1 (%2)").arg(quoted(listed.text), quality);
    return Tr::tr("alias %1").arg(quoted(listed.text));
}

QString wordsText(const ComparableName &name, const QList<int> &indexes)
{
    QStringList words;
    for (int i : indexes)
        words << quoted(name.name.tokens[i].written);
    return words.join(QStringLiteral(", "));
}

} // namespace

QStringList explainNameMatch(const TargetName &listed, const ComparableName &query, const ComparableName &candidate,
                             const NameComparison &comparison)
{
    QStringList reasons{listedNameText(listed)};
    if (!query.name.script.isEmpty())
        reasons << Tr::tr("transliterated from %1").arg(query.name.script);
    if (comparison.exact() && query.name.syllablesJoined == candidate.name.syllablesJoined) {
        reasons << Tr::tr("exact match");
        return reasons;
    }
    for (qsizetype k = 0; k < comparison.pairs.size(); ++k) {
        const TokenPair &p = comparison.pairs[k];
        QString q = query.name.tokens[p.query].written;
        QString c = candidate.name.tokens[p.candidate].written;
        if (p.how == TokenMatch::Joined) {
            // One reason for the run: 'namchongagn' close to 'nam chon gang'.
            while (k + 1 < comparison.pairs.size() && comparison.pairs[k + 1].how == TokenMatch::Joined
                   && (comparison.pairs[k + 1].query == p.query || comparison.pairs[k + 1].candidate == p.candidate)) {
                ++k;
                const TokenPair &next = comparison.pairs[k];
                if (next.query == p.query)
                    c += QLatin1Char(' ') + candidate.name.tokens[next.candidate].written;
                else
                    q += QLatin1Char(' ') + query.name.tokens[next.query].written;
            }
        }
        switch (p.how) {
        case TokenMatch::Same:
            break;
        case TokenMatch::Variant:
            reasons << Tr::tr("romanisation variant %1 = %2").arg(quoted(q), quoted(c));
            break;
        case TokenMatch::SoundsLike:
            reasons << Tr::tr("%1 sounds like %2").arg(quoted(q), quoted(c));
            break;
        case TokenMatch::Spelling:
            reasons << Tr::tr("spelling %1 close to %2").arg(quoted(q), quoted(c));
            break;
        case TokenMatch::Joined:
            reasons << Tr::tr("%1 close to %2, written as one word").arg(quoted(q), quoted(c));
            break;
        }
    }
    if (query.name.syllablesJoined != candidate.name.syllablesJoined)
        reasons << Tr::tr("syllables written together");
    if (comparison.orderDiffers)
        reasons << Tr::tr("token order differs");
    if (!comparison.unmatchedQuery.isEmpty())
        reasons << Tr::tr("not in the listed name: %1").arg(wordsText(query, comparison.unmatchedQuery));
    if (!comparison.unmatchedCandidate.isEmpty())
        reasons << Tr::tr("missing from the query: %1").arg(wordsText(candidate, comparison.unmatchedCandidate));
    return reasons;
}

QString birthYearReason(bool matches, const QList<YearRange> &listed)
{
    if (matches)
        return Tr::tr("birth year matches");
    QStringList years;
    for (const YearRange &r : listed)
        years << (r.from == r.to ? QString::number(r.from) : QStringLiteral("%1–%2").arg(r.from).arg(r.to));
    years.removeDuplicates();
    return Tr::tr("birth year differs (listed: %1)").arg(years.join(QStringLiteral(", ")));
}

QString nationalityReason(bool matches, const QStringList &listed)
{
    if (matches)
        return Tr::tr("nationality matches");
    return Tr::tr("nationality differs (listed: %1)").arg(listed.join(QStringLiteral(", ")));
}

} // namespace st
