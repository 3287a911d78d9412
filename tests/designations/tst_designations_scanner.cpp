// PlainXmlScanner, the UN list reader's fast way through plain XML, against QXmlStreamReader: for every
// document the scanner reads to the end, what the list's reader takes from it (elements, their
// attributes, their text as the reader gathers it, and where each token ends) is what QXmlStreamReader
// gives. Whatever else it meets, it gives up, and the reader reads the file with QXmlStreamReader.
#include "UnListTestData.h"
#include "TestSupport.h"
#include "designations/PlainXmlScanner.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace st;

namespace {

const QString kGaveUp = QStringLiteral("gave up");
const QString kRefused = QStringLiteral("refused");

// What the list's reader takes from a document: each element's start (name, attributes, position),
// its text as the reader gathers it (the non-blank runs, joined) and its end.
class Events {
public:
    void start(QStringView name, const QStringList &attributes, qint64 line, qint64 column)
    {
        flushText();
        m_events << QStringLiteral("<%1 %2 @%3:%4").arg(name, attributes.join(u' ')).arg(line).arg(column);
    }
    void characters(QStringView text, bool whitespace)
    {
        if (!whitespace)
            m_text += text;
    }
    void end(qint64 line, qint64 column)
    {
        flushText();
        m_events << QStringLiteral("/> @%1:%2").arg(line).arg(column);
    }
    QStringList take() { return std::move(m_events); }

private:
    void flushText()
    {
        if (!m_text.isEmpty())
            m_events << QStringLiteral("text: ") + m_text;
        m_text.clear();
    }
    QStringList m_events;
    QString m_text;
};

QStringList withQt(const QByteArray &document, qsizetype chunk)
{
    QXmlStreamReader xml;
    Events events;
    qsizetype fed = 0;
    for (;;) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            QStringList attributes;
            for (const QXmlStreamAttribute &a : xml.attributes())
                attributes << a.qualifiedName().toString() + QLatin1Char('=') + a.value().toString();
            if (!xml.namespaceUri().isEmpty())
                attributes << QStringLiteral("ns=") + xml.namespaceUri().toString();
            events.start(xml.name(), attributes, xml.lineNumber(), xml.columnNumber());
            break;
        }
        case QXmlStreamReader::EndElement:
            events.end(xml.lineNumber(), xml.columnNumber());
            break;
        case QXmlStreamReader::Characters:
            events.characters(xml.text(), xml.isWhitespace());
            break;
        case QXmlStreamReader::EntityReference:
        case QXmlStreamReader::DTD:
            return {kRefused};
        case QXmlStreamReader::Invalid:
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && fed < document.size()) {
                xml.addData(document.mid(fed, chunk));
                fed += chunk;
                break;
            }
            return {kRefused};
        case QXmlStreamReader::EndDocument:
            return events.take();
        default:
            break;
        }
    }
}

QStringList withScanner(const QByteArray &document, qsizetype chunk)
{
    PlainXmlScanner xml;
    Events events;
    qsizetype fed = 0;
    for (;;) {
        switch (xml.next()) {
        case PlainXmlScanner::Token::StartElement: {
            QStringList attributes;
            for (const PlainXmlScanner::Attribute &a : xml.attributes())
                attributes << a.qualifiedName + QLatin1Char('=') + a.value;
            events.start(xml.name(), attributes, xml.lineNumber(), xml.columnNumber());
            break;
        }
        case PlainXmlScanner::Token::EndElement:
            events.end(xml.lineNumber(), xml.columnNumber());
            break;
        case PlainXmlScanner::Token::Characters:
            events.characters(xml.text(), xml.isWhitespace());
            break;
        case PlainXmlScanner::Token::Other:
            break;
        case PlainXmlScanner::Token::NeedMore:
            if (fed < document.size()) {
                xml.addData(QByteArrayView(document).sliced(fed, std::min(chunk, document.size() - fed)));
                fed += chunk;
            } else {
                xml.finish();
            }
            break;
        case PlainXmlScanner::Token::EndOfDocument:
            return events.take();
        case PlainXmlScanner::Token::GaveUp:
            return {kGaveUp};
        }
    }
}

