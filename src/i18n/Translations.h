#pragma once

class QCoreApplication;

namespace steward {

// Installs ImageSteward's own translation (embedded under :/i18n, built from every library's messages) and Qt's own,
// both for the system locale. Both executables call it once, right after creating the application object.
void installTranslations(QCoreApplication &app);

} // namespace steward
