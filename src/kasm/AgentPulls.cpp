#include "kasm/AgentPulls.h"

#include <algorithm>

namespace steward::kasm {

namespace {

// The repo digest docker reports: "repository@sha256:..." (the reference without its tag).
QString repoDigest(const QString &reference, const QString &digest)
{
    if (digest.isEmpty())
        return {};
    QString repository = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype slash = repository.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = repository.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        repository.truncate(colon);
    return repository + QLatin1Char('@') + digest;
}

void recordHeld(KasmAgent &agent, const AgentImageUpdate &update)
{
    const auto at = std::lower_bound(agent.inventory.begin(), agent.inventory.end(), update.reference,
                                     [](const AgentImage &i, const QString &r) { return i.reference < r; });
    AgentImage image;
    if (at != agent.inventory.end() && at->reference == update.reference)
        image = *at; // keeps what the fleet does not know (size, local id)
    image.reference = update.reference;
    if (image.tags.isEmpty())
        image.tags = {update.reference};
    image.digests.clear();
    if (const QString held = repoDigest(update.reference, update.digest); !held.isEmpty())
        image.digests = {held};
    image.pulledAt = update.since;
    if (at != agent.inventory.end() && at->reference == update.reference)
        *at = image;
    else
        agent.inventory.insert(at, image);
}

void recordFailure(KasmAgent &agent, const AgentImageUpdate &update)
{
    const auto at = std::lower_bound(agent.pullFailures.begin(), agent.pullFailures.end(), update.reference,
                                     [](const AgentPullFailure &f, const QString &r) { return f.reference < r; });
    const AgentPullFailure failure{update.reference, update.failure, update.failedAt};
    if (at != agent.pullFailures.end() && at->reference == update.reference)
        *at = failure;
    else
        agent.pullFailures.insert(at, failure);
}

} // namespace

void applyPullReport(KasmAgent &agent, const AgentPullReport &report)
{
    if (report.checkedInAt.isValid())
        agent.lastReported = report.checkedInAt;
    for (const AgentImageUpdate &update : report.images) {
        if (update.holds)
            recordHeld(agent, update);
        if (update.failure.isEmpty())
            agent.pullFailures.removeIf([&](const AgentPullFailure &f) { return f.reference == update.reference; });
        else
            recordFailure(agent, update);
    }
}

} // namespace steward::kasm