// The scanner gives up, or gives what QXmlStreamReader gives; `chunk` bytes at a time.
void compare(const QByteArray &document, qsizetype chunk, const QString &label)
{
    const QStringList fast = withScanner(document, chunk);
    if (fast == QStringList{kGaveUp})
        return;
    const QStringList qt = withQt(document, chunk);
    if (fast != qt) {
        qsizetype i = 0;
        while (i < fast.size() && i < qt.size() && fast[i] == qt[i])
            ++i;
        QFAIL(qPrintable(QStringLiteral("%1 (chunks of %2): event %3 differs: scanner \"%4\", QXmlStreamReader \"%5\"\n%6")
                             .arg(label)
                             .arg(chunk)
                             .arg(i)
                             .arg(fast.value(i), qt.value(i), QString::fromUtf8(document.left(400)))));
    }
}

} // namespace

class TestDesignationsScanner : public QObject {
    Q_OBJECT
private slots:
    void readsTheUnListsWhole();
    void pieces_data();
    void pieces();
    void givesUpOnWhatItDoesNotRead_data();
    void givesUpOnWhatItDoesNotRead();
    void badCatalogue();
    void mutationsOfTheSmallList();
};

// The UN's own lists are what the scanner is for: it reads them to the end, whatever the chunks.
void TestDesignationsScanner::readsTheUnListsWhole()
{
    for (const QString &path : {test::realUnListPath(), test::smallList(), test::smallListNewer()}) {
        const QByteArray list = test::readAll(path);
        for (qsizetype chunk : {qsizetype(1) << 18, qsizetype(4096), qsizetype(977)}) {
            const QStringList fast = withScanner(list, chunk);
            QVERIFY2(fast != QStringList{kGaveUp}, qPrintable(path));
            QVERIFY(fast.size() > 100);
            QCOMPARE(fast, withQt(list, chunk));
        }
    }
    // Byte by byte, on the small list (every token cut everywhere).
    const QByteArray small = test::readAll(test::smallList());
    QCOMPARE(withScanner(small, 1), withQt(small, 1 << 18));
}

void TestDesignationsScanner::pieces_data()
{
    QTest::addColumn<QByteArray>("document");
    const QByteArray head = "<?xml version='1.0' encoding='UTF-8'?>\n<R a='1'>\n";
    const auto doc = [&](const char *body) { return head + body + "\n</R>\n"; };
    QTest::newRow("entities in text") << doc("<A>x &amp; y &lt;z&gt; &quot;q&quot; &apos;s&apos;</A>");
    QTest::newRow("references split by blanks") << doc("<A>x&amp; &amp;y</A><B>&#65; &#x42;</B>");
    QTest::newRow("only references") << doc("<A>&amp;</A><B> &amp; </B>");
    QTest::newRow("references to blanks") << doc("<A> &#32; </A><B>x &#32;&#9; y</B><C>&#10;</C><D a='&#32;'/>");
    QTest::newRow("character references") << doc("<A>&#233;t&#xE9; &#x1F600; &#20320;</A>");
    QTest::newRow("non-Latin text") << doc("<A>리종원 Ri Jŏng Wŏn 😀 ok</A><B x='é😀'>é</B>");
    QTest::newRow("comment inside text") << doc("<A>before<!-- note -->after</A><B>x<!--c--> <!--d-->y</B>");
    QTest::newRow("processing instruction") << doc("<?keep this?><A>a<?pi x?>b</A>");
    QTest::newRow("empty elements") << doc("<A/><B x='1'/><C></C><D> </D>");
    QTest::newRow("attributes") << doc("<A x=\"1\" y='two &amp; three' z = '&#233;'>t</A>");
    QTest::newRow("greater-than in text") << doc("<A>a > b</A>");
    QTest::newRow("blank lines and tabs") << doc("<A>\n\t line one\n\tline two\n</A>");
    QTest::newRow("tag across lines") << doc("<A\n x='1'\n>t</A\n>");
    QTest::newRow("comments around the root")
        << QByteArray("<?xml version='1.0'?>\n<!-- first -->\n<R><A>t</A></R>\n<!-- after -->\n<?end?>\n");
    QTest::newRow("no declaration") << QByteArray("<R><A>t</A></R>");
    QTest::newRow("standalone") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><R/>");
    QTest::newRow("namespace on the root as the UN writes it")
        << QByteArray("<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST xmlns:xsi='http://www.w3.org/2001/"
                      "XMLSchema-instance' xsi:noNamespaceSchemaLocation='https://www.un.org/sc/resources/sc-sanctions.xsd'"
                      " dateGenerated='2024-09-26T00:00:07.514Z'>\n<A>t</A>\n</CONSOLIDATED_LIST>\n");
}

