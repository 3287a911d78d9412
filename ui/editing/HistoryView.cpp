#include "editing/HistoryView.h"

#include "editing/AuditLogModel.h"
#include "storage/AuditTrail.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace st {

namespace {

QString valueText(const QVariant &v) { return v.isValid() ? v.toString() : QString(); }

} // namespace

HistoryView::HistoryView(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AuditLogModel(db, this))
    , m_table(new QComboBox(this))
    , m_row(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_details(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_table->addItem(tr("All records"), QString());
    for (const QString &table : auditedTables())
        m_table->addItem(AuditLogModel::recordName(table), table);
    m_row->setPlaceholderText(tr("Id"));
    m_row->setValidator(new QIntValidator(1, INT_MAX, m_row));
    m_row->setMaximumWidth(m_row->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    m_row->setToolTip(tr("The record's id (shown in the Id column)"));
    m_text->setPlaceholderText(tr("Find in the changed values or the user's name"));
    m_text->setClearButtonEnabled(true);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setHighlightSections(false);

    m_details->setColumnCount(3);
    m_details->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);
    m_details->setWordWrap(true);
    m_details->header()->setStretchLastSection(false);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    auto *recordLabel = new QLabel(tr("&Record:"), this);
    recordLabel->setBuddy(m_table);
    filters->addWidget(recordLabel);
    filters->addWidget(m_table);
    filters->addWidget(m_row);
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_text);
    filters->addSpacing(8);
    filters->addWidget(findLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // Typing in the search waits for a pause, so each keystroke does not re-read the log.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_row, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_table, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showSelected);
}

void HistoryView::showRecord(const QString &table, qint64 rowId)
{
    const QSignalBlocker a(m_table), b(m_row), c(m_text);
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
    m_row->setText(rowId ? QString::number(rowId) : QString());
    m_text->clear();
    applyFilter();
}

void HistoryView::refreshNames()
{
    // The names the ids in the log stand for, as they are now.
    if (auto catalog = loadFormCatalog(m_db))
        m_names = AuditValueNames(std::move(catalog).value());
}

void HistoryView::reload()
{
    refreshNames();
    if (auto done = m_model->reload(); !done)
        m_status->setText(done.error().message);
    else
        m_status->clear();
    m_list->resizeColumnsToContents();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void HistoryView::applyFilter()
{
    refreshNames();
    AuditFilter filter{m_table->currentData().toString(), 0, m_text->text()};
    if (!filter.table.isEmpty())
        filter.rowId = m_row->text().toLongLong();
    m_row->setEnabled(!filter.table.isEmpty());
    if (auto done = m_model->setFilter(filter); !done)
        m_status->setText(done.error().message);
    else
        m_status->clear();
    m_list->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void HistoryView::showSelected()
{
    m_details->clear();
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const AuditEntry &entry = m_model->entryAt(current.row());
    auto rows = m_model->rowsOf(entry.id, kRowsShown);
    if (!rows) {
        m_status->setText(rows.error().message);
        return;
    }
    // One row (most edits): its fields. Several (a save that rewrote links, an import): a heading per
    // row with its fields beneath, the main record open and the links it brought along closed.
    const bool several = rows.value().size() > 1;
    m_details->setRootIsDecorated(several);
    for (qsizetype i = 0; i < rows.value().size(); ++i) {
        const AuditRow &row = rows.value()[i];
        QTreeWidgetItem *parent = nullptr;
        if (several) {
            // One line across the columns: "Resolution S/RES/2397 (2017): Changed".
            parent = new QTreeWidgetItem(m_details, {tr("%1 %2: %3", "record, its name, what happened to it")
                                                         .arg(AuditLogModel::recordName(row.table), row.label,
                                                              AuditLogModel::operationText(row.operation))});
            parent->setFirstColumnSpanned(true);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        if (!addFields(parent, row))
            return;
        if (parent)
            parent->setExpanded(i == 0);
    }
    if (entry.rows > rows.value().size()) {
        auto *more = new QTreeWidgetItem(m_details, {tr("… and %n more row(s)", nullptr, int(entry.rows - rows.value().size()))});
        more->setFirstColumnSpanned(true);
    }
}

bool HistoryView::addFields(QTreeWidgetItem *parent, const AuditRow &row)
{
    auto changes = m_model->changesOf(row.id);
    if (!changes) {
        m_status->setText(changes.error().message);
        return false;
    }
    const bool update = row.operation == QLatin1String("update");
    for (const AuditFieldChange &c : changes.value()) {
        const QStringList texts{AuditValueNames::fieldName(c.field), m_names.valueText(c.field, c.before),
                                m_names.valueText(c.field, c.after)};
        auto *item = parent ? new QTreeWidgetItem(parent, texts) : new QTreeWidgetItem(m_details, texts);
        // The tooltip keeps what is stored (an id), for whoever checks the database itself.
        item->setToolTip(0, c.field);
        item->setToolTip(1, valueText(c.before));
        item->setToolTip(2, valueText(c.after));
        // In an update, the changed values are what the reader looks for.
        if (update && c.changed()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int col = 0; col < 3; ++col) {
                item->setFont(col, bold);
                item->setBackground(col, QColor(255, 243, 205));
                item->setForeground(col, QColor(60, 40, 0)); // readable on the highlight in a dark theme too
            }
        }
    }
    return true;
}

} // namespace st
