#pragma once

#include <QTextBrowser>

namespace st {

class Database;

// Everything about the current resolution, as rich text: vote, triggers with their lag, measures by
// action with caps and lineage, sources. Lineage links move the selection; web links open outside.
class DetailPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailPane(const Database &db, QWidget *parent = nullptr);

    [[nodiscard]] qint64 resolutionId() const { return m_id; }
    // Shows `id` (0: a hint to pick one). Re-reads it, so it also refreshes after an edit.
    void showResolution(qint64 id);

signals:
    void resolutionActivated(qint64 id);
    // "Show in the Designations view" on the names a resolution listed.
    void designationsRequested(const QString &listType, const QDate &day);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The colours of the detail's classes, readable on this pane's palette (light or dark).
    void applyPalette();

    const Database &m_db;
    qint64 m_id = 0;
};

} // namespace st
