#include "reports/PdfJoin.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <optional>

namespace st {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(st::PdfJoin) };

// ---- Reading PDF syntax (ISO 32000-1, 7.2): just enough to find and renumber references. ----

bool isWhite(char c) { return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }
bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

struct Token {
    enum Kind { End, Number, Keyword, Name, String, DictOpen, DictClose, ArrayOpen, ArrayClose, Other };
    Kind kind = End;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Tokens of `data` from `pos` on. Strings (with their escapes and nested parentheses), hex strings and
// comments are single tokens, so nothing inside them is ever taken for a reference.
class Lexer {
public:
    Lexer(const QByteArray &data, qsizetype pos, qsizetype end) : d(data), m_pos(pos), m_end(end) {}

    qsizetype pos() const { return m_pos; }

    Token next()
    {
        for (;;) {
            while (m_pos < m_end && isWhite(d[m_pos]))
                ++m_pos;
            if (m_pos < m_end && d[m_pos] == '%') { // a comment, to the end of its line
                while (m_pos < m_end && d[m_pos] != '\n' && d[m_pos] != '\r')
                    ++m_pos;
                continue;
            }
            break;
        }
        Token t;
        t.begin = m_pos;
        if (m_pos >= m_end)
            return t;
        const char c = d[m_pos];
        if (c == '(') {
            t.kind = Token::String;
            int depth = 0;
            for (; m_pos < m_end; ++m_pos) {
                if (d[m_pos] == '\\') {
                    ++m_pos;
                } else if (d[m_pos] == '(') {
                    ++depth;
                } else if (d[m_pos] == ')' && --depth == 0) {
                    ++m_pos;
                    break;
                }
            }
        } else if (c == '<' && m_pos + 1 < m_end && d[m_pos + 1] == '<') {
            t.kind = Token::DictOpen;
            m_pos += 2;
        } else if (c == '>' && m_pos + 1 < m_end && d[m_pos + 1] == '>') {
            t.kind = Token::DictClose;
            m_pos += 2;
        } else if (c == '<') { // a hex string
            t.kind = Token::String;
            while (m_pos < m_end && d[m_pos] != '>')
                ++m_pos;
            m_pos = std::min(m_end, m_pos + 1);
        } else if (c == '[' || c == ']') {
            t.kind = c == '[' ? Token::ArrayOpen : Token::ArrayClose;
            ++m_pos;
        } else if (c == '/') {
            t.kind = Token::Name;
            ++m_pos;
            while (m_pos < m_end && !isWhite(d[m_pos]) && !isDelimiter(d[m_pos]))
                ++m_pos;
        } else if (isDelimiter(c)) {
            t.kind = Token::Other;
            ++m_pos;
        } else {
            while (m_pos < m_end && !isWhite(d[m_pos]) && !isDelimiter(d[m_pos]))
                ++m_pos;
            bool number = true;
            for (qsizetype i = t.begin; i < m_pos; ++i)
                number = number && (std::isdigit(static_cast<unsigned char>(d[i])) || d[i] == '.' || d[i] == '-' || d[i] == '+');
            t.kind = number ? Token::Number : Token::Keyword;
        }
        t.end = m_pos;
        return t;
    }

private:
    const QByteArray &d;
    qsizetype m_pos;
    qsizetype m_end;
};

QByteArrayView text(const QByteArray &d, const Token &t) { return QByteArrayView(d).sliced(t.begin, t.end - t.begin); }

std::optional<int> integer(const QByteArray &d, const Token &t)
{
    if (t.kind != Token::Number)
        return std::nullopt;
    bool ok = false;
    const int n = text(d, t).toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

// ---- One file: its objects and what its trailer and catalogue point at. ----

struct Object {
    int number = 0;
    qsizetype begin = 0; // "N G obj"
    qsizetype end = 0;   // where the next object (or the cross-reference table) starts
};

struct PdfFile {
    const QByteArray *data = nullptr;
    QList<Object> objects; // in the order of the file
    QHash<int, qsizetype> index; // object number -> position in objects
    qsizetype bodyStart = 0; // the first object: what is before it is the header
    int size = 0;            // the trailer's /Size
    int root = 0;
    int info = 0;
    int pages = 0;
    QList<int> kids;
    int count = 0;
};

Error malformed(const QString &which, const QString &what)
{
    return Error{Error::Code::Io, Tr::tr("The report's pages could not be put together into one PDF."),
                 QStringLiteral("%1: %2").arg(which, what)};
}

// The value that follows `key` in the dictionary at [from, to), as its first token.
std::optional<Token> valueOf(const QByteArray &d, qsizetype from, qsizetype to, QByteArrayView key)
{
    Lexer lexer(d, from, to);
    int depth = 0;
    for (Token t = lexer.next(); t.kind != Token::End; t = lexer.next()) {
        if (t.kind == Token::DictOpen || t.kind == Token::ArrayOpen)
            ++depth;
        else if (t.kind == Token::DictClose || t.kind == Token::ArrayClose)
            --depth;
        else if (depth == 1 && t.kind == Token::Name && text(d, t) == key)
            return lexer.next();
        if (t.kind == Token::Keyword && text(d, t) == "stream")
            break;
    }
    return std::nullopt;
}

// The object number of the reference that is `key`'s value ("/Root 2 0 R"), or 0.
int referenceOf(const QByteArray &d, qsizetype from, qsizetype to, QByteArrayView key)
{
    const auto first = valueOf(d, from, to, key);
    if (!first)
        return 0;
    Lexer lexer(d, first->end, to);
    const Token generation = lexer.next();
    const Token r = lexer.next();
    const auto n = integer(d, *first);
    return n && integer(d, generation) && r.kind == Token::Keyword && text(d, r) == "R" ? *n : 0;
}

Result<PdfFile> readPdf(const QByteArray &d, const QString &which)
{
    PdfFile f;
    f.data = &d;
    if (!d.startsWith("%PDF-"))
        return malformed(which, QStringLiteral("not a PDF file"));
    const qsizetype startxref = d.lastIndexOf("startxref");
    if (startxref < 0)
        return malformed(which, QStringLiteral("no startxref"));
    Lexer tail(d, startxref + 9, d.size());
    const auto xrefAt = integer(d, tail.next());
    if (!xrefAt || *xrefAt >= startxref || QByteArrayView(d).sliced(*xrefAt).startsWith("xref") == false)
        return malformed(which, QStringLiteral("no classic cross-reference table where startxref points"));

    // The table: subsections "first count", then "offset generation n|f" per object.
    Lexer table(d, *xrefAt + 4, startxref);
    QList<std::pair<qsizetype, int>> starts; // offset, number
    Token t = table.next();
    while (t.kind == Token::Number) {
        const auto first = integer(d, t);
        const auto count = integer(d, table.next());
        if (!first || !count)
            return malformed(which, QStringLiteral("a damaged cross-reference table"));
        for (int i = 0; i < *count; ++i) {
            const auto offset = integer(d, table.next());
            const auto generation = integer(d, table.next());
            const Token use = table.next();
            if (!offset || !generation || use.kind != Token::Keyword)
                return malformed(which, QStringLiteral("a damaged cross-reference entry"));
            if (text(d, use) == "n") {
                if (*generation != 0)
                    return malformed(which, QStringLiteral("an object of generation %1").arg(*generation));
                starts.append({*offset, *first + i});
            }
        }
        t = table.next();
    }
    if (t.kind != Token::Keyword || text(d, t) != "trailer")
        return malformed(which, QStringLiteral("no trailer after the cross-reference table"));
    const qsizetype trailer = t.end;
    for (QByteArrayView refused : {QByteArrayView("/Prev"), QByteArrayView("/Encrypt"), QByteArrayView("/XRefStm")}) {
        if (valueOf(d, trailer, startxref, refused))
            return malformed(which, QStringLiteral("%1 in the trailer").arg(QString::fromLatin1(refused)));
    }
    const auto size = valueOf(d, trailer, startxref, "/Size");
    f.size = size ? integer(d, *size).value_or(0) : 0;
    f.root = referenceOf(d, trailer, startxref, "/Root");
    f.info = referenceOf(d, trailer, startxref, "/Info");
    if (f.size <= 0 || f.root <= 0)
        return malformed(which, QStringLiteral("no /Size or /Root in the trailer"));

    // Each object runs to where the next one starts.
    std::sort(starts.begin(), starts.end());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const auto [offset, number] = starts[i];
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].first : *xrefAt;
        Lexer header(d, offset, end);
        const auto n = integer(d, header.next());
        const auto g = integer(d, header.next());
        const Token obj = header.next();
        if (n != number || !g || obj.kind != Token::Keyword || text(d, obj) != "obj" || number >= f.size)
            return malformed(which, QStringLiteral("object %1 is not where the cross-reference table says").arg(number));
        f.index.insert(number, f.objects.size());
        f.objects.append({number, offset, end});
    }
    if (f.objects.isEmpty())
        return malformed(which, QStringLiteral("no objects"));
    f.bodyStart = f.objects.first().begin;

