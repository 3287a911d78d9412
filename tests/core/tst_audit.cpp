#include "TestSupport.h"

#include "storage/ResolutionRepository.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace st;

class TestAudit : public QObject {
    Q_OBJECT
private slots:
    void insertUpdateDeleteAreLogged();
    void noOpUpdateIsNotLogged();
};

void TestAudit::insertUpdateDeleteAreLogged()
{
    auto db = test::openMemory();
    const auto c = db->connection();
    ResolutionRepository repo(c);
    auto r = repo.findBySymbol(QStringLiteral("S/RES/1718 (2006)")).value().value();
    const QString oldTitle = r.title;
    r.title = QStringLiteral("Changed title");
    QVERIFY(repo.upsert(r).ok());

    auto q = sql::run(c, QStringLiteral("SELECT user, operation, before, after, changed_at FROM audit_log "
                                        "WHERE table_name = 'resolutions' AND row_id = ? ORDER BY id DESC LIMIT 1"), {r.id});
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), test::auditedUser());
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("title")).toString(), oldTitle);
    QCOMPARE(after.value(QStringLiteral("title")).toString(), QStringLiteral("Changed title"));
    QCOMPARE(after.value(QStringLiteral("symbol")).toString(), QStringLiteral("S/RES/1718 (2006)"));
    QVERIFY(QDateTime::fromString(q.value().value(4).toString(), Qt::ISODateWithMs).isValid());

    QVERIFY(repo.remove(r.id).ok());
    const int deletes = sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE operation = 'delete' "
                                                      "AND table_name = 'measures'")).value().toInt();
    QVERIFY2(deletes >= 7, "the cascade to 1718's measures is logged too"); // 1718 has 7 measures
    auto del = sql::run(c, QStringLiteral("SELECT before, after FROM audit_log WHERE operation = 'delete' "
                                          "AND table_name = 'resolutions' AND row_id = ?"), {r.id});
    QVERIFY(del.value().next());
    QVERIFY(del.value().value(0).toString().contains(QStringLiteral("Changed title")));
    QVERIFY(del.value().value(1).isNull());
}

void TestAudit::noOpUpdateIsNotLogged()
{
    auto db = test::openMemory();
    const auto c = db->connection();
    const int before = sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt();
    QVERIFY(before > 0); // loading the bundled dataset is itself logged
    ResolutionRepository repo(c);
    const auto r = repo.findBySymbol(QStringLiteral("S/RES/2397 (2017)")).value().value();
    QVERIFY(repo.upsert(r).ok());
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")).value().toInt(), before);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
