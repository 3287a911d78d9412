#pragma once

#include "common/Result.h"
#include "storage/DatabaseAccess.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace st {

// A list of records of one kind with New, Edit and Delete: how sanctioned states, measure types,
// trigger events and a resolution's measures are reached while the browser lists only resolutions.
// It only asks; EditingFeature opens the forms and puts the changes on the undo stack.
class RecordListDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        qint64 id = 0;
        QString text;
    };
    using Loader = std::function<Result<QList<Entry>>()>;

    RecordListDialog(const QString &title, Loader loader, QWidget *parent = nullptr);

    // Re-reads the list (after any change), keeping the current record when it is still there.
    void reload();
    [[nodiscard]] qint64 currentId() const;
    void setCurrentId(qint64 id);
    // An account that may only read: New, Edit and Delete greyed out, their tooltips saying why, and
    // a double-click opens nothing.
    void keepForEditors(const DatabaseAccess &access);
    [[nodiscard]] QListWidget *list() const { return m_list; }

signals:
    void newRequested();
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);

private:
    void updateButtons();

    Loader m_loader;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    bool m_mayChange = true;
};

} // namespace st
