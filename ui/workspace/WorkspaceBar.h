#pragma once

#include "storage/BrowserRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace st {

// The bar above the workspace: which state the analyst follows (the timeline, both tables and the
// cap history follow it) and the full-text search, applied as the analyst types.
class WorkspaceBar : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceBar(QWidget *parent = nullptr);

    // The states to offer; keeps the current one when it is still there.
    void setStates(const QList<StateChoice> &states);
    [[nodiscard]] QString stateCode() const;   // empty: all states
    [[nodiscard]] QString stateName() const;
    void setStateCode(const QString &code);     // without emitting stateChanged()
    [[nodiscard]] QString searchText() const;
    void setSearchText(const QString &text);    // without emitting searchChanged()
    void focusSearch();
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    // Shown at the right: how many resolutions match the search and filters.
    void setMatchText(const QString &text);

signals:
    void stateChanged(const QString &code);
    // After the analyst paused typing (or pressed Enter).
    void searchChanged(const QString &text);
    // At every keystroke in the search field, before the pause: time to get ready for the search.
    void searchTyped();

private:
    QComboBox *m_state;
    QLineEdit *m_search;
    QLabel *m_matches;
    QTimer *m_debounce;
    bool m_quiet = false;
};

} // namespace st
