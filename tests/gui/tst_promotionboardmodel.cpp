// The promotion board model: lanes as top rows with their cards below, under a QAbstractItemModelTester for the
// whole test; drag and drop as mimeData() → dropMimeData() round trips that ask for the promotion each lane stands
// for, and refusals (a lane that cannot take the card, a stale tag, another repository, the moving tag).
#include "guimodels/promotion/PromotionBoardModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using workflow::BoardCard;
using workflow::BoardLane;

namespace {

const QString Candidate = QStringLiteral("sha256:4444444444444444444444444444444444444444444444444444444444444444");
const QString InTest = QStringLiteral("sha256:3333333333333333333333333333333333333333333333333333333333333333");
const QString Verified = QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222");
const QString Current = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
const QString Before = QStringLiteral("sha256:0000000000000000000000000000000000000000000000000000000000000000");

BoardCard card(const QString &tag, const QString &digest)
{
    BoardCard c;
    c.tag = tag;
    c.digest = digest;
    c.actor = QStringLiteral("alice");
    c.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    return c;
}

workflow::PromotionBoard board()
{
    workflow::PromotionBoard b;
    b.managed.imageId = QStringLiteral("img-chrome");
    b.managed.repository = QStringLiteral("127.0.0.1:5000/kasm-demo/chrome");
    b.managed.movingTag = QStringLiteral("latest");
    b.image.friendlyName = QStringLiteral("Chrome");
    b.lane(BoardLane::Candidates) << card(QStringLiteral("20261201-0400"), Candidate);
    b.lane(BoardLane::Testing) << card(QStringLiteral("20261130-0400"), InTest);
    b.lane(BoardLane::Verified) << card(QStringLiteral("20261129-0400"), Verified);
    BoardCard previous = card(QStringLiteral("20261115-0400"), Before);
    previous.previous = true;
    previous.rollbackTarget = true;
    b.lane(BoardLane::Production) << card(QStringLiteral("20261128-0400"), Current) << previous;
    b.testingRollout = {12, 7};
    b.productionRollout = {12, 12};
    return b;
}

TagPayload payload(const QString &tag, const QString &digest)
{
    return TagPayload{QStringLiteral("127.0.0.1:5000"), QStringLiteral("kasm-demo/chrome"), tag, digest};
}

} // namespace

class TestPromotionBoardModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PromotionBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex cardIndex(BoardLane lane, int row) const { return m_model->index(row, 0, m_model->laneIndex(lane)); }

    // Drags the card at (lane, row) and drops it on `target`, as a view would: the model's own mime data.
    std::pair<bool, bool> dragCard(BoardLane lane, int row, BoardLane target)
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({cardIndex(lane, row)}));
        const QModelIndex onto = m_model->laneIndex(target);
        const bool accepted = m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onto);
        const bool dropped = m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, onto);
        return {accepted, dropped};
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PromotionBoardModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setBoard(board());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsFourLanesWithTheirCards()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->laneIndex(BoardLane::Testing).data().toString(), QStringLiteral("Testing"));
        QCOMPARE(m_model->rowCount(m_model->laneIndex(BoardLane::Production)), 2);
        QCOMPARE(m_model->laneIndex(BoardLane::Production).data(PromotionBoardModel::CardCountRole).toInt(), 2);
        const QModelIndex testing = cardIndex(BoardLane::Testing, 0);
        QCOMPARE(testing.data(PromotionBoardModel::TagRole).toString(), QStringLiteral("20261130-0400"));
        QCOMPARE(testing.data(PromotionBoardModel::ShortDigestRole).toString(), QStringLiteral("sha256:333333333333"));
        QCOMPARE(testing.data(PromotionBoardModel::HoldingRole).toInt(), 7);
        QVERIFY2(testing.data().toString().contains(QLatin1String("7/12 agents hold it")),
                 qPrintable(testing.data().toString()));
        QVERIFY(cardIndex(BoardLane::Production, 1).data(PromotionBoardModel::RollbackTargetRole).toBool());
        QVERIFY(!cardIndex(BoardLane::Production, 1).data(PromotionBoardModel::HoldingRole).isValid());
        QVERIFY2(!(m_model->flags(cardIndex(BoardLane::Production, 0)) & Qt::ItemIsDragEnabled),
                 "what users have now is not dragged anywhere");
    }

    void aRefreshWithTheSameCardsKeepsTheRows()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        workflow::PromotionBoard next = board();
        next.testingRollout = {12, 9};
        m_model->setBoard(next);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cardIndex(BoardLane::Testing, 0).data(PromotionBoardModel::HoldingRole).toInt(), 9);
    }

    void aCardMovesWhenTheBoardIsReadAgain()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        workflow::PromotionBoard next = board();
        next.lane(BoardLane::Testing) = {next.lane(BoardLane::Candidates).takeFirst()};
        m_model->setBoard(next);
        QCOMPARE(m_model->rowCount(m_model->laneIndex(BoardLane::Candidates)), 0);
        QCOMPARE(cardIndex(BoardLane::Testing, 0).data(PromotionBoardModel::DigestRole).toString(), Candidate);
        QCOMPARE(removed.size(), 2); // the candidate, the old card in test
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(m_model->laneIndex(BoardLane::Verified)), 1);
    }

    void aDropAsksForThePromotionItsLaneStandsFor_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("digest");
        QTest::newRow("a candidate dropped on Testing is sent to test")
            << int(BoardLane::Candidates) << 0 << int(BoardLane::Testing) << int(PromotionGesture::SendToTest)
            << Candidate;
        QTest::newRow("the card in test dropped on Verified is verified")
            << int(BoardLane::Testing) << 0 << int(BoardLane::Verified) << int(PromotionGesture::Verify) << InTest;
        QTest::newRow("a verified card dropped on Production is deployed")
            << int(BoardLane::Verified) << 0 << int(BoardLane::Production) << int(PromotionGesture::Deploy) << Verified;
        QTest::newRow("the rollback target dropped on Production is rolled back to")
            << int(BoardLane::Production) << 1 << int(BoardLane::Production) << int(PromotionGesture::Rollback)
            << Before;
    }

    void aDropAsksForThePromotionItsLaneStandsFor()
    {
        QFETCH(int, lane);
        QFETCH(int, row);
        QFETCH(int, target);
        QFETCH(int, kind);
        QFETCH(QString, digest);
        QSignalSpy asked(m_model.get(), &PromotionBoardModel::gestureDropped);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const auto [accepted, dropped] = dragCard(BoardLane(lane), row, BoardLane(target));
        QVERIFY(accepted);
        QVERIFY(dropped);
        QCOMPARE(asked.size(), 1);
        const auto gesture = asked.first().first().value<PromotionGesture>();
        QCOMPARE(int(gesture.kind), kind);
        QCOMPARE(gesture.imageId, QStringLiteral("img-chrome"));
        QCOMPARE(gesture.card.digest, digest);
        QCOMPARE(gesture.card.repository, QStringLiteral("kasm-demo/chrome"));
        QCOMPARE(removed.size(), 0); // the card moves when the step is done, not at the drop
    }

    void aLaneRefusesWhatItCannotTake_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("target");
        QTest::newRow("a candidate cannot skip the test") << int(BoardLane::Candidates) << int(BoardLane::Production);
        QTest::newRow("an unverified card cannot be deployed") << int(BoardLane::Testing) << int(BoardLane::Production);
        QTest::newRow("nothing goes back to the candidates") << int(BoardLane::Testing) << int(BoardLane::Candidates);
        QTest::newRow("a verified card is not verified twice") << int(BoardLane::Verified) << int(BoardLane::Verified);
    }

    void aLaneRefusesWhatItCannotTake()
    {
        QFETCH(int, lane);
        QFETCH(int, target);
        QSignalSpy asked(m_model.get(), &PromotionBoardModel::gestureDropped);
        const auto [accepted, dropped] = dragCard(BoardLane(lane), 0, BoardLane(target));
        QVERIFY(!accepted);
        QVERIFY(!dropped);
        QCOMPARE(asked.size(), 0);
    }

    void aStaleOrForeignTagIsRefusedWithAReason_data()
    {
        QTest::addColumn<TagPayload>("dragged");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a tag that now points at another digest is stale")
            << payload(QStringLiteral("20261201-0400"), Verified) << QStringLiteral("now points at");
        QTest::newRow("a tag of another repository is refused")
            << TagPayload{QStringLiteral("127.0.0.1:5000"), QStringLiteral("kasm-demo/office"),
                          QStringLiteral("20261201-0400"), Candidate}
            << QStringLiteral("kasm-demo/office");
        QTest::newRow("the moving tag is refused")
            << payload(QStringLiteral("latest"), Candidate) << QStringLiteral("unique tag");
    }

    void aStaleOrForeignTagIsRefusedWithAReason()
    {
        QFETCH(TagPayload, dragged);
        QFETCH(QString, reason);
        QSignalSpy refused(m_model.get(), &PromotionBoardModel::dropRefused);
        QSignalSpy asked(m_model.get(), &PromotionBoardModel::gestureDropped);
        std::unique_ptr<QMimeData> data(encodeTags({dragged}));
        const QModelIndex testing = m_model->laneIndex(BoardLane::Testing);
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, testing));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, testing));
        QCOMPARE(asked.size(), 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(reason), qPrintable(refused.first().first().toString()));
    }

    void aTagFromTheTagsPaneCanBeSentToTest()
    {
        QSignalSpy asked(m_model.get(), &PromotionBoardModel::gestureDropped);
        const QString other = QStringLiteral("sha256:5555555555555555555555555555555555555555555555555555555555555555");
        std::unique_ptr<QMimeData> data(encodeTags({payload(QStringLiteral("20261202-0400"), other)}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, cardIndex(BoardLane::Testing, 0)));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().value<PromotionGesture>().kind, PromotionGesture::SendToTest);
        QMimeData malformed;
        malformed.setData(tagMimeType(), "{not json");
        QVERIFY(!m_model->canDropMimeData(&malformed, Qt::CopyAction, -1, -1, m_model->laneIndex(BoardLane::Testing)));
    }

    void everyDragHasAKeyboardEquivalent()
    {
        using K = PromotionGesture::Kind;
        QCOMPARE(m_model->gesturesFor(cardIndex(BoardLane::Candidates, 0)), QList<K>{PromotionGesture::SendToTest});
        QCOMPARE(m_model->gesturesFor(cardIndex(BoardLane::Testing, 0)),
                 (QList<K>{PromotionGesture::Verify, PromotionGesture::Deploy}));
        QCOMPARE(m_model->gesturesFor(cardIndex(BoardLane::Verified, 0)), QList<K>{PromotionGesture::Deploy});
        const auto rollback = m_model->gestureFor(cardIndex(BoardLane::Production, 0), PromotionGesture::Rollback);
        QVERIFY(rollback);
        QCOMPARE(rollback->card.digest, Before);
        QVERIFY(!m_model->gestureFor(cardIndex(BoardLane::Verified, 0), PromotionGesture::SendToTest));
    }
};

QTEST_GUILESS_MAIN(TestPromotionBoardModel)
#include "tst_promotionboardmodel.moc"
