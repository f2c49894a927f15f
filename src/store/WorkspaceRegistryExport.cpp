#include "store/WorkspaceRegistryExport.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace steward::store {

namespace {

// "registry.example:5000/team/chrome:2026" -> "2026"; a digest reference or no tag -> empty.
QString tagOf(const QString &reference)
{
    if (reference.contains(QLatin1Char('@')))
        return {};
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    return colon > reference.lastIndexOf(QLatin1Char('/')) ? reference.mid(colon + 1) : QString();
}

QString slugOf(const ImageRecord &image)
{
    QString slug = (image.friendlyName.isEmpty() ? image.name : image.friendlyName).toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.mid(slug.startsWith(QLatin1Char('-')) ? 1 : 0);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? image.imageId : slug;
}

// The fields both schemas share.
QJsonObject commonEntry(const ImageRecord &image, const WorkspaceRegistryInfo &info)
{
    QJsonObject entry{{QStringLiteral("friendly_name"), image.friendlyName.isEmpty() ? image.name : image.friendlyName},
                      {QStringLiteral("description"), image.description},
                      {QStringLiteral("image_src"), image.imageSrc},
                      {QStringLiteral("architecture"), QJsonArray::fromStringList(info.architectures)},
                      {QStringLiteral("cores"), image.cores},
                      {QStringLiteral("memory"), image.memory}};
    if (!image.categories.isEmpty())
        entry.insert(QStringLiteral("categories"), QJsonArray::fromStringList(image.categories));
    if (!image.dockerRegistry.isEmpty())
        entry.insert(QStringLiteral("docker_registry"), image.dockerRegistry);
    if (!image.runConfig.isEmpty())
        entry.insert(QStringLiteral("run_config"), image.runConfig);
    if (!image.execConfig.isEmpty())
        entry.insert(QStringLiteral("exec_config"), image.execConfig);
    return entry;
}

QJsonObject entryV10(const ImageRecord &image, const WorkspaceRegistryInfo &info)
{
    QJsonObject entry = commonEntry(image, info);
    entry.insert(QStringLiteral("name"), image.name);
    entry.insert(QStringLiteral("compatibility"), QJsonArray{info.compatibility});
    entry.insert(QStringLiteral("uncompressed_size_mb"), image.uncompressedSizeMb);
    return entry;
}

QJsonObject entryV11(const ImageRecord &image, const WorkspaceRegistryInfo &info)
{
    QJsonObject entry = commonEntry(image, info);
    const QString tag = tagOf(image.name);
    entry.insert(
        QStringLiteral("compatibility"),
        QJsonArray{QJsonObject{{QStringLiteral("version"), info.compatibility},
                               {QStringLiteral("image"), image.name},
                               {QStringLiteral("uncompressed_size_mb"), image.uncompressedSizeMb},
                               {QStringLiteral("available_tags"), tag.isEmpty() ? QJsonArray() : QJsonArray{tag}}}});
    return entry;
}

Status writeFile(const QString &path, const QByteArray &content, QStringList &written)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot create the directory for %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(ErrorCode::Storage, StoreText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    written << path;
    return {};
}

// Kasm's template keeps a workspace's icon beside its workspace.json and names it by file name only; the build copies
// it to <schema>/icons/. An image_src naming a local file is exported that way; anything else (a path on the Kasm
// server, a URL) is left as it is.
struct Icon
{
    QString source;   // the local file, or empty
    QString fileName; // what image_src says in the export
};

Icon iconOf(const ImageRecord &image)
{
    const QFileInfo file(image.imageSrc);
    if (image.imageSrc.isEmpty() || image.imageSrc.contains(QLatin1String("://")) || !file.isFile())
        return {{}, image.imageSrc};
    return {file.absoluteFilePath(), file.fileName()};
}

Status copyFile(const QString &from, const QString &to, QStringList &written)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot read the icon %1: %2").arg(from, source.errorString()));
    return writeFile(to, source.readAll(), written);
}

} // namespace

Result<QStringList> exportWorkspaceRegistry(const QString &dir, const QList<ImageRecord> &images,
                                            const WorkspaceRegistryInfo &info)
{
    if (images.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("No images to export; name at least one image."));
    const qint64 modified =
        (info.modified.isValid() ? info.modified : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    QJsonArray v10;
    QJsonArray v11;
    QStringList written;
    QSet<QString> slugs;
    QSet<QString> iconNames;
    for (const ImageRecord &image : images) {
        QString slug = slugOf(image);
        while (slugs.contains(slug))
            slug += QStringLiteral("-") + image.imageId.left(8);
        slugs.insert(slug);
        const QString workspaceDir = dir + QStringLiteral("/workspaces/") + slug;

        ImageRecord exported = image;
        const Icon icon = iconOf(image);
        exported.imageSrc = icon.fileName;
        if (!icon.source.isEmpty()) {
            // icons/ is shared by all workspaces of a schema: two different files may not share a name there.
            if (iconNames.contains(icon.fileName))
                return fail(ErrorCode::InvalidInput,
                            StoreText::tr("Two of the images have an icon named %1; the Workspace "
                                          "Registry keeps all icons in one folder, so rename one.")
                                .arg(icon.fileName));
            iconNames.insert(icon.fileName);
            for (const QString &to :
                 QStringList{workspaceDir, dir + QStringLiteral("/1.0/icons"), dir + QStringLiteral("/1.1/icons")}) {
                if (Status s = copyFile(icon.source, to + QLatin1Char('/') + icon.fileName, written); !s)
                    return fail(s.error());
            }
        }
        v10.append(entryV10(exported, info));
        const QJsonObject entry = entryV11(exported, info);
        v11.append(entry);
        if (Status s = writeFile(workspaceDir + QStringLiteral("/workspace.json"),
                                 QJsonDocument(entry).toJson(QJsonDocument::Indented), written);
            !s)
            return fail(s.error());
    }
    auto list = [&](const QJsonArray &workspaces) {
        return QJsonObject{
            {QStringLiteral("name"), info.name},        {QStringLiteral("workspacecount"), workspaces.size()},
            {QStringLiteral("icon"), info.icon},        {QStringLiteral("description"), info.description},
            {QStringLiteral("list_url"), info.listUrl}, {QStringLiteral("contact_url"), info.contactUrl},
            {QStringLiteral("modified"), modified},     {QStringLiteral("workspaces"), workspaces}};
    };
    // Schema 1.1 names the registry's channels once, beside its workspaces (kasmtech/workspaces_registry_template
    // 1.1/list.json), not in each workspace.
    QJsonObject list11 = list(v11);
    list11.insert(QStringLiteral("channels"), QJsonArray{info.channel});
    list11.insert(QStringLiteral("default_channel"), info.channel);
    for (const auto &[schema, content] :
         {std::pair{QStringLiteral("1.0"), QJsonDocument(list(v10)).toJson(QJsonDocument::Indented)},
          std::pair{QStringLiteral("1.1"), QJsonDocument(list11).toJson(QJsonDocument::Indented)}}) {
        if (Status s = writeFile(dir + QLatin1Char('/') + schema + QStringLiteral("/list.json"), content, written); !s)
            return fail(s.error());
    }
    if (Status s = writeFile(dir + QStringLiteral("/versions.txt"), "1.0\n1.1\n", written); !s)
        return fail(s.error());
    return written;
}

} // namespace steward::store
