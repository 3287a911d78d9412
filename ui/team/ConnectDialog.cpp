#include "team/ConnectDialog.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace st {

namespace {

constexpr int kDefaultPort = 5432;

// libpq's modes (www.postgresql.org/docs/15/libpq-ssl.html), its default first.
const QStringList kSslModes{QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
                            QStringLiteral("allow"),     QStringLiteral("disable")};

// The settings the fields show; any other setting of a pasted address is kept as it was.
bool shownByFields(const QString &key)
{
    return key == QLatin1String("host") || key == QLatin1String("port") || key == QLatin1String("sslmode");
}

bool holdsPassword(const QString &text)
{
    static const QRegularExpression userWithPassword(QStringLiteral("^postgres(?:ql)?://[^@/?]*:[^@/?]*@"));
    static const QRegularExpression passwordSetting(QStringLiteral("[?&]password="));
    return userWithPassword.match(text).hasMatch() || passwordSetting.match(text).hasMatch();
}

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

ConnectDialog::ConnectDialog(const QStringList &recentAddresses, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Database"));
    auto *intro = new QLabel(tr("A team shares one PostgreSQL database: everyone sees the others' changes as "
                                "they are saved. Fill in the fields, or paste the address your administrator "
                                "gave you."),
                             this);
    intro->setWordWrap(true);

    m_recent->addItems(recentAddresses);
    m_recent->setCurrentIndex(-1);
    m_recent->setPlaceholderText(tr("Choose an address used before"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://analyst@db.example.org:5432/sanctions"));
    m_host->setPlaceholderText(tr("this computer (local socket)"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_user->setPlaceholderText(tr("your login name"));
    m_sslMode->addItem(tr("prefer: encrypted if the server offers it"), kSslModes[0]);
    m_sslMode->addItem(tr("require: always encrypted"), kSslModes[1]);
    m_sslMode->addItem(tr("verify-ca: encrypted, server certificate checked"), kSslModes[2]);
    m_sslMode->addItem(tr("verify-full: encrypted, certificate and host name checked"), kSslModes[3]);
    m_sslMode->addItem(tr("allow: encrypted only if the server insists"), kSslModes[4]);
    m_sslMode->addItem(tr("disable: never encrypted"), kSslModes[5]);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    if (!recentAddresses.isEmpty())
        form->addRow(tr("&Recent:"), m_recent);
    else
        m_recent->hide();
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);

    m_connect = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_recent, &QComboBox::activated, this, [this](int index) { setAddress(m_recent->itemText(index)); });
    connect(m_address, &QLineEdit::textEdited, this, &ConnectDialog::addressEdited);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsEdited);
    if (!recentAddresses.isEmpty())
        setAddress(recentAddresses.first());
    else
        fieldsEdited();
    (recentAddresses.isEmpty() ? static_cast<QWidget *>(m_address) : m_password)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

std::unique_ptr<Database> ConnectDialog::takeDatabase() { return std::move(m_opened); }

QString ConnectDialog::message() const { return m_message->text(); }

void ConnectDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    addressEdited(address);
}

// A pasted address fills the fields; the fields are then what counts.
void ConnectDialog::addressEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_otherSettings.clear();
        showProblem();
        return;
    }
    if (holdsPassword(trimmed)) {
        showMessage(tr("This address contains a password. Remove it from the address and type it in the "
                       "Password field: addresses are remembered and shown, passwords never are."),
                    true);
        m_connect->setEnabled(false);
        return;
    }
    auto parsed = parseServerAddress(trimmed);
    if (!parsed) {
        showMessage(parsed.error().message, true);
        m_connect->setEnabled(false);
        return;
    }
    const ServerAddress &a = parsed.value();
    m_filling = true;
    m_host->setText(a.host);
    m_port->setValue(a.port > 0 ? a.port : kDefaultPort);
    m_database->setText(a.database);
    m_user->setText(a.user);
    m_sslMode->setCurrentIndex(0);
    m_otherSettings.clear();
    const QString query = trimmed.section(QLatin1Char('?'), 1);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 0, 0).toUtf8());
        const QString value = QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toUtf8());
        if (key == QLatin1String("sslmode") && kSslModes.contains(value))
            m_sslMode->setCurrentIndex(int(kSslModes.indexOf(value)));
        else if (!shownByFields(key) || key == QLatin1String("sslmode"))
            m_otherSettings << pair;
    }
    m_filling = false;
    showProblem(); // the address stays as typed
}

void ConnectDialog::fieldsEdited()
{
    if (m_filling)
        return;
    m_address->setText(address()); // the address always says what Connect will use
    showProblem();
}

void ConnectDialog::showProblem()
{
    const QString why = problem();
    m_connect->setEnabled(why.isEmpty());
    showMessage(why, !why.isEmpty());
}

QString ConnectDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        text += encoded(m_user->text().trimmed()) + QLatin1Char('@');
    if (!socketFolder)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    if (m_port->value() != kDefaultPort)
        text += QStringLiteral(":%1").arg(m_port->value());
    text += QLatin1Char('/') + encoded(m_database->text().trimmed());
    QStringList settings;
    if (socketFolder)
        settings << QStringLiteral("host=") + encoded(host, "/"); // a folder reads as one
    if (const QString mode = m_sslMode->currentData().toString(); mode != kSslModes.first())
        settings << QStringLiteral("sslmode=") + mode;
    settings << m_otherSettings;
    if (!settings.isEmpty())
        text += QLatin1Char('?') + settings.join(QLatin1Char('&'));
    return text;
}

QString ConnectDialog::problem() const
{
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the team's database.");
    auto parsed = parseServerAddress(address());
    return parsed ? QString() : parsed.error().message;
}

void ConnectDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b42318;") : QString());
}

QString ConnectDialog::explain(const Error &error) const
{
    const QString detail = error.detail;
    const QString where = parseServerAddress(address()) ? parseServerAddress(address()).value().display() : address();
    const auto says = [&detail](const char *text) { return detail.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (says("Connection refused") || says("timeout expired") || says("could not translate host name")
        || says("No such file or directory") || says("Network is unreachable") || says("No route to host")) {
        return tr("The server of %1 cannot be reached. Check the host and the port, and that the server is "
                  "running and accepts connections from this computer.")
            .arg(where);
    }
    if (says("no password supplied"))
        return tr("The server asks for a password: type it in the Password field.");
    if (says("password authentication failed") || says("authentication failed"))
        return tr("The server refused the user name or the password.");
    static const QRegularExpression missing(QStringLiteral("(database|role) \"([^\"]*)\" does not exist"));
    if (const QRegularExpressionMatch m = missing.match(detail); m.hasMatch()) {
        return m.captured(1) == QLatin1String("database") ? tr("The server has no database named %1.").arg(m.captured(2))
                                                          : tr("The server has no user named %1.").arg(m.captured(2));
    }
    return error.message;
}

void ConnectDialog::showRefusal(const Error &error)
{
    showMessage(explain(error), true);
    m_message->setToolTip(error.detail);
    if (asksForPassword(error)) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void ConnectDialog::tryConnect()
{
    if (const QString why = problem(); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    showMessage(tr("Connecting…"), false);
    m_message->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    OpenOptions options;
    options.password = m_password->text();
    auto opened = Database::open(address(), options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showRefusal(opened.error());
        return;
    }
    m_password->clear();
    m_opened = std::move(opened).value();
    accept();
}

} // namespace st
