#pragma once

#include "kasm/SimulatedStorage.h"

#include <memory>

namespace steward {

namespace store {
class Catalog;
}

// The simulated deployment in the profile's catalog: the images, groups, image_groups, zones, agents and
// agent_inventory tables. A save is one transaction. Image rows keep the columns other layers own (stage, links):
// only Kasm's fields are written. Simplifications the tables impose: an inventory entry keeps one digest and is
// known by its reference; groups keep no priority; a zone keeps no upstream address.
class CatalogSimulatedStorage final : public SimulatedStorage
{
public:
    explicit CatalogSimulatedStorage(std::shared_ptr<store::Catalog> catalog);
    ~CatalogSimulatedStorage() override;

    Result<SimulatedState> load() override;
    Status save(const SimulatedState &state) override;
    Status saveAgent(const SimulatedState &state, const KasmAgent &agent) override;
    QString location() const override;

private:
    std::shared_ptr<store::Catalog> m_catalog;
};

} // namespace steward
