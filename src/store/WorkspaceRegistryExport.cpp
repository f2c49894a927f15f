#include "store/WorkspaceRegistryExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace steward::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::store", text);
}

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
    entry.insert(QStringLiteral("channels"), QJsonArray{info.channel});
    entry.insert(QStringLiteral("default_channel"), info.channel);
    return entry;
}

Status writeFile(const QString &path, const QByteArray &content, QStringList &written)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Storage, tr("Cannot create the directory for %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    written << path;
    return {};
}

} // namespace

Result<QStringList> exportWorkspaceRegistry(const QString &dir, const QList<ImageRecord> &images,
                                            const WorkspaceRegistryInfo &info)
{
    if (images.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No images to export; name at least one image."));
    const qint64 modified =
        (info.modified.isValid() ? info.modified : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    QJsonArray v10;
    QJsonArray v11;
    QStringList written;
    QSet<QString> slugs;
    for (const ImageRecord &image : images) {
        v10.append(entryV10(image, info));
        const QJsonObject entry = entryV11(image, info);
        v11.append(entry);
        QString slug = slugOf(image);
        while (slugs.contains(slug))
            slug += QStringLiteral("-") + image.imageId.left(8);
        slugs.insert(slug);
        if (Status s = writeFile(dir + QStringLiteral("/workspaces/") + slug + QStringLiteral("/workspace.json"),
                                 QJsonDocument(entry).toJson(QJsonDocument::Indented), written);
            !s)
            return fail(s.error());
    }
    auto list = [&](const QJsonArray &workspaces) {
        return QJsonDocument(QJsonObject{{QStringLiteral("name"), info.name},
                                         {QStringLiteral("workspacecount"), workspaces.size()},
                                         {QStringLiteral("icon"), info.icon},
                                         {QStringLiteral("description"), info.description},
                                         {QStringLiteral("list_url"), info.listUrl},
                                         {QStringLiteral("contact_url"), info.contactUrl},
                                         {QStringLiteral("modified"), modified},
                                         {QStringLiteral("workspaces"), workspaces}})
            .toJson(QJsonDocument::Indented);
    };
    for (const auto &[schema, content] :
         {std::pair{QStringLiteral("1.0"), list(v10)}, std::pair{QStringLiteral("1.1"), list(v11)}}) {
        if (Status s = writeFile(dir + QLatin1Char('/') + schema + QStringLiteral("/list.json"), content, written); !s)
            return fail(s.error());
    }
    if (Status s = writeFile(dir + QStringLiteral("/versions.txt"), "1.0\n1.1\n", written); !s)
        return fail(s.error());
    return written;
}

} // namespace steward::store
