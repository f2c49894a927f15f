#include "workflow/StarterDockerfile.h"

#include "core/ControlCharacters.h"
#include "core/ImageReference.h"
#include "workflow/TagPattern.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

// ImageReference fills in "latest" when a reference has no tag, so whether the admin named one is read from the text.
bool namesTagOrDigest(const QString &text)
{
    return text.contains(QLatin1Char('@')) || text.section(QLatin1Char('/'), -1).contains(QLatin1Char(':'));
}

QString versionLines(const store::ManagedImage &image)
{
    const Result<TagPatternNeeds> needs = tagPatternNeeds(image.uniquePattern);
    if (!needs || !needs->version)
        return {};
    return QStringLiteral("# The unique tag (%1) takes {version} from this label: raise it with each release.\n"
                          "LABEL %2=\"0.1.0\"\n\n")
        .arg(image.uniquePattern, versionLabel());
}

} // namespace

QString defaultKasmBase()
{
    return QStringLiteral("kasmweb/core-ubuntu-jammy:1.16.0");
}

Result<PipelineFile> starterDockerfile(const store::ManagedImage &image, const QString &base)
{
    const QString from = base.trimmed();
    if (const Result<ImageReference> parsed = ImageReference::parse(from); !parsed)
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("The base image is not an image reference: %1").arg(parsed.error().message));
    if (!namesTagOrDigest(from))
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("Name the base image with a tag or digest (for example %1), so that every build "
                                     "starts from the same image.")
                        .arg(defaultKasmBase()));
    // The order is the guide's: install as root into the default profile, then hand $HOME to uid 1000, whom the
    // Kasm agent runs the session as, and leave the image as that user.
    const QString text =
        QStringLiteral("# Starter Dockerfile for \"%1\" (%2), written by ImageSteward after Kasm's\n"
                       "# \"Building Custom Images\" guide. Edit the install section; the lines around it are what "
                       "Kasm\n# sessions need.\nFROM %3\nUSER root\n\n")
            .arg(escapeControlCharacters(image.friendlyName), escapeControlCharacters(image.imageId), from) +
        versionLines(image) +
        QStringLiteral("ENV HOME /home/kasm-default-profile\nENV STARTUPDIR /dockerstartup\n"
                       "ENV INST_SCRIPTS $STARTUPDIR/install\nWORKDIR $HOME\n\n"
                       "######### Customize Container Here ###########\n"
                       "# RUN apt-get update \\\n"
                       "#     && apt-get install -y --no-install-recommends <packages> \\\n"
                       "#     && rm -rf /var/lib/apt/lists/*\n"
                       "######### End Customizations ###########\n\n"
                       "RUN chown 1000:0 $HOME\nRUN $STARTUPDIR/set_user_permission.sh $HOME\n\n"
                       "ENV HOME /home/kasm-user\nWORKDIR $HOME\nRUN mkdir -p $HOME && chown -R 1000:0 $HOME\n\n"
                       "USER 1000\n");
    return PipelineFile{QStringLiteral("Dockerfile"), text.toUtf8(), true};
}

} // namespace steward::workflow
