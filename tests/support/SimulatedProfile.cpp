#include "SimulatedProfile.h"

#include "AwaitFuture.h"
#include "core/Clock.h"
#include "core/Teardown.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"

#include <QTemporaryDir>
#include <QTest>

namespace steward::test {

SimulatedProfile::SimulatedProfile() = default;

SimulatedProfile::~SimulatedProfile()
{
    // A test that failed before its cleanup still lets go in order.
    if (m_folder)
        (void)close(0);
}

Status SimulatedProfile::open(const QString &registryHostPort)
{
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid())
        return fail(ErrorCode::Storage, QStringLiteral("no temporary profile folder: %1").arg(m_folder->errorString()));
    m_deployment = std::make_shared<kasm::SimulatedDeployment>(
        std::make_unique<kasm::CatalogSimulatedStorage>(m_folder->path()), WallClock::instance());
    if (Status opened = awaitResult(m_deployment->open(kasm::demoDataSet(registryHostPort))); !opened)
        return fail(ErrorCode::Storage,
                    QStringLiteral("the simulated deployment did not open: %1").arg(opened.error().toString()));
    m_catalog = std::make_shared<store::CatalogWorker>();
    store::CatalogOptions options;
    options.profileDir = m_folder->path();
    if (const Result<int> opened = awaitResult(m_catalog->open(options)); !opened)
        return fail(ErrorCode::Storage,
                    QStringLiteral("the profile's catalog did not open: %1").arg(opened.error().toString()));
    // Released by DeleteLater, as the app does: a plan still in flight may hold the last reference inside one of the
    // client's own reply handlers.
    m_client = std::shared_ptr<registry::RegistryClient>(new registry::RegistryClient, steward::DeleteLater{});
    return {};
}

bool SimulatedProfile::close(int timeoutMs)
{
    const bool released = !m_deployment || QTest::qWaitFor([this] { return m_deployment.use_count() == 1; }, timeoutMs);
    m_client.reset();
    m_catalog.reset();
    m_deployment.reset();
    m_folder.reset();
    steward::drainPostedEvents();
    return released;
}

QString SimulatedProfile::path() const
{
    return m_folder ? m_folder->path() : QString();
}

QString SimulatedProfile::imageId(const QString &friendlyName) const
{
    for (const KasmImage &image : m_deployment->snapshot().images) {
        if (image.friendlyName == friendlyName)
            return image.imageId;
    }
    return {};
}

} // namespace steward::test