    // The catalogue's page tree: its root's kids and page count.
    if (!f.index.contains(f.root))
        return malformed(which, QStringLiteral("no catalogue"));
    const Object &catalog = f.objects[f.index.value(f.root)];
    f.pages = referenceOf(d, catalog.begin, catalog.end, "/Pages");
    if (!f.index.contains(f.pages))
        return malformed(which, QStringLiteral("no page tree"));
    const Object &pages = f.objects[f.index.value(f.pages)];
    const auto kids = valueOf(d, pages.begin, pages.end, "/Kids");
    const auto count = valueOf(d, pages.begin, pages.end, "/Count");
    if (!kids || kids->kind != Token::ArrayOpen || !count || !integer(d, *count))
        return malformed(which, QStringLiteral("a page tree without /Kids or /Count"));
    f.count = *integer(d, *count);
    Lexer array(d, kids->end, pages.end);
    for (Token k = array.next(); k.kind == Token::Number; k = array.next()) {
        const auto n = integer(d, k);
        const auto g = integer(d, array.next());
        const Token r = array.next();
        if (!n || !g || text(d, r) != "R")
            return malformed(which, QStringLiteral("a page tree's /Kids that are not references"));
        f.kids.append(*n);
    }
    return f;
}

// ---- Writing the joined file. ----

