#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <string>
#include <vector>

namespace st {

// Reads the plain XML a UN Consolidated List is written in, fast: UTF-8 without a byte order mark,
// elements without namespace prefixes, attributes in quotes, text with the five predefined entities
// and character references, comments and processing instructions, LF line ends. QXmlStreamReader
// reads any XML, at about 90 MB/s here: with building the records, a 100,000-record list spent 4 s of
// its import's CPU reading. At the first thing outside that subset, and at anything not well-formed,
// the scanner gives up (Token::GaveUp): a DOCTYPE, CDATA, a namespace prefix or declaration below the
// root, an attribute value with a tab or line end (which XML rewrites), a carriage return, another
// encoding. The list's reader then reads the file again from the start with QXmlStreamReader, which
// reads or refuses it exactly as before (UnListReader.cpp). For a document it reads to the end, what it
// gives equals what QXmlStreamReader gives, positions included (tst_plain_xml_scanner compares them).
class PlainXmlScanner {
public:
    enum class Token {
        StartElement, // name(), attributes(); an empty element <A/> gives StartElement then EndElement
        EndElement,
        Characters,   // text(): a run of text between two pieces of markup, references resolved
        Other,        // the XML declaration, a comment, a processing instruction, whitespace outside the root
        NeedMore,     // the data so far ends inside a token: addData(), or finish() at the end of the input
        EndOfDocument, // the root has ended and all input after it was read (after finish())
        GaveUp,       // outside the subset, or not well-formed: read the document another way
    };
    // A run of text longer than this (in bytes) is given up on: the scanner keeps a run whole until its
    // end, where QXmlStreamReader hands long text out in pieces. The UN list's longest is a few thousand.
    static constexpr qsizetype kLongestText = 64 * 1024;
    // A name longer than this is given up on: QXmlStreamReader cuts names at 4,096 characters and refuses
    // what follows. The UN list's longest is 29 (NAME_ORIGINAL_SCRIPT and the like).
    static constexpr qsizetype kLongestName = 256;

    struct Attribute {
        QString qualifiedName;
        QString value;
    };

    void addData(QByteArrayView data);
    // No more data will come.
    void finish() { m_atEnd = true; }
    Token next();

    [[nodiscard]] QStringView name() const { return m_name; }
    [[nodiscard]] const QList<Attribute> &attributes() const { return m_attributes; }
    [[nodiscard]] QStringView text() const { return m_text; }
    // Whether text() is spaces, tabs and line ends only, as written (QXmlStreamReader::isWhitespace).
    [[nodiscard]] bool isWhitespace() const { return m_whitespace; }
    // Where the last token ended, as QXmlStreamReader counts: lines from 1, columns from 0 in UTF-16
    // code units since the line's start.
    [[nodiscard]] qint64 lineNumber() const { return m_line; }
    [[nodiscard]] qint64 columnNumber() const { return m_column; }

private:
    enum class Scan { Done, NeedMore, GaveUp };
    Token nextToken();
    Scan scanMarkup(qsizetype at, Token *token);
    Scan scanText(qsizetype at, Token *token);
    Scan scanStartTag(qsizetype at, Token *token);
    Scan scanEndTag(qsizetype at);
    Scan scanComment(qsizetype at);
    Scan scanProcessingInstruction(qsizetype at);
    Scan scanName(qsizetype &at, qsizetype *colon) const;
    Scan scanAttributeValue(qsizetype &at, QString *value);
    Scan scanReference(qsizetype &at, QString *out) const;
    // Decodes the UTF-8 in [from, to) into `out` (when given), checking each character is one XML allows;
    // counts the line ends and the columns. False when it is not valid UTF-8 or not an XML character.
    bool decode(qsizetype from, qsizetype to, QString *out);
    void consumeTo(qsizetype end); // the token ends at `end`: positions move there
    // Whether m_data from `from` on is UTF-8, a character cut by its end aside; moves m_checkedUpTo.
    bool validUtf8From(qsizetype from);
    [[nodiscard]] qsizetype available() const { return m_data.size(); }

    QByteArray m_data;     // what is not consumed yet begins at m_at
    qsizetype m_at = 0;
    bool m_atEnd = false;
    qint64 m_bytesGiven = 0;
    qsizetype m_checkedUpTo = 0; // m_data before it is valid UTF-8
    bool m_badUtf8 = false;
    bool m_gaveUp = false;
    qint64 m_line = 1;
    qint64 m_column = 0;
    bool m_prologDone = false;   // past the place an XML declaration may stand
    bool m_rootSeen = false;
    bool m_rootEnded = false;
    bool m_emptyElementOpen = false; // <A/>: its EndElement is next
    std::string m_open;              // the open elements' names, each followed by '\0'
    std::vector<std::size_t> m_openStarts;
    QString m_name;
    QList<Attribute> m_attributes;
    QString m_text;
    bool m_whitespace = false;
};

} // namespace st
