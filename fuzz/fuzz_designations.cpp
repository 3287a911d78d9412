// The UN Consolidated List reader (--import-un-list, File > Import UN Consolidated List): XML
// syntax, the list's vocabulary, dates and the reader's bounds, on bytes alone. Records go to a
// sink that drops them, as the importer's writer would take them, so nothing is written. A third reading,
// from a device that cannot go back (so with QXmlStreamReader alone, never the fast PlainXmlScanner),
// must come to the same list, or to the same refusal word for word.
#include "FuzzSupport.h"
#include "designations/UnListReader.h"

#include <QBuffer>

#include <cstring>

namespace {

// The bytes as a pipe gives them: readUnList cannot read them twice, so it reads them with
// QXmlStreamReader from the start.
class Pipe : public QIODevice {
public:
    explicit Pipe(const QByteArray &bytes) : m_bytes(bytes) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_at >= m_bytes.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_bytes.size() - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray &m_bytes;
    qint64 m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    st::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = st::fuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    // Read once keeping the records and once through a sink: the two paths the app uses.
    const auto kept = st::readUnList(device);
    if (!kept && kept.error().message.isEmpty())
        abort();
    device.seek(0);
    qsizetype sunk = 0;
    const auto streamed = st::readUnList(device, {}, [&sunk](QList<st::UnListRecord> &&records) {
        sunk += records.size();
        return true;
    });
    // Both paths must agree on whether the file is acceptable and on how many records it holds.
    if (kept.ok() != streamed.ok())
        abort();
    if (kept && sunk != kept.value().records.size())
        abort();
    Pipe pipe(bytes);
    const auto full = st::readUnList(pipe);
    // Said before the abort, so that a finding explains itself.
    const auto differ = [](const char *what, const QString &fast, const QString &qt) {
        fprintf(stderr, "the readings differ in %s:\n  read: %s\n  with QXmlStreamReader alone: %s\n", what,
                qPrintable(fast), qPrintable(qt));
        abort();
    };
    if (kept.ok() != full.ok())
        differ("the outcome", kept ? QStringLiteral("read") : kept.error().message,
               full ? QStringLiteral("read") : full.error().message);
    if (!kept && kept.error().message != full.error().message)
        differ("the refusal", kept.error().message, full.error().message);
    if (kept && (kept.value().records != full.value().records || kept.value().listNotes != full.value().listNotes
                 || kept.value().unknownElements != full.value().unknownElements
                 || kept.value().dateGenerated != full.value().dateGenerated))
        abort();
    return 0;
}
