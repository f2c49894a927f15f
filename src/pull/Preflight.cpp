#include "pull/Preflight.h"

#include "core/ImageReference.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QPromise>

namespace steward::pull {

using registry::ImageDetails;
using registry::ManifestHead;
using registry::PlatformImage;
using registry::RegistryClient;
using Verdict = PreflightStep::Verdict;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::pull::Preflight", text);
}

const QStringList StepNames = {QStringLiteral("resolve"), QStringLiteral("login"), QStringLiteral("manifest"),
                               QStringLiteral("blobs"),   QStringLiteral("disk"),  QStringLiteral("quota")};

// Shared by the continuations of one preflight.
struct Run
{
    QPromise<PreflightReport> promise;
    PreflightReport report;
    PreflightRequest request;
    ImageReference reference;
    std::optional<registry::RateLimit> rateLimit;

    void set(const QString &name, Verdict verdict, const QString &detail)
    {
        for (PreflightStep &step : report.steps) {
            if (step.name == name) {
                step.verdict = verdict;
                step.detail = detail;
            }
        }
    }

    void finish()
    {
        for (PreflightStep &step : report.steps) {
            if (step.verdict == Verdict::Skipped && step.detail.isEmpty())
                step.detail = tr("not checked: an earlier step failed");
        }
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
                tr("the registry sent no rate-limit headers: no limit applies"));
        return;
    }
    const registry::RateLimit &limit = *run.rateLimit;
    const QString counted = limit.source.isEmpty() ? tr("this address or account") : limit.source;
    const QString text = tr("%1 of %2 pulls per %3 s left for %4 before this check (its manifest GET counts as one)")
                             .arg(limit.remaining)
                             .arg(limit.limit)
                             .arg(limit.windowSeconds)
                             .arg(counted);
    if (limit.remaining <= 0)
        run.set(QStringLiteral("quota"), Verdict::Fail,
                text + tr(": an agent's pull gets 429 now. Log in on the image (a per-account quota) or use a "
                          "pull-through mirror; `stewardctl forecast` shows when it runs out."));
    else if (limit.remaining * 10 < limit.limit)
        run.set(QStringLiteral("quota"), Verdict::Warn, text + tr(": nearly used up"));
    else
        run.set(QStringLiteral("quota"), Verdict::Pass, text);
}

void checkDetails(const std::shared_ptr<Run> &run, const Result<ImageDetails> &details, bool checkPlatform)
{
    if (checkPlatform && details) {
        // A single-platform image: its config says what it runs on.
        const QString platform = details->config.os + QLatin1Char('/') + details->config.architecture;
        const QString wanted = run->request.platform;
        if (details->hasConfig && !wanted.startsWith(platform) && !platform.startsWith(wanted)) {
            run->set(QStringLiteral("manifest"), Verdict::Fail,
                     tr("the image is built for %1 only, the agents run %2. Build and push it for %2 (or a "
                        "multi-platform index).")
                         .arg(platform, wanted));
            checkQuota(*run);
            run->finish();
            return;
        }
        run->set(QStringLiteral("manifest"), Verdict::Pass,
                 tr("single-platform image for %1: %2").arg(platform, details->digest.toString()));
    }
    if (!details) {
        if (checkPlatform)
            run->set(QStringLiteral("manifest"), Verdict::Warn,
                     tr("the manifest exists, but its platform could not be read"));
        run->set(QStringLiteral("blobs"), Verdict::Fail,
                 tr("the image's config could not be fetched: %1. The push may be incomplete; push the image again.")
                     .arg(details.error().toString()));
        checkQuota(*run);
        run->finish();
        return;
    }
    run->set(QStringLiteral("blobs"), Verdict::Pass,
             tr("config blob present and verified; %1 layers, %2 compressed")
                 .arg(details->layerCount)
                 .arg(mb(details->layerBytes)));
    if (!run->request.diskMb) {
        run->set(
            QStringLiteral("disk"), Verdict::Skipped,
            tr("no free disk given (--disk-mb); the layers alone need %1 compressed").arg(mb(details->layerBytes)));
    } else {
        const qint64 diskBytes = *run->request.diskMb * 1000 * 1000;
        // Unpacked layers are larger than compressed ones; 3x is a common ratio for desktop images.
        if (details->layerBytes > diskBytes)
            run->set(QStringLiteral("disk"), Verdict::Fail,
                     tr("%1 compressed does not fit in %2 MB free: the agent will not pull it. Free disk or prune "
                        "old images.")
                         .arg(mb(details->layerBytes))
                         .arg(*run->request.diskMb));
        else if (details->layerBytes * 3 > diskBytes)
            run->set(QStringLiteral("disk"), Verdict::Warn,
                     tr("%1 compressed may not fit in %2 MB once unpacked; check uncompressed_size_mb")
                         .arg(mb(details->layerBytes))
                         .arg(*run->request.diskMb));
        else
            run->set(QStringLiteral("disk"), Verdict::Pass,
                     tr("%1 compressed, %2 MB free").arg(mb(details->layerBytes)).arg(*run->request.diskMb));
    }
    checkQuota(*run);
    run->finish();
}