// Each piece of XML the scanner reads, it reads as QXmlStreamReader does, in one chunk and byte by byte.
void TestDesignationsScanner::pieces()
{
    QFETCH(QByteArray, document);
    const QStringList fast = withScanner(document, document.size());
    QVERIFY2(fast != QStringList{kGaveUp}, document.constData());
    QCOMPARE(fast, withQt(document, document.size()));
    QCOMPARE(withScanner(document, 1), fast);
}

void TestDesignationsScanner::givesUpOnWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE R [<!ENTITY e 'x'>]><R>&e;</R>");
    QTest::newRow("CDATA") << QByteArray("<R><![CDATA[x]]></R>");
    QTest::newRow("carriage return") << QByteArray("<R>\r\n<A>t</A></R>");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF<R/>");
    QTest::newRow("declaration attribute misspelt") << QByteArray("<?xml version='1.0' encOding='UTF-8'?><R/>");
    QTest::newRow("another encoding") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><R/>");
    QTest::newRow("prefixed element") << QByteArray("<R xmlns:x='u'><x:A/></R>");
    QTest::newRow("default namespace") << QByteArray("<R xmlns='u'/>");
    QTest::newRow("undeclared prefix") << QByteArray("<R x:a='1'/>");
    QTest::newRow("tab in an attribute") << QByteArray("<R a='x\ty'/>");
    QTest::newRow("undefined entity") << QByteArray("<R>&nbsp;</R>");
    QTest::newRow("mismatched tag") << QByteArray("<R><A></B></R>");
    QTest::newRow("unclosed") << QByteArray("<R><A>");
    QTest::newRow("second root") << QByteArray("<R/><R/>");
    QTest::newRow("text after the root") << QByteArray("<R/>x");
    QTest::newRow("less-than in text") << QByteArray("<R>a < b</R>");
    QTest::newRow("invalid UTF-8") << QByteArray("<R>\xC3\x28</R>");
    QTest::newRow("overlong UTF-8") << QByteArray("<R>\xC0\xAF</R>");
    QTest::newRow("surrogate in UTF-8") << QByteArray("<R>\xED\xA0\x80</R>");
    QTest::newRow("control character") << QByteArray("<R>\x01</R>");
    QTest::newRow("NUL") << QByteArray("<R>a\0b</R>", 10);
    QTest::newRow("double dash in a comment") << QByteArray("<R><!-- a -- b --></R>");
    QTest::newRow("declaration not first") << QByteArray(" <?xml version='1.0'?><R/>");
    QTest::newRow("duplicate attribute") << QByteArray("<R a='1' a='2'/>");
    QTest::newRow("attributes run together") << QByteArray("<R a='1'b='2'/>");
    QTest::newRow("]]> in text") << QByteArray("<R>a]]>b</R>");
    QTest::newRow("reference to a carriage return") << QByteArray("<R>a&#13;b</R>");
    QTest::newRow("reference to NUL") << QByteArray("<R>a&#0;b</R>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("three bytes") << QByteArray("<L>");
    QTest::newRow("bad UTF-8 after the point reached")
        << ("<R><A>t</A>" + QByteArray(100, ' ') + "<B>\xC3\x28</B></R>");
    QTest::newRow("a character begun, not continued, at the end")
        << QByteArray("<?xml version='1.0'?>\n<R a='x'><A>t</A>\xF0\n");
    QTest::newRow("very long name") << ("<R><A" + QByteArray(PlainXmlScanner::kLongestName + 1, 'a') + "/></R>");
    QTest::newRow("very long text") << ("<R>" + QByteArray(PlainXmlScanner::kLongestText + 1, 'x') + "</R>");
}

