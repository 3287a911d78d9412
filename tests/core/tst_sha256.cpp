// Sha256 (core/common) against QCryptographicHash: the UN list import logs the file's SHA-256, and
// the processor-instruction path must give exactly the digest the Qt one gives, for every length
// around the block and padding boundaries and however the bytes arrive in pieces.
#include "common/Sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace st;

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void knownDigests();
    void sameAsQtForEveryLengthAndSplit();
    void emptyPiecesChangeNothing();
};

void TestSha256::knownDigests()
{
    // FIPS 180-2's examples.
    Sha256 empty;
    QCOMPARE(empty.result().toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 abc;
    abc.addData("abc");
    QCOMPARE(abc.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    Sha256 twoBlocks;
    twoBlocks.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    QCOMPARE(twoBlocks.result().toHex(),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestSha256::sameAsQtForEveryLengthAndSplit()
{
    QByteArray data(70'000, Qt::Uninitialized);
    quint32 x = 2463534242u; // xorshift: the same bytes every run
    for (char &c : data) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    QList<int> lengths;
    for (int n = 0; n <= 200; ++n)
        lengths << n;
    lengths << 1000 << 4095 << 4096 << 4097 << 65'535 << 70'000;
    for (int length : lengths) {
        for (int piece : {1, 3, 63, 64, 65, 1000, 70'000}) {
            Sha256 ours;
            QCryptographicHash qt(QCryptographicHash::Sha256);
            for (int at = 0; at < length; at += piece) {
                const QByteArrayView bytes(data.constData() + at, std::min(piece, length - at));
                ours.addData(bytes);
                qt.addData(bytes);
            }
            QVERIFY2(ours.result() == qt.result(), qPrintable(QStringLiteral("length %1 in pieces of %2 (%3)")
                                                                   .arg(length)
                                                                   .arg(piece)
                                                                   .arg(Sha256::usesProcessorInstructions()
                                                                            ? QStringLiteral("SHA instructions")
                                                                            : QStringLiteral("Qt"))));
        }
    }
}

// Empty pieces, with and without a data pointer (an empty QString's UTF-8 has none), between and
// after others: the digest of the bytes alone, and nothing undefined on the way (UBSan in CI).
void TestSha256::emptyPiecesChangeNothing()
{
    const QByteArray abc("abc");
    Sha256 ours;
    ours.addData(QByteArrayView());
    ours.addData(abc.left(1));
    ours.addData(QString().toUtf8());
    ours.addData(QByteArray(""));
    ours.addData(abc.mid(1));
    ours.addData(QByteArrayView());
    QCOMPARE(ours.result(), QCryptographicHash::hash(abc, QCryptographicHash::Sha256));
    Sha256 nothing;
    nothing.addData(QByteArrayView());
    QCOMPARE(nothing.result(), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
