#include "designations/DesignationsPage.h"

#include "designations/DesignationFilterModel.h"
#include "designations/DesignationTableModel.h"
#include "designations/UnListImport.h"
#include "storage/UnListStore.h"
#include "domain/UnListRegimes.h"
#include "workspace/DateFilterEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QAbstractItemView>
#include <QVBoxLayout>

namespace st {

DesignationsPage::DesignationsPage(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new DesignationTableModel(db, this))
    , m_filter(new DesignationFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("designationsView"));
    m_view->setModel(m_filter);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 3); // a header and a row or two: fits 1024×600
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DesignationTableModel::Reference, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8); // a dense table
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DesignationTableModel::Name, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    // Room for the header's sort arrow too.
    m_view->setColumnWidth(DesignationTableModel::Reference, fm.horizontalAdvance(QStringLiteral("Reference")) + 28);
    m_view->setColumnWidth(DesignationTableModel::OriginalScript, fm.horizontalAdvance(QLatin1Char('M')) * 18);
    m_view->setColumnWidth(DesignationTableModel::Kind, fm.horizontalAdvance(QStringLiteral("Individual__")));
    m_view->setColumnWidth(DesignationTableModel::List, fm.horizontalAdvance(QStringLiteral("SouthSudan___")));
    m_view->setColumnWidth(DesignationTableModel::ListedOn, fm.horizontalAdvance(QStringLiteral("2016-03-02___")));
    m_view->setColumnWidth(DesignationTableModel::ListedBy, fm.horizontalAdvance(QStringLiteral("S/RES/2270 (2016)___")));
    m_view->setColumnWidth(DesignationTableModel::Status, fm.horizontalAdvance(QStringLiteral("Delisted 2024-10-15__")));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 6px; }"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    m_lastImport = new QLabel(this);
    m_lastImport->setObjectName(QStringLiteral("designationsLastImport"));
    m_lastImport->setStyleSheet(QStringLiteral("QLabel { color: #5f6b76; }"));
    m_lastImport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lastImport);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DesignationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DesignationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DesignationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DesignationsPage::updateCount);
    reload();
}

QWidget *DesignationsPage::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("designationSearch"));
    m_search->setPlaceholderText(tr("Search names, aliases, original script…"));
    m_search->setClearButtonEnabled(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_search->setMinimumWidth(em * 10); // the bar fits a 1024-pixel screen

    // Compact in the bar; the open list is as wide as the committees' names.
    m_list = new QComboBox(bar);
    m_list->setObjectName(QStringLiteral("designationList"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_list->setMinimumContentsLength(14);
    m_list->view()->setMinimumWidth(em * 30);
    m_list->setToolTip(tr("UN list (UN_LIST_TYPE of the Consolidated List) and its sanctions committee"));

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("designationKind"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Individuals"), toCode(DesignationKind::Individual));
    m_kind->addItem(tr("Entities"), toCode(DesignationKind::Entity));

    m_from = new DateFilterEdit(bar);
    m_to = new DateFilterEdit(bar);
    m_from->setToolTip(tr("Listed on or after this day"));
    m_to->setToolTip(tr("Listed on or before this day"));

    m_delisted = new QCheckBox(tr("Include delisted"), bar);
    m_delisted->setToolTip(tr("Also show designations that have left the list"));
    m_delisted->setChecked(true);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("designationCount"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2 designations").arg(QStringLiteral("1,000"),
                                                                                             QStringLiteral("1,000"))));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    row->addWidget(m_search, 1);
    row->addWidget(m_list);
    row->addWidget(m_kind);
    auto *listedLabel = new QLabel(tr("&Listed"), bar);
    listedLabel->setBuddy(m_from);
    row->addWidget(listedLabel);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addWidget(m_delisted);
    row->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &DesignationsPage::applyFilters);
    connect(m_list, &QComboBox::currentIndexChanged, this, &DesignationsPage::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DesignationsPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &DesignationsPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &DesignationsPage::applyFilters);
    connect(m_delisted, &QCheckBox::toggled, this, &DesignationsPage::applyFilters);
    return bar;
}

bool DesignationsPage::reload()
{
    const auto done = m_model->reload();
    m_problem->setVisible(!done.ok());
    if (!done.ok()) {
        m_problem->setText(tr("The designations could not be read: %1").arg(done.error().message));
        m_problem->setToolTip(done.error().detail);
    }
    fillListBox();
    updateCount();
    showImportLog();
    return done.ok();
}

bool DesignationsPage::isEmpty() const { return m_model->rowCount() == 0; }

// The lists present in the database; the current choice survives a reload when it still exists.
void DesignationsPage::fillListBox()
{
    const QString current = m_list->currentData().toString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItem(tr("All lists"), QString());
    for (const QString &type : m_model->listTypes())
        m_list->addItem(unListDisplayName(type), type);
    m_list->setCurrentIndex(qMax(0, m_list->findData(current)));
    applyFilters();
}

void DesignationsPage::applyFilters()
{
    m_filter->setListType(m_list->currentData().toString());
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setListedBetween(m_from->value(), m_to->value());
    m_filter->setShowDelisted(m_delisted->isChecked());
    m_filter->setSearchText(m_search->text());
    updateCount();
}

void DesignationsPage::showListedOn(const QString &listType, const QDate &day)
{
    {
        // One filter pass instead of one per field.
        const QSignalBlocker blockSearch(m_search), blockList(m_list), blockKind(m_kind), blockFrom(m_from),
            blockTo(m_to), blockDelisted(m_delisted);
        m_search->clear();
        m_list->setCurrentIndex(qMax(0, m_list->findData(listType)));
        m_kind->setCurrentIndex(0);
        m_from->setValue(day);
        m_to->setValue(day);
        m_delisted->setChecked(true);
    }
    applyFilters();
}

void DesignationsPage::showImportLog()
{
    auto log = unListImportLog(m_db);
    if (!log || log.value().isEmpty()) {
        m_lastImport->setText(log ? tr("No UN list imported yet: File ▸ Import UN Consolidated List…")
                                  : tr("The import log could not be read: %1").arg(log.error().message));
        m_lastImport->setToolTip(QString());
        return;
    }
    const QList<UnListImportLogEntry> &entries = log.value();
    m_lastImport->setText(tr("Last import: %1").arg(importLogLine(entries.first())) +
                          (entries.size() > 1 ? tr(" · %Ln import(s) in all (hover for the log)", nullptr, static_cast<int>(entries.size())) : QString()));
    QString tip = QStringLiteral("<b>%1</b><table cellspacing=\"4\">").arg(tr("UN list imports, newest first").toHtmlEscaped());
    constexpr int kShown = 20;
    for (int i = 0; i < entries.size() && i < kShown; ++i) {
        const UnListImportLogEntry &e = entries[i];
        tip += QStringLiteral("<tr><td>%1<br/><span style=\"color:#5f6b76\">SHA-256 %2 · %3</span></td></tr>")
                   .arg(importLogLine(e).toHtmlEscaped(), e.sha256.toHtmlEscaped(),
                        tr("%1 individuals, %2 entities on the list").arg(e.individuals).arg(e.entities).toHtmlEscaped());
    }
    tip += QStringLiteral("</table>");
    m_lastImport->setToolTip(tip);
}

QString DesignationsPage::countText() const { return m_count->text(); }

void DesignationsPage::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%Ln designation(s)", nullptr, all)
                                  : tr("%1 of %Ln designation(s)", nullptr, all).arg(locale.toString(shown)));
}

} // namespace st