// Outside its subset, and at anything not well-formed, the scanner gives up rather than guess.
void TestDesignationsScanner::givesUpOnWhatItDoesNotRead()
{
    QFETCH(QByteArray, document);
    QCOMPARE(withScanner(document, document.size() + 1), QStringList{kGaveUp});
    QCOMPARE(withScanner(document, 1), QStringList{kGaveUp});
    // For good: more data does not set it going again.
    PlainXmlScanner xml;
    xml.addData(document);
    xml.finish();
    PlainXmlScanner::Token token = PlainXmlScanner::Token::Other;
    while (token != PlainXmlScanner::Token::GaveUp && token != PlainXmlScanner::Token::EndOfDocument)
        token = xml.next();
    QCOMPARE(token, PlainXmlScanner::Token::GaveUp);
    xml.addData("<R/>");
    QCOMPARE(xml.next(), PlainXmlScanner::Token::GaveUp);
}

// Every damaged or foreign list of the bad-input catalogue: given up on, or read as QXmlStreamReader reads it.
void TestDesignationsScanner::badCatalogue()
{
    QDirIterator files(QStringLiteral(ST_TEST_DATA_DIR "/bad/xml"), {QStringLiteral("*.xml")}, QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray document = test::readAll(path);
        compare(document, 4096, path);
        compare(document, 1 << 18, path);
        read += withScanner(document, 4096) != QStringList{kGaveUp};
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(read > 5); // those damaged in their records, not in their XML, are read to the end
}

// The small list with pieces of XML put in at random places: whatever the scanner reads, it reads right.
void TestDesignationsScanner::mutationsOfTheSmallList()
{
    const QByteArray small = test::readAll(test::smallList());
    const QList<QByteArray> pieces{"&amp;", "&#x1F600;", "&#233;", "<!-- c -->", "<?pi x?>", " ", "\n", "\t", "<A/>",
                                   "</X>", "<X>", "\r", "&bogus;", "<![CDATA[x]]>", "é", "\xff", "'", "\"", "<",
                                   ">", "]]>", "&", "a='1'", " b=\"2\"", "리", "--", "<?xml version='1.0'?>",
                                   "<!DOCTYPE x>", "&lt;", "x:"};
    QRandomGenerator random(20261207);
    int read = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray document = small;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(int(document.size()));
            if (random.bounded(4) == 0)
                document.remove(at, 1 + random.bounded(8));
            else
                document.insert(at, pieces[random.bounded(int(pieces.size()))]);
        }
        compare(document, random.bounded(2) ? 1 << 18 : 1 + random.bounded(300), QStringLiteral("round %1").arg(round));
        if (QTest::currentTestFailed())
            return;
        read += withScanner(document, 1 << 18) != QStringList{kGaveUp};
    }
    qInfo("%d of 1500 mutated lists read by the scanner, the others given up on", read);
    QVERIFY(read > 300);
}

QTEST_GUILESS_MAIN(TestDesignationsScanner)
#include "tst_designations_scanner.moc"
