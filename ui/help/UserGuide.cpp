#include "help/UserGuide.h"

#include "main/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::UserGuide) };

const char *kGuideName = "userGuide";

} // namespace

QWidget *showUserGuide(QWidget *parent)
{
    auto *guide = parent->findChild<QDialog *>(QLatin1String(kGuideName), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new QDialog(parent);
        guide->setObjectName(QLatin1String(kGuideName));
        guide->setWindowTitle(Tr::tr("User Guide — Sanctions Tracker"));
        auto *browser = new QTextBrowser(guide);
        browser->setObjectName(QStringLiteral("userGuideText"));
        browser->setOpenExternalLinks(true);
        browser->setSource(QUrl(QStringLiteral("qrc:/help/user-guide.html")));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, guide);
        QObject::connect(buttons, &QDialogButtonBox::rejected, guide, &QDialog::close);
        auto *layout = new QVBoxLayout(guide);
        layout->addWidget(browser, 1);
        layout->addWidget(buttons);
        guide->resize(640, 560);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QAction *installUserGuide(MainWindow &window)
{
    QMenu *help = window.helpMenu();
    auto *action = new QAction(Tr::tr("User &Guide"), &window);
    action->setShortcut(QKeySequence::HelpContents);
    action->setStatusTip(Tr::tr("A short guide to the app, offline"));
    QObject::connect(action, &QAction::triggered, &window, [&window] { showUserGuide(&window); });
    help->insertAction(help->actions().value(0), action);
    help->insertSeparator(help->actions().value(1));
    return action;
}

} // namespace st
