#pragma once

#include <QString>
#include <QStringList>

namespace st {

// The interface languages the app ships (resources/translations/sanctions-tracker_<code>.ts).
QStringList availableLanguages();

// Installs the app's translation and Qt's own (standard buttons and dialogs) for `language` ("fr",
// "en"), or, when it is empty, for the first of the system's UI languages the app has, English
// otherwise. A requested language also becomes the default QLocale, so dates and numbers shown to
// people follow it. Needs the application object. Returns the language installed ("fr", "en").
QString installTranslations(const QString &language);

// Installs only the English catalogue, which holds the plural forms of the English source texts
// ("%n day(s)" reads "1 day", "3 days"), leaving the locale alone: for programs other than the app
// (the tests) that show English.
bool installEnglishCatalogue();

} // namespace st
