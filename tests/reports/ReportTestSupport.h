#pragma once

// PDF checks for the report tests, through poppler-utils (installed by scripts/lib.sh and in CI).
#include <QFile>
#include <QList>
#include <QRectF>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace st::test {

// The text of a PDF as pdftotext reads it, ligatures and non-breaking spaces made plain; empty when
// it fails.
inline QString pdfText(const QString &path, const QStringList &extra = {})
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found: install poppler-utils");
    QProcess p;
    p.start(tool, extra + QStringList{path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    // NFKC turns the typographic ligatures of the shaped text ("eﬀect") back into letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x00a0), QLatin1Char(' '));
}

// A word pdftotext finds on a page, with its box in points from the page's top left.
struct PdfWord {
    QString text;
    QRectF box;
};

// The words of page `page` (1-based), as pdftotext -bbox reads them.
inline QList<PdfWord> pdfWords(const QString &path, int page)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found: install poppler-utils");
    QProcess p;
    p.start(tool, {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                   QString::number(page), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    for (auto it = word.globalMatch(QString::fromUtf8(p.readAllStandardOutput())); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString &path, const QString &key)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        qFatal("pdfinfo not found: install poppler-utils");
    QProcess p;
    p.start(tool, {path});
    if (!p.waitForFinished(60000))
        return {};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    return line.match(out).captured(1).trimmed();
}

// What poppler complains of while reading the whole file ("Syntax Error: ..." on its standard error):
// empty for a well-formed PDF.
inline QString pdfComplaints(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found: install poppler-utils");
    QProcess p;
    p.start(tool, {path, QStringLiteral("/dev/null")});
    if (!p.waitForFinished(60000))
        return QStringLiteral("pdftotext did not finish");
    return QString::fromUtf8(p.readAllStandardError()).trimmed()
        + (p.exitCode() != 0 ? QStringLiteral(" (exit %1)").arg(p.exitCode()) : QString());
}

// The font subsets' names ("/FontName /QYFAAA+DejaVuSans"), each as often as the file holds it.
inline QStringList pdfSubsetFontNames(const QByteArray &pdf)
{
    static const QRegularExpression name(QStringLiteral("/FontName\\s*/([A-Z]{6}\\+[^\\s/>]+)"));
    QStringList names;
    for (auto it = name.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// Pages counted in the file itself ("/Type /Page", not "/Pages"), independent of poppler.
inline int pdfPageObjects(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString bytes = QString::fromLatin1(f.readAll());
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int n = 0;
    for (auto it = page.globalMatch(bytes); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace st::test
