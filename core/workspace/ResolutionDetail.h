#pragma once

#include "common/Result.h"
#include "storage/BrowserRepository.h"

#include <QUrl>

#include <optional>

namespace st {

class Database;

// Everything the detail pane says about one resolution.
struct ResolutionDetail {
    Resolution resolution;
    QList<TriggerEvent> triggers;
    QList<MeasureRecord> measures;        // by position
    QList<LaterChange> laterChanges;   // later measures that change one of these
    QList<Designation> designations;   // names it put on the UN list (known after a list import)
    QHash<QString, QString> stateNames;
    QHash<qint64, QList<Dispute>> disputes; // by measure id: contested statuses, whose view, source
};

// Nullopt when no resolution has that id (deleted meanwhile).
Result<std::optional<ResolutionDetail>> loadResolutionDetail(const Database &db, qint64 resolutionId);

// The detail as HTML for a QTextBrowser or a report: vote, triggers with their lag, the measures
// grouped by action with caps and lineage, and the sources. Lineage targets are resolutionLink()s.
// Colours are left to the view, by class (muted, subtitle, cap, lineage, note, alert), so a dark
// palette can give them its own readable shades (ui/workspace/DetailPane).
QString resolutionDetailHtml(const ResolutionDetail &detail);

// Links between resolutions inside the app: "st-resolution:<id>".
QUrl resolutionLink(qint64 id);
std::optional<qint64> resolutionIdFromLink(const QUrl &url);

// "Show them in the Designations view": the UN list and the day a resolution listed names on,
// as "st-designations:<list type>?listed=<yyyy-MM-dd>".
struct DesignationsOfDay {
    QString listType;
    QDate day;
};
QUrl designationsLink(const DesignationsOfDay &which);
std::optional<DesignationsOfDay> designationsFromLink(const QUrl &url);

} // namespace st