// Six capital letters and a plus: the tag of a font subset's name ("/QYFAAA+DejaVuSans").
bool isSubsetTag(QByteArrayView name)
{
    if (name.size() < 8 || name[7] != '+')
        return false;
    return std::all_of(name.begin() + 1, name.begin() + 7, [](char c) { return c >= 'A' && c <= 'Z'; });
}

QSet<QByteArray> subsetTags(const PdfFile &f)
{
    QSet<QByteArray> tags;
    const QByteArray &d = *f.data;
    for (const Object &o : f.objects) {
        Lexer lexer(d, o.begin, o.end);
        for (Token t = lexer.next(); t.kind != Token::End; t = lexer.next()) {
            if (t.kind == Token::Keyword && text(d, t) == "stream")
                break;
            if (t.kind == Token::Name && isSubsetTag(text(d, t)))
                tags.insert(text(d, t).sliced(1, 6).toByteArray());
        }
    }
    return tags;
}

// A tag for `tag` that `taken` does not hold: its letters rotated, as far as needed.
QByteArray freeTag(const QByteArray &tag, const QSet<QByteArray> &taken)
{
    for (int shift = 13; shift < 13 + 26; ++shift) {
        QByteArray moved = tag;
        for (char &c : moved)
            c = char('A' + (c - 'A' + shift) % 26);
        if (!taken.contains(moved))
            return moved;
    }
    return tag; // 26 rotations all taken: cannot happen with the few fonts of a report
}

class Joiner {
public:
    Joiner(const PdfFile &front, const PdfFile &back, BackPages order) : a(front), b(back), m_order(order) {}

