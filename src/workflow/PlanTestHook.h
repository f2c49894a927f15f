#pragma once

#include "store/PromotionJournal.h"

#include <functional>

namespace steward::workflow {

// Test-only: called after a step's change went through and before the journal records the step done, the one moment
// a crash leaves a change without its record. stewardctl sets it from STEWARDCTL_KILL_AT=effect:N so that the tests
// can SIGKILL a real process there; nothing else sets it, and unset it does nothing. Set it before any plan runs.
using StepEffectHook = std::function<void(const store::PromotionStep &step)>;
void setStepEffectHook(StepEffectHook hook);
void stepEffectHappened(const store::PromotionStep &step);

} // namespace steward::workflow
