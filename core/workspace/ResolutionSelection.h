#pragma once

#include <QObject>

namespace st {

// The resolution the analyst is looking at. The timeline, the tables and the detail pane all follow
// it and all set it, so they never disagree; 0 means none.
class ResolutionSelection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] qint64 current() const { return m_current; }

public slots:
    void setCurrent(qint64 id);

signals:
    void currentChanged(qint64 id);

private:
    qint64 m_current = 0;
};

} // namespace st
