#include "designations/UnListReader.h"

#include "common/InputFile.h"
#include "common/Log.h"
#include "common/Sha256.h"
#include "designations/PlainXmlScanner.h"
#include "designations/RecordBuilder.h"
#include "domain/UnListTags.h"

#include <QFile>
#include <QHash>
#include <QCoreApplication>
#include <QXmlStreamReader>

#include <optional>

namespace st {

namespace {

// Big enough that the per-chunk work (hashing, progress) is noise, small enough for a lively bar.
constexpr qint64 kChunkBytes = 256 * 1024;

// The next piece to read: a chunk, or what is left of a file when that is less. QIODevice::read()
// allocates all it is asked for; a 256 KB buffer for a 2 KB file made the reader's fuzz target spend
// most of its time mapping and zeroing memory.
QByteArray readChunk(QIODevice &device)
{
    const qint64 left = device.isSequential() ? kChunkBytes : device.size() - device.pos();
    return device.read(qBound<qint64>(1, left, kChunkBytes));
}
// Records handed to a RecordSink at a time.
constexpr qsizetype kRecordsPerHandOut = 500;

// Bounds on what a file may make the reader keep. The UN's list nests 5 deep, its longest text (a
// COMMENTS1) is a few thousand characters, and it has no unknown elements; a file far past these is
// not a list to keep but a damaged or hostile one. Without them a 112 KB file nested 16,000 deep cost
// 28 s, 1.5 GB and 256 MB of notes (every unknown element's whole path was kept).
constexpr qsizetype kMaxDepth = 32;
constexpr qsizetype kMaxTextChars = 100'000;        // any one element's text
constexpr qsizetype kMaxNoteChars = 100'000;        // the notes of one record, or of the list outside records
constexpr qsizetype kMaxUnknownKinds = 1'000;       // distinct paths of unknown elements

QString cancelledMarker() { return QStringLiteral("st.unlist.cancelled"); }

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::UnListReader) };

// What an element is where it stands; the same name means different things at different depths.
enum class Role : quint8 { Root, ListSection, Record, Scalar, ValueGroup, ValueItem, Group, GroupField, Unknown };

struct Frame {
    Role role = Role::Unknown;
    Tag tag = Tag::Unknown;
    QString unknownName; // only for elements this reader does not know
    qint64 line = 0;
    qint64 column = 0;
    bool hadChild = false;
};

// An attribute of the element being read, from either way of reading.
struct Attribute {
    QStringView qualifiedName;
    QStringView value;
};

// The element being read, from either way of reading: its name and where its start tag ends.
struct StartTag {
    QStringView name;
    QStringView qualifiedName;
    QStringView namespaceUri;
    QList<Attribute> attributes;
};

class ListReader {
public:
    // Plain: PlainXmlScanner, which may give up (gaveUp()); then the file is read again with
    // QXmlStreamReader (Full), whose sink skips the records the first reading handed out already.
    enum class Way { Plain, Full };
    ListReader(const RecordSink &sink, Way way, qsizetype skipRecords = 0)
        : m_sink(sink), m_way(way), m_skip(skipRecords) {}
    Result<UnList> read(QIODevice &device, const ReadProgress &progress);
    [[nodiscard]] bool gaveUp() const { return m_gaveUp; }
    [[nodiscard]] qsizetype recordsHandedOut() const { return m_handedOut; }
    [[nodiscard]] qint64 bytesRead() const { return m_list.sizeBytes; }

private:
    void addData(const QByteArray &chunk);
    void parseAvailable();
    void parseFull();
    void parsePlain();
    void characters(QStringView text);
    void startElement(const StartTag &tag);
    void endElement();
    Role roleFor(const Frame &parent, Tag tag) const;
    void finishRecord(const Frame &f);
    void keepUnknown(const Frame &f, const QString &text);
    bool withinNoteBudget(qsizetype chars);
    void noteAttributes(const QList<Attribute> &attributes);
    QString pathInRecord() const;
    QString pathFromRoot() const;
    void fail(qint64 line, qint64 column, const QString &what);
    void fail(const Frame &f, const QString &what) { fail(f.line, f.column, what); }
    void handOut();

