#include "pull/Preflight.h"

#include "core/ImageReference.h"
#include "pull/PullText.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QPromise>

namespace steward::pull {

using registry::Descriptor;
using registry::FetchedManifest;
using registry::Manifest;
using registry::ManifestHead;
using registry::RegistryClient;
using Verdict = PreflightStep::Verdict;

namespace {

const QStringList StepNames = {QStringLiteral("resolve"), QStringLiteral("login"), QStringLiteral("manifest"),
                               QStringLiteral("blobs"),   QStringLiteral("disk"),  QStringLiteral("quota")};

// Shared by the continuations of one preflight.
struct Run
{
    QPromise<PreflightReport> promise;
    PreflightReport report;
    PreflightRequest request;
    PreflightProgress onStep;
    qsizetype reported = 0; // steps before this one have been handed to onStep and are final
    ImageReference reference;
    std::optional<registry::RateLimit> rateLimit;

    void set(const QString &name, Verdict verdict, const QString &detail)
    {
        const qsizetype index = StepNames.indexOf(name);
        Q_ASSERT(index >= reported); // every path decides the steps in order, each once
        PreflightStep &step = report.steps[index];
        step.verdict = verdict;
        step.detail = detail;
        reportUpTo(index);
    }

    // Steps are decided in order, so a step still undecided when a later one is set stays skipped: it is final too.
    void reportUpTo(qsizetype last)
    {
        for (; reported <= last; ++reported) {
            PreflightStep &step = report.steps[reported];
            if (step.verdict == Verdict::Skipped && step.detail.isEmpty())
                step.detail = PullText::tr("not checked: an earlier step failed");
            if (onStep)
                onStep(int(reported), step);
        }
    }

