// File ▸ Connect to Team Database… (issue 14 item 1): the fields and a pasted address agree, a
// password in the address is refused and never remembered, a server that cannot be reached or a
// database of another application gets a clear message in the dialog, and — against PostgreSQL in
// tst_connect_dialog_postgres — a connection opens a window that names the team database.
#include "TeamSupport.h"

#include "main/DatabaseFiles.h"
#include "main/MainWindow.h"
#include "storage/Sql.h"
#include "team/ConnectDialog.h"
#include "team/TeamDatabaseFeature.h"
#include "workspace/ResolutionBrowserModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

using namespace st;

namespace {

#define ST_NEEDS_SERVER()                                                                                        \
    if (!test::onServer())                                                                                       \
        QSKIP("Issue 14: connecting to PostgreSQL runs in tst_connect_dialog_postgres (scripts/test.sh starts the "  \
              "server)")

QPushButton *connectButton(const ConnectDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Connect"))
            return b;
    }
    return nullptr;
}

// Screenshots for a person to look at, when ST_SHOTS_DIR names a folder.
void keepShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ST_SHOTS_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

// Runs `act` on the Connect dialog once exec() has shown it; `act` ends by accepting or rejecting it.
void onceTheDialogShows(const std::function<void(ConnectDialog &)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ConnectDialog *>(w); dialog && dialog->isVisible())
                return act(*dialog);
        }
        qFatal("no Connect dialog is showing");
    });
}

// Answers the next message box that shows with `button`, after `inspect` has looked at it.
void whenAMessageShows(QObject *context, QMessageBox::StandardButton button,
                       const std::function<void(QMessageBox &)> &inspect)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, button, inspect] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            inspect(*box);
            box->button(button)->click();
        }
    });
    poll->start();
}

// Connects File ▸ Connect to Team Database… to `address` once the dialog shows.
void connectThroughTheDialogTo(const QString &address)
{
    onceTheDialogShows([address](ConnectDialog &dialog) {
        dialog.setAddress(address);
        dialog.tryConnect(); // accepts it
        if (dialog.result() != QDialog::Accepted)
            qFatal("cannot connect to %s: %s", qPrintable(address), qPrintable(dialog.message()));
    });
}

qint64 resolutionsIn(const QString &address)
{
    auto db = Database::open(address);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(address), qPrintable(db.error().fullText()));
    return sql::scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM resolutions")).value().toLongLong();
}

} // namespace

// A build without the bundled dataset, for as long as it lives (Qt's resource functions are global).
struct WithoutTheBundledDataset {
    WithoutTheBundledDataset() { Q_CLEANUP_RESOURCE(bundled_dataset); }
    ~WithoutTheBundledDataset() { Q_INIT_RESOURCE(bundled_dataset); }
};

class TestConnectDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void fieldsMakeTheAddress();
    void pastedAddressFillsTheFields();
    void refusesAPasswordInTheAddress();
    void saysWhenTheServerCannotBeReached();
    void isOnTheFileMenu();
    void connectsAndOpensATeamWindow();
    void aNewTeamDatabaseGetsTheBundledDataWhenAsked();
    void aNewTeamDatabaseMayStartEmpty();
    void aNewTeamDatabaseWhoseBundledDataCannotLoad();
    void refusesADatabaseOfAnotherApplication();
    void startingOnAnUnreachableServerCanBeCancelled();
    void startingWithAnAddressAsksForThePassword();
};

void TestConnectDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SanctionsTrackerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connect_dialog"));
}