    const RecordSink &m_sink;
    const Way m_way;
    qsizetype m_skip;          // records not to hand out: a first reading handed them out
    qsizetype m_handedOut = 0;
    bool m_gaveUp = false;
    QXmlStreamReader m_xml;
    PlainXmlScanner m_plain;
    // Where the token being read ends: line from 1, column from 1.
    qint64 m_line = 1;
    qint64 m_column = 1;
    UnList m_list;
    QList<Frame> m_stack;
    QString m_text;
    bool m_sawRoot = false;
    bool m_done = false;
    std::optional<Error> m_error;

    qsizetype m_noteChars = 0; // kept as notes in the current record, or outside records
    RecordBuilder m_record;       // the record being read
    qsizetype m_recordDepth = -1; // its element's place in m_stack, -1 outside records
    QHash<QString, qint64> m_lineOfReference;
};

Result<UnList> ListReader::read(QIODevice &device, const ReadProgress &progress)
{
    Sha256 sha; // what QCryptographicHash gives, with the processor's SHA instructions where it has them
    const qint64 total = device.isSequential() ? -1 : device.size();
    m_list.sizeBytes = 0;
    if (total == 0)
        return Error{Error::Code::InvalidInput, Tr::tr("The file is empty: it is not a UN Consolidated List.")};
    if (progress && !progress(0, total))
        return Error{Error::Code::InvalidInput, Tr::tr("Reading the list was cancelled."), cancelledMarker()};

    while (!m_done && !m_error) {
        const QByteArray chunk = readChunk(device);
        if (chunk.isEmpty()) {
            if (!device.atEnd())
                return Error{Error::Code::Io, Tr::tr("The file could not be read to the end."), device.errorString()};
            break;
        }
        sha.addData(chunk);
        m_list.sizeBytes += chunk.size();
        addData(chunk);
        parseAvailable();
        if (m_gaveUp)
            return Error{Error::Code::InvalidInput, QStringLiteral("gave up")}; // read again by the caller
        if (progress && !progress(m_list.sizeBytes, total))
            return Error{Error::Code::InvalidInput, Tr::tr("Reading the list was cancelled."), cancelledMarker()};
    }
    if (m_error)
        return *m_error;
    if (!m_done && m_way == Way::Plain) {
        m_gaveUp = true; // an empty or cut file: QXmlStreamReader words it
        return Error{Error::Code::InvalidInput, QStringLiteral("gave up")};
    }
    if (!m_done) {
        if (m_list.sizeBytes == 0)
            return Error{Error::Code::InvalidInput, Tr::tr("The file is empty: it is not a UN Consolidated List.")};
        return Error{Error::Code::InvalidInput,
                     Tr::tr("Line %1, column %2: the file ends before the list is complete; it is probably "
                        "truncated. Download it again.")
                         .arg(m_xml.lineNumber())
                         .arg(m_xml.columnNumber() + 1)};
    }
    // The rest of the file, after the root: it counts in the SHA-256, and trailing comments are fine
    // but content is not.
    while (!device.atEnd()) {
        const QByteArray chunk = readChunk(device);
        if (chunk.isEmpty())
            return Error{Error::Code::Io, Tr::tr("The file could not be read to the end."), device.errorString()};
        sha.addData(chunk);
        m_list.sizeBytes += chunk.size();
        addData(chunk);
    }
    if (m_way == Way::Plain) {
        m_plain.finish();
        PlainXmlScanner::Token token = PlainXmlScanner::Token::Other;
        while (token == PlainXmlScanner::Token::Other)
            token = m_plain.next();
        if (token != PlainXmlScanner::Token::EndOfDocument) {
            m_gaveUp = true; // something after the list: QXmlStreamReader words it
            return Error{Error::Code::InvalidInput, QStringLiteral("gave up")};
        }
    }
    while (m_way == Way::Full && !m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::Invalid) {
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        return Error{Error::Code::InvalidInput, Tr::tr("Line %1, column %2: this is not well-formed XML (%3).")
                                                    .arg(m_xml.lineNumber())
                                                    .arg(m_xml.columnNumber() + 1)
                                                    .arg(m_xml.errorString())};
    }
    handOut();
    if (m_error)
        return *m_error;
    if (m_list.individualCount + m_list.entityCount == 0) {
        return Error{Error::Code::InvalidInput,
                     Tr::tr("The list holds no INDIVIDUAL or ENTITY record. Importing it would mark every stored "
                        "designation as delisted, so it was refused.")};
    }
    m_list.sha256 = sha.result().toHex();
    return std::move(m_list);
}

