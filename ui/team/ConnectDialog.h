#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace st {

class Database;

// File ▸ Connect to Team Database…: where the team's PostgreSQL database is (host, port, database,
// user, SSL mode, or a pasted postgresql:// address) and the password. Connect opens it; on failure the
// dialog stays open and says why (server not reached, password refused, no such database, another
// application's database). The password goes to the driver for this connection only: it is never
// part of the address, the settings or the recent list, and an address that holds one is refused.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(const QStringList &recentAddresses, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The address the fields describe (never a password); empty with problem() set when they are wrong.
    [[nodiscard]] QString address() const;
    // What is wrong with the fields, for the analyst; empty when Connect may be tried.
    [[nodiscard]] QString problem() const;
    // The message shown in the dialog (a problem with the fields or why the connection failed).
    [[nodiscard]] QString message() const;
    // Fills the fields from a postgresql:// address, as pasting it does.
    void setAddress(const QString &address);
    // Says why the server turned the connection away, as Connect does; the password field gets the focus
    // when a password would help (the app started on an address ~/.pgpass holds no password for).
    void showRefusal(const Error &error);
    // After accept(): the open database, handed over once.
    std::unique_ptr<Database> takeDatabase();

    // The fields, for tests and the keyboard audit.
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *portBox() const { return m_port; }
    [[nodiscard]] QLineEdit *databaseEdit() const { return m_database; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }
    [[nodiscard]] QComboBox *sslModeBox() const { return m_sslMode; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QComboBox *recentBox() const { return m_recent; }

    // Tries the connection now (the Connect button): accepts on success, else shows why.
    void tryConnect();

private:
    void addressEdited(const QString &text);
    void fieldsEdited();
    void showProblem();
    void showMessage(const QString &text, bool isError);
    [[nodiscard]] QString explain(const Error &error) const;

    QComboBox *m_recent;
    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect = nullptr;
    QStringList m_otherSettings; // settings of a pasted address the fields do not show (sslrootcert=…)
    bool m_filling = false;
    std::unique_ptr<Database> m_opened;
};

} // namespace st
