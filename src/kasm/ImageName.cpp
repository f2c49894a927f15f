#include "kasm/ImageName.h"

#include "kasm/KasmText.h"

#include <QCoreApplication>

namespace steward::kasm {

Result<ImageReference> checkImageName(const KasmImage &image)
{
    if (image.imageType != QLatin1String("Container"))
        return ImageReference{};
    if (image.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    KasmText::tr("An image needs a docker image reference (name) to be registered."));
    Result<ImageReference> parsed = ImageReference::parse(image.name);
    if (!parsed)
        return fail(ErrorCode::InvalidInput,
                    KasmText::tr("\"%1\" is not a docker image reference: %2").arg(image.name, parsed.error().message),
                    parsed.error().detail);
    return parsed;
}

QStringList imageNamePitfalls(const QString &name)
{
    // Judged on the text as written: ImageReference::parse fills in the very defaults we warn about.
    const QString withoutDigest = name.section(QLatin1Char('@'), 0, 0);
    const bool hasDigest = name.contains(QLatin1Char('@'));
    const QString lastPart = withoutDigest.section(QLatin1Char('/'), -1);
    const QString firstPart = withoutDigest.section(QLatin1Char('/'), 0, 0);
    const bool hasHost = withoutDigest.contains(QLatin1Char('/')) &&
                         (firstPart.contains(QLatin1Char('.')) || firstPart.contains(QLatin1Char(':')) ||
                          firstPart == QLatin1String("localhost"));
    QStringList pitfalls;
    if (!hasDigest && !lastPart.contains(QLatin1Char(':')))
        pitfalls << KasmText::tr(
                        "\"%1\" has no tag: Kasm agents will pull \"%1:latest\", and images without an explicit tag "
                        "are known to stay \"Installing\" in Kasm. Name the tag (e.g. %1:20261128-0400).")
                        .arg(name);
    if (!hasHost)
        pitfalls << KasmText::tr(
                        "\"%1\" names no registry host: Kasm agents will pull it from Docker Hub (docker.io). If it "
                        "lives in a private registry, put that registry's host first (e.g. registry.example/%1).")
                        .arg(name);
    return pitfalls;
}

} // namespace steward::kasm