void ListReader::addData(const QByteArray &chunk)
{
    if (m_way == Way::Plain)
        m_plain.addData(chunk);
    else
        m_xml.addData(chunk);
}

void ListReader::parseAvailable()
{
    if (m_way == Way::Plain)
        parsePlain();
    else
        parseFull();
}

void ListReader::parsePlain()
{
    while (!m_error && !m_done && !m_gaveUp) {
        const PlainXmlScanner::Token token = m_plain.next();
        m_line = m_plain.lineNumber();
        m_column = m_plain.columnNumber() + 1;
        switch (token) {
        case PlainXmlScanner::Token::StartElement: {
            StartTag tag{m_plain.name(), m_plain.name(), {}, {}};
            for (const PlainXmlScanner::Attribute &a : m_plain.attributes())
                tag.attributes.append({a.qualifiedName, a.value});
            startElement(tag);
            break;
        }
        case PlainXmlScanner::Token::EndElement:
            endElement();
            break;
        case PlainXmlScanner::Token::Characters:
            if (!m_plain.isWhitespace())
                characters(m_plain.text());
            break;
        case PlainXmlScanner::Token::Other:
            break;
        case PlainXmlScanner::Token::NeedMore:
        case PlainXmlScanner::Token::EndOfDocument:
            return;
        case PlainXmlScanner::Token::GaveUp:
            m_gaveUp = true;
            return;
        }
    }
}

void ListReader::characters(QStringView text)
{
    if (m_text.size() + text.size() > kMaxTextChars && m_way == Way::Plain) {
        // QXmlStreamReader may cut the text elsewhere, and the message says where: it words this.
        m_gaveUp = true;
        return;
    }
    if (m_text.size() + text.size() > kMaxTextChars) {
        fail(m_line, m_column,
             Tr::tr("an element's text is longer than %1 characters; no field of a UN Consolidated "
                    "List is that long, so the file is damaged or not a UN list.")
                 .arg(kMaxTextChars));
        return;
    }
    m_text += text;
}

void ListReader::parseFull()
{
    while (!m_error && !m_done) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        m_line = m_xml.lineNumber();
        m_column = m_xml.columnNumber() + 1;
        switch (token) {
        case QXmlStreamReader::StartElement: {
            StartTag tag{m_xml.name(), m_xml.qualifiedName(), m_xml.namespaceUri(), {}};
            const QXmlStreamAttributes attributes = m_xml.attributes();
            for (const QXmlStreamAttribute &a : attributes)
                tag.attributes.append({a.qualifiedName(), a.value()});
            startElement(tag);
            break;
        }
        case QXmlStreamReader::EndElement:
            endElement();
            break;
        case QXmlStreamReader::Characters:
            // Indentation between elements is most of the tokens and none of the data.
            if (!m_xml.isWhitespace())
                characters(m_xml.text());
            break;
        case QXmlStreamReader::EntityReference:
            // An entity the reader does not resolve (external ones never are): dropping it silently
            // would import a record with part of its text missing.
            fail(m_line, m_column,
                 Tr::tr("the entity &%1; is not defined in the file (external entities are not read).")
                     .arg(m_xml.name()));
            return;
        case QXmlStreamReader::DTD:
            // QXmlStreamReader never reads an external entity's file and drops its references without
            // a word, so a record would come in with part of its text missing. The UN's list declares
            // no entities at all.
            for (const QXmlStreamEntityDeclaration &entity : m_xml.entityDeclarations()) {
                if (!entity.systemId().isEmpty() || !entity.publicId().isEmpty()) {
                    fail(m_line, m_column,
                         Tr::tr("the file declares the external entity %1 (%2), whose text would come from "
                                "another file; a UN Consolidated List declares none, and the app does not read "
                                "other files.")
                             .arg(entity.name(), entity.systemId().isEmpty() ? entity.publicId() : entity.systemId()));
                    return;
                }
            }
            break;
        case QXmlStreamReader::Invalid:
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return; // needs the next chunk
            fail(m_line, m_column, Tr::tr("this is not well-formed XML (%1).").arg(m_xml.errorString()));
            return;
        default:
            break; // declarations, comments, processing instructions carry no list data
        }
    }
}