void checkPlatform(const std::shared_ptr<Run> &run, QPointer<RegistryClient> client, const Result<PlatformImage> &image)
{
    if (!image) {
        const QString why = image.error().code == ErrorCode::RateLimited
                                ? tr("the registry refused the pull (rate limit): %1").arg(image.error().toString())
                                : tr("no manifest for %1: %2. Build and push the image for the agents' platform.")
                                      .arg(run->request.platform, image.error().toString());
        run->set(QStringLiteral("manifest"), Verdict::Fail, why);
        checkQuota(*run);
        run->finish();
        return;
    }
    run->set(QStringLiteral("manifest"), Verdict::Pass,
             tr("%1 → %2").arg(image->platform.toString(), image->digest.toString()));
    if (!client) {
        run->finish();
        return;
    }
    client->inspect(run->reference.withDigest(image->digest))
        .then(client.data(), [run](const Result<ImageDetails> &details) { checkDetails(run, details, false); });
}

void checkHead(const std::shared_ptr<Run> &run, QPointer<RegistryClient> client, const Result<ManifestHead> &head)
{
    if (!head) {
        const Error &e = head.error();
        if (e.code == ErrorCode::Unauthorized || e.code == ErrorCode::Forbidden) {
            run->set(QStringLiteral("login"), Verdict::Fail,
                     run->request.withCredentials
                         ? tr("the registry rejected the image's credentials: %1. As in Kasm, wrong credentials make "
                              "even a public image fail; correct or remove them.")
                               .arg(e.toString())
                         : tr("the image needs a login: %1. Set the registry username and password on the image.")
                               .arg(e.toString()));
        } else if (e.code == ErrorCode::NotFound) {
            run->set(QStringLiteral("login"), Verdict::Pass, tr("the registry answered"));
            run->set(QStringLiteral("manifest"), Verdict::Fail,
                     tr("%1 does not exist: %2. Check the repository and tag (a name without a host means Docker "
                        "Hub).")
                         .arg(run->reference.toString(), e.toString()));
        } else {
            run->set(QStringLiteral("login"), Verdict::Fail,
                     tr("the registry could not be reached: %1").arg(e.toString()));
        }
        run->finish();
        return;
    }
    run->rateLimit = head->rateLimit;
    run->set(QStringLiteral("login"), Verdict::Pass,
             run->request.withCredentials ? tr("the image's credentials were accepted") : tr("anonymous access works"));
    if (!client) {
        run->finish();
        return;
    }
    if (!registry::isIndexMediaType(head->mediaType)) {
        client->inspect(run->reference).then(client.data(), [run](const Result<ImageDetails> &details) {
            if (!details && details.error().code == ErrorCode::RateLimited) {
                run->set(QStringLiteral("manifest"), Verdict::Fail,
                         tr("the registry refused the pull (rate limit): %1").arg(details.error().toString()));
                checkQuota(*run);
                run->finish();
                return;
            }
            checkDetails(run, details, true);
        });
        return;
    }
    client->platformDigest(run->reference, run->request.platform)
        .then(client.data(), [run, client](const Result<PlatformImage> &image) { checkPlatform(run, client, image); });
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

QFuture<PreflightReport> preflight(RegistryClient &client, const PreflightRequest &request)
{
    auto run = std::make_shared<Run>();
    run->request = request;
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
        notes << tr("no registry host in the name, so Docker Hub (docker.io) is used, as Kasm does; put the host "
                    "first for a private registry");
    if (!namesATag(text)) {
        notes << tr("no tag, so \"latest\" is used; name the tag you tested");
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
