// Every test program shows the app's English as the app does: the English catalogue holds the plural
// forms of the source texts ("%n day(s)" reads "1 day", "3 days"). The locale stays as it is.
#include "common/Translations.h"

#include <QCoreApplication>

namespace {
void installEnglish()
{
    if (!st::installEnglishCatalogue())
        qFatal("the English catalogue (:/i18n/sanctions-tracker_en.qm) is not in the binary");
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