void TestConnectDialog::fieldsMakeTheAddress()
{
    ConnectDialog dialog({});
    QVERIFY(!connectButton(dialog)->isEnabled()); // no database named yet
    QVERIFY(dialog.message().contains(QLatin1String("name of the team's database")));
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.org"));
    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("sanctions"));
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("analyst"));
    dialog.portBox()->setValue(6543);
    dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(QStringLiteral("verify-full")));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("s3cret"));
    const QString expected = QStringLiteral("postgresql://analyst@db.example.org:6543/sanctions?sslmode=verify-full");
    QCOMPARE(dialog.address(), expected);
    QCOMPARE(dialog.addressEdit()->text(), expected); // the address line follows the fields
    QVERIFY(!dialog.address().contains(QLatin1String("s3cret")));
    QVERIFY(connectButton(dialog)->isEnabled());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    // The default port and mode are left out; a socket folder goes in as a setting.
    dialog.portBox()->setValue(5432);
    dialog.sslModeBox()->setCurrentIndex(0);
    dialog.hostEdit()->clear();
    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("/run/postgresql"));
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://analyst@/sanctions?host=/run/postgresql"));
    QVERIFY(parseServerAddress(dialog.address()).ok());
}

void TestConnectDialog::pastedAddressFillsTheFields()
{
    ConnectDialog dialog({QStringLiteral("postgresql://lead@team.example.org/watch"), QStringLiteral("postgresql://me@/local?host=/tmp")});
    // The latest address used comes back, ready for the password.
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("team.example.org"));
    QCOMPARE(dialog.recentBox()->count(), 2);
    dialog.addressEdit()->clear();
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("postgresql://analyst@db.example.org:5433/sanctions?sslmode=require&sslrootcert=/etc/ca.pem"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.example.org"));
    QCOMPARE(dialog.portBox()->value(), 5433);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("sanctions"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("analyst"));
    QCOMPARE(dialog.sslModeBox()->currentData().toString(), QStringLiteral("require"));
    // A setting the fields do not show is kept.
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://analyst@db.example.org:5433/sanctions?sslmode=require&sslrootcert=/etc/ca.pem"));
    QVERIFY(connectButton(dialog)->isEnabled());
    // A mistyped setting is named.
    dialog.addressEdit()->clear();
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("postgresql://db.example.org/sanctions?sslmod=require"));
    QVERIFY(!connectButton(dialog)->isEnabled());
    QVERIFY2(dialog.message().contains(QLatin1String("sslmod")), qPrintable(dialog.message()));
}

void TestConnectDialog::refusesAPasswordInTheAddress()
{
    ConnectDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const char *text : {"postgresql://analyst:s3cret@db.example.org/sanctions",
                             "postgresql://analyst@db.example.org/sanctions?password=s3cret"}) {
        dialog.addressEdit()->clear();
        QTest::keyClicks(dialog.addressEdit(), QString::fromLatin1(text));
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY2(dialog.message().contains(QLatin1String("Password field")), qPrintable(dialog.message()));
        QVERIFY(!dialog.address().contains(QLatin1String("s3cret")));
    }
    keepShot(dialog, QStringLiteral("connect-dialog-password-refused.png"));
    // Nor can one reach the recent list.
    rememberServer(QStringLiteral("postgresql://analyst:s3cret@db.example.org/sanctions"));
    rememberServer(QStringLiteral("postgresql://analyst@db.example.org/sanctions"));
    QCOMPARE(recentServers(), QStringList{QStringLiteral("postgresql://analyst@db.example.org/sanctions")});
}

void TestConnectDialog::saysWhenTheServerCannotBeReached()
{
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    ConnectDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAddress(QStringLiteral("postgresql://analyst@127.0.0.1:1/sanctions"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("s3cret"));
    dialog.tryConnect();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QLatin1String("cannot be reached")), qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(QLatin1String("127.0.0.1:1")));
    QVERIFY(!dialog.takeDatabase());
    keepShot(dialog, QStringLiteral("connect-dialog-unreachable.png"));
}

void TestConnectDialog::isOnTheFileMenu()
{
    auto db = Database::open(QStringLiteral(":memory:")); // a file window, whichever the run
    QVERIFY(db.ok());
    MainWindow window(*db.value());
    QStringList texts;
    for (QAction *a : window.fileMenu()->actions())
        texts << a->text();
    const qsizetype connect = texts.indexOf(QStringLiteral("Connect to &Team Database…"));
    QVERIFY2(connect > 0, qPrintable(texts.join(QLatin1String(", "))));
    QCOMPARE(texts[connect - 1], QStringLiteral("Open &Recent")); // beside the other ways to open a database
    QVERIFY(!texts.contains(QStringLiteral("Open &Local Database"))); // a file window is local already
}

