// The French translation keeps up with the sources: lupdate reads app/, ui/ and core/ into a temporary
// copy of each .ts file (the files in the tree stay as they are), and every string that is new,
// unfinished or that loses a placeholder is named. The built binary then shows that the language is
// chosen by --lang or by the system locale.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per plural form, or one
};

QString translationsDir() { return QStringLiteral(ST_SOURCE_DIR "/resources/translations"); }

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                messages << current;
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages << current;
    if (xml.hasError())
        qFatal("%s is not a valid .ts file: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// The .ts file as lupdate makes it from today's sources, without touching the one in the tree.
QList<Message> refreshed(const QTemporaryDir &dir, const QString &tsName)
{
    const QString copy = dir.filePath(tsName);
    QFile::remove(copy);
    if (!QFile::copy(translationsDir() + QLatin1Char('/') + tsName, copy))
        qFatal("cannot copy %s", qPrintable(tsName));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ST_SOURCE_DIR));
    lupdate.start(QStringLiteral(ST_LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"),
                                               QStringLiteral("-no-obsolete"), QStringLiteral("app"),
                                               QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(240000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        qFatal("lupdate failed: %s", lupdate.readAllStandardError().constData());
    return readTs(copy);
}

QString describe(const Message &m) { return QStringLiteral("  %1: \"%2\"").arg(m.context, m.source); }

// %1…%99 and %n (with or without L), sorted: a translation must use the same ones as its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The binary with the given locale environment and no display (--help needs none).
Run runApp(const QStringList &args, const QString &locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), locale);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ST_APP_BINARY), args);
    if (!p.waitForFinished(60000))
        qFatal("sanctions-tracker did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The French of one source text, as the .ts file in the tree has it.
QString french(const QString &source)
{
    for (const Message &m : readTs(translationsDir() + QStringLiteral("/sanctions-tracker_fr.ts"))) {
        if (m.source == source && !m.translations.isEmpty())
            return m.translations.first();
    }
    return {};
}

const QString kLangHelp = QStringLiteral("Show the interface in LANG: fr (French) or en (English). Default: the "
                                         "system's language, English when the app does not have it.");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void frenchIsComplete();
    void frenchKeepsPlaceholders();
    void frenchTypography();
    void englishHasEveryPluralForm();
    void everyStringHasTheContextTheAppAsksFor();
    void langOptionChoosesTheLanguage();
    void systemLocaleChoosesTheLanguage();
    void usageErrorsSpeakTheLanguageAskedFor();
    void unknownLanguageIsAUsageError();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::frenchIsComplete()
{
    const QList<Message> messages = refreshed(m_dir, QStringLiteral("sanctions-tracker_fr.ts"));
    QVERIFY2(messages.size() > 500, qPrintable(QStringLiteral("only %1 strings found").arg(messages.size())));
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || m.translations.isEmpty() || empty)
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 strings have no finished French translation (translate them in "
                                       "resources/translations/sanctions-tracker_fr.ts after `cmake --build "
                                       "--preset dev --target update_translations`):\n%3")
                            .arg(missing.size())
                            .arg(messages.size())
                            .arg(missing.join(QLatin1Char('\n')))));
}

void TestTranslations::frenchKeepsPlaceholders()
{
    QStringList wrong;
    for (const Message &m : readTs(translationsDir() + QStringLiteral("/sanctions-tracker_fr.ts"))) {
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                wrong << describe(m) + QStringLiteral(" → \"%1\"").arg(t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("translations that drop or add a placeholder:\n")
                                         + wrong.join(QLatin1Char('\n'))));
}

