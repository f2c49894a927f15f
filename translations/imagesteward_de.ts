<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="26"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="36"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="39"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="44"/>
        <source>&amp;About ImageSteward</source>
        <translation>Ü&amp;ber ImageSteward</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="48"/>
        <source>Kasm Workspaces image steward</source>
        <translation>Verwaltet die Images einer Kasm-Workspaces-Installation</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="52"/>
        <source>Use the profile in DIR.</source>
        <translation>Das Profil im Verzeichnis DIR verwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="57"/>
        <source>Seed a new profile&apos;s simulated deployment with images from the registry HOST:PORT (default %1).</source>
        <translation>Die simulierte Bereitstellung eines neuen Profils mit Images aus der Registry HOST:PORT füllen (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>steward::AgentSummary</name>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="16"/>
        <source>No agents</source>
        <translation>Keine Agents</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="17"/>
        <source>Agents: %1 · Zones: %2</source>
        <translation>Agents: %1 · Zonen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="25"/>
        <source>The deployment reports no agents, so nothing pulls images.</source>
        <translation>Die Bereitstellung meldet keine Agents, daher lädt niemand Images.</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="27"/>
        <source>Agents per zone:</source>
        <translation>Agents je Zone:</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentSummary.cpp" line="36"/>
        <source>in no known zone: %1</source>
        <translation>in keiner bekannten Zone: %1</translation>
    </message>
</context>
<context>
    <name>steward::GroupListModel</name>
    <message>
        <location filename="../src/gui/groups/GroupListModel.cpp" line="86"/>
        <source>%1 (test group)</source>
        <translation>%1 (Testgruppe)</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupListModel.cpp" line="89"/>
        <source>Images assigned: %1</source>
        <translation>Zugewiesene Images: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupListModel.cpp" line="91"/>
        <source>Its members verify candidate images before they are deployed.</source>
        <translation>Ihre Mitglieder prüfen Kandidaten-Images, bevor sie bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>steward::ImageTableModel</name>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="107"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="107"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="109"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="111"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="113"/>
        <source>none (not pulled)</source>
        <translation>keine (wird nicht geladen)</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="127"/>
        <source>Users can start it; agents pull it.</source>
        <translation>Benutzer können es starten; Agents laden es.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="128"/>
        <source>Disabled: users cannot start it and agents do not pull it.</source>
        <translation>Deaktiviert: Benutzer können es nicht starten, und Agents laden es nicht.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="130"/>
        <source>Assigned to no group: nobody can start it.</source>
        <translation>Keiner Gruppe zugewiesen: Niemand kann es starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="133"/>
        <source>Uncompressed size as Kasm reports it</source>
        <translation>Unkomprimierte Größe laut Kasm</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="134"/>
        <source>Kasm reports no size for this image.</source>
        <translation>Kasm meldet für dieses Image keine Größe.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="136"/>
        <source>No registry is set, so agents never pull this image.</source>
        <translation>Keine Registry eingetragen, daher laden Agents dieses Image nie.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="172"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="174"/>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="178"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="180"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageTableModel.cpp" line="182"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
</context>
<context>
    <name>steward::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="27"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="28"/>
        <source>No images registered yet.
Register an image from a registry to manage its tags, tests and deployment.</source>
        <translation>Noch keine Images registriert.
Registrieren Sie ein Image aus einer Registry, um seine Tags, Tests und Bereitstellung zu verwalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="32"/>
        <source>Test groups</source>
        <translation>Testgruppen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="32"/>
        <source>No test group chosen.
Pick the Kasm group whose members verify new tags.</source>
        <translation>Keine Testgruppe gewählt.
Wählen Sie die Kasm-Gruppe, deren Mitglieder neue Tags prüfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="34"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="34"/>
        <source>Nothing to promote.
Drag a verified tag here to switch the user-facing image.</source>
        <translation>Nichts bereitzustellen.
Ziehen Sie einen geprüften Tag hierher, um das Image der Benutzer umzustellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="36"/>
        <source>Registries and pull quota</source>
        <translation>Registries und Pull-Kontingent</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="37"/>
        <source>No registries known yet.
Add a registry login to see its rate limit and when it will run out.</source>
        <translation>Noch keine Registries bekannt.
Fügen Sie eine Registry-Anmeldung hinzu, um ihr Limit zu sehen und wann es aufgebraucht ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="79"/>
        <source>About ImageSteward</source>
        <translation>Über ImageSteward</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="80"/>
        <source>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Build, push, test and deploy custom Kasm Workspaces images, and see when your agents will pull them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Eigene Kasm-Workspaces-Images bauen, pushen, testen und bereitstellen – und sehen, wann Ihre Agents sie laden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="84"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="124"/>
        <source>No deployment connected</source>
        <translation>Keine Bereitstellung verbunden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="105"/>
        <source>Opening the deployment…</source>
        <translation>Bereitstellung wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="147"/>
        <source>Simulated deployment · %1</source>
        <translation>Simulierte Bereitstellung · %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="149"/>
        <source>Kasm Workspaces at %1</source>
        <translation>Kasm Workspaces unter %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="151"/>
        <source>Kasm Workspaces %1 at %2</source>
        <translation>Kasm Workspaces %1 unter %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="179"/>
        <source>The deployment cannot be shown.
%1</source>
        <translation>Die Bereitstellung kann nicht angezeigt werden.
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="180"/>
        <source>No groups: the deployment cannot be shown.</source>
        <translation>Keine Gruppen: Die Bereitstellung kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="184"/>
        <source>Deployment not available</source>
        <translation>Bereitstellung nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="189"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="191"/>
        <source>Loading deployment…</source>
        <translation>Bereitstellung wird geladen …</translation>
    </message>
</context>
<context>
    <name>steward::SessionFallbackPrompt</name>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="50"/>
        <source>the registry login of %1 at %2</source>
        <translation>die Registry-Anmeldung von %1 bei %2</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="52"/>
        <source>the Kasm API key %1 for %2</source>
        <translation>den Kasm-API-Schlüssel %1 für %2</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="78"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="79"/>
        <source>The desktop keychain cannot store %1.</source>
        <translation>Der Schlüsselbund des Desktops kann %1 nicht speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="81"/>
        <source>The keychain reported: %1

ImageSteward can keep the secret in memory until it quits. It is never written to disk, and you will be asked for it again next time.</source>
        <translation>Der Schlüsselbund meldete: %1

ImageSteward kann das Geheimnis bis zum Beenden im Arbeitsspeicher behalten. Es wird nie auf die Festplatte geschrieben, und Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="83"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="84"/>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
</context>
</TS>
