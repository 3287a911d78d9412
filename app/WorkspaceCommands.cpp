#include "WorkspaceCommands.h"

#include "HeadlessCommands.h"
#include "common/OutputFile.h"
#include "common/PngEncoding.h"
#include "common/SettledGrab.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/ResolutionRepository.h"
#include "synthetic/SyntheticDataset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

namespace st {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(st::WorkspaceCommands) };
} // namespace

int runGenerateSynthetic(const Database &db, int resolutions)
{
    // Made-up resolutions and 200 made-up states among real data would pass for facts: the synthetic
    // dataset is for scale tests on a database of its own.
    auto existing = ResolutionRepository(db).count();
    if (!existing) {
        printError(Tr::tr("cannot generate the synthetic dataset: %1").arg(existing.error().fullText()));
        return ExitFailure;
    }
    if (existing.value() > 0) {
        printError(Tr::tr("--generate-synthetic fills an empty database only, and %1 already holds %2 resolutions; "
                      "nothing was added. Use a new file: --database NEW.sqlite --empty --generate-synthetic N")
                       .arg(db.path())
                       .arg(existing.value()));
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    SyntheticOptions options;
    options.resolutions = resolutions;
    auto summary = generateSyntheticDataset(db, options);
    if (!summary) {
        printError(Tr::tr("cannot generate the synthetic dataset: %1").arg(summary.error().fullText()));
        printError(Tr::tr("nothing was added; the database is unchanged"));
        return ExitFailure;
    }
    printMessage(Tr::tr("Generated %1 in %2 s").arg(summary.value().text()).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return ExitOk;
}

int runScreenshot(Database &db, const QString &path, const QSize &size)
{
    if (auto ok = checkOutputPath(path); !ok) {
        printError(ok.error().fullText());
        return ExitFailure;
    }
    // Settings of this user (window layout, last filters) must not change what the screenshot shows.
    QTemporaryDir settings;
    if (!settings.isValid()) {
        printError(Tr::tr("cannot create a temporary folder for the screenshot's settings"));
        return ExitFailure;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    MainWindow window(db);
    window.resize(size);
    window.show();
    const QImage image = settledImage(window);

    QString encodingError;
    const std::optional<QByteArray> png = encodePng(image, &encodingError);
    if (!png) {
        printError(Tr::tr("cannot encode the screenshot as PNG: %1").arg(encodingError));
        return ExitFailure;
    }
    if (auto written = writeOutputFile(path, *png); !written) {
        printError(written.error().fullText());
        return ExitFailure;
    }
    if (image.size() != size) {
        printError(Tr::tr("the window cannot be smaller than %1x%2 pixels; the screenshot has that size")
                       .arg(window.minimumSizeHint().width())
                       .arg(window.minimumSizeHint().height()));
    }
    printMessage(Tr::tr("Saved a %1x%2 screenshot to %3").arg(image.width()).arg(image.height()).arg(path));
    return ExitOk;
}

} // namespace st