    Result<QByteArray> join()
    {
        // The back's objects after the front's, in their own order; its catalogue, information
        // dictionary and page tree root give way to the front's.
        int next = a.size;
        for (const Object &o : std::as_const(b.objects)) {
            if (o.number != b.root && o.number != b.info && o.number != b.pages)
                m_renumber.insert(o.number, next++);
        }
        m_renumber.insert(b.pages, a.pages);
        const QSet<QByteArray> frontTags = subsetTags(a);
        QSet<QByteArray> taken = frontTags;
        for (const QByteArray &tag : subsetTags(b)) {
            const QByteArray moved = frontTags.contains(tag) ? freeTag(tag, taken) : tag;
            taken.insert(moved);
            m_retag.insert(tag, moved);
        }

        QMap<int, qsizetype> offsets;
        m_out.reserve(a.data->size() + b.data->size() + 64 * 1024);
        m_out.append(a.data->first(a.bodyStart));
        for (const Object &o : std::as_const(a.objects)) {
            offsets.insert(o.number, m_out.size());
            if (o.number == a.pages) {
                if (auto ok = writeJoinedPageTree(o); !ok)
                    return ok.error();
            } else {
                m_out.append(QByteArrayView(*a.data).sliced(o.begin, o.end - o.begin));
            }
        }
        for (const Object &o : std::as_const(b.objects)) {
            if (!m_renumber.contains(o.number) || o.number == b.pages)
                continue;
            offsets.insert(m_renumber.value(o.number), m_out.size());
            if (auto ok = writeRenumbered(o); !ok)
                return ok.error();
        }

        const qsizetype xref = m_out.size();
        m_out.append("xref\n0 " + QByteArray::number(next) + "\n0000000000 65535 f \n");
        for (int n = 1; n < next; ++n) {
            if (offsets.contains(n))
                m_out.append(QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n");
            else
                m_out.append("0000000000 65535 f \n");
        }
        m_out.append("trailer\n<<\n/Size " + QByteArray::number(next) + "\n");
        if (a.info > 0)
            m_out.append("/Info " + QByteArray::number(a.info) + " 0 R\n");
        m_out.append("/Root " + QByteArray::number(a.root) + " 0 R\n>>\nstartxref\n" + QByteArray::number(xref)
                     + "\n%%EOF\n");
        return std::move(m_out);
    }

private:
    // The front's page tree root with the back's pages after its own: its /Kids array and its /Count
    // replaced, whatever their order, the rest of it as it was.
    Status writeJoinedPageTree(const Object &o)
    {
        const QByteArray &d = *a.data;
        const Token kids = *valueOf(d, o.begin, o.end, "/Kids"); // readPdf found both
        const Token count = *valueOf(d, o.begin, o.end, "/Count");
        Lexer array(d, kids.end, o.end);
        Token close = array.next();
        while (close.kind != Token::ArrayClose && close.kind != Token::End)
            close = array.next();
        QByteArray kidsText = "[\n";
        for (int kid : a.kids)
            kidsText += QByteArray::number(kid) + " 0 R\n";
        QList<int> backKids = b.kids;
        if (m_order == BackPages::LastFirst)
            std::reverse(backKids.begin(), backKids.end());
        for (int kid : std::as_const(backKids)) {
            if (!m_renumber.contains(kid))
                return malformed(QStringLiteral("the second part"), QStringLiteral("a page that is not an object"));
            kidsText += QByteArray::number(m_renumber.value(kid)) + " 0 R\n";
        }
        kidsText += "]";
        struct Edit {
            qsizetype begin, end;
            QByteArray with;
        };
        QList<Edit> edits{{kids.begin, close.end, kidsText}, {count.begin, count.end, QByteArray::number(a.count + b.count)}};
        std::sort(edits.begin(), edits.end(), [](const Edit &x, const Edit &y) { return x.begin < y.begin; });
        qsizetype copied = o.begin;
        for (const Edit &e : edits) {
            if (e.begin < copied)
                return malformed(QStringLiteral("the first part"), QStringLiteral("an unexpected page tree"));
            m_out.append(QByteArrayView(d).sliced(copied, e.begin - copied));
            m_out.append(e.with);
            copied = e.end;
        }
        m_out.append(QByteArrayView(d).sliced(copied, o.end - copied));
        return {};
    }

    // One object of the back: its number, every reference and every subset tag before its stream
    // (if any) rewritten; the stream's bytes copied as they are.
    Status writeRenumbered(const Object &o)
    {
        const QByteArray &d = *b.data;
        Lexer lexer(d, o.begin, o.end);
        qsizetype copied = o.begin;
        auto replace = [&](const Token &t, const QByteArray &with) {
            m_out.append(QByteArrayView(d).sliced(copied, t.begin - copied));
            m_out.append(with);
            copied = t.end;
        };
        const Token number = lexer.next();
        replace(number, QByteArray::number(m_renumber.value(o.number)));
        Token before2, before1;
        for (Token t = lexer.next(); t.kind != Token::End; t = lexer.next()) {
            if (t.kind == Token::Keyword && text(d, t) == "stream")
                break;
            if (t.kind == Token::Keyword && text(d, t) == "R" && integer(d, before2) && integer(d, before1)) {
                const int target = *integer(d, before2);
                if (!m_renumber.contains(target))
                    return malformed(QStringLiteral("the second part"),
                                     QStringLiteral("object %1 refers to object %2").arg(o.number).arg(target));
                replace(before2, QByteArray::number(m_renumber.value(target)));
            } else if (t.kind == Token::Name && isSubsetTag(text(d, t))) {
                const QByteArray tag = text(d, t).sliced(1, 6).toByteArray();
                replace(t, "/" + m_retag.value(tag, tag) + text(d, t).sliced(7).toByteArray());
            }
            before2 = before1;
            before1 = t;
        }
        m_out.append(QByteArrayView(d).sliced(copied, o.end - copied));
        return {};
    }

    const PdfFile &a;
    const PdfFile &b;
    const BackPages m_order;
    QHash<int, int> m_renumber;
    QHash<QByteArray, QByteArray> m_retag;
    QByteArray m_out;
};

} // namespace

Result<QByteArray> joinPdfs(const QByteArray &front, const QByteArray &back, BackPages order)
{
    auto a = readPdf(front, QStringLiteral("the first part"));
    if (!a)
        return a.error();
    auto b = readPdf(back, QStringLiteral("the second part"));
    if (!b)
        return b.error();
    return Joiner(a.value(), b.value(), order).join();
}

} // namespace st
