#pragma once

#include <QFrame>

class QLabel;

namespace st {

struct Error;

// A band across the top of a form that says why a save failed (a locked or read-only database, a full
// disk), in a sentence the user can act on; the technical detail goes to its tooltip and the log.
// An inline banner rather than a message box: the form, and the user's input, stay where they were.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const Error &error);
    void clear();
    [[nodiscard]] QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace st
