<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>steward::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="20"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="21"/>
        <source>No images registered yet.
Register an image from a registry to manage its tags, tests and deployment.</source>
        <translation>Noch keine Images registriert.
Registrieren Sie ein Image aus einer Registry, um seine Tags, Tests und Bereitstellung zu verwalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="25"/>
        <source>Test groups</source>
        <translation>Testgruppen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="25"/>
        <source>No test group chosen.
Pick the Kasm group whose members verify new tags.</source>
        <translation>Keine Testgruppe gewählt.
Wählen Sie die Kasm-Gruppe, deren Mitglieder neue Tags prüfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="27"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="27"/>
        <source>Nothing to promote.
Drag a verified tag here to switch the user-facing image.</source>
        <translation>Nichts bereitzustellen.
Ziehen Sie einen geprüften Tag hierher, um das Image der Benutzer umzustellen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="29"/>
        <source>Registries and pull quota</source>
        <translation>Registries und Pull-Kontingent</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="30"/>
        <source>No registries known yet.
Add a registry login to see its rate limit and when it will run out.</source>
        <translation>Noch keine Registries bekannt.
Fügen Sie eine Registry-Anmeldung hinzu, um ihr Limit zu sehen und wann es aufgebraucht ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="51"/>
        <source>About ImageSteward</source>
        <translation>Über ImageSteward</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="52"/>
        <source>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Build, push, test and deploy custom Kasm Workspaces images, and see when your agents will pull them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Eigene Kasm-Workspaces-Images bauen, pushen, testen und bereitstellen – und sehen, wann Ihre Agents sie laden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="56"/>
        <source>No deployment connected</source>
        <translation>Keine Bereitstellung verbunden</translation>
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