void TestConnectDialog::connectsAndOpensATeamWindow()
{
    ST_NEEDS_SERVER();
    const QString address = test::freshServerDatabase();
    {
        auto filled = test::openFile(address); // the team's data is there already
    }
    const QString local = QDir::temp().filePath(QStringLiteral("st-connect-%1.sqlite").arg(QCoreApplication::applicationPid()));
    rememberDatabase(local); // a file opened before (Open Local Database goes back to it)
    auto keep = test::openFile(local);
    ConnectDialog dialog(recentServers());
    dialog.setAddress(address);
    QCOMPARE(dialog.address(), address);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    keepShot(dialog, QStringLiteral("connect-dialog.png"));
    dialog.tryConnect();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Database> db = dialog.takeDatabase();
    QVERIFY(db);
    QCOMPARE(db->path(), address);
    rememberServer(dialog.address());
    QCOMPARE(recentServers().first(), address);

    MainWindow *window = showDatabaseWindow(std::move(db));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY2(window->windowTitle().contains(address), qPrintable(window->windowTitle()));
    bool named = false;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        named = named || label->text() == QStringLiteral("Team database: ") + address;
    QVERIFY(named);
    QCOMPARE(window->resolutionModel().rowCount(), 27);
    QCOMPARE(findDatabaseWindow(address), window);
    bool backToLocal = false;
    for (QAction *a : window->fileMenu()->actions())
        backToLocal = backToLocal || (a->text() == QStringLiteral("Open &Local Database") && a->isEnabled());
    QVERIFY(backToLocal);
    keepShot(*window, QStringLiteral("team-window.png"));
    window->close(); // deletes itself and then its database
    QTRY_VERIFY(!findDatabaseWindow(address));
    keep.reset();
    QFile::remove(local);
}

// File ▸ Connect to Team Database… on a database no one has used: the analyst is asked, naming it,
// whether it starts with the bundled dataset; a second connection to it shows the window it has; and
// File ▸ Open Local Database in that window opens the file used last.
void TestConnectDialog::aNewTeamDatabaseGetsTheBundledDataWhenAsked()
{
    ST_NEEDS_SERVER();
    const QString address = test::freshServerDatabase();
    const QString local = QDir::temp().filePath(QStringLiteral("st-connect-new-%1.sqlite").arg(QCoreApplication::applicationPid()));
    QFile::remove(local);
    test::openFile(local).reset();
    rememberDatabase(local);
    auto db = Database::open(QStringLiteral(":memory:")); // a window to connect from
    QVERIFY(db.ok());
    MainWindow from(*db.value());

    QString question;
    bool yesByDefault = false;
    connectThroughTheDialogTo(address);
    whenAMessageShows(this, QMessageBox::Yes, [&question, &yesByDefault](QMessageBox &box) {
        question = box.text();
        yesByDefault = box.defaultButton() == box.button(QMessageBox::Yes);
    });
    MainWindow *window = connectToTeamDatabase(from);
    QVERIFY(window);
    QVERIFY2(question.contains(QStringLiteral("The team database %1 is empty").arg(address)), qPrintable(question));
    QVERIFY(yesByDefault); // as a new file gets the bundled dataset
    QCOMPARE(window->database().path(), address);
    QCOMPARE(window->resolutionModel().rowCount(), 27);
    QCOMPARE(resolutionsIn(address), qint64(40)); // the DPRK's 27 (the window shows those) and Iran's 13
    QCOMPARE(recentServers().value(0), address);

    // Connecting again shows that window: no second one, no second question.
    bool askedAgain = false;
    connectThroughTheDialogTo(address);
    whenAMessageShows(window, QMessageBox::No, [&askedAgain](QMessageBox &) { askedAgain = true; });
    QCOMPARE(connectToTeamDatabase(from), window);
    QCoreApplication::processEvents();
    QVERIFY(!askedAgain);
    int teamWindows = 0;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<MainWindow *>(w); m && m->database().path() == address)
            ++teamWindows;
    }
    QCOMPARE(teamWindows, 1);

    // File ▸ Open Local Database: the file used last, in a window of its own.
    QAction *openLocal = nullptr;
    for (QAction *a : window->fileMenu()->actions()) {
        if (a->text() == QStringLiteral("Open &Local Database"))
            openLocal = a;
    }
    QVERIFY(openLocal && openLocal->isEnabled());
    QVERIFY(!findDatabaseWindow(local));
    openLocal->trigger();
    MainWindow *localWindow = findDatabaseWindow(local);
    QVERIFY(localWindow);
    QCOMPARE(localWindow->resolutionModel().rowCount(), 27);
    keepShot(*window, QStringLiteral("team-window-new.png"));
    localWindow->close();
    window->close();
    QTRY_VERIFY(!findDatabaseWindow(address) && !findDatabaseWindow(local));
    QFile::remove(local);
}

