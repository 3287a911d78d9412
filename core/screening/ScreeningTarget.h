#pragma once

#include "common/Result.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace st {

class Database;
struct UnListRecord;

// Where a name a designation is screened by comes from.
enum class NameSource { Primary, Alias, OriginalScript };

struct TargetName {
    QString text;
    NameSource source = NameSource::Primary;
    QString quality; // the alias's QUALITY: "Good", "Low", "a.k.a.", "f.k.a." or empty
};

// Years of birth a designation gives: an exact date's year, a year, or a range ("1965 - 1969").
struct YearRange {
    int from = 0;
    int to = 0;
    [[nodiscard]] bool contains(int year) const { return year >= from && year <= to; }
    friend bool operator==(const YearRange &, const YearRange &) = default;
};

// A designation as screening sees it: every name it may be written under, and what a match shows.
struct ScreeningTarget {
    QString referenceNumber;
    DesignationKind kind = DesignationKind::Individual;
    QString name;       // the primary name, as the list prints it
    QString listType;   // UN list ("DPRK", "Al-Qaida")
    QDate listedOn;
    QString resolution; // designating resolution's symbol; empty: committee decision
    QList<TargetName> names; // the primary name first
    QList<YearRange> birthYears;
    QStringList nationalities; // as written in the list
};

// From a record of the list: name parts joined, aliases with their quality, the original-script
// name, years of birth (record and aliases) and nationalities.
ScreeningTarget screeningTargetFrom(const UnListRecord &record, const QString &resolution = {});

// Years in free text as the UN writes them: "1944-10-13", "1960", "1965 - 1969" (a range), "Approximately 1958".
QList<YearRange> yearsIn(const QString &text);

// Every designation in the database that is on the list today (delisted ones are left out), read
// through the UN list store; those entered by hand without list details are screened by name.
Result<QList<ScreeningTarget>> loadScreeningTargets(const Database &db);

} // namespace st
