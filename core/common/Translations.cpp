#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace st {

namespace {

// The .qm files are embedded by qt_add_translations (core/translations.cmake) under :/i18n.
QString embedded() { return QStringLiteral(":/i18n"); }
QString catalogue() { return QStringLiteral("sanctions-tracker"); }

// QTranslator::load(QLocale, ...) walks the locale's UI languages ("fr-CA", "fr", ...).
QTranslator *loadCatalogue(const QLocale &locale)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, catalogue(), QStringLiteral("_"), embedded()))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }

QString installTranslations(const QString &language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    QTranslator *app = loadCatalogue(locale);
    if (!app) { // a language the app does not have: English
        locale = QLocale(QLocale::English);
        app = loadCatalogue(locale);
    }
    if (!app)
        return {};
    QCoreApplication::installTranslator(app);
    // qtbase_fr.qm comes with qt6-translations-l10n; without it Qt's own words stay English.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return app->language().section(QLatin1Char('_'), 0, 0);
}

bool installEnglishCatalogue()
{
    QTranslator *english = loadCatalogue(QLocale(QLocale::English));
    return english && QCoreApplication::installTranslator(english);
}

} // namespace st