// French puts a non-breaking space before : ; ! ? and inside « »; an ordinary space there lets the
// line break before the sign.
void TestTranslations::frenchTypography()
{
    static const QRegularExpression breakable(QStringLiteral("( [:;!?»])|(« )"));
    // ";;" separates the filters of a file dialog: not punctuation.
    static const QRegularExpression glued(QStringLiteral("[\\p{L}\\p{N})»%](;(?!;)|[!?]|:(?=\\s|$))"));
    QStringList wrong;
    for (const Message &m : readTs(translationsDir() + QStringLiteral("/sanctions-tracker_fr.ts"))) {
        for (const QString &t : m.translations) {
            if (breakable.match(t).hasMatch() || glued.match(t).hasMatch())
                wrong << describe(m) + QStringLiteral(" → \"%1\"").arg(t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("French punctuation without a non-breaking space:\n")
                                         + wrong.join(QLatin1Char('\n'))));
}

// English needs a catalogue only for "%n day(s)": every plural string has its two forms.
void TestTranslations::englishHasEveryPluralForm()
{
    const QList<Message> messages = refreshed(m_dir, QStringLiteral("sanctions-tracker_en.ts"));
    int plurals = 0;
    QStringList missing;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString()))
            missing << describe(m);
    }
    QVERIFY2(plurals > 10, qPrintable(QStringLiteral("only %1 plural strings found").arg(plurals)));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("plural strings without their English forms:\n")
                                           + missing.join(QLatin1Char('\n'))));
}

// A helper of one's own, `QString tr(const char *s) { return QCoreApplication::translate("st::X", s); }`,
// makes lupdate file the strings of a free function under the bare namespace ("st"), while the app
// asks for them under "st::X": their French would never show. `struct Tr { Q_DECLARE_TR_FUNCTIONS(st::X) };`
// and Tr::tr() agree.
void TestTranslations::everyStringHasTheContextTheAppAsksFor()
{
    QStringList lost;
    for (const Message &m : refreshed(m_dir, QStringLiteral("sanctions-tracker_fr.ts"))) {
        if (m.context == QLatin1String("st") || m.context == QLatin1String("Tr"))
            lost << describe(m);
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("strings under a context no code asks for (use the file's "
                                                       "struct Tr and Tr::tr):\n")
                                        + lost.join(QLatin1Char('\n'))));
}

void TestTranslations::langOptionChoosesTheLanguage()
{
    const QString inFrench = french(kLangHelp);
    QVERIFY(!inFrench.isEmpty());
    const Run fr = runApp({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")},
                          QStringLiteral("C.UTF-8"));
    QCOMPARE(fr.exitCode, 0);
    QVERIFY2(fr.out.simplified().contains(inFrench.simplified()), qPrintable(fr.out));
    QVERIFY2(!fr.out.simplified().contains(kLangHelp), qPrintable(fr.out));
    // Qt's own words come from qtbase_fr.qm ("Displays help on commandline options.").
    QVERIFY2(!fr.out.contains(QLatin1String("Displays help")), qPrintable(fr.out));

    const Run en = runApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                          QStringLiteral("fr_FR.UTF-8"));
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.simplified().contains(kLangHelp), qPrintable(en.out));
}

void TestTranslations::systemLocaleChoosesTheLanguage()
{
    const Run fr = runApp({QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"));
    QCOMPARE(fr.exitCode, 0);
    QVERIFY2(fr.out.simplified().contains(french(kLangHelp).simplified()), qPrintable(fr.out));

    // A language the app does not have falls back to English.
    const Run de = runApp({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(de.exitCode, 0);
    QVERIFY2(de.out.simplified().contains(kLangHelp), qPrintable(de.out));
}

void TestTranslations::usageErrorsSpeakTheLanguageAskedFor()
{
    const QString english = QStringLiteral("--size only applies to --screenshot.");
    const Run r = runApp({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--size"), QStringLiteral("800x600")},
                         QStringLiteral("C.UTF-8"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(french(english)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(english), qPrintable(r.err));
}

void TestTranslations::unknownLanguageIsAUsageError()
{
    const Run r = runApp({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version")},
                         QStringLiteral("C.UTF-8"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--lang must be one of en, fr (got \"de\")")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
