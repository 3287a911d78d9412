#include "validation/Validation.h"

#include "domain/MeasureTexts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::Validation) };

void require(FieldErrors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        errors.append({field, Tr::tr("is required")});
}

void checkDate(FieldErrors &errors, const QString &field, const QDate &date, bool required)
{
    if (date.isNull()) {
        if (required)
            errors.append({field, Tr::tr("is required")});
        return;
    }
    if (!date.isValid())
        errors.append({field, Tr::tr("is not a real date")});
    else if (date < earliestDate())
        errors.append({field, Tr::tr("is before 24 October 1945, when the United Nations came into being")});
}

// Long enough for any real paragraph of a resolution; short enough that a paste gone wrong (a whole
// page) is caught at the field rather than stored.
void checkLength(FieldErrors &errors, const QString &field, const QString &value, qsizetype limit)
{
    if (value.size() > limit)
        errors.append({field, Tr::tr("is too long: %1 characters, at most %2").arg(value.size()).arg(limit)});
}

void checkUrl(FieldErrors &errors, const QString &field, const QString &url)
{
    if (url.trimmed().isEmpty())
        errors.append({field, Tr::tr("is required")});
    else if (!isWellFormedUrl(url))
        errors.append({field, Tr::tr("is not a well-formed web address (http:// or https://)")});
}

void checkVotes(FieldErrors &errors, const Votes &v)
{
    const std::pair<const char *, int> counts[] = {{"votes.for", v.inFavour},
                                                   {"votes.against", v.against},
                                                   {"votes.abstain", v.abstaining}};
    for (const auto &[field, n] : counts) {
        if (n < 0 || n > 15)
            errors.append({QString::fromLatin1(field), Tr::tr("must be between 0 and 15")});
    }
    if (v.total() > 15)
        errors.append({QStringLiteral("votes"), Tr::tr("add up to %1, but the Council has 15 members").arg(v.total())});
}

} // namespace

QDate earliestDate() { return {1945, 10, 24}; }

bool isWellFormedUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"))
           && !parsed.host().isEmpty() && parsed.host().contains(QLatin1Char('.'));
}

bool isStateCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(code).hasMatch();
}

bool isMeasureTypeCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(code).hasMatch();
}

bool isPermanentMember(const QString &code)
{
    static const QStringList p5{QStringLiteral("CHN"), QStringLiteral("FRA"), QStringLiteral("GBR"),
                                QStringLiteral("RUS"), QStringLiteral("USA")};
    return p5.contains(code);
}

FieldErrors validateState(const SanctionedState &state)
{
    FieldErrors errors;
    if (!isStateCode(state.code))
        errors.append({QStringLiteral("code"), Tr::tr("must be an ISO 3166-1 alpha-3 code such as PRK")});
    require(errors, QStringLiteral("name"), state.name);
    return errors;
}

FieldErrors validateMeasureType(const MeasureType &type)
{
    FieldErrors errors;
    if (!isMeasureTypeCode(type.code))
        errors.append({QStringLiteral("code"), Tr::tr("must be lower-case letters, digits and _, such as arms_embargo")});
    require(errors, QStringLiteral("name"), type.name);
    if (!measureCategories().contains(type.category))
        errors.append({QStringLiteral("category"), Tr::tr("must be one of %1").arg(measureCategories().join(QStringLiteral(", ")))});
    return errors;
}

FieldErrors validateRegime(const Regime &regime)
{
    FieldErrors errors;
    require(errors, QStringLiteral("code"), regime.code);
    require(errors, QStringLiteral("name"), regime.name);
    if (!isStateCode(regime.stateCode))
        errors.append({QStringLiteral("state"), Tr::tr("must be an ISO 3166-1 alpha-3 code such as PRK")});
    if (!regime.source.isEmpty() && !isWellFormedUrl(regime.source))
        errors.append({QStringLiteral("source"), Tr::tr("is not a well-formed web address (http:// or https://)")});
    return errors;
}

