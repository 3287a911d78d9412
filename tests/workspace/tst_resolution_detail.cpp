// The detail pane's content: vote, triggers with lag, measures by action with caps and lineage, sources.
#include "TestSupport.h"

#include "storage/ResolutionRepository.h"
#include "workspace/ResolutionDetail.h"

using namespace st;

class TestResolutionDetail : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = test::openMemory();
    }
    void sanctionsRound();
    void vetoedDraft();
    void links();
    void unknownResolution();
    void legalBasisQuotedWhereEntered();

private:
    qint64 id(const char *symbol) const
    {
        return ResolutionRepository(m_db->connection()).idOf(QString::fromLatin1(symbol)).value();
    }
    QString href(qint64 resolution) const
    {
        return QStringLiteral("href=\"%1\"").arg(resolutionLink(resolution).toString(QUrl::FullyEncoded));
    }
    std::unique_ptr<Database> m_db;
};

void TestResolutionDetail::sanctionsRound()
{
    const auto detail = loadResolutionDetail(*m_db, id("S/RES/2397 (2017)")).value();
    QVERIFY(detail);
    QCOMPARE(detail->measures.size(), 7);
    QCOMPARE(detail->triggers.size(), 1);
    const QString html = resolutionDetailHtml(*detail);
    QVERIFY(html.contains(QStringLiteral("S/RES/2397 (2017)")));
    QVERIFY(html.contains(QStringLiteral("15 in favour, 0 against, 0 abstaining")));
    QVERIFY(html.contains(QStringLiteral("Missile launch")));
    QVERIFY2(html.contains(QStringLiteral("24 days before the vote")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Democratic People&#x27;s Republic of Korea (PRK)")) ||
            html.contains(QStringLiteral("Democratic People's Republic of Korea (PRK)")));
    // Grouped by action, with the cap and both directions of lineage.
    QVERIFY(html.contains(QStringLiteral("Tightens (")));
    QVERIFY(html.contains(QStringLiteral("cap 500,000 barrels a year")));
    QVERIFY(html.contains(QStringLiteral("Changes ")));
    QVERIFY2(html.contains(href(id("S/RES/2375 (2017)"))), "lineage links to 2375");
    QVERIFY2(html.contains(href(id("S/2022/431"))), "the vetoed draft that would have changed it");
    QVERIFY(html.contains(QStringLiteral("vetoed draft, never applied")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://")));
    QVERIFY(html.indexOf(QStringLiteral("Introduces (")) < html.indexOf(QStringLiteral("Tightens (")) ||
            !html.contains(QStringLiteral("Introduces (")));
}

void TestResolutionDetail::vetoedDraft()
{
    const auto detail = loadResolutionDetail(*m_db, id("S/2022/431")).value();
    QVERIFY(detail);
    const QString html = resolutionDetailHtml(*detail);
    QVERIFY(html.contains(QStringLiteral("Vetoed by CHN, RUS")));
    QVERIFY(html.contains(QStringLiteral("a vetoed draft&#x27;s measures never applied")) ||
            html.contains(QStringLiteral("vetoed draft's measures never applied")));
    QVERIFY(html.contains(QStringLiteral("13 in favour, 2 against, 0 abstaining")));
}

void TestResolutionDetail::links()
{
    QCOMPARE(resolutionIdFromLink(resolutionLink(42)), std::optional<qint64>(42));
    QCOMPARE(resolutionIdFromLink(QUrl(QStringLiteral("https://undocs.org/S/RES/2397(2017)"))), std::nullopt);
    QCOMPARE(resolutionIdFromLink(QUrl(QStringLiteral("st-resolution:abc"))), std::nullopt);
    QCOMPARE(resolutionIdFromLink(QUrl(QStringLiteral("st-resolution:-3"))), std::nullopt);
}

void TestResolutionDetail::unknownResolution()
{
    const auto detail = loadResolutionDetail(*m_db, 987654);
    QVERIFY(detail.ok());
    QVERIFY(!detail.value());
}

// Issue 13: the operative paragraph's wording, under the measure's own description, where entered.
void TestResolutionDetail::legalBasisQuotedWhereEntered()
{
    const auto detail = loadResolutionDetail(*m_db, id("S/RES/1747 (2007)")).value();
    QVERIFY(detail);
    const QString html = resolutionDetailHtml(*detail);
    const qsizetype basis = html.indexOf(QStringLiteral("Legal basis:"));
    QVERIFY2(basis > 0, qPrintable(html));
    QCOMPARE(html.count(QStringLiteral("Legal basis:")), 1);
    QVERIFY(html.indexOf(QStringLiteral("Iran shall not supply, sell or transfer any arms")) < basis);
    QVERIFY(html.indexOf(QStringLiteral("\u201c5. Decides that Iran shall not supply")) > basis);
    // A resolution none of whose measures has one shows no such line.
    const auto other = loadResolutionDetail(*m_db, id("S/RES/2397 (2017)")).value();
    QVERIFY(!resolutionDetailHtml(*other).contains(QStringLiteral("Legal basis")));
}

QTEST_GUILESS_MAIN(TestResolutionDetail)
#include "tst_resolution_detail.moc"
