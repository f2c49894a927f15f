// AuditLogModel and AuditFilterModel: the Activity pane's audit log, newest first, filtered by image, kind and
// actor. Both checked through QAbstractItemModelTester for the whole of each test.
#include "guimodels/activity/AuditFilterModel.h"
#include "guimodels/activity/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace steward;
using namespace steward::gui;

namespace {

store::AuditEntry entry(int minute, const QString &actor, const QString &action, const QString &subject)
{
    store::AuditEntry e;
    e.id = minute;
    e.at = QDateTime(QDate(2026, 11, 28), QTime(12, minute), Qt::UTC);
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.after = QJsonObject{{QStringLiteral("minute"), minute}};
    return e;
}

// Oldest first, as store::listAudit returns them.
QList<store::AuditEntry> log()
{
    return {entry(1, QStringLiteral("ann@stewardctl"), QStringLiteral("registry.login"), QStringLiteral("docker.io")),
            entry(2, QStringLiteral("ann@imagesteward"), QStringLiteral("image.create"), QStringLiteral("img-1")),
            entry(3, QStringLiteral("bob@imagesteward"), QStringLiteral("image.update"), QStringLiteral("img-1")),
            entry(4, QStringLiteral("bob@imagesteward"), QStringLiteral("image.group"), QStringLiteral("img-2"))};
}

} // namespace

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AuditLogModel> m_model;
    std::unique_ptr<AuditFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;

    QList<int> shownMinutes() const
    {
        QList<int> minutes;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            minutes << m_filter->index(row, AuditLogModel::TimeColumn)
                           .data(AuditLogModel::RawValueRole)
                           .toDateTime()
                           .time()
                           .minute();
        return minutes;
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<AuditLogModel>();
        m_filter = std::make_unique<AuditFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setEntries(log());
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_modelTester.reset();
        m_filter.reset();
        m_model.reset();
    }

    void newestComesFirst()
    {
        QCOMPARE(shownMinutes(), QList<int>({4, 3, 2, 1}));
        QCOMPARE(m_model->index(0, AuditLogModel::KindColumn).data().toString(), QStringLiteral("image.group"));
        QCOMPARE(m_model->index(0, AuditLogModel::ChangeColumn).data().toString(), QStringLiteral(R"({"minute":4})"));
        QCOMPARE(m_model->kinds(), QStringList({QStringLiteral("image.create"), QStringLiteral("image.group"),
                                                QStringLiteral("image.update"), QStringLiteral("registry.login")}));
        QCOMPARE(m_model->actors(), QStringList({QStringLiteral("ann@imagesteward"), QStringLiteral("ann@stewardctl"),
                                                 QStringLiteral("bob@imagesteward")}));
    }

    void imageIdsReadAsTheirNames()
    {
        m_model->setSubjectNames({{QStringLiteral("img-1"), QStringLiteral("Chrome")}});
        QCOMPARE(m_model->index(1, AuditLogModel::SubjectColumn).data().toString(), QStringLiteral("Chrome"));
        QCOMPARE(m_model->index(1, AuditLogModel::SubjectColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("img-1"));
    }

    void filtersCombine_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QList<int>>("minutes");
        QTest::newRow("by image name") << QStringLiteral("chro") << QString() << QString() << QList<int>{3, 2};
        QTest::newRow("by image id") << QStringLiteral("img-2") << QString() << QString() << QList<int>{4};
        QTest::newRow("by a kind's family") << QString() << QStringLiteral("image") << QString() << QList<int>{4, 3, 2};
        QTest::newRow("by an exact kind") << QString() << QStringLiteral("image.update") << QString() << QList<int>{3};
        QTest::newRow("by actor") << QString() << QString() << QStringLiteral("ann@imagesteward") << QList<int>{2};
        QTest::newRow("by all three") << QStringLiteral("img-1") << QStringLiteral("image")
                                      << QStringLiteral("bob@imagesteward") << QList<int>{3};
        QTest::newRow("a family is not a prefix of words")
            << QString() << QStringLiteral("imag") << QString() << QList<int>{};
    }

    void filtersCombine()
    {
        QFETCH(QString, image);
        QFETCH(QString, kind);
        QFETCH(QString, actor);
        QFETCH(QList<int>, minutes);
        m_model->setSubjectNames({{QStringLiteral("img-1"), QStringLiteral("Chrome")}});
        m_filter->setImageFilter(image);
        m_filter->setKindFilter(kind);
        m_filter->setActorFilter(actor);
        QCOMPARE(shownMinutes(), minutes);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
