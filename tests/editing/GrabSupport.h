#pragma once

// With ST_GRAB_DIR set, GUI tests save what they show as PNGs there, to look at:
//   ST_GRAB_DIR=/tmp/st-grabs QT_QPA_PLATFORM=offscreen ./tst_record_forms
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace st::test {

inline void grab(QWidget &widget, const QString &name, bool fitContents = true)
{
    const QString dir = qEnvironmentVariable("ST_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let the layout catch up with error lines shown or hidden
    if (fitContents)
        widget.adjustSize();
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace st::test