void TestConnectDialog::aNewTeamDatabaseMayStartEmpty()
{
    ST_NEEDS_SERVER();
    const QString address = test::freshServerDatabase();
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    MainWindow from(*db.value());
    bool asked = false;
    connectThroughTheDialogTo(address);
    whenAMessageShows(this, QMessageBox::No, [&asked](QMessageBox &) { asked = true; });
    MainWindow *window = connectToTeamDatabase(from);
    QVERIFY(asked);
    QVERIFY(window);
    QCOMPARE(window->resolutionModel().rowCount(), 0);
    QCOMPARE(resolutionsIn(address), qint64(0));
    window->close();
    QTRY_VERIFY(!findDatabaseWindow(address));
}

// The bundled dataset cannot be loaded (here: a build without it): the analyst is told why, no window
// opens, and the team database holds nothing of it.
void TestConnectDialog::aNewTeamDatabaseWhoseBundledDataCannotLoad()
{
    ST_NEEDS_SERVER();
    const QString address = test::freshServerDatabase();
    auto db = Database::open(QStringLiteral(":memory:"));
    QVERIFY(db.ok());
    MainWindow from(*db.value());
    QString text;
    QString why;
    bool warned = false;
    connectThroughTheDialogTo(address);
    whenAMessageShows(this, QMessageBox::Yes, [this, &text, &why, &warned](QMessageBox &) {
        whenAMessageShows(this, QMessageBox::Ok, [&text, &why, &warned](QMessageBox &warning) {
            text = warning.text();
            why = warning.informativeText();
            warned = warning.icon() == QMessageBox::Warning;
        });
    });
    MainWindow *window = nullptr;
    {
        WithoutTheBundledDataset missing;
        window = connectToTeamDatabase(from);
    }
    QVERIFY(!window);
    QCOMPARE(text, QStringLiteral("The bundled dataset could not be loaded."));
    QCOMPARE(why, QStringLiteral("The bundled dataset is missing from this build."));
    QVERIFY(warned);
    QVERIFY(!findDatabaseWindow(address));
    QCOMPARE(resolutionsIn(address), qint64(0));
    QVERIFY(!bundledDatasetJson().isEmpty()); // back for the other tests
}

void TestConnectDialog::refusesADatabaseOfAnotherApplication()
{
    ST_NEEDS_SERVER();
    const QString address = test::freshServerDatabase();
    {
        auto other = Database::open(address);
        QVERIFY(other.ok());
        QVERIFY(sql::exec(other.value()->connection(), QStringLiteral("DROP TABLE sanctions_tracker_schema")).ok());
    }
    ConnectDialog dialog({});
    dialog.setAddress(address);
    dialog.tryConnect();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.message().contains(QLatin1String("another application")), qPrintable(dialog.message()));
    // And a database that is not there is named.
    ServerAddress missing = parseServerAddress(address).value();
    missing.database += QStringLiteral("_missing");
    dialog.setAddress(missing.display());
    QCOMPARE(dialog.databaseEdit()->text(), missing.database);
    dialog.tryConnect();
    QVERIFY2(dialog.message().contains(QLatin1String("no database named")), qPrintable(dialog.message()));
}

