#include "designations/ReconciliationView.h"

#include "designations/UnListImport.h"
#include "domain/Wording.h"

#include <QHeaderView>
#include <QLocale>

namespace st {

namespace {

// Enough to review by eye; a list of 100,000 new records is summarised, not listed.
constexpr int kShownPerGroup = 500;

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title, qsizetype count)
{
    auto *item = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title, QLocale().toString(count))});
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void addMore(QTreeWidgetItem *group, qsizetype total)
{
    if (total <= kShownPerGroup)
        return;
    auto *more = new QTreeWidgetItem(group, {QObject::tr("… and %1 more").arg(QLocale().toString(total - kShownPerGroup))});
    more->setFirstColumnSpanned(true);
    more->setDisabled(true);
}

QString whereListed(const UnListImport &import, const UnListRecord &r)
{
    const ListingLink link = import.linkFor(r);
    QStringList parts{r.listType};
    if (!link.regimeCode.isEmpty())
        parts << QObject::tr("regime %1").arg(link.regimeCode);
    parts << QObject::tr("listed %1").arg(dayText(r.listedOn));
    parts << (link.resolution.isEmpty() ? QObject::tr("committee decision") : QObject::tr("by %1").arg(link.resolution));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ReconciliationView::ReconciliationView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Reference"), tr("Name"), tr("What changes")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    setColumnWidth(Reference, fontMetrics().horizontalAdvance(QStringLiteral("Removed (000,000)__")));
    setColumnWidth(Name, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
}

void ReconciliationView::showImport(const UnListImport &import)
{
    clear();
    const Reconciliation &r = import.reconciliation();
    const UnList &list = import.list();

    QTreeWidgetItem *added = addGroup(this, tr("Added"), r.added.size());
    for (qsizetype i = 0; i < qMin<qsizetype>(r.added.size(), kShownPerGroup); ++i) {
        const UnListRecord &rec = list.records[r.added[i]];
        new QTreeWidgetItem(added, {rec.referenceNumber, rec.primaryName(), whereListed(import, rec)});
    }
    addMore(added, r.added.size());

    QTreeWidgetItem *changed = addGroup(this, tr("Changed"), r.changed.size());
    for (qsizetype i = 0; i < qMin<qsizetype>(r.changed.size(), kShownPerGroup); ++i) {
        const DesignationChange &c = r.changed[i];
        const UnListRecord &rec = list.records[c.incoming];
        QStringList labels;
        for (const QString &code : c.fields)
            labels << changeFieldLabel(code);
        new QTreeWidgetItem(changed, {rec.referenceNumber, rec.primaryName(), labels.join(QStringLiteral(", "))});
    }
    addMore(changed, r.changed.size());

    QTreeWidgetItem *removed = addGroup(this, tr("Removed from the list, kept as delisted"), r.removed.size());
    for (qsizetype i = 0; i < qMin<qsizetype>(r.removed.size(), kShownPerGroup); ++i) {
        const Delisting &d = r.removed[i];
        new QTreeWidgetItem(removed, {d.referenceNumber, d.name,
                                      tr("%1 · delisted on %2").arg(d.listType, dayText(import.delistingDate()))});
    }
    addMore(removed, r.removed.size());

    // Long descriptions are elided in the column; the tooltip has them whole.
    for (int g = 0; g < topLevelItemCount(); ++g) {
        for (int c = 0; c < topLevelItem(g)->childCount(); ++c) {
            QTreeWidgetItem *item = topLevelItem(g)->child(c);
            item->setToolTip(What, item->text(What));
            item->setToolTip(Name, item->text(Name));
        }
    }
    // Names as wide as they are, within reason: "What changes" keeps the rest. Measured with every
    // group open (a closed group's names do not count), so opening one later shows whole names.
    changed->setExpanded(true);
    removed->setExpanded(true);
    added->setExpanded(true);
    resizeColumnToContents(Name);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(Name, qBound(em * 16, columnWidth(Name) + em, em * 40));
    // What the analyst came to check is open; a first import's hundreds of additions are not.
    added->setExpanded(r.added.size() <= 50);
}

} // namespace st
