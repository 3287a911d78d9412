#include "workspace/MeasuresPage.h"

#include "common/TypedDateEdit.h"
#include "workspace/BrowserTable.h"
#include "domain/Wording.h"
#include "workspace/MeasureBrowserModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace st {

namespace {

// Rows of vetoed drafts are proposals that never applied: set apart in italics and muted text, so
// they cannot be read as measures in force.
class ProposalRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.siblingAtColumn(0).data(MeasureBrowserModel::AdoptedRole).toBool())
            return;
        option->font.setItalic(true);
        // Half way between text and background: apart, still legible in light and dark palettes.
        const QColor text = option->palette.color(QPalette::Text);
        const QColor base = option->palette.color(QPalette::Base);
        option->palette.setColor(QPalette::Text, QColor::fromRgbF((text.redF() + base.redF()) / 2,
                                                                  (text.greenF() + base.greenF()) / 2,
                                                                  (text.blueF() + base.blueF()) / 2));
        if (index.column() == MeasureBrowserModel::Status)
            option->font.setBold(true);
    }
};

} // namespace

MeasuresPage::MeasuresPage(MeasureBrowserModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_type(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_inForce(new QCheckBox(tr("In force &on"), this))
    , m_day(new TypedDateEdit(QDate::currentDate(), this))
    , m_view(new QTableView(this))
    , m_waiting(new QLabel(this))
{
    setUpMeasureTypeBox(m_type);
    m_action->addItem(tr("Any action"), QString());
    for (const QString &code : allCodes<MeasureAction>())
        m_action->addItem(actionName(*fromCode<MeasureAction>(code)), code);
    m_inForce->setToolTip(tr("Only the measures that applied on this day, from their effective dates and "
                             "the later measures that replaced them"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("d MMM yyyy")); // month names follow the locale
    m_day->setEnabled(false);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Clear this tab's filters"));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 4, 4, 2);
    filters->addWidget(m_type, 2);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_inForce);
    filters->addWidget(m_day);
    filters->addWidget(clear);

    setUpBrowserTable(m_view, &m_model, MeasureBrowserModel::Resolution, {17, 11, 12, 6, 26, 10, 7, 20, 11, 11, 20});
    m_view->setItemDelegate(new ProposalRowDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    stackFiltersOverTable(this, filters, m_view);
    m_waiting->setContentsMargins(6, 3, 6, 3);
    m_waiting->setWordWrap(true);
    m_waiting->hide();
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(1, m_waiting);

    auto changed = [this] {
        if (!m_quiet)
            emit filtersChanged();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    connect(m_inForce, &QCheckBox::toggled, this, [this](bool on) {
        m_day->setEnabled(on);
        if (!m_quiet)
            emit inForceOnChanged(inForceOn());
    });
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        if (!m_quiet && m_inForce->isChecked())
            emit inForceOnChanged(inForceOn());
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        clearFilters();
        emit filtersChanged();
        emit inForceOnChanged({});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit resolutionActivated(current.siblingAtColumn(0).data(MeasureBrowserModel::ResolutionIdRole).toLongLong());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 earlier = index.data(MeasureBrowserModel::ChangesResolutionIdRole).toLongLong();
        if (index.column() == MeasureBrowserModel::Changes && earlier != 0)
            emit resolutionActivated(earlier);
    });
}

void MeasuresPage::setMeasureTypes(const QList<std::pair<QString, QString>> &types)
{
    fillMeasureTypeBox(m_type, types);
}

void MeasuresPage::writeFilter(MeasureFilter &filter) const
{
    filter.typeCode = m_type->currentData().toString();
    filter.action = fromCode<MeasureAction>(m_action->currentData().toString());
}

QDate MeasuresPage::inForceOn() const { return m_inForce->isChecked() ? m_day->date() : QDate(); }

void MeasuresPage::showWaitingForInForce(bool waiting)
{
    if (waiting) {
        m_waiting->setText(tr("Working out which measures were in force on %1…")
                               .arg(dayText(m_day->date())));
    }
    m_waiting->setVisible(waiting);
}

QString MeasuresPage::waitingText() const { return m_waiting->isHidden() ? QString() : m_waiting->text(); }

void MeasuresPage::showFilter(const MeasureFilter &filter, const QDate &inForceOn)
{
    m_quiet = true;
    m_type->setCurrentIndex(std::max(0, m_type->findData(filter.typeCode)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(filter.action ? toCode(*filter.action) : QString())));
    m_inForce->setChecked(inForceOn.isValid());
    if (inForceOn.isValid())
        m_day->setDate(inForceOn);
    m_quiet = false;
}

void MeasuresPage::clearFilters() { showFilter({}, {}); }

} // namespace st
