#pragma once

#include "analysis/Timeline.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace st {

class TimelineView;

// The timeline tab: a header saying whose timeline it is, with "Fit all", above the interactive view.
// Its header names no Qt Charts type, so the workspace does not depend on Qt Charts.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    // `escalationKnown` false: the step line comes later by setEscalation() (see TimelineChart).
    void setData(const TimelineData &data, const QString &stateName, bool escalationKnown = true);
    // The state's markers are on their way (read on a worker): no marker, and a title and note saying so
    // (never "0 resolutions", nor the last state's markers under this state's name). setData() ends it.
    void setAwaited(const QString &stateCode, const QString &stateName);
    [[nodiscard]] bool isAwaited() const { return m_awaited; }
    void setEscalation(const QList<EscalationStep> &steps);
    void setSelectedResolution(qint64 id);
    // See TimelineChart::setMatching(); the header then says how many match.
    void setMatching(const std::optional<QSet<qint64>> &ids);
    [[nodiscard]] QString titleText() const;
    // A note over the chart saying why it is empty; an empty text hides it.
    void setEmptyMessage(const QString &text);
    [[nodiscard]] QString emptyMessage() const;
    [[nodiscard]] QAction *fitAllAction() const { return m_fitAll; }
    [[nodiscard]] TimelineView *view() const { return m_view; }

signals:
    void resolutionActivated(qint64 id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTitle();
    // The full hint where it fits, a short one where it does not, none on a very narrow window.
    void fitHint();
    void placeEmptyMessage();

    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_empty;
    QString m_stateName;
    bool m_awaited = false;
    TimelineView *m_view;
    QAction *m_fitAll;
};

} // namespace st