    void finish()
    {
        reportUpTo(report.steps.size() - 1);
        promise.addResult(report);
        promise.finish();
    }
};

// Does the text name its registry host? Kasm, like docker, sends a name without one to Docker Hub.
bool namesAHost(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QString first = text.left(slash);
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost");
}

bool namesATag(const QString &text)
{
    const QString last = text.section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char(':')) || last.contains(QLatin1Char('@'));
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

void checkQuota(Run &run)
{
    if (!run.rateLimit || !run.rateLimit->limited) {
        run.set(QStringLiteral("quota"), Verdict::Pass,
                PullText::tr("the registry sent no rate-limit headers: no limit applies"));
        return;
    }
    const registry::RateLimit &limit = *run.rateLimit;
    const QString counted = limit.source.isEmpty() ? PullText::tr("this address or account") : limit.source;
    const QString text =
        PullText::tr("%1 of %2 pulls per %3 s left for %4 before this check (its manifest GET counts as one)")
            .arg(limit.remaining)
            .arg(limit.limit)
            .arg(limit.windowSeconds)
            .arg(counted);
    if (limit.remaining <= 0)
        run.set(QStringLiteral("quota"), Verdict::Fail,
                text +
                    PullText::tr(": an agent's pull gets 429 now. Log in on the image (a per-account quota) or use a "
                                 "pull-through mirror; `stewardctl forecast` shows when it runs out."));
    else if (limit.remaining * 10 < limit.limit)
        run.set(QStringLiteral("quota"), Verdict::Warn, text + PullText::tr(": nearly used up"));
    else
        run.set(QStringLiteral("quota"), Verdict::Pass, text);
}

void finishWithQuota(const std::shared_ptr<Run> &run)
{
    checkQuota(*run);
    run->finish();
}

void checkDisk(Run &run, qint64 layerBytes)
{
    if (!run.request.diskMb) {
        run.set(QStringLiteral("disk"), Verdict::Skipped,
                PullText::tr("no free disk given (%1); the layers alone need %2 compressed")
                    .arg(run.request.diskInput, mb(layerBytes)));
        return;
    }
    const qint64 diskBytes = *run.request.diskMb * 1000 * 1000;
    // Unpacked layers are larger than compressed ones; 3x is a common ratio for desktop images.
    if (layerBytes > diskBytes)
        run.set(QStringLiteral("disk"), Verdict::Fail,
                PullText::tr("%1 compressed does not fit in %2 MB free: the agent will not pull it. Free disk or prune "
                             "old images.")
                    .arg(mb(layerBytes))
                    .arg(*run.request.diskMb));
    else if (layerBytes * 3 > diskBytes)
        run.set(QStringLiteral("disk"), Verdict::Warn,
                PullText::tr("%1 compressed may not fit in %2 MB once unpacked; check uncompressed_size_mb")
                    .arg(mb(layerBytes))
                    .arg(*run.request.diskMb));
    else
        run.set(QStringLiteral("disk"), Verdict::Pass,
                PullText::tr("%1 compressed, %2 MB free").arg(mb(layerBytes)).arg(*run.request.diskMb));
}

// Every layer (and the config, unless it was already read) by HEAD: what a pull needs is there, without moving it.
void checkBlobs(const std::shared_ptr<Run> &run, const QPointer<RegistryClient> &client, const Manifest &image,
                bool configRead)
{
    if (!client) {
        run->finish();
        return;
    }
    QList<Descriptor> blobs;
    if (!configRead)
        blobs << image.config;
    qint64 layerBytes = 0;
    int foreign = 0;
    for (const Descriptor &layer : image.layers) {
        layerBytes += layer.size;
        if (layer.urls.isEmpty())
            blobs << layer;
        else
            ++foreign;
    }
    const int layerCount = int(image.layers.size());
    client->checkBlobs(run->reference, blobs)
        .then(client.data(), [run, layerBytes, layerCount, foreign,
                              configRead](const Result<QList<registry::BlobPresence>> &presence) {
            if (!presence) {
                run->set(QStringLiteral("blobs"), Verdict::Fail,
                         PullText::tr("the blobs could not be checked: %1").arg(presence.error().toString()));
                finishWithQuota(run);
                return;
            }
            QStringList missing;
            for (const registry::BlobPresence &blob : *presence) {
                if (!blob.present)
                    missing << blob.blob.digest.toString();
            }
            if (!missing.isEmpty()) {
                run->set(QStringLiteral("blobs"), Verdict::Fail,
                         PullText::tr(
                             "%1 of %2 blobs missing from the registry: %3. An agent's pull fails on them; push the "
                             "image again (a push that was cut short, or blobs deleted behind the manifest).")
                             .arg(missing.size())
                             .arg(presence->size() + (configRead ? 1 : 0))
                             .arg(missing.join(QStringLiteral(", "))));
            } else {
                QString text =
                    PullText::tr("config and all %1 layers present (checked by HEAD, nothing downloaded); %2 "
                                 "compressed")
                        .arg(layerCount)
                        .arg(mb(layerBytes));
                if (foreign > 0)
                    text += PullText::tr("; %1 foreign layers come from elsewhere and were not checked").arg(foreign);
                run->set(QStringLiteral("blobs"), Verdict::Pass, text);
            }
            checkDisk(*run, layerBytes);
            finishWithQuota(run);
        });
}

QString manifestFailure(const Run &run, const Error &error)
{
    if (error.code == ErrorCode::RateLimited)
        return PullText::tr("the registry refused the pull (rate limit): %1").arg(error.toString());
    if (error.code == ErrorCode::NotFound)
        return PullText::tr(
                   "%1 does not exist: %2. Check the repository and tag (a name without a host means Docker Hub).")
            .arg(run.reference.toString(), error.toString());
    return PullText::tr("the manifest could not be read: %1").arg(error.toString());
}

// A single-platform image: its config says what it runs on, so that one blob is read.
void checkSinglePlatform(const std::shared_ptr<Run> &run, const QPointer<RegistryClient> &client,
                         const FetchedManifest &top)
{
    if (top.manifest.kind != Manifest::Kind::Image) {
        run->set(QStringLiteral("manifest"), Verdict::Warn,
                 PullText::tr(
                     "a legacy schema 1 manifest (%1): its platform and blobs are not checked. Push it again with a "
                     "current client.")
                     .arg(top.digest.toString()));
        run->set(QStringLiteral("blobs"), Verdict::Skipped, PullText::tr("not checked: schema 1 manifest"));
        finishWithQuota(run);
        return;
    }
    if (!client) {
        run->finish();
        return;
    }
    const Manifest image = top.manifest;
    const Digest digest = top.digest;
    client->getConfig(run->reference, image.config)
        .then(client.data(), [run, client, image, digest](const Result<registry::ImageConfig> &config) {
            if (!config) {
                run->set(QStringLiteral("manifest"), Verdict::Warn,
                         PullText::tr("the manifest exists, but its platform could not be read"));
                run->set(
                    QStringLiteral("blobs"), Verdict::Fail,
                    PullText::tr("the image's config %1 could not be fetched: %2. The push may be incomplete; push the "
                                 "image again.")
                        .arg(image.config.digest.toString(), config.error().toString()));
                finishWithQuota(run);
                return;
            }
            const QString platform = config->os + QLatin1Char('/') + config->architecture;
            const QString wanted = run->request.platform;
            if (!wanted.startsWith(platform) && !platform.startsWith(wanted)) {
                run->set(
                    QStringLiteral("manifest"), Verdict::Fail,
                    PullText::tr("the image is built for %1 only, the agents run %2. Build and push it for %2 (or a "
                                 "multi-platform index).")
                        .arg(platform, wanted));
                finishWithQuota(run);
                return;
            }
            run->set(QStringLiteral("manifest"), Verdict::Pass,
                     PullText::tr("single-platform image for %1: %2").arg(platform, digest.toString()));
            checkBlobs(run, client, image, true);
        });
}

void checkManifest(const std::shared_ptr<Run> &run, const QPointer<RegistryClient> &client,
                   const Result<FetchedManifest> &top)
{
    if (!top) {
        run->set(QStringLiteral("manifest"), Verdict::Fail, manifestFailure(*run, top.error()));
        finishWithQuota(run);
        return;
    }
    if (!top->manifest.isIndex()) {
        checkSinglePlatform(run, client, *top);
        return;
    }
    const QString wanted = run->request.platform;
    const std::optional<Descriptor> entry = top->manifest.platformEntry(wanted);
    if (!entry) {
        const QStringList offered = top->manifest.platformNames();
        run->set(
            QStringLiteral("manifest"), Verdict::Fail,
            PullText::tr("the index %1 has no image for %2; it offers %3. Build and push the image for the agents' "
                         "platform.")
                .arg(top->digest.toString(), wanted,
                     offered.isEmpty() ? PullText::tr("no platform at all") : offered.join(QStringLiteral(", "))));
        finishWithQuota(run);
        return;
    }
    if (!client) {
        run->finish();
        return;
    }
    const Digest indexDigest = top->digest;
    // By digest, as an agent does; the same pull as the index GET on Docker Hub.
    client->getManifest(run->reference.withDigest(entry->digest))
        .then(client.data(), [run, client, entry, indexDigest](const Result<FetchedManifest> &image) {
            if (!image) {
                run->set(QStringLiteral("manifest"), Verdict::Fail,
                         PullText::tr("the index lists %1 for %2, but it cannot be read: %3. Push the image again.")
                             .arg(entry->digest.toString(), entry->platform.toString(), image.error().toString()));
                finishWithQuota(run);
                return;
            }
            if (image->manifest.kind != Manifest::Kind::Image) {
                run->set(
                    QStringLiteral("manifest"), Verdict::Fail,
                    PullText::tr("the index's entry for %1 is not an image manifest").arg(entry->platform.toString()));
                finishWithQuota(run);
                return;
            }
            run->set(QStringLiteral("manifest"), Verdict::Pass,
                     PullText::tr("%1 → %2 (from the index %3)")
                         .arg(entry->platform.toString(), image->digest.toString(), indexDigest.toString()));
            checkBlobs(run, client, image->manifest, false);
        });
}

void checkHead(const std::shared_ptr<Run> &run, const QPointer<RegistryClient> &client,
               const Result<ManifestHead> &head)
{
    if (!head) {
        const Error &e = head.error();
        if (e.code == ErrorCode::Forbidden) {
            // The login (or anonymous access) got tokens, but none that reads this repository: as docker says, it
            // does not exist, or it needs a login / more access. Blaming the credentials would mislead.
            run->set(
                QStringLiteral("login"), Verdict::Warn,
                run->request.withCredentials
                    ? PullText::tr("the registry accepted the image's credentials, but they give no access to this "
                                   "repository")
                    : PullText::tr("anonymous access gives no access to this repository"));
            run->set(QStringLiteral("manifest"), Verdict::Fail,
                     PullText::tr(
                         "%1: the repository does not exist, or it needs a login / more access. Check the name (a "
                         "name without a host means Docker Hub); if it is private, set a login that may pull it. (%2)")
                         .arg(run->reference.toString(), e.toString()));
        } else if (e.code == ErrorCode::Unauthorized) {
            run->set(
                QStringLiteral("login"), Verdict::Fail,
                run->request.withCredentials
                    ? PullText::tr(
                          "the registry rejected the image's credentials: %1. As in Kasm, wrong credentials make "
                          "even a public image fail; correct or remove them.")
                          .arg(e.toString())
                    : PullText::tr("the image needs a login: %1. Set the registry username and password on the image.")
                          .arg(e.toString()));
        } else if (e.code == ErrorCode::NotFound) {
            run->set(QStringLiteral("login"), Verdict::Pass, PullText::tr("the registry answered"));
            run->set(QStringLiteral("manifest"), Verdict::Fail, manifestFailure(*run, e));
        } else {
            run->set(QStringLiteral("login"), Verdict::Fail,
                     PullText::tr("the registry could not be reached: %1").arg(e.toString()));
        }
        run->finish();
        return;
    }
    run->rateLimit = head->rateLimit;
    run->set(QStringLiteral("login"), Verdict::Pass,
             run->request.withCredentials ? PullText::tr("the image's credentials were accepted")
                                          : PullText::tr("anonymous access works"));
    if (!client) {
        run->finish();
        return;
    }
    // The GET an agent makes (the one counted pull of this check).
    client->getManifest(run->reference).then(client.data(), [run, client](const Result<FetchedManifest> &top) {
        checkManifest(run, client, top);
    });
}

} // namespace

QString verdictName(PreflightStep::Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QStringList preflightStepNames()
{
    return StepNames;
}

bool PreflightReport::ok() const
{
    for (const PreflightStep &step : steps) {
        if (step.verdict == Verdict::Fail)
            return false;
    }
    return true;
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray list;
    for (const PreflightStep &step : steps) {
        list.append(QJsonObject{{QStringLiteral("step"), step.name},
                                {QStringLiteral("verdict"), verdictName(step.verdict)},
                                {QStringLiteral("detail"), step.detail}});
    }
    return QJsonObject{
        {QStringLiteral("reference"), reference}, {QStringLiteral("ok"), ok()}, {QStringLiteral("steps"), list}};
}

QFuture<PreflightReport> preflight(RegistryClient &client, const PreflightRequest &request, PreflightProgress onStep)
{
    auto run = std::make_shared<Run>();
    run->request = request;
    run->onStep = std::move(onStep);
    for (const QString &name : StepNames)
        run->report.steps.append(PreflightStep{name, Verdict::Skipped, {}});
    run->promise.start();
    QFuture<PreflightReport> future = run->promise.future();

    const QString text = request.reference.trimmed();
    Result<ImageReference> reference = ImageReference::parse(text);
    if (!reference) {
        run->set(QStringLiteral("resolve"), Verdict::Fail, reference.error().toString());
        run->finish();
        return future;
    }
    run->reference = *reference;
    run->report.reference = reference->toString();
    QStringList notes;
    Verdict verdict = Verdict::Pass;
    if (!namesAHost(text))
        notes << PullText::tr(
            "no registry host in the name, so Docker Hub (docker.io) is used, as Kasm does; put the host "
            "first for a private registry");
    if (!namesATag(text)) {
        notes << PullText::tr("no tag, so \"latest\" is used; name the tag you tested");
        verdict = Verdict::Warn;
    }
    run->set(QStringLiteral("resolve"), verdict,
             reference->toString() +
                 (notes.isEmpty() ? QString() : QStringLiteral(": ") + notes.join(QStringLiteral("; "))));

    QPointer<RegistryClient> guard(&client);
    client.headManifest(*reference).then(&client, [run, guard](const Result<ManifestHead> &head) {
        checkHead(run, guard, head);
    });
    return future;
}

} // namespace steward::pull