Role ListReader::roleFor(const Frame &parent, Tag tag) const
{
    switch (parent.role) {
    case Role::Root:
        return tag == Tag::Individuals || tag == Tag::Entities ? Role::ListSection : Role::Unknown;
    case Role::ListSection:
        // The element, not the section, says what a record is: an ENTITY misfiled under INDIVIDUALS is
        // still an entity, and is better imported than turned into notes.
        return tag == Tag::Individual || tag == Tag::Entity ? Role::Record : Role::Unknown;
    case Role::Record:
        if (isScalarTag(tag))
            return Role::Scalar;
        if (valueGroupSection(tag))
            return Role::ValueGroup;
        if (isAliasTag(tag) || groupSection(tag))
            return Role::Group;
        return Role::Unknown;
    case Role::ValueGroup:
        return tag == Tag::Value ? Role::ValueItem : Role::Unknown;
    case Role::Group:
        return isGroupField(parent.tag, tag) ? Role::GroupField : Role::Unknown;
    default:
        return Role::Unknown;
    }
}

void ListReader::startElement(const StartTag &tag)
{
    m_text.truncate(0); // keeps its buffer for the next element's text
    const QStringView name = tag.name;
    Frame f;
    f.tag = tagOf(name);
    f.line = m_line;
    f.column = m_column;

    if (m_stack.size() >= kMaxDepth) {
        fail(f, Tr::tr("elements are nested more than %1 deep; a UN Consolidated List nests 5 deep, so the file is "
                   "damaged or not a UN list.")
                    .arg(kMaxDepth));
        return;
    }
    if (m_stack.isEmpty()) {
        // The list's elements are in no namespace: <x:CONSOLIDATED_LIST xmlns:x="..."> is another vocabulary.
        if (!tag.namespaceUri.isEmpty() && f.tag == Tag::ConsolidatedList) {
            fail(f, Tr::tr("the root element <%1> is in the namespace \"%2\"; the UN Consolidated List's elements "
                       "are in no namespace, so this is another kind of document.")
                        .arg(tag.qualifiedName, tag.namespaceUri));
            return;
        }
        if (m_sawRoot || f.tag != Tag::ConsolidatedList) {
            fail(f, Tr::tr("the document's root element is <%1>, not <CONSOLIDATED_LIST>: this is not a UN "
                       "Consolidated List.")
                        .arg(name));
            return;
        }
        m_sawRoot = true;
        f.role = Role::Root;
        for (const Attribute &a : tag.attributes) {
            if (a.qualifiedName == QLatin1String("dateGenerated"))
                m_list.dateGenerated = a.value.trimmed().toString();
        }
        if (!m_list.dateGenerated.isEmpty()) {
            m_list.generatedAt = QDateTime::fromString(m_list.dateGenerated, Qt::ISODateWithMs);
            if (!m_list.generatedAt.isValid()) {
                fail(f, Tr::tr("dateGenerated is \"%1\", which is not a date and time.").arg(m_list.dateGenerated));
                return;
            }
            m_list.generatedAt = m_list.generatedAt.toUTC();
        }
        m_stack.append(f);
        return;
    }

    Frame &parent = m_stack.last();
    parent.hadChild = true;
    f.role = roleFor(parent, f.tag);
    if (f.role == Role::Unknown) {
        f.tag = Tag::Unknown;
        f.unknownName = name.toString();
    }
    m_stack.append(f);

    switch (f.role) {
    case Role::Record:
        m_recordDepth = m_stack.size() - 1;
        m_noteChars = 0;
        m_record.start(f.tag == Tag::Entity ? DesignationKind::Entity : DesignationKind::Individual, f.line);
        break;
    case Role::Group:
        m_record.startGroup(f.tag);
        break;
    case Role::Unknown: {
        const QString path = m_recordDepth >= 0 ? pathInRecord() : pathFromRoot();
        if (m_list.unknownElements.size() >= kMaxUnknownKinds && !m_list.unknownElements.contains(path)) {
            fail(f, Tr::tr("more than %1 different unknown elements; the file is not a UN Consolidated List.")
                        .arg(kMaxUnknownKinds));
            return;
        }
        ++m_list.unknownElements[path];
        break;
    }
    default:
        break;
    }
    if (m_recordDepth >= 0 && !tag.attributes.isEmpty())
        noteAttributes(tag.attributes);
}

