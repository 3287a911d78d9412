#include "domain/Vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace st {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<ResolutionStatus, 3> kStatus{{{ResolutionStatus::Adopted, "adopted"},
                                              {ResolutionStatus::Vetoed, "vetoed"},
                                              {ResolutionStatus::NotAdopted, "not_adopted"}}};
constexpr Table<ResolutionKind, 3> kKind{{{ResolutionKind::Sanctions, "sanctions"},
                                          {ResolutionKind::PanelRenewal, "panel_renewal"},
                                          {ResolutionKind::Other, "other"}}};
constexpr Table<MeasureAction, 7> kAction{{{MeasureAction::Introduces, "introduces"},
                                           {MeasureAction::Expands, "expands"},
                                           {MeasureAction::Tightens, "tightens"},
                                           {MeasureAction::Relaxes, "relaxes"},
                                           {MeasureAction::Renews, "renews"},
                                           {MeasureAction::Terminates, "terminates"},
                                           {MeasureAction::Reinstates, "reinstates"}}};
constexpr Table<EventKind, 4> kEvent{{{EventKind::NuclearTest, "nuclear_test"},
                                      {EventKind::MissileLaunch, "missile_launch"},
                                      {EventKind::SatelliteLaunch, "satellite_launch"},
                                      {EventKind::Other, "other"}}};
constexpr Table<DesignationKind, 2> kDesignation{{{DesignationKind::Individual, "individual"},
                                                  {DesignationKind::Entity, "entity"}}};
constexpr Table<ActKind, 4> kAct{{{ActKind::PresidentialStatement, "presidential_statement"},
                                  {ActKind::CommitteeDecision, "committee_decision"},
                                  {ActKind::PanelReport, "panel_report"},
                                  {ActKind::MonitoringTeamDocument, "monitoring_team_document"}}};

template <typename E, std::size_t N>
QString codeOf(const Table<E, N> &table, E value)
{
    for (const auto &[v, code] : table) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
}

template <typename E, std::size_t N>
std::optional<E> lookUp(const Table<E, N> &table, const QString &code)
{
    for (const auto &[v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList codesOf(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

QString toCode(ResolutionStatus v) { return codeOf(kStatus, v); }
QString toCode(ResolutionKind v) { return codeOf(kKind, v); }
QString toCode(MeasureAction v) { return codeOf(kAction, v); }
QString toCode(EventKind v) { return codeOf(kEvent, v); }
QString toCode(DesignationKind v) { return codeOf(kDesignation, v); }
QString toCode(ActKind v) { return codeOf(kAct, v); }

template <>
std::optional<ResolutionStatus> fromCode<ResolutionStatus>(const QString &code) { return lookUp(kStatus, code); }
template <>
std::optional<ResolutionKind> fromCode<ResolutionKind>(const QString &code) { return lookUp(kKind, code); }
template <>
std::optional<MeasureAction> fromCode<MeasureAction>(const QString &code) { return lookUp(kAction, code); }
std::optional<MeasureAction> measureActionFromUtf8(QByteArrayView code)
{
    for (const auto &[v, c] : kAction) {
        if (code == QByteArrayView(c))
            return v;
    }
    return std::nullopt;
}
template <>
std::optional<EventKind> fromCode<EventKind>(const QString &code) { return lookUp(kEvent, code); }
template <>
std::optional<DesignationKind> fromCode<DesignationKind>(const QString &code) { return lookUp(kDesignation, code); }
template <>
std::optional<ActKind> fromCode<ActKind>(const QString &code) { return lookUp(kAct, code); }

template <>
QStringList allCodes<ResolutionStatus>() { return codesOf(kStatus); }
template <>
QStringList allCodes<ResolutionKind>() { return codesOf(kKind); }
template <>
QStringList allCodes<MeasureAction>() { return codesOf(kAction); }
template <>
QStringList allCodes<EventKind>() { return codesOf(kEvent); }
template <>
QStringList allCodes<DesignationKind>() { return codesOf(kDesignation); }
template <>
QStringList allCodes<ActKind>() { return codesOf(kAct); }

QString displayName(ResolutionKind v)
{
    switch (v) {
    case ResolutionKind::Sanctions:
        return QCoreApplication::translate("st::Vocabulary", "Sanctions round");
    case ResolutionKind::PanelRenewal:
        return QCoreApplication::translate("st::Vocabulary", "Panel of Experts renewal");
    case ResolutionKind::Other:
        return QCoreApplication::translate("st::Vocabulary", "Other");
    }
    Q_UNREACHABLE();
}

QString displayName(EventKind v)
{
    switch (v) {
    case EventKind::NuclearTest:
        return QCoreApplication::translate("st::Vocabulary", "Nuclear test");
    case EventKind::MissileLaunch:
        return QCoreApplication::translate("st::Vocabulary", "Missile launch");
    case EventKind::SatelliteLaunch:
        return QCoreApplication::translate("st::Vocabulary", "Satellite launch");
    case EventKind::Other:
        return QCoreApplication::translate("st::Vocabulary", "Other event");
    }
    Q_UNREACHABLE();
}

QString displayName(ResolutionStatus v)
{
    switch (v) {
    case ResolutionStatus::Adopted:
        return QCoreApplication::translate("st::Vocabulary", "Adopted");
    case ResolutionStatus::Vetoed:
        return QCoreApplication::translate("st::Vocabulary", "Vetoed draft");
    case ResolutionStatus::NotAdopted:
        return QCoreApplication::translate("st::Vocabulary", "Draft not adopted (fewer than nine votes)");
    }
    Q_UNREACHABLE();
}

QString displayName(ActKind v)
{
    switch (v) {
    case ActKind::PresidentialStatement:
        return QCoreApplication::translate("st::Vocabulary", "Presidential statement");
    case ActKind::CommitteeDecision:
        return QCoreApplication::translate("st::Vocabulary", "Committee designation decision");
    case ActKind::PanelReport:
        return QCoreApplication::translate("st::Vocabulary", "Panel of Experts report");
    case ActKind::MonitoringTeamDocument:
        return QCoreApplication::translate("st::Vocabulary", "MSMT statement or report (outside the UN)");
    }
    Q_UNREACHABLE();
}

QStringList measureCategories()
{
    return {QStringLiteral("trade"),      QStringLiteral("financial"), QStringLiteral("movement"),
            QStringLiteral("maritime"),   QStringLiteral("monitoring"), QStringLiteral("listing"),
            QStringLiteral("other")};
}

} // namespace st
