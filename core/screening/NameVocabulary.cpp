#include "screening/NameVocabulary.h"

#include <QFile>

#include <algorithm>

namespace st {

namespace {

// The lines of a data file without comments and blank lines.
QStringList dataLines(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.simplified();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    // The resources are compiled in; a missing one is a build error that the screening tests catch.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

const NameVocabulary &NameVocabulary::bundled()
{
    static const NameVocabulary vocabulary(resourceText(QStringLiteral(":/screening/korean-romanisation.txt")),
                                           resourceText(QStringLiteral(":/screening/name-words.txt")),
                                           resourceText(QStringLiteral(":/screening/countries.txt")));
    return vocabulary;
}

NameVocabulary::NameVocabulary(const QString &romanisation, const QString &nameWords, const QString &countries)
{
    for (const QString &line : dataLines(romanisation)) {
        const QStringList spellings = line.split(QLatin1Char(' '));
        for (const QString &spelling : spellings) {
            // The first line naming a spelling wins, so a later group cannot silently re-map it.
            if (!m_syllables.contains(spelling))
                m_syllables.insert(spelling, spellings.first());
        }
    }
    for (const QString &line : dataLines(nameWords)) {
        if (!line.startsWith(QLatin1Char('[')))
            m_removable << line.split(QLatin1Char(' '));
    }
    std::stable_sort(m_removable.begin(), m_removable.end(),
                     [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
    for (const QString &line : dataLines(countries)) {
        const QStringList spellings = line.split(QLatin1Char('|'));
        for (const QString &spelling : spellings)
            m_countries.insert(spelling.trimmed(), spellings.first().trimmed());
    }
}

} // namespace st
