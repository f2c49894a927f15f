// DragPayloads: the MIME contract of image and tag drags (ids and digests, never pointers), shared by every drag
// source and drop target.
#include "guimodels/dnd/DragPayloads.h"

#include <QMimeData>
#include <QTest>

#include <memory>

using namespace steward::gui;

class TestDragPayloads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesRoundTripWithoutRepeats()
    {
        const ImagePayload chrome{QStringLiteral("img-1"), QStringLiteral("registry.test:5000/chrome:1")};
        const ImagePayload office{QStringLiteral("img-2"), QStringLiteral("registry.test:5000/office:1")};
        const std::unique_ptr<QMimeData> data(encodeImages({chrome, office, chrome}));
        QCOMPARE(data->formats(), QStringList{QStringLiteral("application/x-imagesteward-image")});
        QCOMPARE(decodeImages(data.get()), (QList<ImagePayload>{chrome, office}));
        QVERIFY(decodeTags(data.get()).isEmpty());
    }

    void tagsRoundTripWithTheirDigests()
    {
        const TagPayload tag{QStringLiteral("registry.test:5000"), QStringLiteral("kasm-demo/chrome"),
                             QStringLiteral("latest"), QStringLiteral("sha256:abc")};
        const std::unique_ptr<QMimeData> data(encodeTags({tag, tag}));
        QCOMPARE(data->formats(), QStringList{QStringLiteral("application/x-imagesteward-tag")});
        QCOMPARE(decodeTags(data.get()), QList<TagPayload>{tag});
        QVERIFY(decodeImages(data.get()).isEmpty());
    }

    void malformedPayloadsDecodeToNothing_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not JSON") << QByteArray("0x7ffd5e2a");
        QTest::newRow("an object, not an array") << QByteArray(R"({"image_id": "img-1"})");
        QTest::newRow("an array holding a number") << QByteArray(R"([1])");
        QTest::newRow("an image without its id") << QByteArray(R"([{"reference": "a/b:1"}])");
    }

    void malformedPayloadsDecodeToNothing()
    {
        QFETCH(QByteArray, payload);
        QMimeData data;
        data.setData(imageMimeType(), payload);
        QVERIFY(decodeImages(&data).isEmpty());
        QVERIFY(decodeImages(nullptr).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestDragPayloads)
#include "tst_dragpayloads.moc"