// sanctions-tracker --database postgresql://… when the server is not reached: the dialog says so on that
// address, and Cancel ends the start with the refusal the command line reports.
void TestConnectDialog::startingOnAnUnreachableServerCanBeCancelled()
{
    const QString address = QStringLiteral("postgresql://analyst@127.0.0.1:1/sanctions");
    const Error refusal{Error::Code::Io, QStringLiteral("Cannot connect to the team database %1.").arg(address),
                        QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection refused")};
    QString shown;
    QString fields;
    onceTheDialogShows([&](ConnectDialog &dialog) {
        shown = dialog.message();
        fields = dialog.address();
        keepShot(dialog, QStringLiteral("connect-dialog-at-start-unreachable.png"));
        dialog.reject();
    });
    auto db = connectOnStartup(address, refusal, false);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().message, refusal.message);
    QCOMPARE(fields, address);
    QVERIFY2(shown.contains(QLatin1String("cannot be reached")) && shown.contains(QLatin1String("127.0.0.1:1")),
             qPrintable(shown));
    QVERIFY(recentServers().isEmpty()); // never connected: not remembered
}

// sanctions-tracker --database postgresql://… for an account ~/.pgpass holds no password for: the window
// asks in the Connect dialog (a wrong password is said so and asked again), and the new database gets
// the bundled dataset as a new file does.
void TestConnectDialog::startingWithAnAddressAsksForThePassword()
{
    ST_NEEDS_SERVER();
    const QString fresh = test::freshServerDatabase();
    const QString login = QStringLiteral("starting_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("typed at start");
    const QString address = test::loginAskedForAPassword(fresh, login, password);
    // Its owner, so that its first connection may create the schema.
    test::onCluster({QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(parseServerAddress(fresh).value().database, login)});
    const auto refused = Database::open(address);
    QVERIFY2(!refused.ok() && asksForPassword(refused.error()), "the test cluster let the account in without a password");

    QString firstMessage;
    QString fields;
    bool passwordHasFocus = false;
    QString afterAWrongOne;
    onceTheDialogShows([&](ConnectDialog &dialog) {
        firstMessage = dialog.message();
        fields = dialog.address();
        passwordHasFocus = dialog.focusWidget() == dialog.passwordEdit();
        keepShot(dialog, QStringLiteral("connect-dialog-at-start.png"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not the password"));
        dialog.tryConnect();
        afterAWrongOne = dialog.message();
        dialog.passwordEdit()->clear();
        QTest::keyClicks(dialog.passwordEdit(), password);
        QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    });
    auto db = connectOnStartup(address, refused.error(), false);
    CHECK_OK(db);
    QCOMPARE(fields, address);
    QVERIFY2(firstMessage.contains(QLatin1String("asks for a password")), qPrintable(firstMessage));
    QVERIFY(passwordHasFocus);
    QVERIFY2(afterAWrongOne.contains(QLatin1String("refused the user name or the password")), qPrintable(afterAWrongOne));
    QCOMPARE(db.value()->path(), address);
    QCOMPARE(sql::scalar(db.value()->connection(), QStringLiteral("SELECT CAST(session_user AS text)")).value().toString(), login);
    const auto bundled = test::openMemory();
    const auto resolutions = [](const Database &d) {
        return sql::scalar(d.connection(), QStringLiteral("SELECT count(*) FROM resolutions")).value().toInt();
    };
    QVERIFY(resolutions(*bundled) > 0);
    QCOMPARE(resolutions(*db.value()), resolutions(*bundled));
    QCOMPARE(recentServers().value(0), address); // remembered, without its password
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connect_dialog.moc"
