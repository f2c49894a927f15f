// workflow::imagesByTag: which deployment images use which tag of a repository, as the Tags pane marks them.
#include "workflow/TagUsers.h"

#include <QTest>

using namespace steward;

namespace {

KasmImage image(const QString &friendlyName, const QString &reference)
{
    KasmImage image;
    image.friendlyName = friendlyName;
    image.name = reference;
    return image;
}

} // namespace

class TestTagUsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theImagesOfEachTagAreNamed_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QList<KasmImage>>("images");
        QTest::addColumn<QStringList>("expected"); // "tag=Name|Name" sorted

        const QList<KasmImage> desk{
            image(QStringLiteral("Chrome"), QStringLiteral("registry.test:5000/kasm/chrome:20261115-0400")),
            image(QStringLiteral("Chrome (test)"), QStringLiteral("registry.test:5000/kasm/chrome:20261128-0400")),
            image(QStringLiteral("Chrome (stable)"), QStringLiteral("registry.test:5000/kasm/chrome:20261115-0400")),
            image(QStringLiteral("Office"), QStringLiteral("registry.test:5000/kasm/office:20261115-0400")),
            image(QStringLiteral("Elsewhere"), QStringLiteral("other.test:5000/kasm/chrome:20261115-0400")),
            image(QStringLiteral("Broken"), QStringLiteral("registry.test:5000/Kasm/Chrome:bad tag")),
        };
        QTest::newRow("production used by two images, test by its twin, other repositories and registries left out")
            << QStringLiteral("registry.test:5000/kasm/chrome:whatever") << desk
            << QStringList{QStringLiteral("20261115-0400=Chrome|Chrome (stable)"),
                           QStringLiteral("20261128-0400=Chrome (test)")};
        QTest::newRow("Docker Hub names compared as Kasm resolves them, no tag as latest")
            << QStringLiteral("docker.io/kasmweb/chrome")
            << QList<KasmImage>{image(QStringLiteral("Short"), QStringLiteral("kasmweb/chrome")),
                                image(QStringLiteral("Long"), QStringLiteral("index.docker.io/kasmweb/chrome:1.16.0"))}
            << QStringList{QStringLiteral("1.16.0=Long"), QStringLiteral("latest=Short")};
        QTest::newRow("no image uses the repository")
            << QStringLiteral("registry.test:5000/kasm/terminal") << desk << QStringList{};
    }

    void theImagesOfEachTagAreNamed()
    {
        QFETCH(QString, repository);
        QFETCH(QList<KasmImage>, images);
        QFETCH(QStringList, expected);
        const QHash<QString, QStringList> usedBy = workflow::imagesByTag(*ImageReference::parse(repository), images);
        QStringList got;
        for (auto it = usedBy.cbegin(); it != usedBy.cend(); ++it)
            got << it.key() + QLatin1Char('=') + it.value().join(QLatin1Char('|'));
        got.sort();
        QCOMPARE(got, expected);
    }
};

QTEST_APPLESS_MAIN(TestTagUsers)
#include "tst_tagusers.moc"