void ListReader::endElement()
{
    const Frame f = m_stack.takeLast();
    QString text = f.hadChild ? QString() : m_text.trimmed();
    m_text.truncate(0);
    switch (f.role) {
    case Role::Root:
        m_done = true;
        break;
    case Role::Record:
        finishRecord(f);
        break;
    case Role::Scalar:
        if (const QString problem = m_record.setScalar(f.tag, std::move(text)); !problem.isEmpty())
            fail(f, problem);
        break;
    case Role::ValueItem:
        m_record.addValue(valueGroupSection(m_stack.last().tag).value_or(DetailSection::Note), std::move(text));
        break;
    case Role::GroupField:
        m_record.addGroupField(f.tag, std::move(text));
        break;
    case Role::Group:
        m_record.finishGroup();
        break;
    case Role::Unknown:
        if (!f.hadChild)
            keepUnknown(f, text);
        break;
    default:
        break;
    }
}

void ListReader::finishRecord(const Frame &f)
{
    m_recordDepth = -1;
    if (const QString problem = m_record.problem(tagName(f.tag)); !problem.isEmpty()) {
        fail(f, problem);
        return;
    }
    const QString &reference = m_record.record().referenceNumber;
    if (const auto it = m_lineOfReference.constFind(reference); it != m_lineOfReference.cend()) {
        fail(f, Tr::tr("reference number %1 appears a second time (first at line %2).").arg(reference).arg(*it));
        return;
    }
    m_lineOfReference.insert(reference, f.line);
    UnListRecord record = m_record.take();
    ++(record.kind == DesignationKind::Individual ? m_list.individualCount : m_list.entityCount);
    m_list.records.append(std::move(record));
    if (m_list.records.size() >= kRecordsPerHandOut)
        handOut();
}

void ListReader::handOut()
{
    if (!m_sink || m_list.records.isEmpty() || m_error)
        return;
    if (m_skip > 0) {
        const qsizetype skipped = std::min(m_skip, m_list.records.size());
        m_list.records.remove(0, skipped);
        m_skip -= skipped;
        if (m_list.records.isEmpty())
            return;
    }
    m_handedOut += m_list.records.size();
    if (!m_sink(std::move(m_list.records)))
        m_error = Error{Error::Code::InvalidInput, Tr::tr("Reading the list was cancelled."), cancelledMarker()};
    m_list.records = {};
}

// Called once the element has left the stack, so its own name is appended to the path.
bool ListReader::withinNoteBudget(qsizetype chars)
{
    m_noteChars += chars;
    if (m_noteChars <= kMaxNoteChars)
        return true;
    fail(m_line, m_column,
         Tr::tr("unknown elements and attributes here hold more than %1 characters, which would all be kept as "
            "notes; the file is damaged or not a UN Consolidated List.")
             .arg(kMaxNoteChars));
    return false;
}

void ListReader::keepUnknown(const Frame &f, const QString &text)
{
    if (!withinNoteBudget(f.unknownName.size() + text.size()))
        return;
    if (m_recordDepth >= 0) {
        // The path inside the record, without the record's own element: "INDIVIDUAL_ADDRESS/GPS".
        QString path = pathInRecord().section(QLatin1Char('/'), 1);
        path += (path.isEmpty() ? QString() : QStringLiteral("/")) + f.unknownName;
        m_record.addNote(path, text);
        return;
    }
    m_list.listNotes.append(pathFromRoot() + QLatin1Char('/') + f.unknownName + QStringLiteral(": ") + text);
}