FieldErrors validateResolution(const Resolution &r)
{
    FieldErrors errors;
    checkDate(errors, QStringLiteral("date"), r.date, true);
    const bool adopted = r.status == ResolutionStatus::Adopted;
    const int year = r.date.isValid() ? r.date.year() : 0;

    if (r.symbol.trimmed().isEmpty()) {
        errors.append({QStringLiteral("symbol"), Tr::tr("is required")});
    } else if (adopted) {
        static const QRegularExpression re(QStringLiteral("^S/RES/(\\d+) \\((\\d{4})\\)$"));
        const auto m = re.match(r.symbol);
        if (!m.hasMatch())
            errors.append({QStringLiteral("symbol"), Tr::tr("must look like S/RES/2397 (2017)")});
        else if (r.number && m.captured(1).toInt() != *r.number)
            errors.append({QStringLiteral("symbol"), Tr::tr("names resolution %1 but the number is %2")
                                                         .arg(m.captured(1)).arg(*r.number)});
        else if (year && m.captured(2).toInt() != year)
            errors.append({QStringLiteral("symbol"), Tr::tr("gives the year %1 but the resolution is dated %2")
                                                         .arg(m.captured(2)).arg(year)});
    } else {
        // A draft whose document symbol no source gives is written S/2025/? (draft of 19 September 2025):
        // the number stays visibly unknown rather than guessed.
        static const QRegularExpression re(QStringLiteral("^S/(\\d{4})/(\\d+|\\? \\(draft of [^()]+\\))$"));
        const auto m = re.match(r.symbol);
        if (!m.hasMatch())
            errors.append({QStringLiteral("symbol"), Tr::tr("must look like a draft's document symbol, S/2022/431")});
        else if (year && m.captured(1).toInt() != year)
            errors.append({QStringLiteral("symbol"), Tr::tr("gives the year %1 but the draft is dated %2")
                                                         .arg(m.captured(1)).arg(year)});
    }

    if (adopted && !r.number)
        errors.append({QStringLiteral("number"), Tr::tr("is required for an adopted resolution")});
    else if (adopted && *r.number <= 0)
        errors.append({QStringLiteral("number"), Tr::tr("must be a positive number")});
    else if (!adopted && r.number)
        errors.append({QStringLiteral("number"), r.status == ResolutionStatus::Vetoed
                                                     ? Tr::tr("must be empty: a vetoed draft has no resolution number")
                                                     : Tr::tr("must be empty: a draft that was not adopted has no resolution number")});

    require(errors, QStringLiteral("title"), r.title);
    checkVotes(errors, r.votes);
    if (adopted && r.votes.inFavour < 9)
        errors.append({QStringLiteral("votes.for"), Tr::tr("must be at least 9 for an adopted resolution")});
    const bool vetoed = r.status == ResolutionStatus::Vetoed;
    if (vetoed && r.votes.against < 1)
        errors.append({QStringLiteral("votes.against"), Tr::tr("must be at least 1 for a vetoed draft")});
    // Not adopted for lack of votes: by definition fewer than nine in favour, and no veto counted.
    if (r.status == ResolutionStatus::NotAdopted && r.votes.inFavour >= 9)
        errors.append({QStringLiteral("votes.for"), Tr::tr("must be at most 8 for a draft not adopted for lack of votes; "
                                                           "with 9 or more it failed by a veto")});
    if (r.status == ResolutionStatus::NotAdopted && !r.vetoedBy.isEmpty())
        errors.append({QStringLiteral("vetoed_by"), Tr::tr("must be empty for a draft not adopted for lack of votes")});

    if (adopted && !r.vetoedBy.isEmpty())
        errors.append({QStringLiteral("vetoed_by"), Tr::tr("must be empty for an adopted resolution")});
    if (vetoed && r.vetoedBy.isEmpty())
        errors.append({QStringLiteral("vetoed_by"), Tr::tr("must name the permanent member(s) that vetoed the draft")});
    for (const QString &member : r.vetoedBy) {
        if (!isPermanentMember(member))
            errors.append({QStringLiteral("vetoed_by"), Tr::tr("%1 is not a permanent member (CHN, FRA, GBR, RUS, USA)").arg(member)});
    }
    if (r.vetoedBy.size() > r.votes.against)
        errors.append({QStringLiteral("vetoed_by"), Tr::tr("names more vetoes than votes against")});

    for (const QString &state : r.states) {
        if (!isStateCode(state))
            errors.append({QStringLiteral("states"), Tr::tr("\"%1\" is not an ISO 3166-1 alpha-3 code").arg(state)});
    }
    if (r.sources.isEmpty())
        errors.append({QStringLiteral("sources"), Tr::tr("need at least one source address")});
    for (const QString &url : r.sources)
        checkUrl(errors, QStringLiteral("sources"), url);
    return errors;
}

