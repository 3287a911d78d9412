#include "workspace/WorkspaceBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace st {

namespace {
// Long enough to skip the keystrokes of a word typed in one go, short enough to feel immediate.
constexpr int kSearchDelayMs = 150;
} // namespace

WorkspaceBar::WorkspaceBar(QWidget *parent)
    : QWidget(parent)
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(22);
    m_state->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_state->setToolTip(tr("The state whose sanctions the timeline, the tables and the cap history show"));
    m_search->setPlaceholderText(tr("Search titles, summaries, measures and trigger events (Ctrl+F)"));
    // Its clear button shows only while the field holds text, and enabling it loads the button's icon
    // from the style (a few milliseconds of the window's start): it is enabled with the first text.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled())
            m_search->setClearButtonEnabled(true);
    });
    m_search->setToolTip(tr("Full-text search; every word of two or more letters must match, as a prefix "
                            "(\"petrol\" finds petroleum)"));
    m_matches->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);

    auto *stateLabel = new QLabel(tr("&State"), this);
    stateLabel->setBuddy(m_state);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state, 2);
    layout->addSpacing(12);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_matches);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_quiet)
            emit stateChanged(stateCode());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_quiet)
            return;
        m_debounce->start();
        emit searchTyped();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit searchChanged(searchText());
    });
    connect(m_debounce, &QTimer::timeout, this, [this] { emit searchChanged(searchText()); });
}

void WorkspaceBar::setStates(const QList<StateChoice> &states)
{
    const QString current = stateCode();
    m_quiet = true;
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    for (const StateChoice &s : states) {
        m_state->addItem(QStringLiteral("%1 (%2)").arg(s.name, s.code), s.code);
        m_state->setItemData(m_state->count() - 1,
                             tr("%Ln resolution(s)", nullptr, s.resolutions), Qt::ToolTipRole);
    }
    m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
    m_quiet = false;
}

QString WorkspaceBar::stateCode() const { return m_state->currentData().toString(); }

QString WorkspaceBar::stateName() const
{
    return stateCode().isEmpty() ? tr("All states") : m_state->currentText();
}

void WorkspaceBar::setStateCode(const QString &code)
{
    m_quiet = true;
    m_state->setCurrentIndex(std::max(0, m_state->findData(code)));
    m_quiet = false;
}

QString WorkspaceBar::searchText() const { return m_search->text(); }

void WorkspaceBar::setSearchText(const QString &text)
{
    m_quiet = true;
    m_search->setText(text);
    m_quiet = false;
}

void WorkspaceBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WorkspaceBar::setMatchText(const QString &text) { m_matches->setText(text); }

} // namespace st
