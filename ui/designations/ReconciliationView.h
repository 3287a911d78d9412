#pragma once

#include <QTreeWidget>

namespace st {

class UnListImport;

// What an import will do, record by record: added, changed (with the fields) and removed (to be
// marked delisted), grouped and counted. Long groups show their first records and how many more.
class ReconciliationView : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { Reference, Name, What, ColumnCount };

    explicit ReconciliationView(QWidget *parent = nullptr);
    void showImport(const UnListImport &import);

    // Top-level groups, for tests: 0 added, 1 changed, 2 removed.
    [[nodiscard]] QTreeWidgetItem *group(int index) const { return topLevelItem(index); }
};

} // namespace st