FieldErrors validateEvent(const TriggerEvent &e)
{
    FieldErrors errors;
    if (!isStateCode(e.stateCode))
        errors.append({QStringLiteral("state"), Tr::tr("must be an ISO 3166-1 alpha-3 code such as PRK")});
    checkDate(errors, QStringLiteral("date"), e.date, true);
    checkDate(errors, QStringLiteral("local_date"), e.localDate, false);
    if (e.date.isValid() && e.localDate.isValid() && qAbs(e.date.daysTo(e.localDate)) > 1)
        errors.append({QStringLiteral("local_date"), Tr::tr("must be within a day of the New York date")});
    require(errors, QStringLiteral("description"), e.description);
    checkUrl(errors, QStringLiteral("source"), e.source);
    return errors;
}

FieldErrors validateResolution(const Resolution &r, const ResolutionContext &context)
{
    FieldErrors errors = validateResolution(r);
    if (context.symbolTaken)
        errors.append({QStringLiteral("symbol"), Tr::tr("is already used by another stored resolution")});
    if (context.numberTaken)
        errors.append({QStringLiteral("number"), Tr::tr("is already used by another stored resolution")});
    return errors;
}

FieldErrors validateState(const SanctionedState &state, bool codeTaken)
{
    FieldErrors errors = validateState(state);
    if (codeTaken)
        errors.append({QStringLiteral("code"), Tr::tr("is already used by another state")});
    return errors;
}

FieldErrors validateMeasureType(const MeasureType &type, const MeasureTypeContext &context)
{
    FieldErrors errors = validateMeasureType(type);
    if (context.codeTaken)
        errors.append({QStringLiteral("code"), Tr::tr("is already used by another measure type")});
    if (!type.hasCap && context.cappedMeasures > 0)
        errors.append({QStringLiteral("has_cap"), Tr::tr("cannot be turned off while stored measures of this type carry a "
                                                     "cap (%1 of them)").arg(context.cappedMeasures)});
    return errors;
}

FieldErrors validateEvent(const TriggerEvent &event, bool sameEventStored)
{
    FieldErrors errors = validateEvent(event);
    if (sameEventStored)
        errors.append({QStringLiteral("description"), Tr::tr("repeats a stored event of the same state, date and kind")});
    return errors;
}

QDate dateFromText(const QString &text) { return QDate::fromString(text.trimmed(), Qt::ISODate); }

FieldErrors validateDateText(const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty() || dateFromText(text).isValid())
        return {};
    return {{field, Tr::tr("is not a real date; write it as YYYY-MM-DD, e.g. 2017-12-22")}};
}

bool actionNeedsAnEarlierMeasure(MeasureAction action)
{
    return action == MeasureAction::Tightens || action == MeasureAction::Relaxes || action == MeasureAction::Renews
           || action == MeasureAction::Terminates || action == MeasureAction::Reinstates;
}

namespace {
QString actionVerb(MeasureAction action)
{
    switch (action) {
    case MeasureAction::Tightens: return Tr::tr("tightens");
    case MeasureAction::Relaxes: return Tr::tr("relaxes");
    case MeasureAction::Renews: return Tr::tr("renews");
    case MeasureAction::Terminates: return Tr::tr("ends");
    case MeasureAction::Reinstates: return Tr::tr("reinstates");
    case MeasureAction::Introduces: return Tr::tr("introduces");
    case MeasureAction::Expands: return Tr::tr("expands");
    }
    return {};
}
} // namespace