void ListReader::noteAttributes(const QList<Attribute> &attributes)
{
    const QString path = pathInRecord().section(QLatin1Char('/'), 1);
    for (const Attribute &a : attributes) {
        const QString where = (path.isEmpty() ? QString() : path + QLatin1Char('/')) + QLatin1Char('@')
                              + a.qualifiedName.toString();
        if (!withinNoteBudget(where.size() + a.value.size()))
            return;
        ++m_list.unknownElements[tagName(m_stack.at(m_recordDepth).tag) + QLatin1Char('/') + where];
        m_record.addNote(where, a.value.toString());
    }
}

// "INDIVIDUAL/INDIVIDUAL_ADDRESS/GPS" for the element on top of the stack.
QString ListReader::pathInRecord() const
{
    QStringList parts;
    for (qsizetype i = m_recordDepth; i < m_stack.size(); ++i) {
        const Frame &f = m_stack.at(i);
        parts << (f.tag == Tag::Unknown ? f.unknownName : tagName(f.tag));
    }
    return parts.join(QLatin1Char('/'));
}

QString ListReader::pathFromRoot() const
{
    QStringList parts;
    for (const Frame &f : m_stack)
        parts << (f.tag == Tag::Unknown ? f.unknownName : tagName(f.tag));
    return parts.join(QLatin1Char('/'));
}

void ListReader::fail(qint64 line, qint64 column, const QString &what)
{
    if (m_error)
        return;
    m_error = Error{Error::Code::InvalidInput, Tr::tr("Line %1, column %2: %3").arg(line).arg(column).arg(what)};
    qCInfo(lcImport) << "UN list refused:" << m_error->message;
}

} // namespace

Result<UnList> readUnList(QIODevice &device, const ReadProgress &progress, const RecordSink &sink)
{
    if (device.isSequential()) {
        ListReader full(sink, ListReader::Way::Full);
        return full.read(device, progress);
    }
    ListReader plain(sink, ListReader::Way::Plain);
    Result<UnList> read = plain.read(device, progress);
    if (!plain.gaveUp())
        return read;
    // Outside plain XML, or not well-formed: QXmlStreamReader reads it again from the start, and words
    // what is wrong. The records already handed out are the same, so they are not handed out twice, and
    // the progress does not go back.
    qCDebug(lcImport) << "UN list: read again with QXmlStreamReader from byte 0; the plain reading stopped after"
                      << plain.bytesRead() << "bytes";
    if (!device.seek(0))
        return Error{Error::Code::Io, Tr::tr("The file could not be read to the end."), device.errorString()};
    const qint64 reached = plain.bytesRead();
    const ReadProgress notBack = progress ? ReadProgress([&progress, reached](qint64 done, qint64 total) {
        return progress(std::max(done, reached), total);
    }) : ReadProgress();
    ListReader full(sink, ListReader::Way::Full, plain.recordsHandedOut());
    return full.read(device, notBack);
}

Result<UnList> readUnListFile(const QString &path, const ReadProgress &progress, const RecordSink &sink)
{
    if (auto ok = checkInputFile(path); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Tr::tr("The file %1 could not be opened.").arg(path), file.errorString()};
    return readUnList(file, progress, sink);
}

bool isCancellation(const Error &error) { return error.detail == cancelledMarker(); }

QDate parseUnDate(QStringView text)
{
    // xs:date: YYYY-MM-DD, optionally followed by a time zone ("Z", "+02:00", "-04:00"), which says
    // where the day was counted and does not change it. Read by hand: it runs once per record.
    auto digits = [&](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!text[i].isDigit() || text[i].unicode() > 127)
                return -1;
            n = n * 10 + (text[i].unicode() - '0');
        }
        return n;
    };
    if (text.size() < 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    const QStringView zone = text.mid(10);
    const bool zoneOk = zone.isEmpty() || zone == QLatin1String("Z")
                        || (zone.size() == 6 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-'))
                            && zone[3] == QLatin1Char(':') && digits(11, 2) >= 0 && digits(14, 2) >= 0);
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (!zoneOk || year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2016-13-01 or 2017-02-30
}

} // namespace st
