#include "workflow/PlanTestHook.h"

namespace steward::workflow {

namespace {

StepEffectHook &hook()
{
    static StepEffectHook installed;
    return installed;
}

} // namespace

void setStepEffectHook(StepEffectHook installed)
{
    hook() = std::move(installed);
}

void stepEffectHappened(const store::PromotionStep &step)
{
    if (hook())
        hook()(step);
}

} // namespace steward::workflow