FieldErrors validateMeasure(const Measure &m, const MeasureContext &context)
{
    FieldErrors errors;
    require(errors, QStringLiteral("resolution"), m.resolution);
    if (!m.resolution.trimmed().isEmpty() && !context.resolutionKnown)
        errors.append({QStringLiteral("resolution"), Tr::tr("is not a stored resolution")});
    if (!isStateCode(m.stateCode))
        errors.append({QStringLiteral("state"), Tr::tr("must be an ISO 3166-1 alpha-3 code such as PRK")});
    if (!isMeasureTypeCode(m.typeCode))
        errors.append({QStringLiteral("type"), Tr::tr("is required")});
    require(errors, QStringLiteral("description"), m.description);
    checkUrl(errors, QStringLiteral("source"), m.source);

    checkLength(errors, QStringLiteral("description"), m.description, kMeasureLimits.description);
    checkLength(errors, QStringLiteral("paragraph"), m.paragraph, kMeasureLimits.paragraph);
    for (const MeasureText &t : measureTexts())
        checkLength(errors, QLatin1String(t.column), m.*(t.member), t.maxLength);
    checkLength(errors, QStringLiteral("note"), m.note, kMeasureLimits.note);
    checkLength(errors, QStringLiteral("source"), m.source, kMeasureLimits.source);

    if (m.cap) {
        checkLength(errors, QStringLiteral("cap.unit"), m.cap->unit, kMeasureLimits.capWord);
        checkLength(errors, QStringLiteral("cap.period"), m.cap->period, kMeasureLimits.capWord);
        if (!context.typeHasCap)
            errors.append({QStringLiteral("cap"), Tr::tr("is not used by this measure type")});
        if (!(m.cap->value > 0))
            errors.append({QStringLiteral("cap.value"), Tr::tr("must be a positive number")});
        require(errors, QStringLiteral("cap.unit"), m.cap->unit);
    }

    checkDate(errors, QStringLiteral("effective_from"), m.effectiveFrom, false);
    checkDate(errors, QStringLiteral("effective_to"), m.effectiveTo, false);
    if (m.effectiveFrom.isValid() && m.effectiveTo.isValid() && m.effectiveTo < m.effectiveFrom)
        errors.append({QStringLiteral("effective_to"), Tr::tr("is before the effective-from date")});
    // A measure applies from its resolution's adoption at the earliest: a date before it is a typo
    // (2009 on a 2017 resolution), and it would make the measure apply before anyone decided it.
    if (context.resolutionDate.isValid()) {
        const QString adopted = context.resolutionDate.toString(Qt::ISODate);
        if (m.effectiveFrom.isValid() && m.effectiveFrom < context.resolutionDate)
            errors.append({QStringLiteral("effective_from"), Tr::tr("is before the resolution was adopted (%1)").arg(adopted)});
        if (m.effectiveTo.isValid() && m.effectiveTo < context.resolutionDate)
            errors.append({QStringLiteral("effective_to"), Tr::tr("is before the resolution was adopted (%1)").arg(adopted)});
    }

    const bool changesSomething = m.changes.has_value() || m.changesId != 0;
    if (!changesSomething && actionNeedsAnEarlierMeasure(m.action))
        errors.append({QStringLiteral("changes"), Tr::tr("must name the measure this one %1").arg(actionVerb(m.action))});
    if (m.changes && m.changes->resolution == m.resolution) {
        errors.append({QStringLiteral("changes"), Tr::tr("must be a measure of another resolution, not of its own")});
    } else if (m.changes && context.resolutionDate.isValid() && context.changesResolutionDate.isValid()
               && context.changesResolutionDate >= context.resolutionDate) {
        errors.append({QStringLiteral("changes"), Tr::tr("must be a measure of an earlier resolution")});
    }
    return errors;
}

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field + QStringLiteral(" ") + e.message;
    return parts.join(QStringLiteral("; "));
}

} // namespace st
