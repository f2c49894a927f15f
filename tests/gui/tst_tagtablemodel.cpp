// TagTableModel: a repository's tags grouped by digest, filtered in the model (one reset per filter change), sorted
// by group, dragged as tags. Checked through QAbstractItemModelTester for the whole of each test.
#include "guimodels/dnd/DragPayloads.h"
#include "guimodels/tags/TagTableModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace steward::gui;

namespace {

TagRow tag(const QString &name, const QString &digest, int day, qint64 size = 1000)
{
    return TagRow{
        name, digest, QDateTime(QDate(2026, 11, day), QTime(4, 0), Qt::UTC), {QStringLiteral("linux/amd64")}, size};
}

const QString digestA = QStringLiteral("sha256:aaaa000000000000000000000000000000000000000000000000000000000000");
const QString digestB = QStringLiteral("sha256:bbbb000000000000000000000000000000000000000000000000000000000000");
const QString digestC = QStringLiteral("sha256:cccc000000000000000000000000000000000000000000000000000000000000");

// Newest build (28th) tagged twice, an older one (15th) tagged twice, the oldest (1st) once.
QList<TagRow> demoTags()
{
    return {tag(QStringLiteral("20261101-0400"), digestC, 1), tag(QStringLiteral("latest"), digestA, 28),
            tag(QStringLiteral("20261115-0400"), digestB, 15), tag(QStringLiteral("stable"), digestB, 15),
            tag(QStringLiteral("20261128-0400"), digestA, 28)};
}

} // namespace

class TestTagTableModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TagTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList shown() const
    {
        QStringList tags;
        for (int row = 0; row < m_model->rowCount(); ++row)
            tags << m_model->index(row, TagTableModel::TagColumn).data().toString();
        return tags;
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<TagTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setRepository(QStringLiteral("registry.test:5000"), QStringLiteral("kasm-demo/chrome"));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void tagsSharingADigestSitTogetherNewestGroupFirst()
    {
        m_model->setTags(demoTags());
        QCOMPARE(shown(), QStringList({QStringLiteral("20261128-0400"), QStringLiteral("latest"),
                                       QStringLiteral("20261115-0400"), QStringLiteral("stable"),
                                       QStringLiteral("20261101-0400")}));
        QCOMPARE(m_model->index(0, 0).data(TagTableModel::DigestGroupRole).toInt(), 0);
        QCOMPARE(m_model->index(1, 0).data(TagTableModel::DigestGroupRole).toInt(), 0);
        QCOMPARE(m_model->index(2, 0).data(TagTableModel::DigestGroupRole).toInt(), 1);
        QCOMPARE(m_model->index(4, 0).data(TagTableModel::DigestGroupRole).toInt(), 2);
        QCOMPARE(m_model->index(1, 0).data(TagTableModel::SharedTagCountRole).toInt(), 2);
        QCOMPARE(m_model->index(4, 0).data(TagTableModel::SharedTagCountRole).toInt(), 1);
        QCOMPARE(m_model->index(0, TagTableModel::DigestColumn).data().toString(),
                 QStringLiteral("sha256:aaaa00000000…"));
        QCOMPARE(m_model->index(0, TagTableModel::DigestColumn).data(Qt::ToolTipRole).toString(), digestA);
        QCOMPARE(m_model->index(0, TagTableModel::PlatformsColumn).data().toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(m_model->index(0, TagTableModel::SizeColumn).data(TagTableModel::RawValueRole).toLongLong(), 1000);
    }

    void sortingKeepsGroupsTogether()
    {
        m_model->setTags(demoTags());
        m_model->sort(TagTableModel::TagColumn, Qt::AscendingOrder);
        // Groups by their first tag's name; inside a group by name.
        QCOMPARE(shown(),
                 QStringList({QStringLiteral("20261101-0400"), QStringLiteral("20261115-0400"),
                              QStringLiteral("stable"), QStringLiteral("20261128-0400"), QStringLiteral("latest")}));
        m_model->sort(TagTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(shown().constFirst(), QStringLiteral("20261101-0400"));
    }

    void filteringMatchesTagsAndDigestsInOneReset()
    {
        m_model->setTags(demoTags());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->setFilterText(QStringLiteral("2026"));
        QCOMPARE(shown(), QStringList({QStringLiteral("20261128-0400"), QStringLiteral("20261115-0400"),
                                       QStringLiteral("20261101-0400")}));
        // Narrowing scans only what is shown; the answer is the same as from scratch.
        m_model->setFilterText(QStringLiteral("202611"));
        m_model->setFilterText(QStringLiteral("2026111"));
        QCOMPARE(shown(), QStringList({QStringLiteral("20261115-0400")}));
        // Widening (a backspace) brings rows back.
        m_model->setFilterText(QStringLiteral("2026"));
        QCOMPARE(m_model->rowCount(), 3);
        // A digest prefix, any case.
        m_model->setFilterText(QStringLiteral("SHA256:BBBB"));
        QCOMPARE(shown(), QStringList({QStringLiteral("20261115-0400"), QStringLiteral("stable")}));
        QCOMPARE(m_model->rowOfTag(QStringLiteral("stable")), 1);
        QCOMPARE(m_model->rowOfTag(QStringLiteral("latest")), -1);
        m_model->setFilterText(QString());
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->totalCount(), 5);
        QCOMPARE(resets.count(), 6);
        QCOMPARE(removed.count(), 0);
        // The same text again changes nothing.
        m_model->setFilterText(QStringLiteral("  "));
        QCOMPARE(resets.count(), 6);
    }

    void theFilterSurvivesNewTags()
    {
        m_model->setFilterText(QStringLiteral("latest"));
        m_model->setTags(demoTags());
        QCOMPARE(shown(), QStringList({QStringLiteral("latest")}));
    }

    void usedByNamesTheImagesOfATag()
    {
        m_model->setTags(demoTags());
        m_model->setUsedBy({{QStringLiteral("latest"), {QStringLiteral("Chrome")}}});
        QCOMPARE(
            m_model->index(m_model->rowOfTag(QStringLiteral("latest")), TagTableModel::UsedByColumn).data().toString(),
            QStringLiteral("Chrome"));
    }

    void rowsDragAsTagsWithTheirDigests()
    {
        m_model->setTags(demoTags());
        QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        QCOMPARE(m_model->mimeTypes(), QStringList{tagMimeType()});
        // A whole row (every column) and a second row: two tags, no repeats.
        QModelIndexList indexes;
        for (int column = 0; column < TagTableModel::ColumnCount; ++column)
            indexes << m_model->index(0, column);
        indexes << m_model->index(2, 0);
        const std::unique_ptr<QMimeData> data(m_model->mimeData(indexes));
        const QList<TagPayload> tags = decodeTags(data.get());
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(0), (TagPayload{QStringLiteral("registry.test:5000"), QStringLiteral("kasm-demo/chrome"),
                                         QStringLiteral("20261128-0400"), digestA}));
        QCOMPARE(tags.at(1).tag, QStringLiteral("20261115-0400"));
        QCOMPARE(tags.at(1).digest, digestB);
    }
};

QTEST_GUILESS_MAIN(TestTagTableModel)
#include "tst_tagtablemodel.moc"
