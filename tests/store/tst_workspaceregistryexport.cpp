// Workspace Registry export: the static layout Kasm reads, in schemas 1.0 and 1.1, without credentials.
#include "store/WorkspaceRegistryExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<ImageRecord> sampleImages()
{
    ImageRecord chrome;
    chrome.imageId = QStringLiteral("0f9a");
    chrome.name = QStringLiteral("registry.example/team/chrome:20261101");
    chrome.friendlyName = QStringLiteral("Chrome (custom)");
    chrome.description = QStringLiteral("Chrome with our extensions");
    chrome.imageSrc = QStringLiteral("img/chrome.png");
    chrome.categories = {QStringLiteral("Browsers")};
    chrome.uncompressedSizeMb = 2170;
    chrome.dockerRegistry = QStringLiteral("https://registry.example");
    chrome.dockerUser = QStringLiteral("puller");
    chrome.dockerTokenRef = QStringLiteral("registry:registry.example:puller");
    chrome.runConfig = {{QStringLiteral("hostname"), QStringLiteral("kasm")}};
    ImageRecord pinned;
    pinned.imageId = QStringLiteral("77aa");
    pinned.name = QStringLiteral("registry.example/team/tools@sha256:") + QString(64, QLatin1Char('a'));
    pinned.friendlyName = QStringLiteral("Tools");
    return {chrome, pinned};
}

} // namespace

class TestWorkspaceRegistryExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesVersionsAndBothSchemas()
    {
        QTemporaryDir dir;
        WorkspaceRegistryInfo info;
        info.name = QStringLiteral("Team workspaces");
        info.compatibility = QStringLiteral("1.17.x");
        info.modified = QDateTime::fromMSecsSinceEpoch(1764300000000, Qt::UTC);
        const Result<QStringList> written = exportWorkspaceRegistry(dir.path(), sampleImages(), info);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

        QFile versions(dir.filePath(QStringLiteral("versions.txt")));
        QVERIFY(versions.open(QIODevice::ReadOnly));
        QCOMPARE(versions.readAll(), QByteArray("1.0\n1.1\n"));

        const QJsonObject v10 = readJson(dir.filePath(QStringLiteral("1.0/list.json")));
        QCOMPARE(v10.value(QStringLiteral("name")).toString(), QStringLiteral("Team workspaces"));
        QCOMPARE(v10.value(QStringLiteral("workspacecount")).toInt(), 2);
        QCOMPARE(v10.value(QStringLiteral("modified")).toDouble(), 1764300000000.0);
        const QJsonObject chrome10 = v10.value(QStringLiteral("workspaces")).toArray().at(0).toObject();
        QCOMPARE(chrome10.value(QStringLiteral("name")).toString(),
                 QStringLiteral("registry.example/team/chrome:20261101"));
        QCOMPARE(chrome10.value(QStringLiteral("compatibility")).toArray(), QJsonArray{QStringLiteral("1.17.x")});
        QCOMPARE(chrome10.value(QStringLiteral("uncompressed_size_mb")).toInt(), 2170);
        QCOMPARE(chrome10.value(QStringLiteral("architecture")).toArray(), QJsonArray{QStringLiteral("amd64")});

        const QJsonObject v11 = readJson(dir.filePath(QStringLiteral("1.1/list.json")));
        const QJsonArray workspaces11 = v11.value(QStringLiteral("workspaces")).toArray();
        const QJsonObject chrome11 = workspaces11.at(0).toObject();
        QVERIFY(!chrome11.contains(QStringLiteral("name"))); // 1.1 moves the image into compatibility
        const QJsonObject compat = chrome11.value(QStringLiteral("compatibility")).toArray().at(0).toObject();
        QCOMPARE(compat.value(QStringLiteral("version")).toString(), QStringLiteral("1.17.x"));
        QCOMPARE(compat.value(QStringLiteral("image")).toString(),
                 QStringLiteral("registry.example/team/chrome:20261101"));
        QCOMPARE(compat.value(QStringLiteral("available_tags")).toArray(), QJsonArray{QStringLiteral("20261101")});
        QCOMPARE(v11.value(QStringLiteral("default_channel")).toString(), QStringLiteral("stable"));
        // A digest reference has no tag to offer.
        const QJsonObject tools =
            workspaces11.at(1).toObject().value(QStringLiteral("compatibility")).toArray().at(0).toObject();
        QVERIFY(tools.value(QStringLiteral("available_tags")).toArray().isEmpty());

        const QJsonObject source = readJson(dir.filePath(QStringLiteral("workspaces/chrome-custom/workspace.json")));
        QCOMPARE(source, chrome11);
    }

    // kasmtech/workspaces_registry_template 1.1/list.json: "channels" and "default_channel" belong to the registry,
    // beside "workspaces"; a workspace entry carries neither.
    void schema11NamesItsChannelsOnceAtTheTop()
    {
        QTemporaryDir dir;
        WorkspaceRegistryInfo info;
        info.channel = QStringLiteral("develop");
        QVERIFY(exportWorkspaceRegistry(dir.path(), sampleImages(), info));
        const QJsonObject v11 = readJson(dir.filePath(QStringLiteral("1.1/list.json")));
        QCOMPARE(v11.value(QStringLiteral("channels")).toArray(), QJsonArray{QStringLiteral("develop")});
        QCOMPARE(v11.value(QStringLiteral("default_channel")).toString(), QStringLiteral("develop"));
        for (const QJsonValue &workspace : v11.value(QStringLiteral("workspaces")).toArray()) {
            QVERIFY(!workspace.toObject().contains(QStringLiteral("channels")));
            QVERIFY(!workspace.toObject().contains(QStringLiteral("default_channel")));
        }
        QVERIFY(!readJson(dir.filePath(QStringLiteral("workspaces/chrome-custom/workspace.json")))
                     .contains(QStringLiteral("channels")));
        const QJsonObject v10 = readJson(dir.filePath(QStringLiteral("1.0/list.json")));
        QVERIFY(!v10.contains(QStringLiteral("channels"))); // 1.0 has no channels
    }

    // The template ships each icon beside workspace.json, names it by file name in image_src and serves it from
    // <schema>/icons/.
    void aLocalIconIsShippedBesideItsWorkspaceAndInEachSchema()
    {
        QTemporaryDir dir;
        QTemporaryDir source;
        const QString iconPath = source.filePath(QStringLiteral("chrome.png"));
        {
            QFile icon(iconPath);
            QVERIFY(icon.open(QIODevice::WriteOnly));
            icon.write("\x89PNG tiny");
        }
        QList<ImageRecord> images = sampleImages();
        images[0].imageSrc = iconPath;
        QVERIFY(exportWorkspaceRegistry(dir.path(), images, {}));
        for (const QString &schema : {QStringLiteral("1.0"), QStringLiteral("1.1")}) {
            const QJsonObject list = readJson(dir.filePath(schema + QStringLiteral("/list.json")));
            QCOMPARE(
                list.value(QStringLiteral("workspaces")).toArray().at(0).toObject().value(QStringLiteral("image_src")),
                QJsonValue(QStringLiteral("chrome.png")));
        }
        for (const QString &copy : {QStringLiteral("workspaces/chrome-custom/chrome.png"),
                                    QStringLiteral("1.0/icons/chrome.png"), QStringLiteral("1.1/icons/chrome.png")}) {
            QFile file(dir.filePath(copy));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(copy));
            QCOMPARE(file.readAll(), QByteArray("\x89PNG tiny"));
        }
    }

    void neverWritesRegistryCredentials()
    {
        QTemporaryDir dir;
        const Result<QStringList> written = exportWorkspaceRegistry(dir.path(), sampleImages(), {});
        QVERIFY(written);
        for (const QString &path : *written) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains("puller") && !content.contains("docker_user") && !content.contains("token"),
                     qPrintable(path));
        }
    }

    void nothingToExportIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(!exportWorkspaceRegistry(dir.path(), {}, {}));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRegistryExport)
#include "tst_workspaceregistryexport.moc"
