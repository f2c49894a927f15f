<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../ui/activity/ActivityPane.ui" line="23"/>
        <source>Image (name or id)</source>
        <translation>Image (Name oder ID)</translation>
    </message>
</context>
<context>
    <name>AgentsPane</name>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="11"/>
        <source>&lt;b&gt;Agents and pulls&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents und Pulls&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="18"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="25"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="32"/>
        <source>&amp;Step 30 s</source>
        <translation>&amp;Schritt 30 s</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="39"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="52"/>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="59"/>
        <source>&amp;Live mode (real pulls)</source>
        <translation>&amp;Live-Modus (echte Pulls)</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="117"/>
        <source>Filter by agent</source>
        <translation>Nach Agent filtern</translation>
    </message>
    <message>
        <location filename="../ui/agents/AgentsPane.ui" line="124"/>
        <source>Filter by image</source>
        <translation>Nach Image filtern</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <location filename="../ui/groups/GroupsPane.ui" line="54"/>
        <source>I&amp;mages in the group:</source>
        <translation>I&amp;mages in der Gruppe:</translation>
    </message>
</context>
<context>
    <name>ImageEditDialog</name>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="22"/>
        <source>&amp;Friendly name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="32"/>
        <source>What users see in the Kasm dashboard</source>
        <translation>Was Benutzer im Kasm-Dashboard sehen</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="39"/>
        <source>&amp;Image name:</source>
        <translation>&amp;Image-Name:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="49"/>
        <source>registry.example:5000/team/chrome:20261128-0400</source>
        <translation>registry.example:5000/team/chrome:20261128-0400</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="72"/>
        <source>Docker &amp;registry:</source>
        <translation>Docker-&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="82"/>
        <source>Agents pull only when a registry is set</source>
        <translation>Agents ziehen nur, wenn eine Registry eingetragen ist</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="89"/>
        <source>Registry &amp;login:</source>
        <translation>Registry-An&amp;meldung:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="102"/>
        <source>&amp;Cores:</source>
        <translation>&amp;Kerne:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="128"/>
        <source>&amp;Memory:</source>
        <translation>Arbeitss&amp;peicher:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="151"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="164"/>
        <source>&amp;Enabled: users can start it and agents pull it</source>
        <translation>Akti&amp;viert: Benutzer können es starten und Agents ziehen es</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="171"/>
        <source>&amp;Thumbnail URL:</source>
        <translation>&amp;Thumbnail-URL:</translation>
    </message>
    <message>
        <location filename="../ui/images/ImageEditDialog.ui" line="184"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>ImagesPane</name>
    <message>
        <location filename="../ui/images/ImagesPane.ui" line="23"/>
        <source>Filter images (name, reference, group…)</source>
        <translation>Images filtern (Name, Referenz, Gruppe…)</translation>
    </message>
</context>
<context>
    <name>KasmConnectDialog</name>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="6"/>
        <source>Connect to a Kasm Workspaces server</source>
        <translation>Mit einem Kasm-Workspaces-Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="12"/>
        <source>Create an API key under Settings → Developers in Kasm. The secret goes to the desktop keychain; the connection is tested before it is stored.</source>
        <translation>Erstellen Sie in Kasm unter Settings → Developers einen API-Schlüssel. Das Geheimnis wird im Schlüsselbund des Desktops abgelegt; die Verbindung wird vor dem Speichern getestet.</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="24"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="34"/>
        <source>https://kasm.example</source>
        <translation>https://kasm.example</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="41"/>
        <source>API &amp;key id:</source>
        <translation>API-&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="54"/>
        <source>API key &amp;secret:</source>
        <translation>API-Schlüssel-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="71"/>
        <source>&amp;CA file (optional):</source>
        <translation>&amp;CA-Datei (optional):</translation>
    </message>
    <message>
        <location filename="../ui/registries/KasmConnectDialog.ui" line="86"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="6"/>
        <source>Log in to a registry</source>
        <translation>Bei einer Registry anmelden</translation>
    </message>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="12"/>
        <source>The password goes to the desktop keychain; the profile keeps only the user name.</source>
        <translation>Das Passwort wird im Schlüsselbund des Desktops abgelegt; das Profil speichert nur den Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="24"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="34"/>
        <source>docker.io or registry.example:5000</source>
        <translation>docker.io oder registry.example:5000</translation>
    </message>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="41"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/registries/LoginDialog.ui" line="54"/>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="75"/>
        <location filename="../ui/mainwindow/MainWindow.ui" line="157"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="80"/>
        <location filename="../ui/mainwindow/MainWindow.ui" line="173"/>
        <source>&amp;Activity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="85"/>
        <location filename="../ui/mainwindow/MainWindow.ui" line="181"/>
        <source>&amp;Registries</source>
        <translation>&amp;Registries</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="90"/>
        <location filename="../ui/mainwindow/MainWindow.ui" line="189"/>
        <source>A&amp;gents and pulls</source>
        <translation>A&amp;gents und Pulls</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="107"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="113"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="118"/>
        <source>&amp;Promotion</source>
        <translation>&amp;Promotion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="144"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="149"/>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="152"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="160"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="165"/>
        <source>Test &amp;Groups</source>
        <translation>Test&amp;gruppen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="168"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="176"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="184"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="192"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.ui" line="197"/>
        <source>&amp;About ImageSteward</source>
        <translation>Ü&amp;ber ImageSteward</translation>
    </message>
</context>
<context>
    <name>ManageImageDialog</name>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="22"/>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="35"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="45"/>
        <source>registry.example:5000/team/chrome</source>
        <translation>registry.example:5000/team/chrome</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="62"/>
        <source>Registry &amp;login:</source>
        <translation>Registry-An&amp;meldung:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="75"/>
        <source>&amp;Test groups:</source>
        <translation>&amp;Testgruppen:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="91"/>
        <source>Space checks or unchecks the current group</source>
        <translation>Die Leertaste hakt die aktuelle Gruppe an oder ab</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="98"/>
        <source>Deploy strategy:</source>
        <translation>Bereitstellungsstrategie:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="107"/>
        <source>&amp;Pin</source>
        <translation>&amp;Pin (festlegen)</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="117"/>
        <source>A deploy sets the user-facing image to the verified build&apos;s unique tag.</source>
        <translation>Eine Bereitstellung setzt das Image der Benutzer auf den eindeutigen Tag des verifizierten Builds.</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="124"/>
        <source>Mo&amp;ve</source>
        <translation>&amp;Verschieben (Move)</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="131"/>
        <source>A deploy moves the moving tag to the verified build; agents pull it within the hour.</source>
        <translation>Eine Bereitstellung verschiebt den wandernden Tag auf den verifizierten Build; die Agents ziehen ihn binnen einer Stunde.</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="140"/>
        <source>&amp;Unique tag:</source>
        <translation>&amp;Eindeutiger Tag:</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="150"/>
        <source>%Y %m %d %H %M %S in UTC, {version} for the image&apos;s version label</source>
        <translation>%Y %m %d %H %M %S in UTC, {version} für das Versions-Label des Images</translation>
    </message>
    <message>
        <location filename="../ui/managed/ManageImageDialog.ui" line="167"/>
        <source>&amp;Moving tag:</source>
        <translation>&amp;Wandernder Tag:</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="22"/>
        <source>Managed &amp;image:</source>
        <translation>Verwaltetes &amp;Image:</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="39"/>
        <source>CI &amp;engine:</source>
        <translation>CI-&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="52"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="64"/>
        <source>The root of the repository that holds the Dockerfile</source>
        <translation>Das Wurzelverzeichnis des Repositorys mit dem Dockerfile</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="71"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="80"/>
        <source>Also write a starter &amp;Dockerfile on a Kasm core image</source>
        <translation>Auch ein Start-Docker&amp;file auf einem Kasm-Core-Image schreiben</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="87"/>
        <source>Base i&amp;mage:</source>
        <translation>&amp;Basis-Image:</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="100"/>
        <source>After tagging, send each build to &amp;test in Kasm</source>
        <translation>Nach dem Taggen jeden Build zum &amp;Test in Kasm schicken</translation>
    </message>
    <message>
        <location filename="../ui/managed/PipelineDialog.ui" line="125"/>
        <source>The files written and the secret variables to define in the CI engine appear here.</source>
        <translation>Hier erscheinen die geschriebenen Dateien und die geheimen Variablen, die in der CI-Engine anzulegen sind.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="14"/>
        <source>Promotion plan</source>
        <translation>Promotion-Plan</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="30"/>
        <source>Steps, in order (each is journaled before it runs):</source>
        <translation>Schritte, der Reihe nach (jeder wird im Journal festgehalten, bevor er läuft):</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="97"/>
        <source>Deploy options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="103"/>
        <source>&amp;Strategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="113"/>
        <source>Pin: the image names the unique tag. Move: the moving tag is moved to the digest. The managed image&apos;s strategy is chosen first.</source>
        <translation>Anheften: Das Image nennt den eindeutigen Tag. Verschieben: Der mitlaufende Tag wird auf den Digest verschoben. Zuerst ist die Strategie des verwalteten Images gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="120"/>
        <source>Pin by &amp;digest (repository@sha256:…) instead of the unique tag</source>
        <translation>Per &amp;Digest anheften (repository@sha256:…) statt per eindeutigem Tag</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="127"/>
        <source>&amp;Force: deploy a digest nobody verified</source>
        <translation>&amp;Erzwingen: einen Digest bereitstellen, den niemand verifiziert hat</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="134"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="144"/>
        <source>Why it cannot wait for verification (recorded with the deploy)</source>
        <translation>Warum es nicht auf die Verifizierung warten kann (wird mit der Bereitstellung festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="157"/>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="180"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="183"/>
        <source>Run the rollback plan: back to what the users had before</source>
        <translation>Den Plan zum Zurückrollen ausführen: zurück zu dem, was die Benutzer vorher hatten</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="190"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="200"/>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="203"/>
        <source>Stop before the next step; the plan stays unfinished, to resume or abandon later (Promotion → Unfinished plans…)</source>
        <translation>Vor dem nächsten Schritt anhalten; der Plan bleibt unvollendet, um ihn später fortzusetzen oder zu verwerfen (Promotion → Unvollendete Pläne…)</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PlanDialog.ui" line="210"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="14"/>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="20"/>
        <source>Checks the image the way a Kasm agent pulls it, without downloading its layers. The manifest read counts as one pull on registries with a pull quota.</source>
        <translation>Prüft das Image so, wie ein Kasm-Agent es zieht, ohne seine Layer herunterzuladen. Das Lesen des Manifests zählt bei Registries mit Pull-Kontingent als ein Pull.</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="32"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="46"/>
        <source>Agent &amp;platform:</source>
        <translation>&amp;Plattform der Agents:</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="62"/>
        <source>The agents&apos; operating system and CPU, as os/architecture[/variant]; type another one if needed.</source>
        <translation>Betriebssystem und CPU der Agents, als os/architecture[/variant]; bei Bedarf eine andere eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="79"/>
        <source>Agent&apos;s free &amp;disk:</source>
        <translation>Freier &amp;Speicher des Agents:</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="89"/>
        <source>Free disk on the agent, in MB; leave it at &quot;unknown&quot; to skip the disk check.</source>
        <translation>Freier Speicherplatz auf dem Agent in MB; auf „unbekannt“ lassen, um die Speicherprüfung zu überspringen.</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="92"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/images/PreflightDialog.ui" line="95"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>PromotionBoardPane</name>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="23"/>
        <source>&amp;Managed image:</source>
        <translation>&amp;Verwaltetes Image:</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="83"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="90"/>
        <source>A&amp;bandon</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="112"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="154"/>
        <source>Candidates lane</source>
        <translation>Spalte Kandidaten</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="164"/>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="206"/>
        <source>Testing lane</source>
        <translation>Spalte Test</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="216"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="258"/>
        <source>Verified lane</source>
        <translation>Spalte Verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="268"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../ui/promotion/PromotionBoardPane.ui" line="310"/>
        <source>Production lane</source>
        <translation>Spalte Produktion</translation>
    </message>
</context>
<context>
    <name>RegistriesPane</name>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="11"/>
        <source>&lt;b&gt;Registries and pull quota&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registrys und Pull-Kontingent&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="25"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="32"/>
        <source>Log &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="39"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="46"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="49"/>
        <source>The registry&apos;s CA certificate, &quot;insecure&quot;, and a pull limit set by hand</source>
        <translation>Das CA-Zertifikat der Registry, „unsicher“ und ein von Hand gesetztes Pull-Limit</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="56"/>
        <source>&amp;Import docker logins…</source>
        <translation>Docker-Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="126"/>
        <source>Kasm connection</source>
        <translation>Kasm-Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="145"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistriesPane.ui" line="152"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
</context>
<context>
    <name>RegistrySettingsDialog</name>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="12"/>
        <source>Registry settings</source>
        <translation>Registry-Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="18"/>
        <source>How ImageSteward and stewardctl talk to this registry. The login is kept apart, in the keychain.</source>
        <translation>Wie ImageSteward und stewardctl mit dieser Registry sprechen. Die Anmeldung liegt getrennt davon im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="30"/>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="40"/>
        <source>docker.io or registry.example:5000</source>
        <translation>docker.io oder registry.example:5000</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="47"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="59"/>
        <source>PEM file of a private registry&apos;s CA; empty: the system&apos;s CAs</source>
        <translation>PEM-Datei der CA einer privaten Registry; leer: die CAs des Systems</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="75"/>
        <source>Allow plain HTTP or unverified TLS (&amp;insecure)</source>
        <translation>Unverschlüsseltes HTTP oder ungeprüftes TLS erlauben (&amp;unsicher)</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="82"/>
        <source>Set the pull &amp;limit by hand</source>
        <translation>Pull-&amp;Limit von Hand setzen</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="89"/>
        <source>Pulls &amp;allowed:</source>
        <translation>&amp;Erlaubte Pulls:</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="111"/>
        <source>per &amp;window of</source>
        <translation>pro &amp;Zeitfenster von</translation>
    </message>
    <message>
        <location filename="../ui/registries/RegistrySettingsDialog.ui" line="136"/>
        <source>Counted &amp;per:</source>
        <translation>&amp;Gezählt pro:</translation>
    </message>
</context>
<context>
    <name>TagsPane</name>
    <message>
        <location filename="../ui/tags/TagsPane.ui" line="30"/>
        <source>Filter tags or digests</source>
        <translation>Tags oder Digests filtern</translation>
    </message>
</context>
<context>
    <name>UnfinishedPlansDialog</name>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="14"/>
        <source>Unfinished plans</source>
        <translation>Unvollendete Pläne</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="20"/>
        <source>Plans that stopped before their last step: a failure, a cancel, or the program closed while they ran. Resume one to go on from its first step not done, or abandon it to undo its done steps, last first.</source>
        <translation>Pläne, die vor ihrem letzten Schritt anhielten: ein Fehler, ein Abbruch, oder das Programm wurde geschlossen, während sie liefen. Setzen Sie einen fort, um beim ersten nicht erledigten Schritt weiterzumachen, oder verwerfen Sie ihn, um seine erledigten Schritte rückgängig zu machen, den letzten zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="40"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="45"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="50"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="55"/>
        <source>How far</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="60"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="68"/>
        <source>No unfinished plans.</source>
        <translation>Keine unvollendeten Pläne.</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="84"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="94"/>
        <source>&amp;Abandon</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="97"/>
        <source>Undo the plan&apos;s done steps, last first</source>
        <translation>Die erledigten Schritte des Plans rückgängig machen, den letzten zuerst</translation>
    </message>
    <message>
        <location filename="../ui/promotion/UnfinishedPlansDialog.ui" line="104"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="37"/>
        <source>Kasm Workspaces image steward</source>
        <translation>Verwaltet die Images einer Kasm-Workspaces-Installation</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>Use the profile in DIR.</source>
        <translation>Das Profil im Verzeichnis DIR verwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="46"/>
        <source>Seed a new profile&apos;s simulated deployment with images from the registry HOST:PORT (default %1).</source>
        <translation>Die simulierte Bereitstellung eines neuen Profils mit Images aus der Registry HOST:PORT füllen (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="52"/>
        <source>Use a dark palette whatever the desktop&apos;s colours (for desktops without a platform theme).</source>
        <translation>Eine dunkle Farbpalette verwenden, unabhängig von den Farben des Desktops (für Desktops ohne Plattform-Theme).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="113"/>
        <source>The catalog cannot be opened: %1</source>
        <translation>Der Katalog kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::core</name>
    <message>
        <location filename="../src/core/Digest.cpp" line="33"/>
        <source>the digest is empty; expected &quot;sha256:&quot; followed by 64 hex digits</source>
        <translation>Der Digest ist leer; erwartet wird „sha256:“ gefolgt von 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../src/core/Digest.cpp" line="37"/>
        <source>the digest &quot;%1&quot; has no algorithm; expected &quot;sha256:&quot; followed by 64 hex digits</source>
        <translation>Der Digest „%1“ hat keinen Algorithmus; erwartet wird „sha256:“ gefolgt von 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../src/core/Digest.cpp" line="46"/>
        <source>the digest algorithm &quot;%1&quot; is malformed; expected lowercase letters and digits such as &quot;sha256&quot;</source>
        <translation>Der Digest-Algorithmus „%1“ ist fehlerhaft; erwartet werden Kleinbuchstaben und Ziffern wie „sha256“</translation>
    </message>
    <message>
        <location filename="../src/core/Digest.cpp" line="56"/>
        <source>the digest algorithm &quot;%1&quot; is not supported; use sha256 (or sha512)</source>
        <translation>Der Digest-Algorithmus „%1“ wird nicht unterstützt; verwenden Sie sha256 (oder sha512)</translation>
    </message>
    <message>
        <location filename="../src/core/Digest.cpp" line="60"/>
        <source>the %1 digest hex &quot;%2&quot; must be exactly %3 lowercase hex digits (it has %4 characters)</source>
        <translation>Der %1-Digest „%2“ muss aus genau %3 hexadezimalen Kleinbuchstaben bzw. Ziffern bestehen (er hat %4 Zeichen)</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="33"/>
        <source>invalid image reference &quot;%1&quot;: the registry host &quot;%2&quot; is malformed (expected a host name or address with an optional :port)</source>
        <translation>Ungültige Image-Referenz „%1“: Der Registry-Host „%2“ ist fehlerhaft (erwartet wird ein Hostname oder eine Adresse mit optionalem :Port)</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="43"/>
        <source>invalid image reference &quot;%1&quot;: the registry port &quot;%2&quot; is not a port number (1-65535)</source>
        <translation>Ungültige Image-Referenz „%1“: Der Registry-Port „%2“ ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="53"/>
        <source>invalid image reference &quot;%1&quot;: the repository name is empty</source>
        <translation>Ungültige Image-Referenz „%1“: Der Repository-Name ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="60"/>
        <source>invalid image reference &quot;%1&quot;: the repository &quot;%2&quot; has an empty path component (a doubled or trailing &quot;/&quot;)</source>
        <translation>Ungültige Image-Referenz „%1“: Das Repository „%2“ hat einen leeren Pfadbestandteil (ein doppeltes oder abschließendes „/“)</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="65"/>
        <source>invalid image reference &quot;%1&quot;: the repository &quot;%2&quot; must be lowercase</source>
        <translation>Ungültige Image-Referenz „%1“: Das Repository „%2“ muss kleingeschrieben sein</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="70"/>
        <source>invalid image reference &quot;%1&quot;: the repository path component &quot;%2&quot; may only hold a-z, 0-9 and single separators (., _, __, -) between them</source>
        <translation>Ungültige Image-Referenz „%1“: Der Pfadbestandteil „%2“ darf nur a–z, 0–9 und dazwischen einzelne Trennzeichen (., _, __, -) enthalten</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="93"/>
        <source>invalid image reference &quot;%1&quot;: character %2 is a control character (%3); a reference is one line of printable text</source>
        <translation>Ungültige Image-Referenz „%1“: Zeichen %2 ist ein Steuerzeichen (%3); eine Referenz ist eine Zeile druckbarer Text</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="99"/>
        <source>the image reference is empty</source>
        <translation>Die Image-Referenz ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="102"/>
        <source>invalid image reference &quot;%1&quot;: it has leading or trailing spaces</source>
        <translation>Ungültige Image-Referenz „%1“: Sie hat führende oder abschließende Leerzeichen</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="113"/>
        <source>invalid image reference &quot;%1&quot;: %2</source>
        <translation>Ungültige Image-Referenz „%1“: %2</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="125"/>
        <source>invalid image reference &quot;%1&quot;: the tag after &quot;:&quot; is empty</source>
        <translation>Ungültige Image-Referenz „%1“: Der Tag nach „:“ ist leer</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="128"/>
        <source>invalid image reference &quot;%1&quot;: the tag is %2 characters long; the limit is %3</source>
        <translation>Ungültige Image-Referenz „%1“: Der Tag ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="135"/>
        <source>invalid image reference &quot;%1&quot;: the tag &quot;%2&quot; may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and must not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>Ungültige Image-Referenz „%1“: Der Tag „%2“ darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten und nicht mit „.“ oder „-“ beginnen</translation>
    </message>
    <message>
        <location filename="../src/core/ImageReference.cpp" line="167"/>
        <source>invalid image reference &quot;%1&quot;: the name &quot;%2/%3&quot; is %4 characters long; the limit is %5</source>
        <translation>Ungültige Image-Referenz „%1“: Der Name „%2/%3“ ist %4 Zeichen lang; erlaubt sind höchstens %5</translation>
    </message>
    <message>
        <location filename="../src/core/KasmImage.cpp" line="28"/>
        <source>no login user, password stored</source>
        <translation>kein Anmeldebenutzer, Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/KasmImage.cpp" line="28"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../src/core/KasmImage.cpp" line="29"/>
        <source>login: %1, password stored</source>
        <translation>Anmeldung: %1, Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../src/core/KasmImage.cpp" line="30"/>
        <source>login: %1, no password</source>
        <translation>Anmeldung: %1, kein Passwort</translation>
    </message>
</context>
<context>
    <name>steward::gui::ActivityPane</name>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="29"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="31"/>
        <source>Read the audit log again</source>
        <translation>Das Prüfprotokoll erneut lesen</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="41"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="42"/>
        <source>Opening the catalog…</source>
        <translation>Katalog wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="74"/>
        <source>The audit log cannot be read.
%1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="76"/>
        <source>Nothing has been changed yet.
Every change ImageSteward makes is listed here.</source>
        <translation>Noch wurde nichts geändert.
Jede Änderung, die ImageSteward vornimmt, wird hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="81"/>
        <source>%L1 entries, newest first.</source>
        <translation>%L1 Einträge, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="110"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../src/gui/activity/ActivityPane.cpp" line="111"/>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
</context>
<context>
    <name>steward::gui::AgentMatrixModel</name>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="230"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="232"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="234"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="236"/>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="238"/>
        <source>not pulled</source>
        <translation>nicht gezogen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="307"/>
        <source>no zone</source>
        <translation>keine Zone</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="308"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="347"/>
        <source>Zone and egress address: agents behind one address share a registry&apos;s anonymous quota.</source>
        <translation>Zone und Egress-Adresse: Agents hinter derselben Adresse teilen sich das anonyme Kontingent einer Registry.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="361"/>
        <source>The agent checks in with Kasm every %n second(s); an image it lacks is pulled then.</source>
        <translation>
            <numerusform>Der Agent meldet sich im Abstand von %n Sekunde bei Kasm; ein fehlendes Image wird dann gezogen.</numerusform>
            <numerusform>Der Agent meldet sich im Abstand von %n Sekunden bei Kasm; ein fehlendes Image wird dann gezogen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="371"/>
        <source>Every image the agent should hold is pulled again once an hour, even when present.</source>
        <translation>Jedes Image, das der Agent vorhalten soll, wird einmal pro Stunde erneut gezogen, auch wenn es vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="408"/>
        <source>held</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="417"/>
        <source>before the run</source>
        <translation>vor dem Lauf</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="421"/>
        <source>%1 holds %2 since %3; its inventory names no digest yet (the next pull tells it).</source>
        <translation>%1 hat %2 seit %3; sein Bestand nennt noch keinen Digest (der nächste Pull zeigt ihn).</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="423"/>
        <source>%1 holds %2 at %3, the digest its tag points at, since %4.</source>
        <translation>%1 hält %2 seit %4 mit %3, dem Digest, auf den sein Tag zeigt.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="426"/>
        <source>%1 holds %2 at %3 since %4, but the tag has moved to %5: the next hourly pull brings it.</source>
        <translation>%1 hält %2 seit %4 mit %3, aber der Tag zeigt inzwischen auf %5: Der nächste stündliche Pull holt ihn.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="429"/>
        <source>%1 does not hold %2 yet: it pulls it at its next check-in, unless the registry refuses.</source>
        <translation>%1 hält %2 noch nicht: Es wird bei der nächsten Meldung gezogen, sofern die Registry es nicht verweigert.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="433"/>
        <source>%1 still holds %2 at %3, but its pulls fail since %4: %5</source>
        <translation>%1 hält %2 noch mit %3, aber seine Pulls schlagen seit %4 fehl: %5</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="435"/>
        <source>%1 cannot pull %2 since %3: %4</source>
        <translation>%1 kann %2 seit %3 nicht ziehen: %4</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="437"/>
        <source>%1 never pulls %2: %3.</source>
        <translation>%1 zieht %2 nie: %3.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="459"/>
        <source>Zone · address</source>
        <translation>Zone · Adresse</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="461"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="463"/>
        <source>Next check-in</source>
        <translation>Nächste Meldung</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentMatrixModel.cpp" line="465"/>
        <source>Next hourly pull</source>
        <translation>Nächster Stunden-Pull</translation>
    </message>
</context>
<context>
    <name>steward::gui::AgentSummary</name>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="16"/>
        <source>No agents</source>
        <translation>Keine Agents</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="17"/>
        <source>Agents: %1 · Zones: %2</source>
        <translation>Agents: %1 · Zonen: %2</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="25"/>
        <source>The deployment reports no agents, so nothing pulls images.</source>
        <translation>Die Bereitstellung meldet keine Agents, daher lädt niemand Images.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="27"/>
        <source>Agents per zone:</source>
        <translation>Agents je Zone:</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/AgentSummary.cpp" line="36"/>
        <source>in no known zone: %1</source>
        <translation>in keiner bekannten Zone: %1</translation>
    </message>
</context>
<context>
    <name>steward::gui::AgentsPane</name>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="69"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="70"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="142"/>
        <source>No simulated fleet: a Kasm server&apos;s agents pull by themselves.</source>
        <translation>Keine simulierte Flotte: Die Agents eines Kasm-Servers ziehen selbstständig.</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="148"/>
        <source>The agents&apos; inventories were not saved: %1</source>
        <translation>Die Bestände der Agents wurden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/agents/AgentsPane.cpp" line="155"/>
        <source>Live mode reached the end of its schedule after %n real pull(s).</source>
        <translation>
            <numerusform>Der Live-Modus hat das Ende seines Zeitplans nach %n echtem Pull erreicht.</numerusform>
            <numerusform>Der Live-Modus hat das Ende seines Zeitplans nach %n echten Pulls erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/agents/AgentsPane.cpp" line="176"/>
        <source>Live: %n real pull(s) so far, schedule at %1</source>
        <translation>
            <numerusform>Live: bisher %n echter Pull, Zeitplan bei %1</numerusform>
            <numerusform>Live: bisher %n echte Pulls, Zeitplan bei %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="191"/>
        <source>Running: simulated %1 at ×%2</source>
        <translation>Läuft: simuliert %1 bei ×%2</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="192"/>
        <source>Paused at simulated %1</source>
        <translation>Angehalten bei simuliert %1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="205"/>
        <source>the account %1</source>
        <translation>das Konto %1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="206"/>
        <source>the address %1</source>
        <translation>die Adresse %1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="208"/>
        <source>%1 per %2 s</source>
        <translation>%1 pro %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="208"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="209"/>
        <source>• %1: about %2 pulls per hour against %3&apos;s quota (%4)</source>
        <translation>• %1: etwa %2 Pulls pro Stunde zulasten des Kontingents von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="214"/>
        <source>Live mode makes real pulls from the registries, on the real schedule: about %1 per hour.
%2

Pulls counted against a quota are spent for everyone behind that address or account. Start live mode?</source>
        <translation>Der Live-Modus führt echte Pulls von den Registrys nach dem echten Zeitplan aus: etwa %1 pro Stunde.
%2

Pulls, die auf ein Kontingent angerechnet werden, sind für alle hinter dieser Adresse oder diesem Konto verbraucht. Live-Modus starten?</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="224"/>
        <source>Start live mode?</source>
        <translation>Live-Modus starten?</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="228"/>
        <source>Start real pulls</source>
        <translation>Echte Pulls starten</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="151"/>
        <source>Live mode stopped: %1</source>
        <translation>Live-Modus beendet: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="248"/>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="256"/>
        <source>Live mode cannot start: %1</source>
        <translation>Der Live-Modus kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/agents/AgentsPane.cpp" line="260"/>
        <source>Live: waiting for the first check-in</source>
        <translation>Live: Warten auf die erste Meldung</translation>
    </message>
</context>
<context>
    <name>steward::gui::AuditLogModel</name>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="112"/>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="150"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="152"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="154"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="156"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../src/guimodels/activity/AuditLogModel.cpp" line="158"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>steward::gui::FleetEventModel</name>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="36"/>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="38"/>
        <source>moved to a new digest</source>
        <translation>auf neuen Digest gewechselt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="40"/>
        <source>digest identified</source>
        <translation>Digest ermittelt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="42"/>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="44"/>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="118"/>
        <source>%1 could not pull %2: %3</source>
        <translation>%1 konnte %2 nicht ziehen: %3</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="119"/>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="143"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="145"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="147"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="149"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/guimodels/agents/FleetEventModel.cpp" line="151"/>
        <source>Digest or reason</source>
        <translation>Digest oder Grund</translation>
    </message>
</context>
<context>
    <name>steward::gui::GroupListModel</name>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="94"/>
        <source>%1 (test group)</source>
        <translation>%1 (Testgruppe)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="97"/>
        <source>Images assigned: %1</source>
        <translation>Zugewiesene Images: %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="99"/>
        <source>Its members verify candidate images before they are deployed.</source>
        <translation>Ihre Mitglieder prüfen Kandidaten-Images, bevor sie bereitgestellt werden.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="169"/>
        <source>The image %1 is no longer in the deployment; nothing was assigned.</source>
        <translation>Das Image %1 ist nicht mehr im Deployment; nichts wurde zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="173"/>
        <source>&quot;%1&quot; changed since the drag began (it now uses %2, not %3); nothing was assigned. Drag it again.</source>
        <translation>„%1“ hat sich geändert, seit das Ziehen begann (es verwendet jetzt %2, nicht %3); nichts wurde zugewiesen. Ziehen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/groups/GroupListModel.cpp" line="184"/>
        <source>Already in the group: %1.</source>
        <translation>Bereits in der Gruppe: %1.</translation>
    </message>
</context>
<context>
    <name>steward::gui::GroupsPane</name>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="29"/>
        <source>%1 · images: %2</source>
        <translation>%1 · Images: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="38"/>
        <source>&amp;Remove from Group</source>
        <translation>Aus Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="72"/>
        <source>Test groups</source>
        <translation>Testgruppen</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="73"/>
        <source>No test group chosen.
Pick the Kasm group whose members verify new tags.</source>
        <translation>Keine Testgruppe gewählt.
Wählen Sie die Kasm-Gruppe, deren Mitglieder neue Tags prüfen.</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="99"/>
        <source>Loading deployment…</source>
        <translation>Bereitstellung wird geladen …</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="105"/>
        <source>No groups: the deployment cannot be shown.</source>
        <translation>Keine Gruppen: Die Bereitstellung kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="128"/>
        <source>No deployment is connected; nothing was assigned.</source>
        <translation>Kein Deployment verbunden; nichts wurde zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="129"/>
        <source>Assigning…</source>
        <translation>Wird zugewiesen …</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="141"/>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="149"/>
        <source>Assigned.</source>
        <translation>Zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="149"/>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="152"/>
        <source>The deployment could not be read again: %1</source>
        <translation>Das Deployment konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="161"/>
        <source>%1 was not assigned: %2</source>
        <translation>%1 wurde nicht zugewiesen: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/groups/GroupsPane.cpp" line="161"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>steward::gui::ImageDetailsModel</name>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="90"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="91"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="105"/>
        <source>Image id</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="106"/>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="107"/>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="108"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="109"/>
        <source>Thumbnail URL</source>
        <translation>Thumbnail-URL</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="110"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="111"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="112"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="113"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="114"/>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="115"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="116"/>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="117"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="118"/>
        <source>Docker registry</source>
        <translation>Docker-Registry</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="119"/>
        <source>Registry user</source>
        <translation>Registry-Benutzer</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="120"/>
        <source>Registry password stored</source>
        <translation>Registry-Passwort gespeichert</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="121"/>
        <source>Uncompressed size</source>
        <translation>Unkomprimierte Größe</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="122"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="123"/>
        <source>Restricted to a zone</source>
        <translation>Auf eine Zone beschränkt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="124"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="125"/>
        <source>Available (Kasm)</source>
        <translation>Verfügbar (Kasm)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="126"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="127"/>
        <source>Agents holding it</source>
        <translation>Agents, die es haben</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="128"/>
        <source>%1/%2 agents</source>
        <translation>%1/%2 Agents</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="129"/>
        <source>Digest the agents hold</source>
        <translation>Digest bei den Agents</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="174"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageDetailsModel.cpp" line="176"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>steward::gui::ImageEditDialog</name>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="29"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="31"/>
        <source>Any zone</source>
        <translation>Beliebige Zone</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="32"/>
        <source>None: agents pull anonymously</source>
        <translation>Keine: Agents ziehen anonym</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="35"/>
        <source>New image</source>
        <translation>Neues Image</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="60"/>
        <source>%1 at %2 (password in the keychain)</source>
        <translation>%1 bei %2 (Passwort im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="73"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="85"/>
        <source>Keep %1</source>
        <translation>Beibehalten: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="118"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="132"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="157"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="157"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImageEditDialog.cpp" line="159"/>
        <source>✔ Agents pull %1.</source>
        <translation>✔ Agents ziehen %1.</translation>
    </message>
</context>
<context>
    <name>steward::gui::ImageTableModel</name>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="144"/>
        <source>not managed</source>
        <translation>nicht verwaltet</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="146"/>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="148"/>
        <source>testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="177"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="177"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="179"/>
        <source>%1/%2 agents</source>
        <translation>%1/%2 Agents</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="181"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="183"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="185"/>
        <source>none (not pulled)</source>
        <translation>keine (wird nicht geladen)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="201"/>
        <source>ImageSteward does not run this image through test and deploy.</source>
        <translation>ImageSteward führt dieses Image nicht durch Test und Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="203"/>
        <source>The user-facing image of a managed image: users start it.</source>
        <translation>Das Image der Benutzer zu einem verwalteten Image: Benutzer starten es.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="205"/>
        <source>The test twin of a managed image: the test group verifies candidates with it.</source>
        <translation>Der Testzwilling eines verwalteten Images: Die Testgruppe verifiziert damit Kandidaten.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="213"/>
        <source>Not resolved yet: refresh its tags, or wait for an agent to pull it.</source>
        <translation>Noch nicht aufgelöst: Aktualisieren Sie seine Tags oder warten Sie, bis ein Agent es zieht.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="216"/>
        <source>In the registry: %1</source>
        <translation>In der Registry: %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="218"/>
        <source>Agents hold: %1</source>
        <translation>Agents haben: %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="221"/>
        <source>The agents do not all hold what the registry has: a new push is being pulled.</source>
        <translation>Nicht alle Agents haben, was die Registry hat: Ein neuer Push wird gerade gezogen.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="225"/>
        <source>%1 of the %2 enabled agents that can run this image hold %3.</source>
        <translation>%1 der %2 aktivierten Agents, die dieses Image ausführen können, haben %3.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="234"/>
        <source>Users can start it; agents pull it.</source>
        <translation>Benutzer können es starten; Agents laden es.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="235"/>
        <source>Disabled: users cannot start it and agents do not pull it.</source>
        <translation>Deaktiviert: Benutzer können es nicht starten, und Agents laden es nicht.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="237"/>
        <source>Assigned to no group: nobody can start it.</source>
        <translation>Keiner Gruppe zugewiesen: Niemand kann es starten.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="240"/>
        <source>Uncompressed size as Kasm reports it</source>
        <translation>Unkomprimierte Größe laut Kasm</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="241"/>
        <source>Kasm reports no size for this image.</source>
        <translation>Kasm meldet für dieses Image keine Größe.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="243"/>
        <source>No registry is set, so agents never pull this image.</source>
        <translation>Keine Registry eingetragen, daher laden Agents dieses Image nie.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="247"/>
        <source>Agents pull without logging in: the registry&apos;s anonymous pull limits apply.</source>
        <translation>Agents rufen ohne Anmeldung ab: Es gelten die Limits der Registry für anonyme Pulls.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="249"/>
        <source>Agents log in to the registry before pulling; Kasm keeps the password (ImageSteward never reads it).</source>
        <translation>Agents melden sich vor dem Abrufen bei der Registry an; Kasm verwahrt das Passwort (ImageSteward liest es nie).</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="251"/>
        <source>A login user without a password: agents&apos; pulls of a private image fail.</source>
        <translation>Ein Anmeldebenutzer ohne Passwort: Pulls der Agents von einem privaten Image schlagen fehl.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="295"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="297"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="299"/>
        <source>Image reference</source>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="301"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="303"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="305"/>
        <source>Available on</source>
        <translation>Verfügbar auf</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="307"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="309"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="311"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/ImageTableModel.cpp" line="313"/>
        <source>Registry login</source>
        <translation>Registry-Anmeldung</translation>
    </message>
</context>
<context>
    <name>steward::gui::ImagesPane</name>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="35"/>
        <source>&amp;New Image…</source>
        <translation>&amp;Neues Image…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="35"/>
        <source>&amp;Edit Image…</source>
        <translation>Image &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="36"/>
        <source>&amp;Delete Image…</source>
        <translation>Image &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="37"/>
        <source>&amp;Assign to Group…</source>
        <translation>Einer Gruppe &amp;zuweisen…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="38"/>
        <source>&amp;Preflight…</source>
        <translation>&amp;Vorabprüfung…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="38"/>
        <source>&amp;Manage…</source>
        <translation>Ver&amp;walten…</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="39"/>
        <source>Image &amp;Details</source>
        <translation>Image-&amp;Details</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="64"/>
        <source>Check that an agent can pull the current image, step by step</source>
        <translation>Schritt für Schritt prüfen, ob ein Agent das aktuelle Image ziehen kann</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="67"/>
        <source>Run the current image through test and deploy: its repository, test groups and deploy strategy</source>
        <translation>Das aktuelle Image durch Test und Bereitstellung führen: sein Repository, seine Testgruppen und seine Bereitstellungsstrategie</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="94"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="95"/>
        <source>No images registered yet.
Register an image from a registry to manage its tags, tests and deployment.</source>
        <translation>Noch keine Images registriert.
Registrieren Sie ein Image aus einer Registry, um seine Tags, Tests und Bereitstellung zu verwalten.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="154"/>
        <source>Loading deployment…</source>
        <translation>Bereitstellung wird geladen …</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="160"/>
        <source>The deployment cannot be shown.
%1</source>
        <translation>Die Bereitstellung kann nicht angezeigt werden.
%1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="203"/>
        <source>Show or hide the current image&apos;s fields under the images table</source>
        <translation>Die Felder des aktuellen Images unter der Image-Tabelle zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="334"/>
        <source>The profile&apos;s logins cannot be read here.</source>
        <translation>Die Anmeldungen des Profils können hier nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="345"/>
        <source>The keychain has no password for the login at %1; log in again (stewardctl login %1).</source>
        <translation>Der Schlüsselbund hat kein Passwort für die Anmeldung bei %1; melden Sie sich erneut an (stewardctl login %1).</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="362"/>
        <source>Saved &quot;%1&quot; (%2).</source>
        <translation>„%1“ (%2) gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="392"/>
        <source>Delete image</source>
        <translation>Image löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="393"/>
        <source>Delete &quot;%1&quot; (%2) from the deployment?</source>
        <translation>„%1“ (%2) aus dem Deployment löschen?</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="396"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="400"/>
        <source>Nothing else depends on it.</source>
        <translation>Nichts anderes hängt davon ab.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="401"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="413"/>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="417"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="418"/>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="431"/>
        <source>Assign to group</source>
        <translation>Einer Gruppe zuweisen</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="432"/>
        <source>Assign &quot;%1&quot; to the group:</source>
        <translation>„%1“ der Gruppe zuweisen:</translation>
    </message>
    <message>
        <location filename="../src/gui/images/ImagesPane.cpp" line="469"/>
        <source>The deployment could not be read again: %1</source>
        <translation>Das Deployment konnte nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::gui::KasmConnectDialog</name>
    <message>
        <location filename="../src/gui/registries/KasmConnectDialog.cpp" line="18"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/KasmConnectDialog.cpp" line="23"/>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/KasmConnectDialog.cpp" line="46"/>
        <source>Enter the server&apos;s URL, the API key id and its secret.</source>
        <translation>Geben Sie die URL des Servers, die API-Schlüssel-ID und das zugehörige Geheimnis ein.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/KasmConnectDialog.cpp" line="51"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>steward::gui::LoginDialog</name>
    <message>
        <location filename="../src/gui/registries/LoginDialog.cpp" line="21"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/LoginDialog.cpp" line="51"/>
        <source>Enter the registry and the user name.</source>
        <translation>Geben Sie die Registry und den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/LoginDialog.cpp" line="56"/>
        <source>The profile&apos;s catalog is not open yet; try again in a moment.</source>
        <translation>Der Katalog des Profils ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/LoginDialog.cpp" line="61"/>
        <source>Storing the password in %1…</source>
        <translation>Passwort wird in %1 gespeichert…</translation>
    </message>
</context>
<context>
    <name>steward::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="78"/>
        <source>About ImageSteward</source>
        <translation>Über ImageSteward</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="79"/>
        <source>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Build, push, test and deploy custom Kasm Workspaces images, and see when your agents will pull them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ImageSteward %1&lt;/b&gt;&lt;p&gt;Eigene Kasm-Workspaces-Images bauen, pushen, testen und bereitstellen – und sehen, wann Ihre Agents sie laden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="83"/>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="313"/>
        <source>No deployment connected</source>
        <translation>Keine Bereitstellung verbunden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="121"/>
        <source>&amp;Generate Pipeline…</source>
        <translation>&amp;Pipeline erzeugen…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="124"/>
        <source>Write the managed image&apos;s scheduled build pipeline for a CI engine</source>
        <translation>Die zeitgesteuerte Build-Pipeline des verwalteten Images für eine CI-Engine schreiben</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="133"/>
        <source>Managing an image needs a deployment and a profile.</source>
        <translation>Zum Verwalten eines Images sind ein Deployment und ein Profil nötig.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="139"/>
        <source>The managed image was saved.</source>
        <translation>Das verwaltete Image wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="145"/>
        <source>The image is no longer managed.</source>
        <translation>Das Image wird nicht mehr verwaltet.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="155"/>
        <source>Generating a pipeline needs a profile.</source>
        <translation>Zum Erzeugen einer Pipeline ist ein Profil nötig.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="210"/>
        <source>The stored registry logins could not all be read: %1</source>
        <translation>Die gespeicherten Registry-Anmeldungen konnten nicht alle gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="243"/>
        <source>&amp;Promotion board</source>
        <translation>&amp;Promotion-Board</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="246"/>
        <source>Move the keyboard to the promotion board&apos;s first lane</source>
        <translation>Die Tastatur auf die erste Spalte des Promotion-Boards setzen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="291"/>
        <source>Opening the deployment…</source>
        <translation>Bereitstellung wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="347"/>
        <source>Simulated deployment · %1</source>
        <translation>Simulierte Bereitstellung · %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="349"/>
        <source>Kasm Workspaces at %1</source>
        <translation>Kasm Workspaces unter %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="351"/>
        <source>Kasm Workspaces %1 at %2</source>
        <translation>Kasm Workspaces %1 unter %2</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/MainWindow.cpp" line="379"/>
        <source>Deployment not available</source>
        <translation>Bereitstellung nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>steward::gui::ManageImageDialog</name>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="34"/>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="158"/>
        <source>Manage image</source>
        <translation>Image verwalten</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="37"/>
        <source>St&amp;op managing…</source>
        <translation>Verwaltung &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="39"/>
        <source>The catalog forgets this managed image; the Kasm images and the registry stay as they are</source>
        <translation>Der Katalog vergisst dieses verwaltete Image; die Kasm-Images und die Registry bleiben, wie sie sind</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="40"/>
        <source>None: agents and the pipeline pull anonymously</source>
        <translation>Keine: Agents und Pipeline ziehen anonym</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="57"/>
        <source>Reading the profile…</source>
        <translation>Das Profil wird gelesen …</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="62"/>
        <source>The managed images cannot be read: %1</source>
        <translation>Die verwalteten Images können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="71"/>
        <source>%1 at %2 (password in the keychain)</source>
        <translation>%1 bei %2 (Passwort im Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="76"/>
        <source>The profile&apos;s logins cannot be read: %1</source>
        <translation>Die Anmeldungen des Profils können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="158"/>
        <source>Managed image %1</source>
        <translation>Verwaltetes Image %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="167"/>
        <source>Where the pipeline pushes the builds: host and path, no tag.</source>
        <translation>Wohin die Pipeline die Builds pusht: Host und Pfad, kein Tag.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="169"/>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="189"/>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="195"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="171"/>
        <source>✖ A repository has no tag or digest: %1</source>
        <translation>✖ Ein Repository hat weder Tag noch Digest: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="174"/>
        <source>✔ Builds go to %1 on %2.</source>
        <translation>✔ Builds gehen nach %1 auf %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="197"/>
        <source>A build now, labelled version %1, is tagged %2.</source>
        <translation>Ein Build von jetzt mit dem Versions-Label %1 erhält den Tag %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="198"/>
        <source>A build now is tagged %1.</source>
        <translation>Ein Build von jetzt erhält den Tag %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="218"/>
        <source>Not saved: the repository is written without tag or digest, e.g. %1. Nothing was changed.</source>
        <translation>Nicht gespeichert: Das Repository wird ohne Tag oder Digest angegeben, z. B. %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="221"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="225"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="237"/>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="242"/>
        <source>Stop managing</source>
        <translation>Verwaltung beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="238"/>
        <source>Stop managing &quot;%1&quot;?</source>
        <translation>„%1“ nicht mehr verwalten?</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="240"/>
        <source>The promotion board forgets it. The user-facing image, its test twin and the registry&apos;s tags stay as they are; manage it again to carry on.</source>
        <translation>Das Promotion-Board vergisst es. Das Image der Benutzer, sein Testzwilling und die Tags der Registry bleiben, wie sie sind; verwalten Sie es erneut, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="255"/>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/ManageImageDialog.cpp" line="268"/>
        <source>Still managed: %1</source>
        <translation>Weiterhin verwaltet: %1</translation>
    </message>
</context>
<context>
    <name>steward::gui::PipelineDialog</name>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="22"/>
        <source>Generate pipeline</source>
        <translation>Pipeline erzeugen</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="23"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="26"/>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="27"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="28"/>
        <source>Jenkins</source>
        <translation>Jenkins</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="29"/>
        <source>Bitbucket Pipelines</source>
        <translation>Bitbucket Pipelines</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="32"/>
        <source>After it tags a build, the job points the image&apos;s test twin at the new unique tag, so that the test group gets it; the CI engine then also needs the Kasm API&apos;s URL, key and secret</source>
        <translation>Nachdem der Job einen Build getaggt hat, richtet er den Testzwilling des Images auf das neue eindeutige Tag aus, damit die Testgruppe es bekommt; die CI-Engine braucht dann auch URL, Schlüssel und Geheimnis der Kasm-API</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="46"/>
        <source>The managed images cannot be read: %1</source>
        <translation>Die verwalteten Images können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="51"/>
        <source>No managed image yet: manage an image first (Image → Manage…).</source>
        <translation>Noch kein verwaltetes Image: Verwalten Sie zuerst ein Image (Image → Verwalten…).</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="79"/>
        <source>The repository that holds the Dockerfile</source>
        <translation>Das Repository mit dem Dockerfile</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="114"/>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="122"/>
        <source>Replace files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="123"/>
        <source>%n file(s) already exist in %1:</source>
        <translation>
            <numerusform>%n Datei existiert bereits in %1:</numerusform>
            <numerusform>%n Dateien existieren bereits in %1:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="127"/>
        <source>Replacing them loses any changes made to them since they were written.</source>
        <translation>Beim Ersetzen gehen alle Änderungen verloren, die seit dem Schreiben an ihnen gemacht wurden.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="128"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="135"/>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="146"/>
        <source>Not all files were written: %1</source>
        <translation>Nicht alle Dateien wurden geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="148"/>
        <source>Wrote:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="173"/>
        <source>No secret variables: %1 has no registry login, so the pipeline pushes anonymously.</source>
        <translation>Keine geheimen Variablen: %1 hat keine Registry-Anmeldung, die Pipeline pusht also anonym.</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="180"/>
        <source>Define in Jenkins a username-with-password credential with the id %1 (the login to %2).</source>
        <translation>Legen Sie in Jenkins Zugangsdaten „Username with password“ mit der ID %1 an (die Anmeldung bei %2).</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="183"/>
        <source>Define in Jenkins a username-with-password credential with the id %1 (the Kasm API key and its secret) and a secret text with the id %2 (the Kasm URL).</source>
        <translation>Legen Sie in Jenkins Zugangsdaten „Username with password“ mit der ID %1 an (Schlüssel-ID und Geheimnis der Kasm-API) und einen „Secret text“ mit der ID %2 (die Kasm-URL).</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="190"/>
        <source>Define these secret variables in %1 (the login to %2, and the Kasm API&apos;s URL, key and secret):</source>
        <translation>Legen Sie diese geheimen Variablen in %1 an (die Anmeldung bei %2 sowie URL, Schlüssel und Geheimnis der Kasm-API):</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="193"/>
        <source>Define these secret variables in %1 (the login to %2):</source>
        <translation>Legen Sie diese geheimen Variablen in %1 an (die Anmeldung bei %2):</translation>
    </message>
    <message>
        <location filename="../src/gui/managed/PipelineDialog.cpp" line="196"/>
        <source>Define these secret variables in %1 (the Kasm API&apos;s URL, key and secret):</source>
        <translation>Legen Sie diese geheimen Variablen in %1 an (URL, Schlüssel und Geheimnis der Kasm-API):</translation>
    </message>
</context>
<context>
    <name>steward::gui::PlanDialog</name>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="54"/>
        <source>Pin the image to the unique tag</source>
        <translation>Das Image an den eindeutigen Tag heften</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="55"/>
        <source>Move the moving tag to the digest</source>
        <translation>Den mitlaufenden Tag auf den Digest verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="121"/>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="139"/>
        <source>Stale: %1 now points at %2, not at %3 as when the card was dragged; nothing was changed. The board is read again; look at it before you try again.</source>
        <translation>Veraltet: %1 zeigt jetzt auf %2, nicht auf %3 wie beim Ziehen der Karte; nichts wurde geändert. Das Board wird neu gelesen; sehen Sie es sich an, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="159"/>
        <source>&lt;b&gt;Send %1 (%2) of “%3” to test&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (%2) von „%3“ in den Test schicken&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="161"/>
        <source>&lt;b&gt;Deploy %1 (%2) to the users of “%3”&lt;/b&gt;&lt;br&gt;They have %4 now.</source>
        <translation>&lt;b&gt;%1 (%2) für die Benutzer von „%3“ bereitstellen&lt;/b&gt;&lt;br&gt;Sie haben jetzt %4.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="165"/>
        <source>&lt;b&gt;Roll “%1” back to %2 (%3)&lt;/b&gt;&lt;br&gt;They have %4 now.</source>
        <translation>&lt;b&gt;„%1“ auf %2 (%3) zurückrollen&lt;/b&gt;&lt;br&gt;Die Benutzer haben jetzt %4.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="168"/>
        <source>Readiness: %1 of %2 agents hold %3 already.</source>
        <translation>Bereitschaft: %1 von %2 Agents haben %3 bereits.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="177"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="181"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="197"/>
        <source>Guards: refused before anything changes when the tag is the moving tag, is outside the managed repository or is gone from the registry, or names another digest than the card did. Each step re-reads what it changes and stops if someone else changed it.</source>
        <translation>Schutzregeln: Abgelehnt, bevor sich etwas ändert, wenn der Tag der mitlaufende Tag ist, außerhalb des verwalteten Repositorys liegt oder aus der Registry verschwunden ist oder einen anderen Digest nennt als die Karte. Jeder Schritt liest neu, was er ändert, und hält an, wenn jemand anderes es geändert hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="201"/>
        <source>Guards: refused before anything changes when nobody verified the digest, when its unique tag now points at another digest than the one tested, or when the users already have it. Each step re-reads what it changes and stops if someone else changed it.</source>
        <translation>Schutzregeln: Abgelehnt, bevor sich etwas ändert, wenn niemand den Digest verifiziert hat, wenn sein eindeutiger Tag jetzt auf einen anderen Digest zeigt als den getesteten oder wenn die Benutzer ihn bereits haben. Jeder Schritt liest neu, was er ändert, und hält an, wenn jemand anderes es geändert hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="204"/>
        <source>Guards: refused when no earlier deployment is recorded. Each step re-reads what it changes and stops if someone else changed it.</source>
        <translation>Schutzregeln: Abgelehnt, wenn keine frühere Bereitstellung festgehalten ist. Jeder Schritt liest neu, was er ändert, und hält an, wenn jemand anderes es geändert hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="233"/>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="236"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="239"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="242"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="245"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="247"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="253"/>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="254"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="307"/>
        <source>Cancelling after this step…</source>
        <translation>Abbruch nach diesem Schritt …</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="317"/>
        <source>&lt;b&gt;Resume the unfinished %1 of “%2”&lt;/b&gt; (plan %3)</source>
        <translation>&lt;b&gt;Unvollendeten Vorgang (%1) von „%2“ fortsetzen&lt;/b&gt; (Plan %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="319"/>
        <source>&lt;b&gt;Abandon the unfinished %1 of “%2”&lt;/b&gt; (plan %3): its done steps are undone, last first.</source>
        <translation>&lt;b&gt;Unvollendeten Vorgang (%1) von „%2“ verwerfen&lt;/b&gt; (Plan %3): Seine erledigten Schritte werden rückgängig gemacht, der letzte zuerst.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="371"/>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="408"/>
        <source>The plan stops after the step that runs now; then this window can be closed.</source>
        <translation>Der Plan hält nach dem Schritt an, der gerade läuft; danach lässt sich dieses Fenster schließen.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="413"/>
        <source>The plan is running: this window stays open until it ends, so that you see how every step went. To stop it before its next step, press %1 (%2).</source>
        <translation>Der Plan läuft: Dieses Fenster bleibt offen, bis er endet, damit Sie sehen, wie jeder Schritt ausging. Um ihn vor seinem nächsten Schritt anzuhalten, drücken Sie %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="347"/>
        <source>&lt;br&gt;&lt;b&gt;Done.&lt;/b&gt; Plan %1 is %2.</source>
        <translation>&lt;br&gt;&lt;b&gt;Fertig.&lt;/b&gt; Plan %1 ist %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanDialog.cpp" line="356"/>
        <source>Undo: planning the rollback…</source>
        <translation>Rückgängig: Zurückrollen wird geplant …</translation>
    </message>
</context>
<context>
    <name>steward::gui::PlanWords</name>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="8"/>
        <source>send to test</source>
        <translation>Testübergabe</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="10"/>
        <source>deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="12"/>
        <source>rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="14"/>
        <source>retag</source>
        <translation>Umtaggen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="21"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="23"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="25"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="27"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="29"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PlanWords.cpp" line="31"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>steward::gui::PreflightDialog</name>
    <message>
        <location filename="../src/gui/images/PreflightDialog.cpp" line="76"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/images/PreflightDialog.cpp" line="123"/>
        <source>Preflight of %1</source>
        <translation>Vorabprüfung von %1</translation>
    </message>
    <message>
        <location filename="../src/gui/images/PreflightDialog.cpp" line="138"/>
        <source>Enter the agents&apos; platform, such as linux/amd64.</source>
        <translation>Geben Sie die Plattform der Agents ein, etwa linux/amd64.</translation>
    </message>
    <message>
        <location filename="../src/gui/images/PreflightDialog.cpp" line="146"/>
        <source>the Agent&apos;s free disk field above</source>
        <translation>Feld „Freier Speicher des Agents“ oben</translation>
    </message>
    <message>
        <location filename="../src/gui/images/PreflightDialog.cpp" line="152"/>
        <source>Checking %1 for %2…</source>
        <translation>%1 wird für %2 geprüft…</translation>
    </message>
</context>
<context>
    <name>steward::gui::PreflightStepModel</name>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="38"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="40"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="42"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="44"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="46"/>
        <source>Disk</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="48"/>
        <source>Pull quota</source>
        <translation>Pull-Kontingent</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="56"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="58"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="60"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="62"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="72"/>
        <source>An agent on %1 cannot pull this image: %2 failed.</source>
        <translation>Ein Agent auf %1 kann dieses Image nicht ziehen: Der Schritt „%2“ ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="77"/>
        <source>An agent on %1 can pull this image, with %n warning(s).</source>
        <translation>
            <numerusform>Ein Agent auf %1 kann dieses Image ziehen, mit %n Warnung.</numerusform>
            <numerusform>Ein Agent auf %1 kann dieses Image ziehen, mit %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="78"/>
        <source>An agent on %1 can pull this image.</source>
        <translation>Ein Agent auf %1 kann dieses Image ziehen.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="125"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="127"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/guimodels/images/PreflightStepModel.cpp" line="129"/>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>steward::gui::PromotionBoardModel</name>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="138"/>
        <source>%1 now points at %2, not at %3 as when it was dragged; nothing was changed. Refresh the board and look again.</source>
        <translation>%1 zeigt jetzt auf %2, nicht auf %3 wie beim Ziehen; nichts wurde geändert. Aktualisieren Sie das Board und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="150"/>
        <source>Choose a managed image first.</source>
        <translation>Wählen Sie zuerst ein verwaltetes Image.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="153"/>
        <source>%1/%2 is not %3, the repository &quot;%4&quot; is managed with.</source>
        <translation>%1/%2 ist nicht %3, das Repository, mit dem „%4“ verwaltet wird.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="164"/>
        <source>Only a build&apos;s unique tag can be sent to test.</source>
        <translation>Nur der eindeutige Tag eines Builds kann in den Test geschickt werden.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="181"/>
        <source>%1 cannot go to %2 from where it is.</source>
        <translation>%1 kann von seiner jetzigen Spalte nicht nach %2.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="322"/>
        <source>(no tag)</source>
        <translation>(kein Tag)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="325"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="331"/>
        <source>%1/%2 agents hold it (%3 digest not reported)</source>
        <translation>%1/%2 Agents haben es (%3 ohne gemeldeten Digest)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="335"/>
        <source>%1/%2 agents hold it</source>
        <translation>%1/%2 Agents haben es</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="337"/>
        <source>previous · rollback goes here</source>
        <translation>zuvor · Zurückrollen führt hierher</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="339"/>
        <source>previous</source>
        <translation>zuvor</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="341"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="423"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="425"/>
        <source>Testing</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="427"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="429"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="438"/>
        <source>Send to test</source>
        <translation>In den Test schicken</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="440"/>
        <source>Mark verified…</source>
        <translation>Als verifiziert markieren…</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="442"/>
        <source>Deploy…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <location filename="../src/guimodels/promotion/PromotionBoardModel.cpp" line="444"/>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
</context>
<context>
    <name>steward::gui::PromotionBoardPane</name>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="38"/>
        <source>Promotion board</source>
        <translation>Promotion-Board</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="39"/>
        <source>Loading the managed images…</source>
        <translation>Verwaltete Images werden geladen …</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="124"/>
        <source>&amp;Undo the last deploy…</source>
        <translation>Letzte Bereitstellung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="126"/>
        <source>&amp;Refresh the board</source>
        <translation>Board &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="128"/>
        <source>Un&amp;finished plans…</source>
        <translation>Un&amp;vollendete Pläne…</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="132"/>
        <source>Resume or abandon the plans that stopped before their last step</source>
        <translation>Pläne fortsetzen oder verwerfen, die vor ihrem letzten Schritt anhielten</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="133"/>
        <source>Plan the rollback of the last deploy or rollback (Ctrl+Z); Run carries it out</source>
        <translation>Das Zurückrollen der letzten Bereitstellung oder des letzten Zurückrollens planen (Ctrl+Z); „Ausführen“ führt es durch</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="154"/>
        <source>&amp;Manage an image…</source>
        <translation>Ein Image &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="155"/>
        <source>Make an image a managed image, or change how the current one is managed</source>
        <translation>Ein Image zu einem verwalteten Image machen oder ändern, wie das aktuelle verwaltet wird</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="161"/>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="233"/>
        <source>The managed images cannot be read: %1</source>
        <translation>Die verwalteten Images können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="237"/>
        <source>No managed image yet.
Manage a user-facing image to run it through test and deploy here: Image → Manage… (Ctrl+M), or stewardctl manage.</source>
        <translation>Noch kein verwaltetes Image.
Verwalten Sie ein Image der Benutzer, um es hier durch Test und Bereitstellung zu führen: Image → Verwalten… (Ctrl+M) oder stewardctl manage.</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="446"/>
        <source>An unfinished %1 of “%2” (plan %3, %4) got through %5 of %6 steps. Resume it, or abandon it to undo its done steps.</source>
        <translation>Ein unvollendeter Vorgang (%1) von „%2“ (Plan %3, %4) hat %5 von %6 Schritten geschafft. Setzen Sie ihn fort, oder verwerfen Sie ihn, um seine erledigten Schritte rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="453"/>
        <source>%n more: Promotion → Unfinished plans… (Ctrl+Shift+U).</source>
        <translation>
            <numerusform>%n weiterer: Promotion → Unvollendete Pläne… (Strg+Umschalt+U).</numerusform>
            <numerusform>%n weitere: Promotion → Unvollendete Pläne… (Strg+Umschalt+U).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="262"/>
        <source>Reading the board…</source>
        <translation>Board wird gelesen …</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="273"/>
        <source>%1 · deploys by %2 · moving tag %3</source>
        <translation>%1 · Bereitstellung per %2 · mitlaufender Tag %3</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="279"/>
        <source>The registry could not be read, so candidates are missing: %1</source>
        <translation>Die Registry konnte nicht gelesen werden, daher fehlen Kandidaten: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="381"/>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="384"/>
        <source>Mark verified</source>
        <translation>Als verifiziert markieren</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="382"/>
        <source>Mark %1 (%2) verified for “%3”.
A note for the record, e.g. what you tested (optional):</source>
        <translation>%1 (%2) für „%3“ als verifiziert markieren.
Eine Notiz für das Protokoll, z. B. was Sie getestet haben (optional):</translation>
    </message>
    <message>
        <location filename="../src/gui/promotion/PromotionBoardPane.cpp" line="425"/>
        <source>Interrupted plans cannot be looked up: %1</source>
        <translation>Unterbrochene Pläne können nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::gui::QuotaChart</name>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="44"/>
        <source>Counted so far</source>
        <translation>Bisher gezählt</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="45"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="51"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="53"/>
        <source>Runs out</source>
        <translation>Erschöpft</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="58"/>
        <source>First refused pull</source>
        <translation>Erster abgelehnter Pull</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="71"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="72"/>
        <source>Pulls</source>
        <translation>Pulls</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="98"/>
        <source>No quota selected</source>
        <translation>Kein Kontingent ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="133"/>
        <source>The forecast has no advice: the quotas hold for this fleet.</source>
        <translation>Die Prognose hat keine Empfehlung: Die Kontingente reichen für diese Flotte.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="134"/>
        <source>Forecast advice:</source>
        <translation>Empfehlung der Prognose:</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="182"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="208"/>
        <source>Runs out at %1 (%2 after the run started): the forecast&apos;s first refused pull.</source>
        <translation>Erschöpft um %1 (%2 nach Beginn des Laufs): der erste verweigerte Pull der Prognose.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="221"/>
        <source>The run&apos;s first refused pull (429): %1 after it started.</source>
        <translation>Der erste abgelehnte Pull des Laufs (429): %1 nach seinem Start.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="183"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="213"/>
        <source>The forecast never runs out of this quota.</source>
        <translation>Laut Prognose wird dieses Kontingent nie erschöpft.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/QuotaChart.cpp" line="214"/>
        <source>No forecast for this quota yet.</source>
        <translation>Noch keine Prognose für dieses Kontingent.</translation>
    </message>
</context>
<context>
    <name>steward::gui::QuotaStatus</name>
    <message>
        <location filename="../src/gui/mainwindow/QuotaStatus.cpp" line="80"/>
        <source>%1 %2/%3 left (%4)</source>
        <translation>%1 %2/%3 übrig (%4)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/QuotaStatus.cpp" line="86"/>
        <source>⚠ low: %1</source>
        <translation>⚠ knapp: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/QuotaStatus.cpp" line="90"/>
        <source>✖ spent: %1</source>
        <translation>✖ erschöpft: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow/QuotaStatus.cpp" line="99"/>
        <source>Click to open this registry&apos;s quota chart.</source>
        <translation>Klicken Sie hier, um das Kontingentdiagramm dieser Registry zu öffnen.</translation>
    </message>
</context>
<context>
    <name>steward::gui::QuotaTableModel</name>
    <message numerus="yes">
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="15"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="16"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="167"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="167"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="170"/>
        <source>%1 (no limit)</source>
        <translation>%1 (kein Limit)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="171"/>
        <source>%1 / %2 in %3</source>
        <translation>%1 / %2 in %3</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="174"/>
        <source>sliding window of %1</source>
        <translation>gleitendes Fenster von %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="176"/>
        <source>nothing counted</source>
        <translation>nichts gezählt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="179"/>
        <source>the registry, at %1</source>
        <translation>die Registry, um %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="181"/>
        <source>the live run (the registry sends no quota)</source>
        <translation>der Live-Lauf (die Registry meldet kein Kontingent)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="182"/>
        <source>the simulated fleet</source>
        <translation>die simulierte Flotte</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="181"/>
        <source>the registry, live</source>
        <translation>die Registry, live</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="190"/>
        <source>the account %1</source>
        <translation>das Konto %1</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="191"/>
        <source>the address %1 (anonymous pulls)</source>
        <translation>die Adresse %1 (anonyme Pulls)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="193"/>
        <source>%1 has no pull limit for %2; %3 pulls counted in the last window.</source>
        <translation>%1 hat kein Pull-Limit für %2; %3 Pulls im letzten Fenster gezählt.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="196"/>
        <source>%1 lets %2 make %3 pulls in any %4; %5 are counted now, %6 left.</source>
        <translation>%1 erlaubt %2 %3 Pulls innerhalb von %4; derzeit %5 gezählt, %6 übrig.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="249"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="251"/>
        <source>Whose quota</source>
        <translation>Kontingent von</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="253"/>
        <source>Used / limit</source>
        <translation>Genutzt / Limit</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="255"/>
        <source>Frees up at</source>
        <translation>Frei ab</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/QuotaTableModel.cpp" line="257"/>
        <source>Counted by</source>
        <translation>Gezählt von</translation>
    </message>
</context>
<context>
    <name>steward::gui::RegistriesPane</name>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="57"/>
        <source>No deployment connected</source>
        <translation>Kein Deployment verbunden</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="84"/>
        <source>The forecast could not run: %1</source>
        <translation>Die Prognose konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="127"/>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="258"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="270"/>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="289"/>
        <source>The profile&apos;s catalog is not open yet.</source>
        <translation>Der Katalog des Profils ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="276"/>
        <source>Logged in to %1 as %2; the password is in %3.</source>
        <translation>Bei %1 als %2 angemeldet; das Passwort liegt in %3.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="294"/>
        <source>Saved the settings of %1.</source>
        <translation>Die Einstellungen von %1 sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="316"/>
        <source>Logged out of %1; its password left the keychain.</source>
        <translation>Von %1 abgemeldet; das Passwort wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="328"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="347"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="350"/>
        <source>%1 answers, but the quota check on %2 failed: %3</source>
        <translation>%1 antwortet, aber die Kontingentprüfung für %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="355"/>
        <source>%1 answers. No image of it is known to ask about its quota.</source>
        <translation>%1 antwortet. Es ist kein Image davon bekannt, über das sich das Kontingent abfragen ließe.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="362"/>
        <source>%1 answers and reports no pull limit for this login or address.</source>
        <translation>%1 antwortet und meldet kein Pull-Limit für diese Anmeldung oder Adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="363"/>
        <source>%1 answers: %2 of %3 pulls left, counted for %4.</source>
        <translation>%1 antwortet: %2 von %3 Pulls übrig, gezählt für %4.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="367"/>
        <source>this login or address</source>
        <translation>diese Anmeldung oder Adresse</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="386"/>
        <source>The docker configuration has no logins.</source>
        <translation>Die Docker-Konfiguration enthält keine Anmeldungen.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="394"/>
        <source>Import a docker login</source>
        <translation>Docker-Anmeldung importieren</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="395"/>
        <source>Import the login for %1 as %2 from %3 into the keychain?</source>
        <translation>Die Anmeldung für %1 als %2 aus %3 in den Schlüsselbund importieren?</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="397"/>
        <source>(user from the helper)</source>
        <translation>(Benutzer aus dem Helper)</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="411"/>
        <source>%1: no secret is stored for this login.</source>
        <translation>%1: Für diese Anmeldung ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="422"/>
        <source>Imported the login for %1.</source>
        <translation>Anmeldung für %1 importiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="442"/>
        <source>Connected to Kasm Workspaces at %1.</source>
        <translation>Mit Kasm Workspaces unter %1 verbunden.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="457"/>
        <source>Disconnected from the Kasm server; the window shows the simulated deployment again.</source>
        <translation>Vom Kasm-Server getrennt; das Fenster zeigt wieder das simulierte Deployment.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistriesPane.cpp" line="459"/>
        <source>No Kasm server was connected.</source>
        <translation>Es war kein Kasm-Server verbunden.</translation>
    </message>
</context>
<context>
    <name>steward::gui::RegistrySettingsDialog</name>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="25"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="26"/>
        <source>Docker Hub counts pulls over 6 hours (360 min).</source>
        <translation>Docker Hub zählt Pulls über 6 Stunden (360 min).</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="27"/>
        <source>client address (anonymous pulls)</source>
        <translation>Client-Adresse (anonyme Pulls)</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="28"/>
        <source>login (authenticated pulls)</source>
        <translation>Anmeldung (angemeldete Pulls)</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="30"/>
        <source>Only for a registry you trust on this network: its traffic can be read and changed by anyone between.</source>
        <translation>Nur für eine Registry, der Sie in diesem Netz vertrauen: Jeder dazwischen kann ihren Verkehr lesen und ändern.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="35"/>
        <source>The registry&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat der Registry</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="36"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="84"/>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="129"/>
        <source>The profile&apos;s catalog is not open yet; try again in a moment.</source>
        <translation>Der Katalog des Profils ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="127"/>
        <source>Enter the registry&apos;s host, e.g. registry.example:5000.</source>
        <translation>Geben Sie den Host der Registry ein, z. B. registry.example:5000.</translation>
    </message>
    <message>
        <location filename="../src/gui/registries/RegistrySettingsDialog.cpp" line="131"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>steward::gui::RegistryTableModel</name>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="42"/>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="44"/>
        <source>documented default</source>
        <translation>dokumentierter Standard</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="46"/>
        <source>learned from the registry&apos;s headers</source>
        <translation>aus den Headern der Registry ermittelt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="48"/>
        <source>set by hand</source>
        <translation>manuell festgelegt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="57"/>
        <source>%1 per %2 per address</source>
        <translation>%1 pro %2 pro Adresse</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="61"/>
        <source>%1 per %2 per account</source>
        <translation>%1 pro %2 pro Konto</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="64"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="89"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="100"/>
        <source>No login stored: pulls are anonymous and counted per egress address.</source>
        <translation>Keine Anmeldung gespeichert: Pulls sind anonym und werden pro Egress-Adresse gezählt.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="101"/>
        <source>Logged in as %1; the password is in the keychain. Pulls count against this account.</source>
        <translation>Als %1 angemeldet; das Passwort liegt im Schlüsselbund. Pulls werden auf dieses Konto angerechnet.</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="103"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="121"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="123"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="125"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../src/guimodels/registries/RegistryTableModel.cpp" line="127"/>
        <source>Limits from</source>
        <translation>Limits aus</translation>
    </message>
</context>
<context>
    <name>steward::gui::SessionFallbackPrompt</name>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="51"/>
        <source>the registry login of %1 at %2</source>
        <translation>die Registry-Anmeldung von %1 bei %2</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="53"/>
        <source>the Kasm API key %1 for %2</source>
        <translation>den Kasm-API-Schlüssel %1 für %2</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="79"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="80"/>
        <source>The desktop keychain cannot store %1.</source>
        <translation>Der Schlüsselbund des Desktops kann %1 nicht speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="82"/>
        <source>The keychain reported: %1

ImageSteward can keep the secret in memory until it quits. It is never written to disk, and you will be asked for it again next time.</source>
        <translation>Der Schlüsselbund meldete: %1

ImageSteward kann das Geheimnis bis zum Beenden im Arbeitsspeicher behalten. Es wird nie auf die Festplatte geschrieben, und Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="84"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../src/gui/credentials/SessionFallbackPrompt.cpp" line="85"/>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>steward::gui::TagTableModel</name>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="183"/>
        <source>%1 tags point at this digest</source>
        <translation>%1 Tags zeigen auf diesen Digest</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="251"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="253"/>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="255"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="257"/>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="259"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/guimodels/tags/TagTableModel.cpp" line="261"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>steward::gui::TagsPane</name>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="23"/>
        <source>&amp;Refresh Tags</source>
        <translation>&amp;Tags aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="24"/>
        <source>Send to &amp;test</source>
        <translation>In den Test &amp;schicken</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="34"/>
        <source>Read every tag of the repository from its registry again</source>
        <translation>Alle Tags des Repositorys erneut aus seiner Registry lesen</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="42"/>
        <source>Plan sending the current tag to test: the same as dragging it onto the board&apos;s Testing lane</source>
        <translation>Planen, den aktuellen Tag in den Test zu schicken: dasselbe, wie ihn auf die Spalte „Test“ des Boards zu ziehen</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="62"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="63"/>
        <location filename="../src/gui/tags/TagsPane.cpp" line="110"/>
        <source>Choose an image to see the tags of its repository.</source>
        <translation>Wählen Sie ein Image, um die Tags seines Repositorys zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="109"/>
        <source>&quot;%1&quot; has no image reference to list tags for.</source>
        <translation>„%1“ hat keine Image-Referenz, deren Tags aufgelistet werden könnten.</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="172"/>
        <source>The tag cache cannot be read: %1</source>
        <translation>Der Tag-Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="181"/>
        <source>%L1 tags from the cache, read from the registry %2.</source>
        <translation>%L1 Tags aus dem Cache, am %2 aus der Registry gelesen.</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="202"/>
        <source>The catalog is not open yet; the tags cannot be cached.</source>
        <translation>Der Katalog ist noch nicht geöffnet; die Tags können nicht zwischengespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="204"/>
        <source>Looking up the login for %1…</source>
        <translation>Anmeldung für %1 wird gesucht …</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="215"/>
        <source>The registry login cannot be read: %1</source>
        <translation>Die Registry-Anmeldung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="175"/>
        <location filename="../src/gui/tags/TagsPane.cpp" line="238"/>
        <location filename="../src/gui/tags/TagsPane.cpp" line="257"/>
        <source>Refresh canceled; the cached tags are shown.</source>
        <translation>Aktualisierung abgebrochen; die zwischengespeicherten Tags werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="243"/>
        <source>The tags could not be read from %1: %2</source>
        <translation>Die Tags konnten nicht von %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tags/TagsPane.cpp" line="246"/>
        <source>%L1 tags read from the registry just now.</source>
        <translation>%L1 Tags soeben aus der Registry gelesen.</translation>
    </message>
</context>
<context>
    <name>steward::gui::UnfinishedPlansDialog</name>
    <message>
        <location filename="../src/gui/promotion/UnfinishedPlansDialog.cpp" line="57"/>
        <source>%1 of %2 steps done (%3)</source>
        <translation>%1 von %2 Schritten erledigt (%3)</translation>
    </message>
</context>
<context>
    <name>steward::kasm</name>
    <message>
        <location filename="../src/kasm/CatalogSimulatedStorage.cpp" line="37"/>
        <source>The simulated deployment could not %1 in the catalog.</source>
        <translation>Die simulierte Bereitstellung ist im Katalog gescheitert bei: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="108"/>
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n Image hinzugefügt</numerusform>
            <numerusform>%n Images hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="109"/>
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n Image entfernt</numerusform>
            <numerusform>%n Images entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="110"/>
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n Image geändert</numerusform>
            <numerusform>%n Images geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="111"/>
        <source>%n group(s) added</source>
        <translation>
            <numerusform>%n Gruppe hinzugefügt</numerusform>
            <numerusform>%n Gruppen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="112"/>
        <source>%n group(s) removed</source>
        <translation>
            <numerusform>%n Gruppe entfernt</numerusform>
            <numerusform>%n Gruppen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="113"/>
        <source>%n group(s) changed</source>
        <translation>
            <numerusform>%n Gruppe geändert</numerusform>
            <numerusform>%n Gruppen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="114"/>
        <source>%n agent(s) added</source>
        <translation>
            <numerusform>%n Agent hinzugefügt</numerusform>
            <numerusform>%n Agents hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="115"/>
        <source>%n agent(s) removed</source>
        <translation>
            <numerusform>%n Agent entfernt</numerusform>
            <numerusform>%n Agents entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="116"/>
        <source>%n agent(s) changed</source>
        <translation>
            <numerusform>%n Agent geändert</numerusform>
            <numerusform>%n Agents geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="118"/>
        <source>%n zone(s) changed</source>
        <translation>
            <numerusform>%n Zone geändert</numerusform>
            <numerusform>%n Zonen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="119"/>
        <source>%n agent inventory(ies) changed</source>
        <translation>
            <numerusform>%n Agent-Bestand geändert</numerusform>
            <numerusform>%n Agent-Bestände geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kasm/DeploymentSnapshot.cpp" line="121"/>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <location filename="../src/kasm/FutureChain.h" line="76"/>
        <location filename="../src/kasm/KasmApiClient.cpp" line="370"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ImageName.cpp" line="15"/>
        <source>An image needs a docker image reference (name) to be registered.</source>
        <translation>Ein Image braucht eine Docker-Image-Referenz (Name), um registriert zu werden.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ImageName.cpp" line="19"/>
        <source>&quot;%1&quot; is not a docker image reference: %2</source>
        <translation>„%1“ ist keine Docker-Image-Referenz: %2</translation>
    </message>
    <message>
        <location filename="../src/kasm/ImageName.cpp" line="36"/>
        <source>&quot;%1&quot; has no tag: Kasm agents will pull &quot;%1:latest&quot;, and images without an explicit tag are known to stay &quot;Installing&quot; in Kasm. Name the tag (e.g. %1:20261128-0400).</source>
        <translation>„%1“ hat keinen Tag: Kasm-Agents rufen „%1:latest“ ab, und Images ohne ausdrücklichen Tag bleiben in Kasm bekanntermaßen bei „Installing“ hängen. Geben Sie den Tag an (z. B. %1:20261128-0400).</translation>
    </message>
    <message>
        <location filename="../src/kasm/ImageName.cpp" line="41"/>
        <source>&quot;%1&quot; names no registry host: Kasm agents will pull it from Docker Hub (docker.io). If it lives in a private registry, put that registry&apos;s host first (e.g. registry.example/%1).</source>
        <translation>„%1“ nennt keinen Registry-Host: Kasm-Agents rufen es von Docker Hub (docker.io) ab. Liegt es in einer privaten Registry, stellen Sie deren Host voran (z. B. registry.example/%1).</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="30"/>
        <source>%1 (and %2 to change cores, memory, the registry login or the size)</source>
        <translation>%1 (und %2, um Kerne, Arbeitsspeicher, die Registry-Anmeldung oder die Größe zu ändern)</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="33"/>
        <location filename="../src/kasm/KasmApiClient.cpp" line="34"/>
        <source>%1 (and %2 for the All Users group)</source>
        <translation>%1 (und %2 für die Gruppe All Users)</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="39"/>
        <source>%1 (and %2 to set cores, memory, the registry login or the size)</source>
        <translation>%1 (und %2, um Kerne, Arbeitsspeicher, die Registry-Anmeldung oder die Größe festzulegen)</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="53"/>
        <source>that the call needs</source>
        <translation>die der Aufruf braucht</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="81"/>
        <source>Nothing answers at %1: check the Kasm server address and that the server is running.</source>
        <translation>Unter %1 antwortet nichts: Prüfen Sie die Adresse des Kasm-Servers und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="86"/>
        <source>The name %1 does not resolve: check the Kasm server address.</source>
        <translation>Der Name %1 lässt sich nicht auflösen: Prüfen Sie die Adresse des Kasm-Servers.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="89"/>
        <source>The Kasm server %1 closed the connection before answering %2 completely; try again, and check a proxy or load balancer in between if it keeps happening.</source>
        <translation>Der Kasm-Server %1 hat die Verbindung geschlossen, bevor er %2 vollständig beantwortet hat; versuchen Sie es erneut und prüfen Sie einen Proxy oder Load Balancer dazwischen, falls es wieder geschieht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="98"/>
        <source>The Kasm server %1 did not answer %2 in time; check that it is reachable and not overloaded.</source>
        <translation>Der Kasm-Server %1 hat %2 nicht rechtzeitig beantwortet; prüfen Sie, ob er erreichbar und nicht überlastet ist.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="104"/>
        <source>The TLS certificate of %1 could not be verified. If the Kasm server uses its own certificate authority, add its CA certificate (PEM) as the deployment&apos;s CA file.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden. Verwendet der Kasm-Server eine eigene Zertifizierungsstelle, hinterlegen Sie deren CA-Zertifikat (PEM) als CA-Datei der Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="111"/>
        <source>Could not reach the Kasm server %1 for %2.</source>
        <translation>Der Kasm-Server %1 war für %2 nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="123"/>
        <source>Kasm said: %1</source>
        <translation>Kasm meldet: %1</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="129"/>
        <source>The Kasm API key has expired. Make a new key under Settings → Developers and connect again.</source>
        <translation>Der Kasm-API-Schlüssel ist abgelaufen. Erstellen Sie unter Settings → Developers einen neuen Schlüssel und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="135"/>
        <source>The Kasm API key may not do %1: it is read-only, lacks the permission %2, or has expired. Give the key that permission under Settings → Developers, or use another key.</source>
        <translation>Der Kasm-API-Schlüssel darf %1 nicht ausführen: Er ist schreibgeschützt, ihm fehlt die Berechtigung %2, oder er ist abgelaufen. Erteilen Sie dem Schlüssel diese Berechtigung unter Settings → Developers oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="141"/>
        <source>The Kasm API key may not do %1: it lacks the permission %2 or has expired. Check the key under Settings → Developers.</source>
        <translation>Der Kasm-API-Schlüssel darf %1 nicht ausführen: Ihm fehlt die Berechtigung %2, oder er ist abgelaufen. Prüfen Sie den Schlüssel unter Settings → Developers.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="150"/>
        <source>This Kasm server is not licensed for the developer API; add a license that includes it, or use the simulated deployment.</source>
        <translation>Dieser Kasm-Server ist nicht für die Developer-API lizenziert; fügen Sie eine Lizenz hinzu, die sie enthält, oder verwenden Sie die simulierte Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="155"/>
        <source>The Kasm server refused the API key: the key id or secret is wrong (connect again with the values from Settings → Developers), or the server&apos;s license does not include the developer API.</source>
        <translation>Der Kasm-Server hat den API-Schlüssel abgelehnt: Schlüssel-ID oder Geheimnis sind falsch (verbinden Sie sich erneut mit den Werten aus Settings → Developers), oder die Lizenz des Servers enthält die Developer-API nicht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="163"/>
        <source>The server has no Kasm API call %1 (HTTP 404): check that the address is the Kasm web app&apos;s, or this Kasm version lacks the call.</source>
        <translation>Der Server kennt den Kasm-API-Aufruf %1 nicht (HTTP 404): Prüfen Sie, ob die Adresse die der Kasm-Web-App ist; sonst fehlt dieser Kasm-Version der Aufruf.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="170"/>
        <source>The Kasm server failed on %1 (HTTP %2). Its logs (Admin → Diagnostics → Logs) say why; a Kasm version newer or older than 1.15 may want the request in another form.</source>
        <translation>Der Kasm-Server ist bei %1 gescheitert (HTTP %2). Seine Protokolle (Admin → Diagnostics → Logs) nennen den Grund; eine Kasm-Version neuer oder älter als 1.15 erwartet die Anfrage möglicherweise in anderer Form.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="177"/>
        <source>The Kasm server answered %1 with HTTP %2.</source>
        <translation>Der Kasm-Server hat %1 mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="184"/>
        <source>The server answered %1 with a web page, not the Kasm API: check that the address is the Kasm web app itself and not a login portal or proxy page.</source>
        <translation>Der Server hat %1 mit einer Webseite statt der Kasm-API beantwortet: Prüfen Sie, ob die Adresse die Kasm-Web-App selbst ist und nicht ein Anmeldeportal oder eine Proxy-Seite.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="194"/>
        <source>The Kasm server&apos;s answer to %1 ended early (after %2 bytes); nothing was taken from it. Try again.</source>
        <translation>Die Antwort des Kasm-Servers auf %1 endete vorzeitig (nach %2 Bytes); nichts davon wurde übernommen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="199"/>
        <source>The Kasm server&apos;s answer to %1 is not valid JSON.</source>
        <translation>Die Antwort des Kasm-Servers auf %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="200"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="205"/>
        <source>The Kasm server answered %1 with JSON that is not an object; this server&apos;s API is not one ImageSteward understands.</source>
        <translation>Der Kasm-Server hat %1 mit JSON beantwortet, das kein Objekt ist; die API dieses Servers versteht ImageSteward nicht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="209"/>
        <source>Kasm refused %1: %2</source>
        <translation>Kasm hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="225"/>
        <source>The CA file %1 does not exist; give the path of the PEM file of the Kasm server&apos;s certificate authority.</source>
        <translation>Die CA-Datei %1 existiert nicht; geben Sie den Pfad der PEM-Datei der Zertifizierungsstelle des Kasm-Servers an.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="230"/>
        <source>The CA file %1 cannot be read (%2); check that it is a file and its permissions.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar (%2); prüfen Sie, ob es eine Datei ist, und ihre Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="232"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="235"/>
        <source>The CA file %1 holds no PEM certificate; choose the PEM file of the Kasm server&apos;s certificate authority.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat; wählen Sie die PEM-Datei der Zertifizierungsstelle des Kasm-Servers.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="247"/>
        <source>Kasm developer API 1.x (POST /api/public/&lt;call&gt;, key and secret in the body)</source>
        <translation>Kasm-Developer-API 1.x (POST /api/public/&lt;call&gt;, Schlüssel und Geheimnis im Body)</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="256"/>
        <source>&quot;%1&quot; is not a server address; give the Kasm web app&apos;s URL, e.g. https://kasm.example.</source>
        <translation>„%1“ ist keine Serveradresse; geben Sie die URL der Kasm-Web-App an, z. B. https://kasm.example.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="261"/>
        <source>The Kasm server address must start with https:// (the API secret travels in each request); plain http is allowed only on this machine&apos;s loopback address.</source>
        <translation>Die Adresse des Kasm-Servers muss mit https:// beginnen (das API-Geheimnis wird mit jeder Anfrage übertragen); einfaches http ist nur auf der Loopback-Adresse dieses Rechners erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="266"/>
        <source>No API key or secret for %1; connect with the key id and secret from Settings → Developers.</source>
        <translation>Kein API-Schlüssel oder Geheimnis für %1; verbinden Sie sich mit Schlüssel-ID und Geheimnis aus Settings → Developers.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="328"/>
        <source>The Kasm server&apos;s answer to %1 is larger than %2 MiB; ImageSteward stopped reading it. Check that the address is the Kasm web app, or raise the limit for very large deployments.</source>
        <translation>Die Antwort des Kasm-Servers auf %1 ist größer als %2 MiB; ImageSteward hat das Lesen abgebrochen. Prüfen Sie, ob die Adresse die Kasm-Web-App ist, oder erhöhen Sie das Limit für sehr große Bereitstellungen.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiClient.cpp" line="383"/>
        <source>The Kasm server redirected %1 to %2; use that address for the deployment.</source>
        <translation>Der Kasm-Server hat %1 nach %2 umgeleitet; verwenden Sie diese Adresse für die Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiDeployment.cpp" line="41"/>
        <source>The Kasm server sent image as something other than an object; this server&apos;s API is not one ImageSteward understands.</source>
        <translation>Der Kasm-Server hat image nicht als Objekt gesendet; die API dieses Servers versteht ImageSteward nicht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiDeployment.cpp" line="112"/>
        <source>The Kasm server made the change (%1), but it could not be recorded in the audit log: %2</source>
        <translation>Der Kasm-Server hat die Änderung vorgenommen (%1), sie konnte aber nicht im Prüfprotokoll festgehalten werden: %2</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiDeployment.cpp" line="194"/>
        <source>Cannot update an image that has no image id; register it first.</source>
        <translation>Ein Image ohne Image-ID lässt sich nicht aktualisieren; registrieren Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiDeployment.cpp" line="209"/>
        <source>The image %1 (%2) no longer exists on the Kasm server; refresh and register it again if it is still wanted.</source>
        <translation>Das Image %1 (%2) existiert auf dem Kasm-Server nicht mehr; aktualisieren Sie die Ansicht und registrieren Sie es erneut, falls es noch gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmApiDeployment.cpp" line="334"/>
        <source>The Kasm server has no group %1: it was deleted, or it is a system group such as All Users and the API key lacks the &quot;Groups View System&quot; permission. Refresh and choose a listed group.</source>
        <translation>Der Kasm-Server hat keine Gruppe %1: Sie wurde gelöscht, oder es ist eine Systemgruppe wie All Users und dem API-Schlüssel fehlt die Berechtigung „Groups View System“. Aktualisieren Sie die Ansicht und wählen Sie eine aufgeführte Gruppe.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmJson.cpp" line="24"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmJson.cpp" line="82"/>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmJson.cpp" line="188"/>
        <source>The Kasm server sent %1 as %2, a number outside what the field holds (%3); this server&apos;s API is not one ImageSteward understands.</source>
        <translation>Der Kasm-Server hat %1 als %2 gesendet, eine Zahl außerhalb des Wertebereichs des Feldes (%3); die API dieses Servers versteht ImageSteward nicht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmJson.cpp" line="198"/>
        <location filename="../src/kasm/KasmJson.cpp" line="216"/>
        <source>The Kasm server sent %1 as %2 where %3 was expected; this server&apos;s API is not one ImageSteward understands.</source>
        <translation>Der Kasm-Server hat %1 als %2 gesendet, wo %3 erwartet wurde; die API dieses Servers versteht ImageSteward nicht.</translation>
    </message>
    <message>
        <location filename="../src/kasm/KasmJson.cpp" line="440"/>
        <source>The Kasm server sent %1 as &quot;%2&quot;; ImageSteward knows Off, Normal and Aggressive.</source>
        <translation>Der Kasm-Server hat %1 als „%2“ gesendet; ImageSteward kennt Off, Normal und Aggressive.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="48"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="56"/>
        <source>The Kasm connection in %1 is damaged; connect again (stewardctl kasm connect).</source>
        <translation>Die Kasm-Verbindung in %1 ist beschädigt; verbinden Sie sich erneut (stewardctl kasm connect).</translation>
    </message>
    <message>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="65"/>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="71"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="79"/>
        <source>Cannot remove %1: %2.</source>
        <translation>%1 kann nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/kasm/ProfileDeployment.cpp" line="124"/>
        <source>The keychain holds no secret for the Kasm API key %1 at %2; connect again with stewardctl kasm connect.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für den Kasm-API-Schlüssel %1 bei %2; verbinden Sie sich erneut mit stewardctl kasm connect.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedDeployment.cpp" line="27"/>
        <source>The simulated deployment has no image %1; refresh, and register the image again if it is still wanted.</source>
        <translation>Die simulierte Bereitstellung hat kein Image %1; aktualisieren Sie die Ansicht und registrieren Sie das Image erneut, falls es noch gebraucht wird.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedDeployment.cpp" line="36"/>
        <source>The simulated deployment has no group %1; refresh the groups.</source>
        <translation>Die simulierte Bereitstellung hat keine Gruppe %1; aktualisieren Sie die Gruppen.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="105"/>
        <source>The simulated deployment has no agent %1.</source>
        <translation>Die simulierte Bereitstellung hat keinen Agent %1.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="141"/>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="156"/>
        <source>The simulated deployment could not be saved (a test made saving fail).</source>
        <translation>Die simulierte Bereitstellung konnte nicht gespeichert werden (ein Test hat das Speichern scheitern lassen).</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="170"/>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="183"/>
        <source>Cannot read the simulated deployment from %1: %2. Check the file&apos;s permissions.</source>
        <translation>Die simulierte Bereitstellung kann nicht aus %1 gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="190"/>
        <source>The simulated deployment in %1 is damaged; move the file away to start from the demo data.</source>
        <translation>Die simulierte Bereitstellung in %1 ist beschädigt; verschieben Sie die Datei, um mit den Demodaten neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="202"/>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="206"/>
        <source>Cannot save the simulated deployment to %1: %2.</source>
        <translation>Die simulierte Bereitstellung kann nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/kasm/SimulatedStorage.cpp" line="227"/>
        <source>Another process kept the simulated deployment in %1 locked for 10 s; try again.</source>
        <translation>Ein anderer Prozess hat die simulierte Bereitstellung in %1 10 s lang gesperrt gehalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/kasm/EnvironmentConnection.cpp" line="33"/>
        <source>--kasm-env needs %1 set in the environment (in CI: the engine&apos;s secret variables).</source>
        <translation>--kasm-env braucht %1 in der Umgebung (in CI: die geheimen Variablen der Engine).</translation>
    </message>
    <message>
        <location filename="../src/kasm/EnvironmentConnection.cpp" line="42"/>
        <source>%1 is not a URL like https://kasm.example.</source>
        <translation>%1 ist keine URL wie https://kasm.example.</translation>
    </message>
    <message>
        <location filename="../src/kasm/EnvironmentConnection.cpp" line="45"/>
        <source>%1 uses plain http to another host; the API secret travels in every request, so use https.</source>
        <translation>%1 verwendet unverschlüsseltes http zu einem anderen Host; das API-Geheimnis geht mit jeder Anfrage mit, also verwenden Sie https.</translation>
    </message>
</context>
<context>
    <name>steward::pull</name>
    <message>
        <location filename="../src/pull/Budget.cpp" line="191"/>
        <location filename="../src/pull/Budget.cpp" line="234"/>
        <source>building %1 agents and %2 kinds of agent x %3 images</source>
        <translation>Aufbau von %1 Agents und %2 Agent-Arten × %3 Images</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="195"/>
        <source>%1 agent wake-ups x buckets over %2 s</source>
        <translation>%1 Agent-Weckvorgänge × Intervalle über %2 s</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="196"/>
        <source>%1 (agent, image) pairs</source>
        <translation>%1 Paare (Agent, Image)</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="197"/>
        <source>%1 refreshes of images whose tag moves</source>
        <translation>%1 Aktualisierungen von Images, deren Tag sich bewegt</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="198"/>
        <location filename="../src/pull/Budget.cpp" line="209"/>
        <source>%1 buckets x %2 chart points</source>
        <translation>%1 Intervalle × %2 Diagrammpunkte</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="202"/>
        <location filename="../src/pull/Budget.cpp" line="242"/>
        <source>%1 agents, and %2 kinds of agent x %3 images</source>
        <translation>%1 Agents und %2 Agent-Arten × %3 Images</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="203"/>
        <location filename="../src/pull/Budget.cpp" line="243"/>
        <source>%1 images pulled by the kinds of agent</source>
        <translation>%1 von den Agent-Arten abgerufene Images</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="204"/>
        <location filename="../src/pull/Budget.cpp" line="244"/>
        <source>%1 agent x bucket slots</source>
        <translation>%1 Plätze Agent × Intervall</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="205"/>
        <source>%1 arrival and refresh records</source>
        <translation>%1 Ankunfts- und Aktualisierungseinträge</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="206"/>
        <source>%1 (agent, image) pairs whose tag moves</source>
        <translation>%1 Paare (Agent, Image), deren Tag sich bewegt</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="207"/>
        <source>%1 quota runs in the window</source>
        <translation>%1 Kontingentläufe im Zeitfenster</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="238"/>
        <source>sorting %1 agent x bucket slots</source>
        <translation>Sortieren von %1 Plätzen Agent × Intervall</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="258"/>
        <source>would need about %1 MB of memory (mostly for %2), more than the limit of %3 MB; make the scenario smaller, or raise the limit with %4</source>
        <translation>bräuchte etwa %1 MB Arbeitsspeicher (vor allem für %2), mehr als das Limit von %3 MB; verkleinern Sie das Szenario oder erhöhen Sie das Limit mit %4</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="265"/>
        <source>would take about %1 steps (mostly %2), more than the limit of %3 steps; shorten duration_s, lengthen the intervals or make the fleet smaller, or raise the limit with %4</source>
        <translation>bräuchte etwa %1 Schritte (vor allem %2), mehr als das Limit von %3 Schritten; verkürzen Sie duration_s, verlängern Sie die Intervalle oder verkleinern Sie die Flotte, oder erhöhen Sie das Limit mit %4</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="275"/>
        <source>the %1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Budget.cpp" line="275"/>
        <source>; and it </source>
        <translation>; außerdem </translation>
    </message>
    <message>
        <location filename="../src/pull/DeploymentScenario.cpp" line="46"/>
        <source>The deployment has no enabled agent: nothing is pulled.</source>
        <translation>Die Bereitstellung hat keinen aktivierten Agent: Es wird nichts abgerufen.</translation>
    </message>
    <message>
        <location filename="../src/pull/DeploymentScenario.cpp" line="61"/>
        <source>%1: the image name &quot;%2&quot; is not a valid reference (%3), so agents cannot pull it.</source>
        <translation>%1: Der Image-Name „%2“ ist keine gültige Referenz (%3), daher können Agents ihn nicht abrufen.</translation>
    </message>
    <message>
        <location filename="../src/pull/DeploymentScenario.cpp" line="88"/>
        <source>Kasm does not report the address each agent pulls from: all agents are assumed behind one address (%1). Set it per agent for a truer anonymous-quota forecast.</source>
        <translation>Kasm meldet nicht, von welcher Adresse jeder Agent abruft: Alle Agents gelten als hinter einer Adresse (%1). Legen Sie sie pro Agent fest, um eine genauere Prognose des anonymen Kontingents zu erhalten.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="19"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="21"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="21"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="23"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="29"/>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="115"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="115"/>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="140"/>
        <source>%1 agents: %2</source>
        <translation>%1 Agents: %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="142"/>
        <source>No agent pulls %1 (%2).</source>
        <translation>Kein Agent ruft %1 ab (%2).</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="145"/>
        <source>No agent pulls %1 more images either.</source>
        <translation>Auch weitere Images ruft kein Agent von %1 ab.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="197"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="197"/>
        <source>per %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="202"/>
        <source>%1 agents behind %2 pull %3 images from %4 %5: %6 pulls %7 against %8</source>
        <translation>%1 Agents hinter %2 rufen %3 Images von %4 %5 ab: %6 Pulls %7 gegen %8</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="206"/>
        <source>with a login</source>
        <translation>mit Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="206"/>
        <source>anonymously</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="210"/>
        <source> — the quota is gone %1 into %2 (first 429 at %3, on %4 for %5).</source>
        <translation> – das Kontingent ist %1 nach Beginn %2 erschöpft (erstes 429 bei %3, auf %4 für %5).</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="212"/>
        <source>the first check-ins</source>
        <translation>der ersten Check-ins</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="213"/>
        <source>refresh wave %1</source>
        <translation>der Aktualisierungswelle %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="221"/>
        <source> At most %1 of the %2 pulls a window asks for can succeed (%3%); the rest are refused and missing images are retried every %4.</source>
        <translation> Höchstens %1 der %2 Pulls, die ein Zeitfenster verlangt, können gelingen (%3 %); die übrigen werden abgewiesen, und fehlende Images werden alle %4 erneut versucht.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="236"/>
        <source> With a login on these images: the account has no limit on %1, so every pull succeeds.</source>
        <translation> Mit einer Anmeldung für diese Images: Das Konto hat kein Limit bei %1, also gelingt jeder Pull.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="240"/>
        <source> With a login on these images: %1 pulls per %2 from all addresses on one account against %3 — %4.</source>
        <translation> Mit einer Anmeldung für diese Images: %1 Pulls pro %2 von allen Adressen über ein Konto gegen %3 – %4.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="245"/>
        <location filename="../src/pull/Forecast.cpp" line="259"/>
        <source>it fits</source>
        <translation>es passt</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="246"/>
        <source>still %1 too many; a paid plan or a mirror is needed</source>
        <translation>immer noch %1 zu viele; ein bezahlter Tarif oder ein Mirror ist nötig</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="253"/>
        <source> With a pull-through mirror: the mirror pulls each of the %1 images once %2, %3 pulls per %4 against %5 — %6.</source>
        <translation> Mit einem Pull-through-Mirror: Der Mirror ruft jedes der %1 Images einmal %2 ab, %3 Pulls pro %4 gegen %5 – %6.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="260"/>
        <source>still too many; add a login on the mirror</source>
        <translation>immer noch zu viele; richten Sie eine Anmeldung am Mirror ein</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="265"/>
        <source>%1 agents cannot log in for %2: every check-in fails (%3 attempts per hour each) and the image never arrives, even if it is public. Fix the image&apos;s registry credentials.</source>
        <translation>%1 Agents können sich für %2 nicht anmelden: Jeder Check-in scheitert (je %3 Versuche pro Stunde), und das Image kommt nie an, selbst wenn es öffentlich ist. Korrigieren Sie die Registry-Zugangsdaten des Images.</translation>
    </message>
    <message>
        <location filename="../src/pull/Forecast.cpp" line="274"/>
        <source>Every quota holds: the busiest window of every registry stays within its limit.</source>
        <translation>Jedes Kontingent hält: Das meistgenutzte Zeitfenster jeder Registry bleibt in ihrem Limit.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="53"/>
        <source>not checked: an earlier step failed</source>
        <translation>nicht geprüft: Ein früherer Schritt ist gescheitert</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="92"/>
        <source>the registry sent no rate-limit headers: no limit applies</source>
        <translation>Die Registry hat keine Rate-Limit-Header gesendet: Es gilt kein Limit</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="96"/>
        <source>this address or account</source>
        <translation>diese Adresse bzw. dieses Konto</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="98"/>
        <source>%1 of %2 pulls per %3 s left for %4 before this check (its manifest GET counts as one)</source>
        <translation>%1 von %2 Pulls pro %3 s übrig für %4 vor dieser Prüfung (ihr Manifest-GET zählt als einer)</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="106"/>
        <source>: an agent&apos;s pull gets 429 now. Log in on the image (a per-account quota) or use a pull-through mirror; `stewardctl forecast` shows when it runs out.</source>
        <translation>: Der Pull eines Agents erhält jetzt 429. Melden Sie sich für das Image an (ein Kontingent pro Konto) oder verwenden Sie einen Pull-through-Mirror; `stewardctl forecast` zeigt, wann es ausgeht.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="109"/>
        <source>: nearly used up</source>
        <translation>: fast aufgebraucht</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="124"/>
        <source>no free disk given (%1); the layers alone need %2 compressed</source>
        <translation>kein freier Speicherplatz angegeben (%1); allein die Layer brauchen komprimiert %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="132"/>
        <source>%1 compressed does not fit in %2 MB free: the agent will not pull it. Free disk or prune old images.</source>
        <translation>%1 komprimiert passt nicht in %2 MB freien Speicher: Der Agent wird es nicht abrufen. Geben Sie Speicherplatz frei oder entfernen Sie alte Images.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="138"/>
        <source>%1 compressed may not fit in %2 MB once unpacked; check uncompressed_size_mb</source>
        <translation>%1 komprimiert passt entpackt womöglich nicht in %2 MB; prüfen Sie uncompressed_size_mb</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="143"/>
        <source>%1 compressed, %2 MB free</source>
        <translation>%1 komprimiert, %2 MB frei</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="172"/>
        <source>the blobs could not be checked: %1</source>
        <translation>die Blobs konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="183"/>
        <source>%1 of %2 blobs missing from the registry: %3. An agent&apos;s pull fails on them; push the image again (a push that was cut short, or blobs deleted behind the manifest).</source>
        <translation>%1 von %2 Blobs fehlen in der Registry: %3. Der Pull eines Agents scheitert daran; pushen Sie das Image erneut (ein abgebrochener Push, oder Blobs wurden hinter dem Manifest gelöscht).</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="191"/>
        <source>config and all %1 layers present (checked by HEAD, nothing downloaded); %2 compressed</source>
        <translation>Config und alle %1 Layer vorhanden (per HEAD geprüft, nichts heruntergeladen); %2 komprimiert</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="196"/>
        <source>; %1 foreign layers come from elsewhere and were not checked</source>
        <translation>; %1 Fremd-Layer kommen von anderswo und wurden nicht geprüft</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="207"/>
        <source>the registry refused the pull (rate limit): %1</source>
        <translation>die Registry hat den Pull abgelehnt (Rate-Limit): %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="209"/>
        <source>%1 does not exist: %2. Check the repository and tag (a name without a host means Docker Hub).</source>
        <translation>%1 existiert nicht: %2. Prüfen Sie Repository und Tag (ein Name ohne Host bedeutet Docker Hub).</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="212"/>
        <source>the manifest could not be read: %1</source>
        <translation>das Manifest konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="221"/>
        <source>a legacy schema 1 manifest (%1): its platform and blobs are not checked. Push it again with a current client.</source>
        <translation>ein veraltetes Manifest nach Schema 1 (%1): Plattform und Blobs werden nicht geprüft. Pushen Sie es erneut mit einem aktuellen Client.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="225"/>
        <source>not checked: schema 1 manifest</source>
        <translation>nicht geprüft: Manifest nach Schema 1</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="239"/>
        <source>the manifest exists, but its platform could not be read</source>
        <translation>das Manifest existiert, aber seine Plattform konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="242"/>
        <source>the image&apos;s config %1 could not be fetched: %2. The push may be incomplete; push the image again.</source>
        <translation>die Config %1 des Images konnte nicht abgerufen werden: %2. Der Push ist womöglich unvollständig; pushen Sie das Image erneut.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="253"/>
        <source>the image is built for %1 only, the agents run %2. Build and push it for %2 (or a multi-platform index).</source>
        <translation>das Image ist nur für %1 gebaut, die Agents laufen auf %2. Bauen und pushen Sie es für %2 (oder als Multi-Plattform-Index).</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="260"/>
        <source>single-platform image for %1: %2</source>
        <translation>Image für eine einzige Plattform, %1: %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="283"/>
        <source>the index %1 has no image for %2; it offers %3. Build and push the image for the agents&apos; platform.</source>
        <translation>der Index %1 enthält kein Image für %2; er bietet %3. Bauen und pushen Sie das Image für die Plattform der Agents.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="286"/>
        <source>no platform at all</source>
        <translation>überhaupt keine Plattform</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="300"/>
        <source>the index lists %1 for %2, but it cannot be read: %3. Push the image again.</source>
        <translation>der Index führt %1 für %2, aber es kann nicht gelesen werden: %3. Pushen Sie das Image erneut.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="308"/>
        <source>the index&apos;s entry for %1 is not an image manifest</source>
        <translation>der Eintrag des Index für %1 ist kein Image-Manifest</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="313"/>
        <source>%1 → %2 (from the index %3)</source>
        <translation>%1 → %2 (aus dem Index %3)</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="330"/>
        <source>the registry accepted the image&apos;s credentials, but they give no access to this repository</source>
        <translation>die Registry hat die Zugangsdaten des Images akzeptiert, aber sie geben keinen Zugriff auf dieses Repository</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="332"/>
        <source>anonymous access gives no access to this repository</source>
        <translation>anonymer Zugriff gibt keinen Zugriff auf dieses Repository</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="334"/>
        <source>%1: the repository does not exist, or it needs a login / more access. Check the name (a name without a host means Docker Hub); if it is private, set a login that may pull it. (%2)</source>
        <translation>%1: Das Repository existiert nicht, oder es braucht eine Anmeldung bzw. mehr Rechte. Prüfen Sie den Namen (ein Name ohne Host bedeutet Docker Hub); ist es privat, hinterlegen Sie eine Anmeldung, die es abrufen darf. (%2)</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="342"/>
        <source>the registry rejected the image&apos;s credentials: %1. As in Kasm, wrong credentials make even a public image fail; correct or remove them.</source>
        <translation>die Registry hat die Zugangsdaten des Images abgelehnt: %1. Wie in Kasm lassen falsche Zugangsdaten selbst ein öffentliches Image scheitern; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="346"/>
        <source>the image needs a login: %1. Set the registry username and password on the image.</source>
        <translation>das Image braucht eine Anmeldung: %1. Hinterlegen Sie Registry-Benutzername und -Passwort am Image.</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="349"/>
        <source>the registry answered</source>
        <translation>die Registry hat geantwortet</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="353"/>
        <source>the registry could not be reached: %1</source>
        <translation>die Registry war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="360"/>
        <source>the image&apos;s credentials were accepted</source>
        <translation>die Zugangsdaten des Images wurden akzeptiert</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="361"/>
        <source>anonymous access works</source>
        <translation>anonymer Zugriff funktioniert</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="437"/>
        <source>no registry host in the name, so Docker Hub (docker.io) is used, as Kasm does; put the host first for a private registry</source>
        <translation>kein Registry-Host im Namen, daher wird wie in Kasm Docker Hub (docker.io) verwendet; stellen Sie für eine private Registry den Host voran</translation>
    </message>
    <message>
        <location filename="../src/pull/Preflight.cpp" line="441"/>
        <source>no tag, so &quot;latest&quot; is used; name the tag you tested</source>
        <translation>kein Tag, daher wird „latest“ verwendet; nennen Sie den Tag, den Sie getestet haben</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="41"/>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="49"/>
        <source>%1 is missing; it must be %2</source>
        <translation>%1 fehlt; es muss %2 sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="59"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="69"/>
        <source>%1 must be a non-empty string or null</source>
        <translation>%1 muss eine nicht leere Zeichenkette oder null sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="79"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="87"/>
        <source>%1 is missing; it must be a list</source>
        <translation>%1 fehlt; es muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="89"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="103"/>
        <source>%1 is not a known key; check its spelling</source>
        <translation>%1 ist kein bekannter Schlüssel; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="128"/>
        <source>%1 must be an object with limit and window_s, or null for unlimited</source>
        <translation>%1 muss ein Objekt mit limit und window_s sein, oder null für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="131"/>
        <location filename="../src/pull/Scenario.cpp" line="405"/>
        <source>an integer of 0 or more</source>
        <translation>eine ganze Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="135"/>
        <location filename="../src/pull/Scenario.cpp" line="390"/>
        <location filename="../src/pull/Scenario.cpp" line="395"/>
        <location filename="../src/pull/Scenario.cpp" line="400"/>
        <location filename="../src/pull/Scenario.cpp" line="410"/>
        <source>a positive number of seconds</source>
        <translation>eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="139"/>
        <source>%1.limit is too large; leave the limit out for unlimited</source>
        <translation>%1.limit ist zu groß; lassen Sie das Limit weg für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="148"/>
        <location filename="../src/pull/Scenario.cpp" line="185"/>
        <location filename="../src/pull/Scenario.cpp" line="220"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="155"/>
        <location filename="../src/pull/Scenario.cpp" line="339"/>
        <source>%1.name must be a non-empty string</source>
        <translation>%1.name muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="164"/>
        <source>%1.preset must be &quot;docker-hub&quot; or absent</source>
        <translation>%1.preset muss „docker-hub“ sein oder fehlen</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="189"/>
        <location filename="../src/pull/Scenario.cpp" line="224"/>
        <source>a positive integer</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="193"/>
        <source>%1.count is too large (at most 10000000)</source>
        <translation>%1.count ist zu groß (höchstens 10000000)</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="204"/>
        <location filename="../src/pull/Scenario.cpp" line="257"/>
        <source>a number of megabytes, 0 or more</source>
        <translation>eine Anzahl Megabytes, 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="228"/>
        <source>%1.count is too large (at most 1000000)</source>
        <translation>%1.count ist zu groß (höchstens 1000000)</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="254"/>
        <source>%1.credentials must be &quot;valid&quot; or &quot;wrong&quot;</source>
        <translation>%1.credentials muss „valid“ oder „wrong“ sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="265"/>
        <source>a positive number of seconds, or null for a fixed tag</source>
        <translation>eine positive Anzahl Sekunden, oder null für einen festen Tag</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="324"/>
        <source>duration_s must be a positive number of seconds</source>
        <translation>duration_s muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="326"/>
        <source>check_in_interval_s must be a positive number of seconds</source>
        <translation>check_in_interval_s muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="328"/>
        <source>refresh_interval_s must be a positive number of seconds</source>
        <translation>refresh_interval_s muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="330"/>
        <source>report_window_s must be a positive number of seconds</source>
        <translation>report_window_s muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="333"/>
        <source>duration_s and the intervals must be at most 100 years</source>
        <translation>duration_s und die Intervalle dürfen höchstens 100 Jahre betragen</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="342"/>
        <source>%1.name &quot;%2&quot; is used twice; registry names must be unique</source>
        <translation>%1.name „%2“ kommt zweimal vor; Registry-Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="347"/>
        <source>%1.%2 needs a limit of 0 or more and a positive window_s</source>
        <translation>%1.%2 braucht ein Limit von 0 oder mehr und ein positives window_s</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="352"/>
        <source>agents must list at least one agent group</source>
        <translation>agents muss mindestens eine Agent-Gruppe aufführen</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="356"/>
        <location filename="../src/pull/Scenario.cpp" line="364"/>
        <source>%1.count must be a positive integer</source>
        <translation>%1.count muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="358"/>
        <source>%1.disk_mb must be 0 or more</source>
        <translation>%1.disk_mb muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="366"/>
        <source>%1.uncompressed_size_mb must be 0 or more</source>
        <translation>%1.uncompressed_size_mb muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="368"/>
        <source>%1.tag_moves_every_s must be a positive number of seconds</source>
        <translation>%1.tag_moves_every_s muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="371"/>
        <source>%1.registry names &quot;%2&quot;, which is not in registries; add it there or use null for an image without a registry</source>
        <translation>%1.registry nennt „%2“, das nicht in registries steht; fügen Sie es dort hinzu oder verwenden Sie null für ein Image ohne Registry</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="376"/>
        <source>%1.credentials is &quot;wrong&quot; but the image has no account; name the account whose login fails</source>
        <translation>%1.credentials ist „wrong“, aber das Image hat kein Konto; nennen Sie das Konto, dessen Anmeldung scheitert</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="381"/>
        <source>the scenario is too large: at most 10000000 agents and 1000000 images</source>
        <translation>das Szenario ist zu groß: höchstens 10000000 Agents und 1000000 Images</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="454"/>
        <source>the scenario is not valid JSON: %1 at offset %2</source>
        <translation>das Szenario ist kein gültiges JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="458"/>
        <source>the scenario must be a JSON object</source>
        <translation>das Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/pull/Scenario.cpp" line="467"/>
        <source>cannot read the scenario file %1</source>
        <translation>die Szenariodatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="22"/>
        <source>%1 pulls per %2 s</source>
        <translation>%1 Pulls pro %2 s</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="22"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="24"/>
        <source>%1 refused the pull: the limit for account %2 (%3) is used up; pulls succeed again as the window slides, or with a plan that allows more.</source>
        <translation>%1 hat den Pull abgelehnt: Die Grenze für das Konto %2 (%3) ist ausgeschöpft; Pulls gelingen wieder, wenn das Zeitfenster weiterrückt, oder mit einem Tarif, der mehr erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="27"/>
        <source>%1 refused the pull: the anonymous limit for address %2 (%3) is used up; give the image a registry login, or spread agents over more addresses.</source>
        <translation>%1 hat den Pull abgelehnt: Die anonyme Grenze für die Adresse %2 (%3) ist ausgeschöpft; geben Sie dem Image eine Registry-Anmeldung oder verteilen Sie die Agents auf mehr Adressen.</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="446"/>
        <source>%1: the image logs in as %2, but ImageSteward has no password for that login; store it (stewardctl login) so that the simulated agents can use it.</source>
        <translation>%1: Das Image meldet sich als %2 an, aber ImageSteward hat kein Passwort für diese Anmeldung; speichern Sie es (stewardctl login), damit die simulierten Agents es nutzen können.</translation>
    </message>
    <message>
        <location filename="../src/pull/FleetRunner.cpp" line="726"/>
        <source>The pull failed (too many different reasons to keep them all).</source>
        <translation>Der Pull ist fehlgeschlagen (zu viele verschiedene Gründe, um alle zu behalten).</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveRunner.cpp" line="58"/>
        <source>images[%1] has no &quot;reference&quot;: live mode needs the image each group pulls (&quot;%2/path:tag&quot;)</source>
        <translation>images[%1] hat keine „reference“: Der Live-Modus braucht das Image, das jede Gruppe zieht („%2/pfad:tag“)</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveRunner.cpp" line="67"/>
        <source>images[%1].reference: %2</source>
        <translation>images[%1].reference: %2</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveRunner.cpp" line="70"/>
        <source>images[%1] names registry &quot;%2&quot; but pulls %3 from %4; in a live scenario a registry&apos;s name is its host[:port] as in the reference</source>
        <translation>images[%1] nennt die Registry „%2“, zieht aber %3 von %4; in einem Live-Szenario ist der Name einer Registry ihr Host[:Port] wie in der Referenz</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveBatcher.cpp" line="15"/>
        <source>%1 pulls per %2 s, as it reports</source>
        <translation>%1 Pulls pro %2 s, laut ihrer Angabe</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveBatcher.cpp" line="16"/>
        <source>its limit</source>
        <translation>ihr Limit</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveBatcher.cpp" line="17"/>
        <source>%1 answered 429: the pulls of account %2 are used up (%3); they succeed again as its window slides.</source>
        <translation>%1 antwortete 429: Die Pulls des Kontos %2 sind aufgebraucht (%3); sie gelingen wieder, sobald sich sein Zeitfenster weiterschiebt.</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveBatcher.cpp" line="20"/>
        <source>%1 answered 429: the anonymous pulls of address %2 are used up (%3); give the image a registry login, or wait for the window to slide.</source>
        <translation>%1 antwortete 429: Die anonymen Pulls der Adresse %2 sind aufgebraucht (%3); geben Sie dem Image eine Registry-Anmeldung, oder warten Sie, bis sich das Zeitfenster weiterschiebt.</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveBatcher.cpp" line="113"/>
        <source>the pull failed</source>
        <translation>der Pull ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/pull/SimulatedFleet.cpp" line="233"/>
        <source>The simulated fleet has not started yet: nothing to pull.</source>
        <translation>Die simulierte Flotte ist noch nicht gestartet: Es gibt nichts zu ziehen.</translation>
    </message>
</context>
<context>
    <name>steward::pull::LiveRunner</name>
    <message>
        <location filename="../src/pull/LiveRunner.cpp" line="102"/>
        <source>images[%1] has no valid reference to pull in live mode (got &quot;%2&quot;)</source>
        <translation>images[%1] hat keine gültige Referenz zum Abrufen im Live-Modus (erhalten: „%2“)</translation>
    </message>
    <message>
        <location filename="../src/pull/LiveRunner.cpp" line="108"/>
        <source>images[%1] pulls with account &quot;%2&quot;, but no login was given for it</source>
        <translation>images[%1] ruft mit dem Konto „%2“ ab, aber dafür wurde keine Anmeldung angegeben</translation>
    </message>
</context>
<context>
    <name>steward::pull::PullEventModel</name>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="86"/>
        <source>pulled</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="88"/>
        <source>refreshed</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="90"/>
        <source>rate-limited (429)</source>
        <translation>durch Rate-Limit abgewiesen (429)</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="92"/>
        <source>login failed</source>
        <translation>Anmeldung gescheitert</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="94"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="96"/>
        <source>registry unreachable</source>
        <translation>Registry nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="98"/>
        <source>corrupt data</source>
        <translation>beschädigte Daten</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="100"/>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="122"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="124"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="126"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="128"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="130"/>
        <source>Pulls</source>
        <translation>Pulls</translation>
    </message>
    <message>
        <location filename="../src/pull/PullEventModel.cpp" line="132"/>
        <source>Counted against</source>
        <translation>Angerechnet auf</translation>
    </message>
</context>
<context>
    <name>steward::registry</name>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="36"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="62"/>
        <source>%1 names the credential helper &quot;%2&quot;, but %3 is not on PATH; install it or remove it from that file.</source>
        <translation>%1 nennt den Credential-Helper „%2“, aber %3 ist nicht im PATH; installieren Sie ihn oder entfernen Sie ihn aus dieser Datei.</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="84"/>
        <source>The credential helper %1 failed: %2</source>
        <translation>Der Credential-Helper %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="102"/>
        <source>The credential helper %1 failed (exit code %2): %3</source>
        <translation>Der Credential-Helper %1 ist gescheitert (Exit-Code %2): %3</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="116"/>
        <source>The credential helper %1 did not answer within 30 s.</source>
        <translation>Der Credential-Helper %1 hat nicht innerhalb von 30 s geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="177"/>
        <source>%1 is not valid JSON (%2: %3); fix or move the file.</source>
        <translation>%1 ist kein gültiges JSON (%2: %3); korrigieren oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="180"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="210"/>
        <source>%1: auths.&quot;%2&quot;.auth does not decode to &quot;user:password&quot;; log in again with docker.</source>
        <translation>%1: auths.&quot;%2&quot;.auth ergibt dekodiert nicht „user:password“; melden Sie sich erneut mit docker an.</translation>
    </message>
    <message>
        <location filename="../src/registry/DockerConfig.cpp" line="268"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/HttpHeaders.cpp" line="65"/>
        <source>the registry sent a malformed Link header</source>
        <translation>die Registry hat einen fehlerhaften Link-Header gesendet</translation>
    </message>
    <message>
        <location filename="../src/registry/HttpHeaders.cpp" line="80"/>
        <source>the registry&apos;s next-page link is not a valid URL</source>
        <translation>der Link der Registry auf die nächste Seite ist keine gültige URL</translation>
    </message>
    <message>
        <location filename="../src/registry/HttpHeaders.cpp" line="86"/>
        <source>the registry&apos;s next-page link points at another host (%1); refusing to follow it</source>
        <translation>der Link der Registry auf die nächste Seite zeigt auf einen anderen Host (%1); ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../src/registry/ImageConfig.cpp" line="16"/>
        <source>the image config is not a JSON object</source>
        <translation>die Image-Config ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="18"/>
        <source>the manifest&apos;s %1 is not a descriptor object</source>
        <translation>%1 des Manifests ist kein Deskriptor-Objekt</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="25"/>
        <source>the manifest&apos;s %1 has a bad digest: %2</source>
        <translation>%1 des Manifests hat einen fehlerhaften Digest: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="30"/>
        <source>the manifest&apos;s %1 has no valid size</source>
        <translation>%1 des Manifests hat keine gültige Größe</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="123"/>
        <source>the manifest is %1 bytes; the limit is %2</source>
        <translation>das Manifest ist %1 Bytes groß; das Limit ist %2</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="127"/>
        <source>the manifest is not a JSON object</source>
        <translation>das Manifest ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="139"/>
        <source>the manifest says it is %1 but the registry sent it as %2</source>
        <translation>das Manifest gibt sich als %1 aus, aber die Registry hat es als %2 gesendet</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="156"/>
        <source>the manifest has schemaVersion %1; expected 2</source>
        <translation>das Manifest hat schemaVersion %1; erwartet wird 2</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="158"/>
        <source>the manifest type %1 is not an image or an index</source>
        <translation>der Manifest-Typ %1 ist weder ein Image noch ein Index</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="165"/>
        <source>the index has no &quot;manifests&quot; list</source>
        <translation>der Index hat keine Liste „manifests“</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="168"/>
        <source>manifests[%1]</source>
        <translation>manifests[%1]</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="177"/>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="183"/>
        <source>the manifest has no &quot;layers&quot; list</source>
        <translation>das Manifest hat keine Liste „layers“</translation>
    </message>
    <message>
        <location filename="../src/registry/Manifest.cpp" line="186"/>
        <source>layers[%1]</source>
        <translation>layers[%1]</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="28"/>
        <source>the operation was cancelled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="50"/>
        <source>log in to this registry (or check the saved credentials)</source>
        <translation>melden Sie sich bei dieser Registry an (oder prüfen Sie die gespeicherten Zugangsdaten)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="53"/>
        <source>the account lacks permission for this repository</source>
        <translation>dem Konto fehlt die Berechtigung für dieses Repository</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="57"/>
        <source>no such repository, tag or digest</source>
        <translation>kein solches Repository, kein solcher Tag oder Digest</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="60"/>
        <source>the registry&apos;s rate limit is spent; wait, or log in to get a larger quota</source>
        <translation>das Rate-Limit der Registry ist ausgeschöpft; warten Sie, oder melden Sie sich an, um ein größeres Kontingent zu erhalten</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="67"/>
        <source>the registry failed; try again later</source>
        <translation>die Registry ist gescheitert; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryErrors.cpp" line="69"/>
        <source>%1 failed: HTTP %2</source>
        <translation>%1 gescheitert: HTTP %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="72"/>
        <source>reading the manifest of %1</source>
        <translation>Lesen des Manifests von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/TokenCache.cpp" line="25"/>
        <source>the token server&apos;s answer holds no token</source>
        <translation>die Antwort des Token-Servers enthält kein Token</translation>
    </message>
</context>
<context>
    <name>steward::registry::RegistryClient</name>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="146"/>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="147"/>
        <source>give the path of a PEM file holding the registry&apos;s CA certificate</source>
        <translation>geben Sie den Pfad einer PEM-Datei mit dem CA-Zertifikat der Registry an</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="150"/>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="151"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="155"/>
        <source>the CA file %1 holds no PEM certificate (no &quot;-----BEGIN CERTIFICATE-----&quot; block)</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat (keinen Block „-----BEGIN CERTIFICATE-----“)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="156"/>
        <source>a DER certificate converts with: openssl x509 -inform der -in FILE -out FILE.pem</source>
        <translation>ein DER-Zertifikat wandeln Sie um mit: openssl x509 -inform der -in FILE -out FILE.pem</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="229"/>
        <source>%1 answered GET /v2/ with more than %2 bytes; a registry answers it with a few bytes, so this is not a registry or it misbehaves</source>
        <translation>%1 hat GET /v2/ mit mehr als %2 Bytes beantwortet; eine Registry antwortet darauf mit wenigen Bytes, also ist dies keine Registry oder sie verhält sich fehlerhaft</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="233"/>
        <location filename="../src/registry/RegistryClient.cpp" line="266"/>
        <source>check the host name and port</source>
        <translation>prüfen Sie Hostname und Port</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="244"/>
        <source>check the host name and that the registry is running</source>
        <translation>prüfen Sie den Hostnamen und ob die Registry läuft</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="247"/>
        <location filename="../src/registry/RegistryClient.cpp" line="259"/>
        <source>trust its CA (Registry settings in the window, stewardctl registry-settings HOST --trust-ca FILE, or --ca-file), or allow it as insecure there if you accept the risk</source>
        <translation>vertrauen Sie ihrer CA (Registry-Einstellungen im Fenster, stewardctl registry-settings HOST --trust-ca DATEI oder --ca-file), oder erlauben Sie sie dort als unsicher, wenn Sie das Risiko tragen</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="249"/>
        <source>cannot reach registry %1: %2</source>
        <translation>Registry %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="258"/>
        <source>cannot reach registry %1 over HTTPS: %2</source>
        <translation>Registry %1 über HTTPS nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="265"/>
        <source>%1 does not look like a container registry: GET /v2/ answered HTTP %2</source>
        <translation>%1 sieht nicht nach einer Container-Registry aus: GET /v2/ hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="500"/>
        <source>%1 failed: the registry&apos;s answer is larger than the %2-byte limit</source>
        <translation>%1 gescheitert: Die Antwort der Registry ist größer als das Limit von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="504"/>
        <location filename="../src/registry/RegistryClient.cpp" line="535"/>
        <source>%1 failed: the data did not check out</source>
        <translation>%1 gescheitert: Die Daten haben die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="511"/>
        <source>%1 failed: the registry sent nothing for %2 s</source>
        <translation>%1 gescheitert: Die Registry hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="517"/>
        <location filename="../src/registry/RegistryClient.cpp" line="532"/>
        <source>%1 failed: the connection closed before the whole answer arrived (truncated)</source>
        <translation>%1 gescheitert: Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="518"/>
        <source>%1 failed: %2</source>
        <translation>%1 gescheitert: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="556"/>
        <source>%1 (gave up after %2 retries)</source>
        <translation>%1 (nach %2 Wiederholungen aufgegeben)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="560"/>
        <source>%1; the registry asks to wait %2 s before retrying</source>
        <translation>%1; die Registry bittet, %2 s bis zur Wiederholung zu warten</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="577"/>
        <source>%1 failed: too many redirects</source>
        <translation>%1 gescheitert: zu viele Umleitungen</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="584"/>
        <source>%1 failed: the registry redirected to an invalid location</source>
        <translation>%1 gescheitert: Die Registry hat auf eine ungültige Adresse umgeleitet</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="590"/>
        <source>%1 failed: the registry redirected to %2 over plain HTTP; refusing to leave TLS for another host</source>
        <translation>%1 gescheitert: Die Registry hat über einfaches HTTP auf %2 umgeleitet; TLS wird für einen anderen Host nicht verlassen</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="592"/>
        <source>ask the registry&apos;s operator to serve its redirects over HTTPS</source>
        <translation>bitten Sie den Betreiber der Registry, ihre Umleitungen über HTTPS auszuliefern</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="619"/>
        <source>the registry refused access and offered no supported way to log in</source>
        <translation>die Registry hat den Zugriff verweigert und keinen unterstützten Anmeldeweg angeboten</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="632"/>
        <source>the repository does not exist, or it needs a login / more access (logged in as &quot;%1&quot;)</source>
        <translation>das Repository existiert nicht, oder es braucht eine Anmeldung bzw. mehr Rechte (angemeldet als „%1“)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="635"/>
        <source>the repository does not exist, or it needs a login / more access (no login was sent)</source>
        <translation>das Repository existiert nicht, oder es braucht eine Anmeldung bzw. mehr Rechte (es wurde keine Anmeldung gesendet)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="637"/>
        <source>check the repository name (a name without a host means Docker Hub); if it is private, log in with an account that may pull it</source>
        <translation>prüfen Sie den Repository-Namen (ein Name ohne Host bedeutet Docker Hub); ist es privat, melden Sie sich mit einem Konto an, das es abrufen darf</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="642"/>
        <source>the registry keeps refusing the login of user &quot;%1&quot;; check the password or token and the account&apos;s permissions</source>
        <translation>die Registry lehnt die Anmeldung des Benutzers „%1“ weiterhin ab; prüfen Sie Passwort oder Token und die Berechtigungen des Kontos</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="645"/>
        <source>no login is saved for %1; log in first</source>
        <translation>für %1 ist keine Anmeldung gespeichert; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="650"/>
        <source>%1 needs a login and none is saved; log in first</source>
        <translation>%1 braucht eine Anmeldung, und es ist keine gespeichert; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="743"/>
        <source>%1 sent us to the token server &quot;%2&quot;, which is not an https URL; refusing to send a login there</source>
        <translation>%1 hat uns zum Token-Server „%2“ geschickt, der keine https-URL ist; dorthin wird keine Anmeldung gesendet</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="799"/>
        <source>the token server for %1 answered with more than %2 bytes; a token is a few KiB, so it misbehaves</source>
        <translation>der Token-Server für %1 hat mit mehr als %2 Bytes geantwortet; ein Token ist wenige KiB groß, also verhält er sich fehlerhaft</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="811"/>
        <source>the token server for %1 does not accept identity tokens (OAuth2 POST answered HTTP %2)</source>
        <translation>der Token-Server für %1 akzeptiert keine Identity-Tokens (OAuth2-POST wurde mit HTTP %2 beantwortet)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="822"/>
        <source>cannot reach the token server for %1: %2</source>
        <translation>der Token-Server für %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="829"/>
        <source>the token server for %1 refused the login of user &quot;%2&quot;</source>
        <translation>der Token-Server für %1 hat die Anmeldung des Benutzers „%2“ abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="831"/>
        <source>the token server for %1 refused anonymous access; log in first</source>
        <translation>der Token-Server für %1 hat anonymen Zugriff abgelehnt; melden Sie sich zuerst an</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryClient.cpp" line="835"/>
        <source>getting a token for %1</source>
        <translation>Abrufen eines Tokens für %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="112"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="121"/>
        <source>listing the tags of %1</source>
        <translation>Auflisten der Tags von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="131"/>
        <source>listing the tags of %1 failed: the registry&apos;s answer is not a tag list</source>
        <translation>Auflisten der Tags von %1 gescheitert: Die Antwort der Registry ist keine Tag-Liste</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="142"/>
        <source>listing the tags of %1 failed: the registry listed an invalid tag &quot;%2&quot;</source>
        <translation>Auflisten der Tags von %1 gescheitert: Die Registry hat einen ungültigen Tag „%2“ aufgeführt</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="208"/>
        <source>reading the digest of %1</source>
        <translation>Lesen des Digests von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="216"/>
        <source>the registry sent no usable digest for %1: %2</source>
        <translation>die Registry hat keinen brauchbaren Digest für %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="241"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="282"/>
        <source>reading the manifest of %1</source>
        <translation>Lesen des Manifests von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="257"/>
        <source>the registry sent a malformed digest for %1: %2</source>
        <translation>die Registry hat einen fehlerhaften Digest für %1 gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="262"/>
        <source>asked for %1 but the registry answered for %2</source>
        <translation>%1 angefragt, aber die Registry hat für %2 geantwortet</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="295"/>
        <source>the manifest of %1 does not match its digest: the registry sent bytes that hash to %2</source>
        <translation>das Manifest von %1 passt nicht zu seinem Digest: Die Registry hat Bytes gesendet, deren Hash %2 ist</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="303"/>
        <source>the registry says the manifest of %1 is %2, but its bytes hash to %3</source>
        <translation>laut Registry ist das Manifest von %1 %2, aber der Hash seiner Bytes ist %3</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="310"/>
        <source>the manifest of %1 is unusable: %2</source>
        <translation>das Manifest von %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="338"/>
        <source>%1 is a single-platform image (%2), not an index; drop --platform</source>
        <translation>%1 ist ein Image für eine einzige Plattform (%2), kein Index; lassen Sie --platform weg</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="346"/>
        <source>%1 has no %2 image; it has: %3</source>
        <translation>%1 hat kein Image für %2; es hat: %3</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="362"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="370"/>
        <source>reading the config of %1</source>
        <translation>Lesen der Config von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="374"/>
        <source>the config blob of %1 does not match its digest %2</source>
        <translation>der Config-Blob von %1 passt nicht zu seinem Digest %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="434"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="443"/>
        <source>writing the manifest %1</source>
        <translation>Schreiben des Manifests %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="449"/>
        <source>the registry stored %1 as %2, but the bytes we sent hash to %3</source>
        <translation>die Registry hat %1 als %2 gespeichert, aber der Hash der gesendeten Bytes ist %3</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="471"/>
        <source>&quot;%1&quot; is not a valid tag: up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiger Tag: bis zu 128 Buchstaben, Ziffern, „_“, „.“ und „-“, nicht beginnend mit „.“ oder „-“</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="510"/>
        <source>deleting needs a digest (%1 has none); note that it removes every tag on that digest</source>
        <translation>Löschen braucht einen Digest (%1 hat keinen); beachten Sie, dass es jeden Tag auf diesem Digest entfernt</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="516"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="524"/>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="631"/>
        <source>copying %1 is not supported: it is a legacy schema 1 manifest</source>
        <translation>Kopieren von %1 wird nicht unterstützt: Es ist ein veraltetes Manifest nach Schema 1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="669"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="693"/>
        <source>mounting %1 into %2</source>
        <translation>Einhängen von %1 in %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="683"/>
        <source>mounting %1 into %2 failed: the registry opened an upload without saying where (no Location)</source>
        <translation>Einhängen von %1 in %2 gescheitert: Die Registry hat einen Upload geöffnet, ohne zu sagen wohin (kein Location)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="702"/>
        <location filename="../src/registry/RegistryPull.cpp" line="85"/>
        <location filename="../src/registry/RegistryPull.cpp" line="100"/>
        <source>checking for %1 in %2</source>
        <translation>Suche nach %1 in %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="726"/>
        <source>cannot create a temporary file for %1: %2</source>
        <translation>für %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="736"/>
        <location filename="../src/registry/RegistryPull.cpp" line="131"/>
        <location filename="../src/registry/RegistryPull.cpp" line="151"/>
        <source>downloading %1 from %2</source>
        <translation>Herunterladen von %1 aus %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="755"/>
        <source>downloading %1</source>
        <translation>Herunterladen von %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="760"/>
        <location filename="../src/registry/RegistryPull.cpp" line="155"/>
        <source>the blob %1 does not match its digest or size (%2 bytes received, %3 expected)</source>
        <translation>der Blob %1 passt nicht zu seinem Digest oder seiner Größe (%2 Bytes empfangen, %3 erwartet)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="780"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="789"/>
        <source>uploading %1 to %2</source>
        <translation>Hochladen von %1 nach %2</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryOperations.cpp" line="807"/>
        <location filename="../src/registry/RegistryOperations.cpp" line="815"/>
        <source>starting an upload to %1</source>
        <translation>Beginn eines Uploads nach %1</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryPull.cpp" line="39"/>
        <source>%1 has no image for %2; its index lists %3</source>
        <translation>%1 hat kein Image für %2; sein Index führt %3</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryPull.cpp" line="40"/>
        <source>(no platform)</source>
        <translation>(keine Plattform)</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryPull.cpp" line="56"/>
        <source>%1 nests an index inside its index; agents cannot pull that</source>
        <translation>%1 verschachtelt einen Index in seinem Index; das können Agents nicht abrufen</translation>
    </message>
    <message>
        <location filename="../src/registry/RegistryPull.cpp" line="119"/>
        <source>cannot verify %1: unknown digest algorithm</source>
        <translation>%1 kann nicht überprüft werden: unbekannter Digest-Algorithmus</translation>
    </message>
</context>
<context>
    <name>steward::store</name>
    <message>
        <location filename="../src/store/Backups.cpp" line="65"/>
        <source>Cannot create the backup directory %1.</source>
        <translation>Das Sicherungsverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="86"/>
        <source>Cannot back up the catalog to %1: %2</source>
        <translation>Der Katalog kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="90"/>
        <source>Cannot finish the catalog backup %1.</source>
        <translation>Die Katalogsicherung %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="105"/>
        <source>The backup %1 is itself damaged; choose an older one.</source>
        <translation>Die Sicherung %1 ist selbst beschädigt; wählen Sie eine ältere.</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="112"/>
        <source>Another ImageSteward process is opening the catalog in %1; close it before restoring a backup.</source>
        <translation>Ein anderer ImageSteward-Prozess öffnet gerade den Katalog in %1; schließen Sie ihn, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="128"/>
        <source>Cannot move the damaged catalog file %1 aside; is it still open?</source>
        <translation>Die beschädigte Katalogdatei %1 lässt sich nicht beiseiteschieben; ist sie noch geöffnet?</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="132"/>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="37"/>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Die Schemaversion des Katalogs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="47"/>
        <source>Cannot list the catalog&apos;s tables: %1</source>
        <translation>Die Tabellen des Katalogs können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="57"/>
        <source>Cannot start migration %1: %2</source>
        <translation>Migration %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="69"/>
        <source>Upgrading the catalog to schema %1 (%2) failed; it was left at the previous version.</source>
        <translation>Die Aktualisierung des Katalogs auf Schema %1 (%2) ist gescheitert; er blieb auf der vorherigen Version.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="78"/>
        <source>Cannot commit migration %1: %2</source>
        <translation>Migration %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="130"/>
        <source>The catalog %1 has schema version %2, but this ImageSteward understands up to version %3. Update ImageSteward, or use another profile with --profile DIR.</source>
        <translation>Der Katalog %1 hat die Schemaversion %2, aber dieses ImageSteward versteht nur bis Version %3. Aktualisieren Sie ImageSteward oder verwenden Sie mit --profile DIR ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="143"/>
        <source>%1 is an SQLite database, but not an ImageSteward catalog; use another profile with --profile DIR.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein ImageSteward-Katalog; verwenden Sie mit --profile DIR ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="204"/>
        <source>Another process (%1, pid %2) is opening or upgrading the catalog in %3; try again when it is done, or use another profile with --profile DIR.</source>
        <translation>Ein anderer Prozess (%1, PID %2) öffnet oder aktualisiert gerade den Katalog in %3; versuchen Sie es erneut, wenn er fertig ist, oder verwenden Sie mit --profile DIR ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="206"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="225"/>
        <source>The profile %1 has no catalog yet.</source>
        <translation>Das Profil %1 hat noch keinen Katalog.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="247"/>
        <source>The catalog %1 has schema version %2 and this ImageSteward reads version %3; a command that changes the profile (stewardctl logins, for one) upgrades it.</source>
        <translation>Der Katalog %1 hat die Schemaversion %2, und dieses ImageSteward liest Version %3; ein Befehl, der das Profil ändert (etwa stewardctl logins), aktualisiert ihn.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="325"/>
        <source>The catalog stayed busy with another process&apos;s change for %1 s; try again.</source>
        <translation>Der Katalog blieb %1 s lang durch die Änderung eines anderen Prozesses belegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="327"/>
        <source>Cannot start a catalog transaction: %1</source>
        <translation>Eine Katalogtransaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/Catalog.cpp" line="338"/>
        <source>Cannot commit a catalog change: %1</source>
        <translation>Eine Katalogänderung kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="84"/>
        <source>required text is missing</source>
        <translation>erforderlicher Text fehlt</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="88"/>
        <location filename="../src/store/CatalogExport.cpp" line="175"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="92"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="110"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="120"/>
        <source>expected a number not below %1</source>
        <translation>eine Zahl nicht unter %1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="145"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="157"/>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="168"/>
        <source>expected a list of text</source>
        <translation>eine Liste von Texten erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="195"/>
        <source>character %1 is a control character (%2); ids, names and user names are one line of printable text</source>
        <translation>Zeichen %1 ist ein Steuerzeichen (%2); IDs, Namen und Benutzernamen sind eine Zeile druckbarer Text</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="222"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="236"/>
        <source>%1: kept its login (user %2); the file names user %3. An import never changes logins; use `stewardctl login` for that.</source>
        <translation>%1: Anmeldung beibehalten (Benutzer %2); die Datei nennt Benutzer %3. Ein Import ändert nie Anmeldungen; verwenden Sie dafür `stewardctl login`.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="242"/>
        <source>%1: kept its CA file (%2); the file names %3.</source>
        <translation>%1: CA-Datei beibehalten (%2); die Datei nennt %3.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="247"/>
        <source>%1: TLS verification stays off (insecure) as set here; the file has it on.</source>
        <translation>%1: Die TLS-Prüfung bleibt wie hier eingestellt aus (unsicher); in der Datei ist sie an.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="248"/>
        <source>%1: TLS verification stays on; the file asks to turn it off (insecure), which an import never does.</source>
        <translation>%1: Die TLS-Prüfung bleibt an; die Datei verlangt, sie auszuschalten (unsicher), was ein Import nie tut.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="258"/>
        <source>%1: added with TLS verification off (insecure), as the file says; turn it on in the registry&apos;s settings unless you trust that choice.</source>
        <translation>%1: Wie in der Datei mit ausgeschalteter TLS-Prüfung (unsicher) hinzugefügt; schalten Sie sie in den Einstellungen der Registry ein, sofern Sie dieser Wahl nicht vertrauen.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="269"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="329"/>
        <source>The file is not valid JSON at %1: %2; nothing was imported.</source>
        <translation>Die Datei ist bei %1 kein gültiges JSON: %2; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="333"/>
        <source>The file must hold a JSON object; nothing was imported.</source>
        <translation>Die Datei muss ein JSON-Objekt enthalten; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="337"/>
        <source>format: expected &quot;%1&quot; (a file from stewardctl export); nothing was imported.</source>
        <translation>format: „%1“ erwartet (eine Datei aus stewardctl export); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="344"/>
        <source>version: this ImageSteward reads export version %1, the file has %2; nothing was imported.</source>
        <translation>version: Dieses ImageSteward liest Exportversion %1, die Datei hat %2; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="355"/>
        <source>: expected a list</source>
        <translation>: eine Liste erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="360"/>
        <source>: expected an object</source>
        <translation>: ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="371"/>
        <source>expected a registry host or URL</source>
        <translation>ein Registry-Host oder eine URL erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="392"/>
        <location filename="../src/store/CatalogExport.cpp" line="437"/>
        <source>&quot;%1&quot; appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="405"/>
        <source>secrets are not imported; store the token in the keychain and give its reference as docker_token_ref</source>
        <translation>Geheimnisse werden nicht importiert; legen Sie das Token im Schlüsselbund ab und geben Sie seine Referenz als docker_token_ref an</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="433"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist nicht eines von %2</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="442"/>
        <source>&quot;%1&quot; is not among the file&apos;s groups</source>
        <translation>„%1“ ist nicht unter den Gruppen der Datei</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="448"/>
        <location filename="../src/store/CatalogExport.cpp" line="497"/>
        <source>; nothing was imported.</source>
        <translation>; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="465"/>
        <source>Cannot start the import: %1</source>
        <translation>Der Import kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogExport.cpp" line="503"/>
        <source>Cannot commit the import: %1; nothing was imported.</source>
        <translation>Der Import kann nicht abgeschlossen werden: %1; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="20"/>
        <source>The catalog could not %1: %2</source>
        <translation>Der Katalog konnte nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="91"/>
        <source>list the registries</source>
        <translation>die Registrys auflisten</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="125"/>
        <location filename="../src/store/RegistryLoginSteps.cpp" line="25"/>
        <source>&quot;%1&quot; is not a registry host or URL.</source>
        <translation>„%1“ ist kein Registry-Host und keine URL.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="142"/>
        <source>save the registry</source>
        <translation>die Registry speichern</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="147"/>
        <source>find the saved registry</source>
        <translation>die gespeicherte Registry finden</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="159"/>
        <source>list the images</source>
        <translation>die Images auflisten</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="199"/>
        <source>An image needs an id and a docker image name.</source>
        <translation>Ein Image braucht eine ID und einen Docker-Image-Namen.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="247"/>
        <source>save the image</source>
        <translation>das Image speichern</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="255"/>
        <source>list the groups</source>
        <translation>die Gruppen auflisten</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="266"/>
        <source>A group needs an id and a name.</source>
        <translation>Eine Gruppe braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="276"/>
        <source>save the group</source>
        <translation>die Gruppe speichern</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="284"/>
        <source>list the image groups</source>
        <translation>die Image-Gruppen auflisten</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="298"/>
        <source>assign the image to the group</source>
        <translation>das Image der Gruppe zuordnen</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="315"/>
        <source>append to the audit log</source>
        <translation>an das Prüfprotokoll anhängen</translation>
    </message>
    <message>
        <location filename="../src/store/CatalogQueries.cpp" line="329"/>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="16"/>
        <source>A registry login needs the registry host.</source>
        <translation>Eine Registry-Anmeldung braucht den Registry-Host.</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="17"/>
        <source>A Kasm login needs the server URL.</source>
        <translation>Eine Kasm-Anmeldung braucht die Server-URL.</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="20"/>
        <source>A registry login needs a user name.</source>
        <translation>Eine Registry-Anmeldung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="21"/>
        <source>A Kasm login needs the API key id.</source>
        <translation>Eine Kasm-Anmeldung braucht die API-Schlüssel-ID.</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="27"/>
        <source>&quot;%1&quot; holds a control character at position %2; a registry host, server URL, user name or key id is one line of printable text.</source>
        <translation>„%1“ enthält an Position %2 ein Steuerzeichen; ein Registry-Host, eine Server-URL, ein Benutzername oder eine Schlüssel-ID ist eine Zeile druckbarer Text.</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="42"/>
        <source>The catalog&apos;s keychain reference for %1 as %2 names another login&apos;s secret, so it was not used (it may come from an imported file). Log in to %1 as %2 again (Registries → Log in… in the window, or stewardctl login).</source>
        <translation>Die Schlüsselbund-Referenz des Katalogs für %1 als %2 nennt das Geheimnis einer anderen Anmeldung und wurde daher nicht verwendet (sie stammt womöglich aus einer importierten Datei). Melden Sie sich erneut bei %1 als %2 an (im Fenster unter Registries → Anmelden…, oder mit stewardctl login).</translation>
    </message>
    <message>
        <location filename="../src/store/CredentialKey.cpp" line="47"/>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="24"/>
        <source>The keychain could not %1 &quot;%2&quot;: %3</source>
        <translation>Der Schlüsselbund konnte „%2“ nicht %1: %3</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="27"/>
        <source>. No keychain is running; start one (GNOME Keyring, KWallet) or keep the secret for this session only.</source>
        <translation>. Es läuft kein Schlüsselbund; starten Sie einen (GNOME Keyring, KWallet) oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="69"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="83"/>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="95"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="101"/>
        <source>the desktop keychain</source>
        <translation>der Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <location filename="../src/store/KeychainCredentialStore.cpp" line="113"/>
        <source>No keychain is available (%1).</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../src/store/MemoryCredentialStore.cpp" line="33"/>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../src/store/Migrations.cpp" line="17"/>
        <source>A catalog schema statement failed: %1</source>
        <translation>Eine Anweisung des Katalogschemas ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../src/store/Profile.cpp" line="33"/>
        <source>The profile %1 is a file, not a directory; choose a directory with --profile DIR.</source>
        <translation>Das Profil %1 ist eine Datei, kein Verzeichnis; wählen Sie mit --profile DIR ein Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../src/store/Profile.cpp" line="39"/>
        <source>Cannot create the profile directory %1; check its parent&apos;s permissions or choose another with --profile DIR.</source>
        <translation>Das Profilverzeichnis %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen des übergeordneten Verzeichnisses oder wählen Sie mit --profile DIR ein anderes.</translation>
    </message>
    <message>
        <location filename="../src/store/ProfileUseLock.cpp" line="53"/>
        <location filename="../src/store/SqliteFile.cpp" line="108"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/ProfileUseLock.cpp" line="67"/>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/ProfileUseLock.cpp" line="71"/>
        <source>A backup is being restored into the profile %1; open it again when that is done.</source>
        <translation>In das Profil %1 wird gerade eine Sicherung wiederhergestellt; öffnen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../src/store/ProfileUseLock.cpp" line="77"/>
        <source>Another ImageSteward process (pid %1) has the profile %2 open; close it first, then restore the backup.</source>
        <translation>Ein anderer ImageSteward-Prozess (PID %1) hat das Profil %2 geöffnet; schließen Sie ihn zuerst und stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/store/ProfileUseLock.cpp" line="81"/>
        <source>Another ImageSteward process has the profile %1 open; close it first, then restore the backup.</source>
        <translation>Ein anderer ImageSteward-Prozess hat das Profil %1 geöffnet; schließen Sie ihn zuerst und stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="39"/>
        <source>The promotion journal could not %1: %2</source>
        <translation>Das Freigabe-Journal konnte nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="69"/>
        <source>read the promotion</source>
        <translation>die Promotion lesen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="94"/>
        <source>read promotions</source>
        <translation>die Freigaben lesen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="113"/>
        <source>read promotion steps</source>
        <translation>die Freigabeschritte lesen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="128"/>
        <source>A promotion needs an id and a kind.</source>
        <translation>Eine Freigabe braucht eine ID und eine Art.</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="142"/>
        <source>record the promotion</source>
        <translation>die Freigabe aufzeichnen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="154"/>
        <source>record step %1</source>
        <translation>Schritt %1 aufzeichnen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="187"/>
        <source>update step %1</source>
        <translation>Schritt %1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="189"/>
        <source>Promotion %1 has no step %2.</source>
        <translation>Freigabe %1 hat keinen Schritt %2.</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="197"/>
        <source>update the promotion</source>
        <translation>die Freigabe aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="218"/>
        <source>set the promotion&apos;s state</source>
        <translation>den Zustand der Freigabe setzen</translation>
    </message>
    <message>
        <location filename="../src/store/PromotionJournal.cpp" line="220"/>
        <source>No promotion %1 in the journal.</source>
        <translation>Keine Freigabe %1 im Journal.</translation>
    </message>
    <message>
        <location filename="../src/store/RegistryLoginSteps.cpp" line="30"/>
        <source>The password is empty; nothing was stored.</source>
        <translation>Das Passwort ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/store/RegistryLoginSteps.cpp" line="78"/>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/store/RegistryLoginSteps.cpp" line="86"/>
        <source>The login for %1 as %2 was stored, but the previous user %3&apos;s secret could not be removed from the keychain: %4 Delete the entry &quot;%5&quot; (service %6) with your keychain manager.</source>
        <translation>Die Anmeldung für %1 als %2 wurde gespeichert, aber das Geheimnis des vorherigen Benutzers %3 konnte nicht aus dem Schlüsselbund entfernt werden: %4 Löschen Sie den Eintrag „%5“ (Dienst %6) mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <location filename="../src/store/RegistryLoginSteps.cpp" line="99"/>
        <source>Not logged in to %1; `stewardctl logins` lists the logins of this profile.</source>
        <translation>Nicht bei %1 angemeldet; `stewardctl logins` listet die Anmeldungen dieses Profils auf.</translation>
    </message>
    <message>
        <location filename="../src/store/SessionFallbackCredentialStore.cpp" line="124"/>
        <source>Keeping the secret for this session only was declined.</source>
        <translation>Das Geheimnis nur für diese Sitzung zu behalten, wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/store/SessionFallbackCredentialStore.cpp" line="221"/>
        <source>%1, and memory for this session only (%n secret(s))</source>
        <translation>
            <numerusform>%1, und Arbeitsspeicher nur für diese Sitzung (%n Geheimnis)</numerusform>
            <numerusform>%1, und Arbeitsspeicher nur für diese Sitzung (%n Geheimnisse)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="30"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="34"/>
        <source>%1 is not an SQLite database (it is truncated or was overwritten).</source>
        <translation>%1 ist keine SQLite-Datenbank (sie ist abgeschnitten oder wurde überschrieben).</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="59"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="75"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="87"/>
        <source>Cannot check the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="91"/>
        <source>The catalog %1 is damaged.</source>
        <translation>Der Katalog %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="98"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="121"/>
        <source>No backup exists; move the file aside to start an empty catalog, or use another --profile.</source>
        <translation>Es gibt keine Sicherung; schieben Sie die Datei beiseite, um mit einem leeren Katalog zu beginnen, oder verwenden Sie ein anderes --profile.</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteFile.cpp" line="124"/>
        <source>The newest backup is %1 (schema %2, %3); restore it with `stewardctl restore-backup` (the damaged file is kept beside it).</source>
        <translation>Die neueste Sicherung ist %1 (Schema %2, %3); stellen Sie sie mit `stewardctl restore-backup` wieder her (die beschädigte Datei bleibt daneben erhalten).</translation>
    </message>
    <message>
        <location filename="../src/store/TagCache.cpp" line="42"/>
        <source>Cannot cache the tag %1: %2</source>
        <translation>Der Tag %1 kann nicht zwischengespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/TagCache.cpp" line="55"/>
        <location filename="../src/store/TagCache.cpp" line="75"/>
        <location filename="../src/store/TagCache.cpp" line="84"/>
        <source>Cannot read the tag cache: %1</source>
        <translation>Der Tag-Zwischenspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/TagCache.cpp" line="101"/>
        <source>Cannot update the tag cache: %1</source>
        <translation>Der Tag-Cache kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/WorkspaceRegistryExport.cpp" line="84"/>
        <source>Cannot create the directory for %1.</source>
        <translation>Das Verzeichnis für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/store/WorkspaceRegistryExport.cpp" line="87"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/WorkspaceRegistryExport.cpp" line="113"/>
        <source>Cannot read the icon %1: %2</source>
        <translation>Das Symbol %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/WorkspaceRegistryExport.cpp" line="123"/>
        <source>No images to export; name at least one image.</source>
        <translation>Keine Images zu exportieren; nennen Sie mindestens ein Image.</translation>
    </message>
    <message>
        <location filename="../src/store/WorkspaceRegistryExport.cpp" line="145"/>
        <source>Two of the images have an icon named %1; the Workspace Registry keeps all icons in one folder, so rename one.</source>
        <translation>Zwei der Images haben ein Symbol namens %1; die Workspace Registry hält alle Symbole in einem Ordner, benennen Sie also eines um.</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="54"/>
        <source>Cannot read the test groups of a managed image: %1</source>
        <translation>Die Testgruppen eines verwalteten Images können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="100"/>
        <source>Cannot save the managed image: %1</source>
        <translation>Das verwaltete Image kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="106"/>
        <location filename="../src/store/ManagedImages.cpp" line="116"/>
        <source>Cannot save the test groups of a managed image: %1</source>
        <translation>Die Testgruppen eines verwalteten Images können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="141"/>
        <source>A managed image needs its Kasm image id and its repository.</source>
        <translation>Ein verwaltetes Image braucht seine Kasm-Image-ID und sein Repository.</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="161"/>
        <location filename="../src/store/ManagedImages.cpp" line="174"/>
        <source>Cannot read the managed images: %1</source>
        <translation>Die verwalteten Images können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="192"/>
        <source>The image %1 is not managed.</source>
        <translation>Das Image %1 wird nicht verwaltet.</translation>
    </message>
    <message>
        <location filename="../src/store/ManagedImages.cpp" line="197"/>
        <source>Cannot remove the managed image: %1</source>
        <translation>Das verwaltete Image kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/StageEvents.cpp" line="58"/>
        <location filename="../src/store/StageEvents.cpp" line="104"/>
        <source>Cannot read the stage history from the catalog: %1</source>
        <translation>Die Stufenhistorie kann nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/StageEvents.cpp" line="86"/>
        <source>Cannot record a stage change in the catalog: %1</source>
        <translation>Der Stufenwechsel kann nicht im Katalog festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>steward::workflow</name>
    <message>
        <location filename="../src/workflow/KasmConnection.cpp" line="17"/>
        <source> Nothing was stored.</source>
        <translation> Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/KasmConnection.cpp" line="48"/>
        <source>Connected to %1 with API key %2, but the previous key&apos;s secret could not be removed from the keychain (%3): %4 Remove the entry &quot;%3&quot; by hand.</source>
        <translation>Mit %1 über den API-Schlüssel %2 verbunden, aber das Geheimnis des vorherigen Schlüssels konnte nicht aus dem Schlüsselbund entfernt werden (%3): %4 Entfernen Sie den Eintrag „%3“ von Hand.</translation>
    </message>
    <message>
        <location filename="../src/workflow/KasmConnection.cpp" line="99"/>
        <source>A Kasm connection needs the API key id (Settings → Developers). Nothing was stored.</source>
        <translation>Eine Kasm-Verbindung braucht die API-Schlüssel-ID (Settings → Developers). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/KasmConnection.cpp" line="101"/>
        <source>The API secret is empty. Nothing was stored.</source>
        <translation>Das API-Geheimnis ist leer. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegisterImage.cpp" line="37"/>
        <source> The image was not registered.</source>
        <translation> Das Image wurde nicht registriert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegisterImage.cpp" line="38"/>
        <source> The image %1 was created but could not be removed again: %2</source>
        <translation> Das Image %1 wurde angelegt, konnte aber nicht wieder entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegisterImage.cpp" line="121"/>
        <source> Nothing was registered.</source>
        <translation> Es wurde nichts registriert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegisterImage.cpp" line="159"/>
        <source>An image needs a friendly name: it is what users see in the Kasm dashboard. Nothing was registered.</source>
        <translation>Ein Image braucht einen Anzeigenamen: Ihn sehen die Benutzer im Kasm-Dashboard. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegisterImage.cpp" line="165"/>
        <source>The friendly name &quot;%1&quot; holds a control character at position %2; it is one line of printable text. Nothing was registered.</source>
        <translation>Der Anzeigename „%1“ enthält an Position %2 ein Steuerzeichen; er ist eine Zeile druckbarer Text. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="33"/>
        <source> Nothing was changed.</source>
        <translation> Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="51"/>
        <source>--repository takes a repository without tag or digest, e.g. %1.</source>
        <translation>--repository erwartet ein Repository ohne Tag oder Digest, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="52"/>
        <source>The repository is written without tag or digest, e.g. %1.</source>
        <translation>Das Repository wird ohne Tag oder Digest geschrieben, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="57"/>
        <source>A managed image needs at least one test group.</source>
        <translation>Ein verwaltetes Image braucht mindestens eine Testgruppe.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="64"/>
        <source>&quot;%1&quot; is not a valid moving tag.</source>
        <translation>„%1“ ist kein gültiger beweglicher Tag.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="95"/>
        <source>The profile has no login for %1; store one with `stewardctl login %1` first, or leave --login out.</source>
        <translation>Das Profil hat keine Anmeldung für %1; speichern Sie zuerst eine mit `stewardctl login %1`, oder lassen Sie --login weg.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="97"/>
        <source>The profile has no login for %1; log in to it first (Registries → Log in…), or choose None as the login.</source>
        <translation>Das Profil hat keine Anmeldung für %1; melden Sie sich zuerst dort an (Registries → Anmelden…), oder wählen Sie „Keine“ als Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="103"/>
        <source>The login is for %1, but the repository is on %2.</source>
        <translation>Die Anmeldung gilt für %1, das Repository liegt aber auf %2.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="123"/>
        <source>&quot;%1&quot; now uses %2, which is not in %3; the first deploy will switch it to %3.</source>
        <translation>„%1“ verwendet jetzt %2, das nicht in %3 liegt; die erste Bereitstellung stellt es auf %3 um.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="132"/>
        <location filename="../src/workflow/RegistryLoginChanges.cpp" line="22"/>
        <source>The catalog is not open.</source>
        <translation>Der Katalog ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="186"/>
        <source>No image &quot;%1&quot; in the deployment; `stewardctl kasm images` lists ids and names.</source>
        <translation>Kein Image „%1“ in der Bereitstellung; `stewardctl kasm images` listet IDs und Namen auf.</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="191"/>
        <source>&quot;%1&quot; names %2 images; give one of their ids: %3</source>
        <translation>„%1“ bezeichnet %2 Images; geben Sie eine ihrer IDs an: %3</translation>
    </message>
    <message>
        <location filename="../src/workflow/ManageImage.cpp" line="208"/>
        <source>No group &quot;%1&quot; in the deployment; the groups are: %2.</source>
        <translation>Keine Gruppe „%1“ in der Bereitstellung; die Gruppen sind: %2.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Pipeline.cpp" line="296"/>
        <source>&quot;%1&quot; has no test group to send builds to; add one with stewardctl manage.</source>
        <translation>„%1“ hat keine Testgruppe, an die Builds gehen können; fügen Sie mit stewardctl manage eine hinzu.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Pipeline.cpp" line="318"/>
        <source>Unknown CI engine.</source>
        <translation>Unbekannte CI-Engine.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PushTags.cpp" line="62"/>
        <source>%1 gave no digest for the existing tag %2; nothing was tagged.</source>
        <translation>%1 hat für den vorhandenen Tag %2 keinen Digest geliefert; es wurde nichts getaggt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PushTags.cpp" line="70"/>
        <source>The unique tag %1 already points at %2, not at %3; a unique tag is never moved. Nothing was tagged: use a pattern that gives a new tag (add %S or {version}).</source>
        <translation>Der eindeutige Tag %1 zeigt bereits auf %2, nicht auf %3; ein eindeutiger Tag wird nie verschoben. Es wurde nichts getaggt: Verwenden Sie ein Muster, das einen neuen Tag ergibt (fügen Sie %S oder {version} hinzu).</translation>
    </message>
    <message>
        <location filename="../src/workflow/PushTags.cpp" line="169"/>
        <source>&quot;%1&quot; is not a valid moving tag: up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger beweglicher Tag: bis zu 128 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, nicht beginnend mit &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagPattern.cpp" line="42"/>
        <source>The tag pattern &quot;%1&quot; uses &quot;%2&quot;, which it does not know: use %Y %m %d %H %M %S (UTC), %% and {version}.</source>
        <translation>Das Tag-Muster „%1“ verwendet „%2“, das es nicht kennt: Verwenden Sie %Y %m %d %H %M %S (UTC), %% und {version}.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagPattern.cpp" line="74"/>
        <source>The tag pattern &quot;%1&quot; uses {version}, but the image has no label %2. Add it when building (LABEL %2=...) or use a pattern without {version}.</source>
        <translation>Das Tag-Muster „%1“ verwendet {version}, aber das Image hat kein Label %2. Fügen Sie es beim Bauen hinzu (LABEL %2=...) oder verwenden Sie ein Muster ohne {version}.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagPattern.cpp" line="79"/>
        <source>The tag pattern &quot;%1&quot; needs a time, and none was given.</source>
        <translation>Das Tag-Muster „%1“ braucht eine Zeit, aber es wurde keine angegeben.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagPattern.cpp" line="100"/>
        <source>The tag pattern &quot;%1&quot; gives &quot;%2&quot;, which is not a valid tag: up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Das Tag-Muster „%1“ ergibt „%2“, was kein gültiger Tag ist: bis zu 128 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, nicht beginnend mit &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagPattern.cpp" line="113"/>
        <source>The unique tag pattern &quot;%1&quot; gives the same tag for every build; include the build time (%Y%m%d-%H%M) or {version}.</source>
        <translation>Das Muster „%1“ für eindeutige Tags ergibt bei jedem Build denselben Tag; nehmen Sie die Build-Zeit (%Y%m%d-%H%M) oder {version} auf.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="41"/>
        <source>The catalog was closed while plan %1 ran; it stopped there.</source>
        <translation>Der Katalog wurde geschlossen, während Plan %1 lief; der Plan hat dort angehalten.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="48"/>
        <source>Plan %1 stopped: its journal cannot be written (%2). What is done so far is recorded.</source>
        <translation>Plan %1 hat angehalten: sein Journal lässt sich nicht schreiben (%2). Was bisher erledigt ist, ist festgehalten.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="103"/>
        <source>Plan %1 names the test twin before a step created it.</source>
        <translation>Plan %1 nennt den Testzwilling, bevor ein Schritt ihn angelegt hat.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="114"/>
        <source>Plan %1 was cancelled before step %2; the steps before it are done and recorded. Resume the plan to go on, or abandon it to undo them.</source>
        <translation>Plan %1 wurde vor Schritt %2 abgebrochen; die Schritte davor sind erledigt und festgehalten. Setzen Sie den Plan fort, um weiterzumachen, oder verwerfen Sie ihn, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="155"/>
        <source>Step %1 of plan %2 (%3) failed: %4 The steps before it are done and recorded; resume the plan to retry, or abandon it to undo them.</source>
        <translation>Schritt %1 von Plan %2 (%3) ist fehlgeschlagen: %4 Die Schritte davor sind erledigt und festgehalten; setzen Sie den Plan fort, um es erneut zu versuchen, oder verwerfen Sie ihn, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="189"/>
        <source>it refused before changing anything</source>
        <translation>er hat abgelehnt, bevor er etwas änderte</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="193"/>
        <source>Undoing step %1 of plan %2 failed: %3 The steps after it are undone; abandon the plan again once the cause is fixed.</source>
        <translation>Schritt %1 von Plan %2 ließ sich nicht rückgängig machen: %3 Die Schritte danach sind rückgängig gemacht; verwerfen Sie den Plan erneut, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="215"/>
        <location filename="../src/workflow/PlanRunner.cpp" line="288"/>
        <location filename="../src/workflow/PromotionBoard.cpp" line="308"/>
        <location filename="../src/workflow/Promote.cpp" line="56"/>
        <location filename="../src/workflow/Promote.cpp" line="611"/>
        <location filename="../src/workflow/Promote.cpp" line="655"/>
        <source>The catalog is closed.</source>
        <translation>Der Katalog ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="225"/>
        <source>No plan %1 in the journal; `stewardctl plans` lists the unfinished ones.</source>
        <translation>Kein Plan %1 im Journal; `stewardctl plans` listet die unvollendeten auf.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanRunner.cpp" line="229"/>
        <source>Plan %1 is %2, not unfinished: there is nothing to resume or abandon.</source>
        <translation>Plan %1 ist %2, nicht unvollendet: Es gibt nichts fortzusetzen oder zu verwerfen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="42"/>
        <source>The Kasm image %1 is no longer in the deployment; nothing was changed. Re-read the deployment and plan again.</source>
        <translation>Das Kasm-Image %1 ist nicht mehr im Deployment; nichts wurde geändert. Lesen Sie das Deployment neu ein und planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="77"/>
        <source>&quot;%1&quot; now runs %2: neither %3, as before the plan, nor %4, as the plan set it. Someone else changed it; it was left as it is and the step is not recorded as undone. Set it by hand (stewardctl kasm set-image) and abandon the plan again.</source>
        <translation>„%1“ läuft jetzt mit %2: weder %3 wie vor dem Plan noch %4, wie der Plan es gesetzt hat. Jemand anderes hat es geändert; es bleibt, wie es ist, und der Schritt gilt nicht als rückgängig gemacht. Setzen Sie es von Hand (stewardctl kasm set-image) und verwerfen Sie den Plan erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="85"/>
        <source>&quot;%1&quot; now runs %2, not %3 as planned: another administrator or process changed it since the plan was made. Nothing was changed; plan again to see the current state.</source>
        <translation>„%1“ läuft jetzt mit %2, nicht mit %3 wie geplant: Ein anderer Administrator oder Prozess hat es seit der Planung geändert. Nichts wurde geändert; planen Sie erneut, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="218"/>
        <source>The journal&apos;s move-tag step is damaged (repository %1, digest %2).</source>
        <translation>Der Tag-verschieben-Schritt im Journal ist beschädigt (Repository %1, Digest %2).</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="221"/>
        <source>No registry client for a move-tag step.</source>
        <translation>Kein Registry-Client für einen Tag-verschieben-Schritt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="238"/>
        <source>The tag %1 now points at %2: neither %3, as before the plan, nor %4, as the plan set it. Someone else moved it; it was left as it is and the step is not recorded as undone. Move it by hand (stewardctl push-tags) and abandon the plan again.</source>
        <translation>Der Tag %1 zeigt jetzt auf %2: weder auf %3 wie vor dem Plan noch auf %4, wie der Plan ihn gesetzt hat. Jemand anderes hat ihn verschoben; er bleibt, wie er ist, und der Schritt gilt nicht als rückgängig gemacht. Verschieben Sie ihn von Hand (stewardctl push-tags) und verwerfen Sie den Plan erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="247"/>
        <source>The tag %1 now points at %2, not at %3 as planned: someone moved it since the plan was made. Nothing was changed; plan again.</source>
        <translation>Der Tag %1 zeigt jetzt auf %2, nicht auf %3 wie geplant: Jemand hat ihn seit der Planung verschoben. Nichts wurde geändert; planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="242"/>
        <location filename="../src/workflow/PlanSteps.cpp" line="249"/>
        <location filename="../src/workflow/PlanSteps.cpp" line="250"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="275"/>
        <source>The catalog was closed during the plan.</source>
        <translation>Der Katalog wurde während des Plans geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="299"/>
        <source>The image %1 is no longer managed; its test twin %2 was not recorded.</source>
        <translation>Das Image %1 wird nicht mehr verwaltet; sein Testzwilling %2 wurde nicht festgehalten.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="352"/>
        <location filename="../src/workflow/PlanSteps.cpp" line="370"/>
        <source>the twin was there before the plan; it stays</source>
        <translation>den Zwilling gab es schon vor dem Plan; er bleibt</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="368"/>
        <source>no twin in the deployment: it was never created</source>
        <translation>kein Zwilling im Deployment: er wurde nie angelegt</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="373"/>
        <source>The test twin &quot;%1&quot; now runs %2, not %3 as the plan created it: someone changed it since. It was left as it is; delete it by hand if it is not wanted and abandon the plan again.</source>
        <translation>Der Testzwilling „%1“ läuft jetzt mit %2, nicht mit %3, wie der Plan ihn angelegt hat: Jemand hat ihn seitdem geändert. Er bleibt, wie er ist; löschen Sie ihn von Hand, falls er nicht gewollt ist, und verwerfen Sie den Plan erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="399"/>
        <source>the twin this plan created goes with the undo of its create step</source>
        <translation>der von diesem Plan angelegte Zwilling verschwindet mit dem Rückgängigmachen seines Anlegeschritts</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="402"/>
        <source>its answer was lost; the twin stays in its test groups</source>
        <translation>seine Antwort ging verloren; der Zwilling bleibt in seinen Testgruppen</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="415"/>
        <source>it changed no group</source>
        <translation>er hat keine Gruppe geändert</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="439"/>
        <source>a stage record stays, as history</source>
        <translation>ein Stufeneintrag bleibt als Verlauf erhalten</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="445"/>
        <source>plan %1 abandoned</source>
        <translation>Plan %1 verworfen</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="483"/>
        <source>The journal names a step &quot;%1&quot; this version does not know; nothing was done. Finish the plan with the version that made it.</source>
        <translation>Das Journal nennt einen Schritt „%1“, den diese Version nicht kennt; nichts wurde getan. Schließen Sie den Plan mit der Version ab, die ihn erstellt hat.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="499"/>
        <source>the tag did not exist before; a registry cannot remove one tag alone, so it stays</source>
        <translation>den Tag gab es vorher nicht; eine Registry kann einen einzelnen Tag nicht entfernen, also bleibt er</translation>
    </message>
    <message>
        <location filename="../src/workflow/PlanSteps.cpp" line="510"/>
        <source>nothing of it can be undone</source>
        <translation>davon lässt sich nichts rückgängig machen</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="85"/>
        <source>&quot;%1&quot; (%2) is not a managed image; manage it first (stewardctl manage or the Images pane&apos;s &quot;Manage…&quot;).</source>
        <translation>„%1“ (%2) ist kein verwaltetes Image; verwalten Sie es zuerst (stewardctl manage oder „Verwalten…“ im Bereich Images).</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="104"/>
        <source>No registry client for this plan.</source>
        <translation>Kein Registry-Client für diesen Plan.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="112"/>
        <source>The registry has no %1 (it may have been deleted); nothing was planned.</source>
        <translation>Die Registry hat kein %1 (es wurde vielleicht gelöscht); nichts wurde geplant.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="119"/>
        <source>%1 gave no digest for %2 by HEAD; a plan needs digests.</source>
        <translation>%1 hat per HEAD keinen Digest für %2 geliefert; ein Plan braucht Digests.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="131"/>
        <source>The managed image&apos;s repository &quot;%1&quot; is not a valid reference: %2</source>
        <translation>Das Repository „%1“ des verwalteten Images ist keine gültige Referenz: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="144"/>
        <source>Plan %1 (%2) for &quot;%3&quot; is unfinished (%4); nothing was planned. Finish it with `stewardctl resume %1` or undo it with `stewardctl abandon %1`, then plan again.</source>
        <translation>Plan %1 (%2) für „%3“ ist unvollendet (%4); es wurde nichts geplant. Schließen Sie ihn mit `stewardctl resume %1` ab oder machen Sie ihn mit `stewardctl abandon %1` rückgängig, und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="210"/>
        <source>Agents pick up the moved tag %1 at their hourly pull: the last one by %2, by each agent&apos;s schedule (within the hour where it is unknown).</source>
        <translation>Agents übernehmen den verschobenen Tag %1 bei ihrem stündlichen Pull: der letzte bis %2, nach dem Zeitplan jedes Agents (innerhalb der Stunde, wo er unbekannt ist).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workflow/Promote.cpp" line="226"/>
        <source>It costs %n pull(s) against the quota of %1: every agent serving the image pulls the moved tag once.</source>
        <translation>
            <numerusform>Das kostet %n Pull vom Kontingent von %1: Jeder Agent, der das Image bereitstellt, zieht den verschobenen Tag einmal.</numerusform>
            <numerusform>Das kostet %n Pulls vom Kontingent von %1: Jeder Agent, der das Image bereitstellt, zieht den verschobenen Tag einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="279"/>
        <source>The test twin %1 is no longer in the deployment; a new one is created.</source>
        <translation>Der Testzwilling %1 ist nicht mehr im Deployment; ein neuer wird angelegt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="298"/>
        <source>Kasm never gives back a registry password, so the new test twin has none: set it once on &quot;%1&quot; if the registry needs a login.</source>
        <translation>Kasm gibt ein Registry-Passwort nie heraus, daher hat der neue Testzwilling keines: Setzen Sie es einmal bei „%1“, wenn die Registry eine Anmeldung verlangt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="304"/>
        <source>Agents that lack it pull %1 at their next check-in (every 30 s).</source>
        <translation>Agents, denen es fehlt, ziehen %1 bei ihrer nächsten Meldung (alle 30 s).</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="330"/>
        <source>&quot;%1&quot; already serves %2; there is nothing to deploy.</source>
        <translation>„%1“ liefert bereits %2 aus; es gibt nichts bereitzustellen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="341"/>
        <source>Kasm will show the image as %1: users and other admins see a digest, not a tag, and the moving tag no longer reaches it.</source>
        <translation>Kasm wird das Image als %1 anzeigen: Benutzer und andere Administratoren sehen einen Digest statt eines Tags, und der mitlaufende Tag erreicht es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="348"/>
        <source>The next session a user starts runs %1.</source>
        <translation>Die nächste Sitzung, die ein Benutzer startet, läuft mit %1.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="397"/>
        <source>The moving tag %1 is also how &quot;%2&quot; is deployed: moving it changes what that image&apos;s users get too.</source>
        <translation>Über den mitlaufenden Tag %1 wird auch „%2“ bereitgestellt: Ihn zu verschieben ändert auch, was die Benutzer dieses Images bekommen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="453"/>
        <source>Name the candidate by its unique tag (repository:tag): the test twin runs a tag, as Kasm pulls tags; %1 is not one.</source>
        <translation>Nennen Sie den Kandidaten mit seinem eindeutigen Tag (Repository:Tag): Der Testzwilling läuft mit einem Tag, da Kasm Tags zieht; %1 ist keiner.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="468"/>
        <source>%1 is not in %2, the repository &quot;%3&quot; is managed with.</source>
        <translation>%1 liegt nicht in %2, dem Repository, mit dem „%3“ verwaltet wird.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="473"/>
        <source>%1 is the moving tag: it moves with every build, so what is tested could change under the test. Send the build&apos;s unique tag instead.</source>
        <translation>%1 ist der mitlaufende Tag: Er wandert mit jedem Build, das Getestete könnte sich also während des Tests ändern. Schicken Sie stattdessen den eindeutigen Tag des Builds.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="489"/>
        <source>A forced deploy needs a reason; it is recorded with the deploy.</source>
        <translation>Ein erzwungenes Bereitstellen braucht eine Begründung; sie wird mit der Bereitstellung festgehalten.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="500"/>
        <source>Nothing of &quot;%1&quot; is verified yet: send a build to test and verify it, or name a digest and force the deploy with a reason.</source>
        <translation>Von „%1“ ist noch nichts verifiziert: Schicken Sie einen Build in den Test und verifizieren Sie ihn, oder nennen Sie einen Digest und erzwingen Sie die Bereitstellung mit Begründung.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="512"/>
        <source>Nobody verified %1 for &quot;%2&quot;; nothing was changed. Verify it first, or force the deploy with a reason.</source>
        <translation>Niemand hat %1 für „%2“ verifiziert; nichts wurde geändert. Verifizieren Sie es zuerst, oder erzwingen Sie die Bereitstellung mit Begründung.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="515"/>
        <source>forced without verification: %1</source>
        <translation>ohne Verifizierung erzwungen: %1</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="521"/>
        <source>No unique tag is known for %1: send it to test under its unique tag first, or deploy it by digest.</source>
        <translation>Für %1 ist kein eindeutiger Tag bekannt: Schicken Sie es zuerst unter seinem eindeutigen Tag in den Test, oder stellen Sie es per Digest bereit.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="542"/>
        <source>The unique tag %1 now points at %2, not at %3 that was tested and verified; nothing was changed. Find out who re-pushed it before deploying.</source>
        <translation>Der eindeutige Tag %1 zeigt jetzt auf %2, nicht auf das getestete und verifizierte %3; nichts wurde geändert. Finden Sie heraus, wer ihn neu gepusht hat, bevor Sie bereitstellen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="567"/>
        <source>No earlier deployment of &quot;%1&quot; is recorded; there is nothing to roll back to.</source>
        <translation>Keine frühere Bereitstellung von „%1“ ist festgehalten; es gibt nichts, wohin zurückgerollt werden kann.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="572"/>
        <source>rollback of %1</source>
        <translation>Zurückrollen von %1</translation>
    </message>
    <message>
        <location filename="../src/workflow/Promote.cpp" line="598"/>
        <source>%1 was never sent to test for &quot;%2&quot;; only a tested digest can be verified.</source>
        <translation>%1 wurde für „%2“ nie in den Test geschickt; nur ein getesteter Digest kann verifiziert werden.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RepositoryFiles.cpp" line="16"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RepositoryFiles.cpp" line="19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/RepositoryFiles.cpp" line="31"/>
        <source>%1 already exists and may hold your changes; nothing was written.</source>
        <translation>%1 existiert bereits und enthält vielleicht Ihre Änderungen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/workflow/StarterDockerfile.cpp" line="40"/>
        <source>The base image is not an image reference: %1</source>
        <translation>Das Basis-Image ist keine Image-Referenz: %1</translation>
    </message>
    <message>
        <location filename="../src/workflow/StarterDockerfile.cpp" line="43"/>
        <source>Name the base image with a tag or digest (for example %1), so that every build starts from the same image.</source>
        <translation>Nennen Sie das Basis-Image mit Tag oder Digest (zum Beispiel %1), damit jeder Build vom selben Image ausgeht.</translation>
    </message>
    <message>
        <location filename="../src/workflow/DeleteImage.cpp" line="15"/>
        <source>It is assigned to %1: their users can no longer start it.</source>
        <translation>Es ist %1 zugewiesen: Deren Benutzer können es nicht mehr starten.</translation>
    </message>
    <message>
        <location filename="../src/workflow/DeleteImage.cpp" line="19"/>
        <source>ImageSteward manages it as &quot;%1&quot; and forgets that.</source>
        <translation>ImageSteward verwaltet es als „%1“ und vergisst das.</translation>
    </message>
    <message>
        <location filename="../src/workflow/DeleteImage.cpp" line="20"/>
        <source>ImageSteward manages it as &quot;%1&quot; and forgets that; its test twin %2 stays.</source>
        <translation>ImageSteward verwaltet es als „%1“ und vergisst das; sein Testzwilling %2 bleibt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/DeleteImage.cpp" line="23"/>
        <source>It is the test twin of &quot;%1&quot;: candidates cannot be tested until a new twin is made.</source>
        <translation>Es ist der Testzwilling von „%1“: Kandidaten können erst wieder getestet werden, wenn ein neuer Zwilling angelegt ist.</translation>
    </message>
    <message>
        <location filename="../src/workflow/DeleteImage.cpp" line="89"/>
        <source>The image %1 was deleted, but the catalog still names it: %2</source>
        <translation>Das Image %1 wurde gelöscht, aber der Katalog nennt es noch: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/EditImage.cpp" line="16"/>
        <source>An image needs a friendly name: it is what users see in the Kasm dashboard. Nothing was changed.</source>
        <translation>Ein Image braucht einen Anzeigenamen: Ihn sehen die Benutzer im Kasm-Dashboard. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/EditImage.cpp" line="20"/>
        <source>The friendly name &quot;%1&quot; holds a control character at position %2; it is one line of printable text. Nothing was changed.</source>
        <translation>Der Anzeigename „%1“ enthält an Position %2 ein Steuerzeichen; er ist eine Zeile druckbarer Text. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PromotionBoard.cpp" line="330"/>
        <source>&quot;%1&quot; is not a managed image; manage it first.</source>
        <translation>„%1“ ist kein verwaltetes Image; verwalten Sie es zuerst.</translation>
    </message>
    <message>
        <location filename="../src/workflow/PromotionBoard.cpp" line="356"/>
        <source>The board needs a deployment and a registry client.</source>
        <translation>Das Board braucht ein Deployment und einen Registry-Client.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="54"/>
        <location filename="../src/workflow/TagRefresh.cpp" line="57"/>
        <location filename="../src/workflow/TagRefresh.cpp" line="210"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="75"/>
        <source>Saving to the tag cache…</source>
        <translation>Wird im Tag-Cache gespeichert …</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="107"/>
        <source>Reading image %1 of %2…</source>
        <translation>Image %1 von %2 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="124"/>
        <source>Resolving %1 tags…</source>
        <translation>%1 Tags werden aufgelöst …</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="130"/>
        <source>Resolving tag %1 of %2…</source>
        <translation>Tag %1 von %2 wird aufgelöst …</translation>
    </message>
    <message>
        <location filename="../src/workflow/TagRefresh.cpp" line="153"/>
        <source>Listing the tags of %1…</source>
        <translation>Tags von %1 werden aufgelistet …</translation>
    </message>
    <message>
        <location filename="../src/workflow/LiveSetup.cpp" line="27"/>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation>Die CA-Datei von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/LiveSetup.cpp" line="36"/>
        <source>%1 pulls as &quot;%2&quot; from %3, but the profile has no login of &quot;%2&quot; for %3: log in to %3 as %2 in the Registries pane first.</source>
        <translation>%1 zieht als „%2“ von %3, aber das Profil hat keine Anmeldung von „%2“ für %3: Melden Sie sich zuerst im Bereich Registries bei %3 als %2 an.</translation>
    </message>
    <message>
        <location filename="../src/workflow/AgentWait.cpp" line="35"/>
        <source>After %1 s only %2 of %3 agents hold %4.</source>
        <translation>Nach %1 s haben erst %2 von %3 Agents %4.</translation>
    </message>
    <message>
        <location filename="../src/workflow/AgentWait.cpp" line="41"/>
        <source>Failing: %1.</source>
        <translation>Fehlschläge: %1.</translation>
    </message>
    <message>
        <location filename="../src/workflow/AgentWait.cpp" line="43"/>
        <source>Agents check in every 30 s and pull what they lack; look at the ones that do not (stewardctl kasm agents).</source>
        <translation>Agents melden sich alle 30 s und ziehen, was ihnen fehlt; sehen Sie sich die an, die es nicht tun (stewardctl kasm agents).</translation>
    </message>
    <message>
        <location filename="../src/workflow/AgentWait.cpp" line="70"/>
        <source>not enough free disk for it after the images it pulls first</source>
        <translation>nicht genug freier Speicherplatz dafür nach den Images, die er zuerst zieht</translation>
    </message>
    <message>
        <location filename="../src/workflow/AgentWait.cpp" line="111"/>
        <source>%1 of %2 agents hold %3; the others keep failing to pull it, so waiting longer will not help: %4.</source>
        <translation>%1 von %2 Agents haben %3; bei den anderen schlägt der Pull immer wieder fehl, längeres Warten hilft also nicht: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workflow/Readiness.cpp" line="100"/>
        <source>%n of them hold the reference but report no digest: counted as holding it, not proven (a deploy waits for the digest).</source>
        <translation>
            <numerusform>%n davon hat die Referenz, meldet aber keinen Digest: als vorhanden gezählt, nicht belegt (eine Bereitstellung wartet auf den Digest).</numerusform>
            <numerusform>%n davon haben die Referenz, melden aber keinen Digest: als vorhanden gezählt, nicht belegt (eine Bereitstellung wartet auf den Digest).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workflow/Readiness.cpp" line="114"/>
        <source>&quot;%1&quot; is disabled, and agents pull no disabled image; enable it in Kasm.</source>
        <translation>„%1“ ist deaktiviert, und Agents ziehen keine deaktivierten Images; aktivieren Sie es in Kasm.</translation>
    </message>
    <message>
        <location filename="../src/workflow/Readiness.cpp" line="119"/>
        <source>&quot;%1&quot; names no docker registry, and agents pull only images that do; set its registry in Kasm.</source>
        <translation>„%1“ nennt keine Docker-Registry, und Agents ziehen nur Images, die eine nennen; tragen Sie die Registry in Kasm ein.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegistrySettings.cpp" line="58"/>
        <source>&quot;%1&quot; is not a registry host; write it as host or host:port, e.g. registry.example.com:5000.</source>
        <translation>„%1“ ist kein Registry-Host; schreiben Sie ihn als host oder host:port, z. B. registry.example.com:5000.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegistrySettings.cpp" line="65"/>
        <source>CA certificate: %1</source>
        <translation>CA-Zertifikat: %1</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegistrySettings.cpp" line="71"/>
        <source>Pull limit: %1 is not a number of pulls; give 0 or more.</source>
        <translation>Pull-Limit: %1 ist keine Anzahl Pulls; geben Sie 0 oder mehr an.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegistrySettings.cpp" line="75"/>
        <source>Pull limit: a window of %1 s is outside 1 s to 366 days.</source>
        <translation>Pull-Limit: Ein Zeitfenster von %1 s liegt außerhalb von 1 s bis 366 Tagen.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RegistrySettings.cpp" line="87"/>
        <source>&quot;%1&quot; is not a registry host.</source>
        <translation>„%1“ ist kein Registry-Host.</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="45"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="47"/>
        <source>the new test twin</source>
        <translation>den neuen Testzwilling</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="48"/>
        <source>the image %1 (not in the deployment as last read)</source>
        <translation>das Image %1 (beim letzten Lesen nicht im Deployment)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="54"/>
        <source>the group %1 (not in the deployment as last read)</source>
        <translation>die Gruppe %1 (beim letzten Lesen nicht im Deployment)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="65"/>
        <source>Take %1 out of every group</source>
        <translation>%1 aus allen Gruppen nehmen</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="68"/>
        <source>Assign %1 to %2 only</source>
        <translation>%1 nur %2 zuweisen</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="69"/>
        <source>Assign %1 to exactly these groups: %2</source>
        <translation>%1 genau diesen Gruppen zuweisen: %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="77"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="80"/>
        <source>Record in the history that %1 is in test for %2</source>
        <translation>In der Historie festhalten, dass %1 für %2 im Test ist</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="82"/>
        <source>Record in the history that the users of %1 have %2</source>
        <translation>In der Historie festhalten, dass die Benutzer von %1 %2 haben</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="84"/>
        <source>Record in the history that %1 went back to %2</source>
        <translation>In der Historie festhalten, dass %1 auf %2 zurückging</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="85"/>
        <source>Record in the history: %1 of %2, stage “%3”</source>
        <translation>In der Historie festhalten: %1 von %2, Stufe „%3“</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="94"/>
        <source>Create the tag %1 on %2</source>
        <translation>Tag %1 auf %2 anlegen</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="95"/>
        <source>Move the tag %1 to %2 (it names %3 now)</source>
        <translation>Tag %1 auf %2 verschieben (es nennt jetzt %3)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="128"/>
        <source>%1 (not in the deployment as last read)</source>
        <translation>%1 (beim letzten Lesen nicht im Deployment)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="143"/>
        <source>Create the test twin “%1”, running %2</source>
        <translation>Testzwilling „%1“ mit %2 anlegen</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="144"/>
        <source>Make the image “%1”, already in Kasm, the test twin, running %2</source>
        <translation>Das schon in Kasm vorhandene Image „%1“ zum Testzwilling machen, mit %2</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="151"/>
        <source>Point %1 at %2</source>
        <translation>%1 auf %2 umstellen</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="152"/>
        <source>Point %1 at %2 (it runs %3 now)</source>
        <translation>%1 auf %2 umstellen (bisher %3)</translation>
    </message>
    <message>
        <location filename="../src/workflow/StepWords.cpp" line="160"/>
        <source>Remember %1 as the test twin of %2</source>
        <translation>%1 als Testzwilling von %2 festhalten</translation>
    </message>
</context>
<context>
    <name>stewardctl</name>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="31"/>
        <source>Seed a new profile&apos;s simulated deployment with images from HOST:PORT (default %1).</source>
        <translation>Die simulierte Bereitstellung eines neuen Profils mit Images aus HOST:PORT füllen (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="112"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="112"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="139"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="150"/>
        <source>kasm connect needs --api-key KEY (the key id from Settings → Developers)</source>
        <translation>kasm connect braucht --api-key KEY (die Schlüssel-ID aus Settings → Developers)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="153"/>
        <source>kasm connect reads the API secret from stdin only: pass --secret-stdin (a secret on the command line would be visible to every user of this machine)</source>
        <translation>kasm connect liest das API-Geheimnis nur von stdin: Übergeben Sie --secret-stdin (ein Geheimnis auf der Kommandozeile wäre für jeden Benutzer dieses Rechners sichtbar)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="158"/>
        <source>The API secret read from stdin is empty; nothing was stored.</source>
        <translation>Das von stdin gelesene API-Geheimnis ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="180"/>
        <source>Connected to %1 with API key %2: %3 images, %4 zones, agents via %5. The secret is in the keychain.</source>
        <translation>Mit %1 über den API-Schlüssel %2 verbunden: %3 Images, %4 Zonen, Agents über %5. Das Geheimnis liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="188"/>
        <source>It speaks the %1; %2.</source>
        <translation>Er spricht die %1; %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="190"/>
        <source>its Kasm version is unknown (no agent reports one)</source>
        <translation>seine Kasm-Version ist unbekannt (kein Agent meldet eine)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="191"/>
        <source>its agents report Kasm %1</source>
        <translation>seine Agents melden Kasm %1</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="205"/>
        <source>Not connected to a Kasm server; the profile uses the simulated deployment.</source>
        <translation>Nicht mit einem Kasm-Server verbunden; das Profil verwendet die simulierte Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="209"/>
        <source>Disconnected from %1; the profile uses the simulated deployment again.</source>
        <translation>Verbindung zu %1 getrennt; das Profil verwendet wieder die simulierte Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="228"/>
        <location filename="../src/cli/WorkflowCommands.cpp" line="115"/>
        <source>IMAGE ID</source>
        <translation>IMAGE-ID</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="228"/>
        <location filename="../src/cli/KasmCommands.cpp" line="260"/>
        <location filename="../src/cli/WorkflowCommands.cpp" line="115"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="228"/>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="229"/>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="229"/>
        <source>AVAILABLE</source>
        <translation>VERFÜGBAR</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="229"/>
        <source>REGISTRY LOGIN</source>
        <translation>REGISTRY-ANMELDUNG</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="230"/>
        <source>GROUPS</source>
        <translation>GRUPPEN</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="260"/>
        <source>GROUP ID</source>
        <translation>GRUPPEN-ID</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="260"/>
        <location filename="../src/cli/KasmCommands.cpp" line="291"/>
        <source>IMAGES</source>
        <translation>IMAGES</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="289"/>
        <source>HOSTNAME</source>
        <translation>HOSTNAME</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="289"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="289"/>
        <source>EGRESS</source>
        <translation>EGRESS</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="289"/>
        <source>ARCH</source>
        <translation>ARCH</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="290"/>
        <source>LAST CHECK-IN (UTC)</source>
        <translation>LETZTER CHECK-IN (UTC)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="290"/>
        <source>FREE DISK</source>
        <translation>FREIER SPEICHER</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="290"/>
        <source>PRUNE</source>
        <translation>BEREINIGEN</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="301"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="317"/>
        <source>kasm register needs --friendly-name NAME (what users see in the Kasm dashboard)</source>
        <translation>kasm register braucht --friendly-name NAME (was Benutzer im Kasm-Dashboard sehen)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="340"/>
        <source>Registered %1 as &quot;%2&quot; (image id %3).</source>
        <translation>%1 als „%2“ registriert (Image-ID %3).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="350"/>
        <source>kasm set-image needs --name REF (the image reference to switch to)</source>
        <translation>kasm set-image braucht --name REF (die Image-Referenz, auf die umgestellt wird)</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="366"/>
        <source>&quot;%1&quot; now uses %2 (was %3).</source>
        <translation>„%1“ verwendet jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="380"/>
        <source>Test and store the connection to a Kasm server (the secret goes to the keychain).</source>
        <translation>Die Verbindung zu einem Kasm-Server testen und speichern (das Geheimnis kommt in den Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="381"/>
        <source>The API key id (Settings → Developers).</source>
        <translation>Die API-Schlüssel-ID (Settings → Developers).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="382"/>
        <source>Read the API key secret from stdin.</source>
        <translation>Das Geheimnis des API-Schlüssels von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="383"/>
        <source>Trust the CA certificates in FILE for this server.</source>
        <translation>Den CA-Zertifikaten in FILE für diesen Server vertrauen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="390"/>
        <source>Forget the Kasm server; the profile uses the simulated deployment again.</source>
        <translation>Den Kasm-Server vergessen; das Profil verwendet wieder die simulierte Bereitstellung.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="397"/>
        <source>List the deployment&apos;s images and their groups.</source>
        <translation>Die Images der Bereitstellung und ihre Gruppen auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="404"/>
        <source>List the deployment&apos;s groups and their images.</source>
        <translation>Die Gruppen der Bereitstellung und ihre Images auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="411"/>
        <source>List the agents, their zones and what they hold.</source>
        <translation>Die Agents, ihre Zonen und ihren Bestand auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="418"/>
        <source>Register REF as a Kasm image, in exactly the given groups.</source>
        <translation>REF als Kasm-Image registrieren, in genau den angegebenen Gruppen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="419"/>
        <source>The name users see.</source>
        <translation>Der Name, den Benutzer sehen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="420"/>
        <source>A group name or id (repeatable).</source>
        <translation>Ein Gruppenname oder eine Gruppen-ID (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="421"/>
        <source>The image&apos;s docker registry (default: from REF).</source>
        <translation>Die Docker-Registry des Images (Standard: aus REF).</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="423"/>
        <source>The registry user agents log in as.</source>
        <translation>Der Registry-Benutzer, als der sich Agents anmelden.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="424"/>
        <source>Read that user&apos;s registry password from stdin.</source>
        <translation>Das Registry-Passwort dieses Benutzers von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="431"/>
        <source>Switch IMAGE (id, name or reference) to the image reference REF.</source>
        <translation>IMAGE (ID, Name oder Referenz) auf die Image-Referenz REF umstellen.</translation>
    </message>
    <message>
        <location filename="../src/cli/KasmCommands.cpp" line="432"/>
        <source>The image reference to use.</source>
        <translation>Die zu verwendende Image-Referenz.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="33"/>
        <source>unlimited (measured over %1 s)</source>
        <translation>unbegrenzt (gemessen über %1 s)</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="34"/>
        <source>%1 per %2 s</source>
        <translation>%1 pro %2 s</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="78"/>
        <source>--%1 takes a positive number</source>
        <translation>--%1 erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="114"/>
        <source>--max-work or STEWARD_SIM_MAX_WORK</source>
        <translation>--max-work oder STEWARD_SIM_MAX_WORK</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="115"/>
        <source>--max-memory-mb or STEWARD_SIM_MAX_MEMORY_MB</source>
        <translation>--max-memory-mb oder STEWARD_SIM_MAX_MEMORY_MB</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="124"/>
        <source>--%1 takes a positive whole number</source>
        <translation>--%1 erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="133"/>
        <source>Run the schedule on the wall clock, every pull a real request with the image&apos;s login (images[].reference names what each group pulls).</source>
        <translation>Den Ablauf nach der Uhr ausführen, jeder Pull eine echte Anfrage mit der Anmeldung des Images (images[].reference nennt, was jede Gruppe zieht).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="136"/>
        <source>Live: real milliseconds per scenario second (default 1000, the real schedule).</source>
        <translation>Live: echte Millisekunden pro Szenario-Sekunde (Standard 1000, der echte Ablauf).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="139"/>
        <source>Live: blob bytes the run may download (default 0: manifests only).</source>
        <translation>Live: Blob-Bytes, die der Lauf herunterladen darf (Standard 0: nur Manifeste).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="146"/>
        <source>Refuse a scenario estimated to take more steps than N (default %1, or STEWARD_SIM_MAX_WORK).</source>
        <translation>Ein Szenario ablehnen, das schätzungsweise mehr als N Schritte braucht (Standard %1, oder STEWARD_SIM_MAX_WORK).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="150"/>
        <source>Refuse a scenario estimated to need more memory than N MB (default %1, or STEWARD_SIM_MAX_MEMORY_MB).</source>
        <translation>Ein Szenario ablehnen, das schätzungsweise mehr als N MB Arbeitsspeicher braucht (Standard %1, oder STEWARD_SIM_MAX_MEMORY_MB).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="167"/>
        <source>--%1 goes with --live</source>
        <translation>--%1 gehört zu --live</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="191"/>
        <source>Peak use of any window, per registry and source or account:</source>
        <translation>Spitzenauslastung eines Zeitfensters, pro Registry und Quelle oder Konto:</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="195"/>
        <source>peak %1, limit %2, %3 counted, %4 refused, first 429 at %5 s</source>
        <translation>Spitze %1, Limit %2, %3 angerechnet, %4 abgewiesen, erstes 429 bei %5 s</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="204"/>
        <source>Simulated %1 s of %2 agents in %3 s (%4 wake-ups).</source>
        <translation>%1 s von %2 Agents in %3 s simuliert (%4 Weckvorgänge).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="238"/>
        <source>images[%1] pulls as &quot;%2&quot; from %3, but no login of &quot;%2&quot; for %3 is stored; store it with: stewardctl login %3 --username %2 --password-stdin</source>
        <translation>images[%1] zieht als „%2“ von %3, aber für %3 ist keine Anmeldung von „%2“ gespeichert; speichern Sie sie mit: stewardctl login %3 --username %2 --password-stdin</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="290"/>
        <source>The live run did not finish within two minutes of its schedule; the registry may be slow to answer.</source>
        <translation>Der Live-Lauf ist nicht innerhalb von zwei Minuten nach seinem Plan fertig geworden; die Registry antwortet vielleicht langsam.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="315"/>
        <source>failure: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="317"/>
        <source>Ran %1 s of schedule live for %2 agents in %3 s.</source>
        <translation>%1 s Ablauf live für %2 Agents in %3 s ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="359"/>
        <source>Inventory changes: %1 arrived, %2 moved to a new digest, %3 started failing, %4 recovered.</source>
        <translation>Bestandsänderungen: %1 angekommen, %2 auf einen neuen Digest gewechselt, bei %3 beginnen Fehler, %4 wieder in Ordnung.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="365"/>
        <source>ELIGIBLE</source>
        <translation>BERECHTIGT</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="365"/>
        <source>HOLDING</source>
        <translation>HABEN ES</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="366"/>
        <source>FAILING</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="366"/>
        <source>PULLS</source>
        <translation>PULLS</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="366"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="367"/>
        <source>RATE-LIMITED</source>
        <translation>GEDROSSELT</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="367"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="380"/>
        <source>Pulls per registry and source or account:</source>
        <translation>Pulls pro Registry und Quelle oder Konto:</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="383"/>
        <source>%1 counted, %2 refused, %3 in the window now, limit %4</source>
        <translation>%1 gezählt, %2 abgelehnt, %3 jetzt im Zeitfenster, Grenze %4</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="396"/>
        <source>Failing now (agents, reason):</source>
        <translation>Derzeit fehlerhaft (Agents, Grund):</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="413"/>
        <source>fleet run needs --for SECONDS, a positive number</source>
        <translation>fleet run braucht --for SEKUNDEN, eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="416"/>
        <source>--speed is at most 1000000</source>
        <translation>--speed ist höchstens 1000000</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="423"/>
        <source>The profile is connected to a Kasm server, whose agents pull by themselves; the simulated fleet runs the simulated deployment only (stewardctl kasm disconnect goes back to it).</source>
        <translation>Das Profil ist mit einem Kasm-Server verbunden, dessen Agents selbst ziehen; die simulierte Flotte betreibt nur das simulierte Deployment (stewardctl kasm disconnect kehrt zu ihm zurück).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="445"/>
        <source>The fleet did not reach the end of its run within two minutes of the time asked for; the registry may be slow to answer.</source>
        <translation>Die Flotte hat das Ende ihres Laufs nicht innerhalb von zwei Minuten nach der verlangten Zeit erreicht; die Registry antwortet vielleicht langsam.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="489"/>
        <source>Demand per registry and source or account (nothing refused):</source>
        <translation>Bedarf pro Registry und Quelle oder Konto (nichts abgewiesen):</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="492"/>
        <source>%1 agents, %2 pulls a wave, %3 in the busiest window against %4; first 429 at %5 s</source>
        <translation>%1 Agents, %2 Pulls pro Welle, %3 im meistgenutzten Zeitfenster gegen %4; erstes 429 bei %5 s</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="499"/>
        <source>first_rate_limited_s  %1</source>
        <translation>first_rate_limited_s  %1</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="500"/>
        <source>Advice:</source>
        <translation>Empfehlungen:</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="517"/>
        <source>--disk-mb takes a number of megabytes</source>
        <translation>--disk-mb erwartet eine Anzahl Megabytes</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="521"/>
        <source>--username and --password-stdin go together</source>
        <translation>--username und --password-stdin gehören zusammen</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="542"/>
        <source>Preflight of %1 for %2:</source>
        <translation>Vorabprüfung von %1 für %2:</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="561"/>
        <source>Simulate the agents&apos; pulls against the registries&apos; rate limits.</source>
        <translation>Die Pulls der Agents gegen die Rate-Limits der Registrys simulieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="568"/>
        <source>Run the simulated deployment&apos;s agents: they pull from the real registries and their inventories are saved.</source>
        <translation>Die Agents des simulierten Deployments laufen lassen: Sie ziehen von den echten Registries, und ihre Bestände werden gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="570"/>
        <source>How long to run, in seconds of wall time.</source>
        <translation>Wie lange gelaufen wird, in Sekunden Echtzeit.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="573"/>
        <source>Simulated seconds per second: 1 is real time, 3600 an hour a second.</source>
        <translation>Simulierte Sekunden pro Sekunde: 1 ist Echtzeit, 3600 eine Stunde pro Sekunde.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="581"/>
        <source>Forecast when each quota runs out, without simulating, with advice.</source>
        <translation>Ohne Simulation vorhersagen, wann jedes Kontingent ausgeht, mit Empfehlungen.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="588"/>
        <source>Check one image step by step as an agent would pull it.</source>
        <translation>Ein Image Schritt für Schritt so prüfen, wie ein Agent es abrufen würde.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="589"/>
        <source>The agents&apos; platform (default linux/amd64).</source>
        <translation>Die Plattform der Agents (Standard linux/amd64).</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="591"/>
        <source>The image&apos;s registry username.</source>
        <translation>Der Registry-Benutzername des Images.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="594"/>
        <source>Read the image&apos;s registry password or token from stdin.</source>
        <translation>Registry-Passwort oder -Token des Images von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="596"/>
        <source>The agent&apos;s free disk, to check the size against.</source>
        <translation>Der freie Speicherplatz des Agents, gegen den die Größe geprüft wird.</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="35"/>
        <source>stewardctl: warning: the profile&apos;s logins are not used: %1</source>
        <translation>stewardctl: Warnung: Die Anmeldungen des Profils werden nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="127"/>
        <location filename="../src/cli/RegistryCommands.cpp" line="339"/>
        <source>stewardctl: the registry warns: %1</source>
        <translation>stewardctl: Die Registry warnt: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="133"/>
        <source>%1 gave no digest for %2 in its answer to HEAD</source>
        <translation>%1 hat in seiner Antwort auf HEAD keinen Digest für %2 genannt</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="134"/>
        <source>run again with --allow-pull to read it from the manifest; that GET counts as a pull on rate-limited registries</source>
        <translation>führen Sie den Befehl mit --allow-pull erneut aus, um ihn aus dem Manifest zu lesen; dieses GET zählt bei Registrys mit Rate-Limit als Pull</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="136"/>
        <source>stewardctl: the registry gave no digest with HEAD; reading the manifest instead (this counts as a pull)</source>
        <translation>stewardctl: Die Registry hat bei HEAD keinen Digest genannt; stattdessen wird das Manifest gelesen (das zählt als Pull)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="152"/>
        <source>When the registry gives no digest with HEAD, read the manifest instead (counts as a pull).</source>
        <translation>Nennt die Registry bei HEAD keinen Digest, stattdessen das Manifest lesen (zählt als Pull).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="158"/>
        <source>an unreported window</source>
        <translation>ein nicht gemeldetes Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/RegistryCommands.cpp" line="160"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="161"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="229"/>
        <source>--platform takes os/arch or os/arch/variant, e.g. linux/amd64</source>
        <translation>--platform erwartet os/arch oder os/arch/variant, z. B. linux/amd64</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="299"/>
        <source>Reference:    </source>
        <translation>Referenz:     </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="300"/>
        <source>Digest:       </source>
        <translation>Digest:       </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="301"/>
        <source>  (index: pull by platform digest below)</source>
        <translation>  (Index: unten per Plattform-Digest abrufen)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="303"/>
        <source>Media type:   </source>
        <translation>Medientyp:    </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="305"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="311"/>
        <source>Created:      </source>
        <translation>Erstellt:     </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="312"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="314"/>
        <source>Platform:     </source>
        <translation>Plattform:    </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="316"/>
        <source>Layers:       </source>
        <translation>Layer:        </translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="319"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="349"/>
        <source>%1: no rate limit reported (unlimited for this account or address)</source>
        <translation>%1: kein Rate-Limit gemeldet (unbegrenzt für dieses Konto bzw. diese Adresse)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="353"/>
        <source>%1: %2 of %3 pulls left per %4</source>
        <translation>%1: %2 von %3 Pulls übrig pro %4</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="359"/>
        <source> (counted for %1)</source>
        <translation> (angerechnet für %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="371"/>
        <source>&quot;%1&quot; is not a valid tag: up to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiger Tag: bis zu 128 Buchstaben, Ziffern, „_“, „.“ und „-“, nicht beginnend mit „.“ oder „-“</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="417"/>
        <source>copied %1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 kopiert (%3)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="419"/>
        <source>  blobs: %1 mounted, %2 already there, %3 uploaded (%4); manifests written: %5</source>
        <translation>  Blobs: %1 eingehängt, %2 schon vorhanden, %3 hochgeladen (%4); Manifeste geschrieben: %5</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="458"/>
        <source>no tag points at it</source>
        <translation>kein Tag zeigt darauf</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="459"/>
        <source>stewardctl: warning: deleting %1 removes every tag on that digest: %2</source>
        <translation>stewardctl: Warnung: Das Löschen von %1 entfernt jeden Tag auf diesem Digest: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="465"/>
        <source>nothing deleted; run again with --yes to delete %1</source>
        <translation>nichts gelöscht; führen Sie den Befehl mit --yes erneut aus, um %1 zu löschen</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="475"/>
        <source>deleted %1 (tags removed: %2)</source>
        <translation>%1 gelöscht (entfernte Tags: %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="486"/>
        <source>List a repository&apos;s tags (with their digests).</source>
        <translation>Die Tags eines Repositorys auflisten (mit ihren Digests).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="488"/>
        <source>Also show each tag&apos;s digest (one HEAD per tag; no pulls counted).</source>
        <translation>Zu jedem Tag auch den Digest zeigen (ein HEAD pro Tag; es werden keine Pulls angerechnet).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="494"/>
        <source>Print the digest a reference points at (HEAD only; no pull counted).</source>
        <translation>Den Digest ausgeben, auf den eine Referenz zeigt (nur HEAD; es wird kein Pull angerechnet).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="496"/>
        <source>The digest of this platform&apos;s image inside an index.</source>
        <translation>Der Digest des Images dieser Plattform innerhalb eines Index.</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="504"/>
        <source>Show an image&apos;s digest, platforms, creation time and labels.</source>
        <translation>Digest, Plattformen, Erstellungszeit und Labels eines Images zeigen.</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="511"/>
        <source>Show the registry&apos;s pull quota for this account or address (HEAD only).</source>
        <translation>Das Pull-Kontingent der Registry für dieses Konto bzw. diese Adresse zeigen (nur HEAD).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="518"/>
        <source>Add tags to the image SRC_REF names, without moving any layer.</source>
        <translation>Dem Image, das SRC_REF nennt, Tags hinzufügen, ohne einen Layer zu bewegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="526"/>
        <source>Copy an image (all platforms): blob mounts within a registry, verified streaming between registries.</source>
        <translation>Ein Image kopieren (alle Plattformen): Blob-Mounts innerhalb einer Registry, geprüftes Streaming zwischen Registrys.</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="535"/>
        <source>Delete the manifest REF names, by digest: every tag on that digest goes with it (they are listed first).</source>
        <translation>Das Manifest, das REF nennt, per Digest löschen: Jeder Tag auf diesem Digest verschwindet mit (sie werden zuerst aufgelistet).</translation>
    </message>
    <message>
        <location filename="../src/cli/RegistryCommands.cpp" line="538"/>
        <source>Really delete; without it the tags that would go are listed and nothing is deleted.</source>
        <translation>Wirklich löschen; ohne diese Option werden die betroffenen Tags aufgelistet und nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="38"/>
        <source>login needs --username USER</source>
        <translation>login braucht --username USER</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="41"/>
        <source>login reads the password from stdin only: pass --password-stdin (a password on the command line would be visible to every user of this machine)</source>
        <translation>login liest das Passwort nur von stdin: Übergeben Sie --password-stdin (ein Passwort auf der Kommandozeile wäre für jeden Benutzer dieses Rechners sichtbar)</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="53"/>
        <source>Login for %1 as %2 stored in the keychain.</source>
        <translation>Anmeldung für %1 als %2 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="67"/>
        <source>Logged out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="114"/>
        <source>--trust-ca and --no-trust-ca exclude each other</source>
        <translation>--trust-ca und --no-trust-ca schließen einander aus</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="116"/>
        <source>--insecure and --secure exclude each other</source>
        <translation>--insecure und --secure schließen einander aus</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="119"/>
        <source>--no-pull-limit excludes --pull-limit, --pull-window-s and --pull-limit-per</source>
        <translation>--no-pull-limit schließt --pull-limit, --pull-window-s und --pull-limit-per aus</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="142"/>
        <source>%1 has no pull limit yet: give --pull-limit N</source>
        <translation>%1 hat noch kein Pull-Limit: geben Sie --pull-limit N an</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="148"/>
        <source>--pull-limit takes a number of pulls</source>
        <translation>--pull-limit erwartet eine Anzahl Pulls</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="152"/>
        <source>--pull-window-s takes a number of seconds</source>
        <translation>--pull-window-s erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="157"/>
        <source>--pull-limit-per takes ip or account</source>
        <translation>--pull-limit-per erwartet ip oder account</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="183"/>
        <source>%1: CA certificate %2; %3; pull limit %4</source>
        <translation>%1: CA-Zertifikat %2; %3; Pull-Limit %4</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="184"/>
        <source>from the system</source>
        <translation>vom System</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="185"/>
        <source>insecure (plain HTTP or unverified TLS allowed)</source>
        <translation>unsicher (unverschlüsseltes HTTP oder ungeprüftes TLS erlaubt)</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="186"/>
        <source>TLS verified</source>
        <translation>TLS geprüft</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="177"/>
        <source>%1 per %2 s, counted per %3</source>
        <translation>%1 pro %2 s, gezählt pro %3</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="180"/>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="180"/>
        <source>client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="181"/>
        <source>not set by hand</source>
        <translation>nicht von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="196"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="212"/>
        <source>Catalog exported to %1 (secrets only as keychain references).</source>
        <translation>Katalog nach %1 exportiert (Geheimnisse nur als Schlüsselbund-Referenzen).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="222"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="232"/>
        <source>Imported %1: %2 registries, %3 groups, %4 images.</source>
        <translation>%1 importiert: %2 Registrys, %3 Gruppen, %4 Images.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="266"/>
        <source>No image &quot;%1&quot; in the catalog (give its id, docker name or friendly name).</source>
        <translation>Kein Image „%1“ im Katalog (geben Sie seine ID, seinen Docker-Namen oder seinen Anzeigenamen an).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="287"/>
        <source>Workspace Registry with %1 workspace(s) written to %2.</source>
        <translation>Workspace Registry mit %1 Workspace(s) nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="312"/>
        <source>No docker logins found (looked in: %1).</source>
        <translation>Keine Docker-Anmeldungen gefunden (gesucht in: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="328"/>
        <source>(user from %1)</source>
        <translation>(Benutzer aus %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="331"/>
        <source>%1 via docker-credential-%2</source>
        <translation>%1 über docker-credential-%2</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="333"/>
        <source>Import the login for %1 as %2 from %3?</source>
        <translation>Die Anmeldung für %1 als %2 aus %3 importieren?</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="337"/>
        <location filename="../src/cli/StoreCommands.cpp" line="352"/>
        <source>stewardctl: %1: %2</source>
        <translation>stewardctl: %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="345"/>
        <source>stewardctl: %1: no secret stored for this login; skipped.</source>
        <translation>stewardctl: %1: Für diese Anmeldung ist kein Geheimnis gespeichert; übersprungen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="357"/>
        <source>Imported %1 as %2.</source>
        <translation>%1 als %2 importiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="360"/>
        <source>%1 login(s) imported into the keychain.</source>
        <translation>%1 Anmeldung(en) in den Schlüsselbund importiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="394"/>
        <source>The profile %1 has no backups.</source>
        <translation>Das Profil %1 hat keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="399"/>
        <source>Catalog restored from %1; the previous file was kept beside it.</source>
        <translation>Katalog aus %1 wiederhergestellt; die vorherige Datei blieb daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="408"/>
        <source>The registry user name.</source>
        <translation>Der Registry-Benutzername.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="411"/>
        <source>Read the password from stdin.</source>
        <translation>Das Passwort von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="412"/>
        <source>Import every login without asking.</source>
        <translation>Jede Anmeldung ohne Nachfrage importieren.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="414"/>
        <source>The Workspace Registry&apos;s name.</source>
        <translation>Der Name der Workspace Registry.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="415"/>
        <source>The URL the registry will be served from.</source>
        <translation>Die URL, unter der die Registry ausgeliefert wird.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="416"/>
        <source>Kasm versions the images run on (default 1.16.x).</source>
        <translation>Kasm-Versionen, auf denen die Images laufen (Standard 1.16.x).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="420"/>
        <source>Trust the CA certificates (PEM) in FILE for this registry.</source>
        <translation>Den CA-Zertifikaten (PEM) in FILE für diese Registry vertrauen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="422"/>
        <source>Trust only the system&apos;s CAs for this registry.</source>
        <translation>Für diese Registry nur den CAs des Systems vertrauen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="423"/>
        <source>Allow plain HTTP or unverified TLS for this registry.</source>
        <translation>Für diese Registry unverschlüsseltes HTTP oder ungeprüftes TLS erlauben.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="424"/>
        <source>Require verified TLS again (loopback hosts may still use HTTP).</source>
        <translation>Wieder geprüftes TLS verlangen (Loopback-Hosts dürfen weiter HTTP nutzen).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="425"/>
        <source>Pulls the registry allows per window.</source>
        <translation>Pulls, die die Registry pro Zeitfenster erlaubt.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="426"/>
        <source>The limit&apos;s window in seconds (default 21600).</source>
        <translation>Das Zeitfenster des Limits in Sekunden (Vorgabe 21600).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="428"/>
        <source>What the limit counts: ip (default) or account.</source>
        <translation>Was das Limit zählt: ip (Vorgabe) oder account.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="430"/>
        <source>Forget the hand-set limit.</source>
        <translation>Das von Hand gesetzte Limit vergessen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="435"/>
        <source>Store a registry login in the keychain.</source>
        <translation>Eine Registry-Anmeldung im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="442"/>
        <source>Remove a registry login from the keychain.</source>
        <translation>Eine Registry-Anmeldung aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="449"/>
        <source>List registry logins (hosts and user names only).</source>
        <translation>Registry-Anmeldungen auflisten (nur Hosts und Benutzernamen).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="458"/>
        <source>Show or change a registry&apos;s CA, &quot;insecure&quot; and hand-set pull limit.</source>
        <translation>CA, „unsicher“ und von Hand gesetztes Pull-Limit einer Registry zeigen oder ändern.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="465"/>
        <source>Export registries, images, groups and stages as JSON (no secrets).</source>
        <translation>Registrys, Images, Gruppen und Stufen als JSON exportieren (ohne Geheimnisse).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="472"/>
        <source>Import a catalog export; all or nothing.</source>
        <translation>Einen Katalogexport importieren; ganz oder gar nicht.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="479"/>
        <source>Write images as a Kasm Workspace Registry (schemas 1.0 and 1.1).</source>
        <translation>Images als Kasm Workspace Registry schreiben (Schemata 1.0 und 1.1).</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="486"/>
        <source>Copy docker CLI logins into the keychain, asking for each.</source>
        <translation>Anmeldungen der Docker-CLI in den Schlüsselbund kopieren, mit Nachfrage für jede.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="493"/>
        <source>List the catalog backups of the profile.</source>
        <translation>Die Katalogsicherungen des Profils auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/StoreCommands.cpp" line="500"/>
        <source>Replace a damaged catalog with a backup (the newest by default).</source>
        <translation>Einen beschädigten Katalog durch eine Sicherung ersetzen (standardmäßig die neueste).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="30"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="31"/>
        <source>Use the profile in DIR.</source>
        <translation>Das Profil im Verzeichnis DIR verwenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="32"/>
        <source>Allow plain HTTP or unverified TLS for HOST (repeatable).</source>
        <translation>Einfaches HTTP oder ungeprüftes TLS für HOST erlauben (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="34"/>
        <source>Trust the CA certificates in FILE for registries.</source>
        <translation>Den CA-Zertifikaten in FILE für Registrys vertrauen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="36"/>
        <source>Read docker logins from DIR/config.json.</source>
        <translation>Docker-Anmeldungen aus DIR/config.json lesen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="39"/>
        <source>Use the Kasm server named by STEWARD_KASM_URL, STEWARD_KASM_API_KEY and STEWARD_KASM_API_SECRET (and STEWARD_KASM_CA_FILE) instead of the profile&apos;s deployment: for CI runners, which have no keychain.</source>
        <translation>Den Kasm-Server aus STEWARD_KASM_URL, STEWARD_KASM_API_KEY und STEWARD_KASM_API_SECRET (und STEWARD_KASM_CA_FILE) statt des Deployments des Profils verwenden: für CI-Runner, die keinen Schlüsselbund haben.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="99"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="127"/>
        <source>ImageSteward from the command line: registries, logins, the Kasm deployment and agent pull forecasts.</source>
        <translation>ImageSteward auf der Kommandozeile: Registrys, Anmeldungen, die Kasm-Bereitstellung und Pull-Prognosen der Agents.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="135"/>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="164"/>
        <source>unknown command &quot;%1&quot;; run stewardctl --help for the list</source>
        <translation>unbekannter Befehl „%1“; stewardctl --help listet die Befehle auf</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="173"/>
        <source>usage: stewardctl %1 %2</source>
        <translation>Verwendung: stewardctl %1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="43"/>
        <source>manage needs --repository REPO and at least one --test-group GROUP</source>
        <translation>manage braucht --repository REPO und mindestens eine --test-group GROUP</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="47"/>
        <location filename="../src/cli/PromotionCommands.cpp" line="438"/>
        <source>--strategy takes pin or move</source>
        <translation>--strategy erwartet pin oder move</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="67"/>
        <location filename="../src/cli/PromotionCommands.cpp" line="150"/>
        <source>stewardctl: warning: </source>
        <translation>stewardctl: Warnung: </translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="75"/>
        <source>Now managing &quot;%1&quot; (%2).</source>
        <translation>„%1“ (%2) wird jetzt verwaltet.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="75"/>
        <source>Updated &quot;%1&quot; (%2).</source>
        <translation>„%1“ (%2) aktualisiert.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="79"/>
        <source>  repository:  %1</source>
        <translation>  Repository:   %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="80"/>
        <source>  login:       %1</source>
        <translation>  Anmeldung:    %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="81"/>
        <source>none (anonymous)</source>
        <translation>keine (anonym)</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="83"/>
        <source>  test groups: %1</source>
        <translation>  Testgruppen:  %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="84"/>
        <source>  test twin:   %1</source>
        <translation>  Testzwilling: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="85"/>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="87"/>
        <source>  tags:        %1 (unique, UTC), %2 (moving)</source>
        <translation>  Tags:         %1 (eindeutig, UTC), %2 (beweglich)</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="89"/>
        <source>  strategy:    %1</source>
        <translation>  Strategie:    %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="109"/>
        <source>No managed images; `stewardctl manage IMAGE --repository REPO --test-group GROUP` adds one.</source>
        <translation>Keine verwalteten Images; `stewardctl manage IMAGE --repository REPO --test-group GROUP` fügt eines hinzu.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="115"/>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="116"/>
        <source>LOGIN</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="116"/>
        <source>TEST GROUPS</source>
        <translation>TESTGRUPPEN</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="116"/>
        <source>TEST TWIN</source>
        <translation>TESTZWILLING</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="117"/>
        <source>UNIQUE</source>
        <translation>EINDEUTIG</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="117"/>
        <source>MOVING</source>
        <translation>BEWEGLICH</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="117"/>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="142"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="144"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="145"/>
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="163"/>
        <source>stewardctl: warning: the build was tagged but not recorded: %1</source>
        <translation>stewardctl: Warnung: Der Build wurde getaggt, aber nicht festgehalten: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="181"/>
        <source>push-tags needs --unique PATTERN, e.g. --unique &apos;%Y%m%d-%H%M&apos;</source>
        <translation>push-tags braucht --unique PATTERN, z. B. --unique &apos;%Y%m%d-%H%M&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="222"/>
        <source>Time: %1, the image&apos;s creation time.</source>
        <translation>Zeit: %1, die Erstellungszeit des Images.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="223"/>
        <source>Time: %1, now (the image records no creation time).</source>
        <translation>Zeit: %1, jetzt (das Image verzeichnet keine Erstellungszeit).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="227"/>
        <source>Recorded as a build of %1.</source>
        <translation>Als Build von %1 festgehalten.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="245"/>
        <source>&quot;%1&quot; is not a managed image; `stewardctl managed` lists them.</source>
        <translation>„%1“ ist kein verwaltetes Image; `stewardctl managed` listet sie auf.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="246"/>
        <source>&quot;%1&quot; names %2 managed images; give the image id.</source>
        <translation>„%1“ bezeichnet %2 verwaltete Images; geben Sie die Image-ID an.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="311"/>
        <source>Set these secret variables in the CI engine: %1</source>
        <translation>Legen Sie diese geheimen Variablen in der CI-Engine an: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="314"/>
        <source>(Jenkins: as the credentials the Jenkinsfile&apos;s comments name.)</source>
        <translation>(Jenkins: als die Zugangsdaten, die die Kommentare des Jenkinsfiles nennen.)</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="385"/>
        <source>Print only the unique tag&apos;s reference (REPOSITORY:TAG), for scripts.</source>
        <translation>Nur die Referenz des eindeutigen Tags ausgeben (REPOSITORY:TAG), für Skripte.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="392"/>
        <source>Write a scheduled build pipeline for a managed image (id, name or repository): build, push, push-tags, and with --send-to-test send-to-test. Secrets stay in the CI engine&apos;s secret variables.</source>
        <translation>Eine zeitgesteuerte Build-Pipeline für ein verwaltetes Image schreiben (ID, Name oder Repository): build, push, push-tags und mit --send-to-test send-to-test. Geheimnisse bleiben in den geheimen Variablen der CI-Engine.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="400"/>
        <source>Then send the new unique tag to test, connecting to Kasm with the STEWARD_KASM_* secret variables (stewardctl --kasm-env).</source>
        <translation>Danach den neuen eindeutigen Tag zum Test schicken, mit der Kasm-Verbindung aus den geheimen Variablen STEWARD_KASM_* (stewardctl --kasm-env).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="403"/>
        <source>Also write a starter Dockerfile on a Kasm core image (Kasm&apos;s custom image layout).</source>
        <translation>Außerdem ein Start-Dockerfile auf einem Kasm-Core-Image schreiben (Kasms Aufbau für eigene Images).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="406"/>
        <source>The Dockerfile&apos;s base image, with a tag or digest (default %1).</source>
        <translation>Das Basis-Image des Dockerfiles, mit Tag oder Digest (Standard %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="409"/>
        <source>Replace an existing Dockerfile.</source>
        <translation>Ein vorhandenes Dockerfile ersetzen.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="272"/>
        <source>--engine takes gitlab, github, jenkins or bitbucket</source>
        <translation>--engine erwartet gitlab, github, jenkins oder bitbucket</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="276"/>
        <source>pipeline needs --out DIR (the root of the repository that holds the Dockerfile)</source>
        <translation>pipeline braucht --out DIR (das Stammverzeichnis des Repositorys, das das Dockerfile enthält)</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="279"/>
        <source>--base and --force go with --dockerfile</source>
        <translation>--base und --force gehören zu --dockerfile</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="298"/>
        <source>--force replaces it; without --dockerfile only the pipeline is written</source>
        <translation>--force ersetzt es; ohne --dockerfile wird nur die Pipeline geschrieben</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="308"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="340"/>
        <source>Manage a user-facing Kasm image (id, name or reference): its repository, test group(s), tag convention and deploy strategy.</source>
        <translation>Ein für Benutzer sichtbares Kasm-Image verwalten (ID, Name oder Referenz): sein Repository, seine Testgruppe(n), Tag-Konvention und Bereitstellungsstrategie.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="342"/>
        <source>The registry repository builds are pushed to.</source>
        <translation>Das Registry-Repository, in das Builds gepusht werden.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="345"/>
        <source>A group (name or id) that tests builds (repeatable).</source>
        <translation>Eine Gruppe (Name oder ID), die Builds testet (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="347"/>
        <source>pin: deploy sets the image to the unique tag (default); move: deploy moves the moving tag.</source>
        <translation>pin: Bereitstellen setzt das Image auf den eindeutigen Tag (Standard); move: Bereitstellen verschiebt den beweglichen Tag.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="351"/>
        <source>Unique tag pattern: %Y %m %d %H %M %S (UTC), {version} (default %Y%m%d-%H%M).</source>
        <translation>Muster für eindeutige Tags: %Y %m %d %H %M %S (UTC), {version} (Standard %Y%m%d-%H%M).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="353"/>
        <source>The moving tag (default latest).</source>
        <translation>Der bewegliche Tag (Standard latest).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="356"/>
        <source>Use the profile&apos;s login for HOST (default: the repository&apos;s registry, when the profile has a login for it).</source>
        <translation>Die Anmeldung des Profils für HOST verwenden (Standard: die Registry des Repositorys, sofern das Profil eine Anmeldung dafür hat).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="365"/>
        <source>List the managed images.</source>
        <translation>Die verwalteten Images auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="373"/>
        <source>Tag the digest REF names with a unique tag and the moving tag, by manifest only (no layer moves). The time is the image config&apos;s creation time (UTC), or now when it has none.</source>
        <translation>Den Digest, den REF bezeichnet, mit einem eindeutigen Tag und dem beweglichen Tag versehen, nur über das Manifest (es werden keine Layer verschoben). Die Zeit ist die Erstellungszeit aus der Image-Konfiguration (UTC) oder jetzt, wenn diese keine hat.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="377"/>
        <source>Unique tag pattern: %Y %m %d %H %M %S of the image&apos;s creation time in UTC (now when it has none), %%, and {version} from the label org.opencontainers.image.version.</source>
        <translation>Muster für eindeutige Tags: %Y %m %d %H %M %S der Erstellungszeit des Images in UTC (jetzt, wenn es keine hat), %% und {version} aus dem Label org.opencontainers.image.version.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="382"/>
        <source>The moving tag to point at the digest (default latest).</source>
        <translation>Der bewegliche Tag, der auf den Digest zeigen soll (Standard latest).</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="383"/>
        <source>Add the unique tag only.</source>
        <translation>Nur den eindeutigen Tag hinzufügen.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="395"/>
        <source>The CI engine.</source>
        <translation>Die CI-Engine.</translation>
    </message>
    <message>
        <location filename="../src/cli/WorkflowCommands.cpp" line="397"/>
        <source>The repository root to write the files into.</source>
        <translation>Das Stammverzeichnis des Repositorys, in das die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="138"/>
        <source>Plan %1 for &quot;%2&quot;: %3 %4</source>
        <translation>Plan %1 für „%2“: %3 %4</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="145"/>
        <source>  readiness: %1 of %2 agents hold it</source>
        <translation>  Bereitschaft: %1 von %2 Agents haben es</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="206"/>
        <source>Plan %1 is done.</source>
        <translation>Plan %1 ist erledigt.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="229"/>
        <source>  %1 of %2 agents hold it (%3 s)</source>
        <translation>  %1 von %2 Agents haben es (%3 s)</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="355"/>
        <source>--share takes a percentage above 0 and up to 100</source>
        <translation>--share erwartet einen Prozentwert über 0 und bis 100</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="357"/>
        <location filename="../src/cli/PromotionCommands.cpp" line="445"/>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="360"/>
        <source>send-to-test needs --image IMAGE, the user-facing image</source>
        <translation>send-to-test braucht --image IMAGE, das Image der Benutzer</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="405"/>
        <source>verify needs --digest DIGEST, the digest that was tested</source>
        <translation>verify braucht --digest DIGEST, den getesteten Digest</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="421"/>
        <source>%1 (%2) verified by %3.</source>
        <translation>%1 (%2) verifiziert von %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="441"/>
        <source>--force needs --reason TEXT; the reason is recorded with the deploy</source>
        <translation>--force braucht --reason TEXT; die Begründung wird mit der Bereitstellung festgehalten</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="504"/>
        <source>WHEN (UTC)</source>
        <translation>WANN (UTC)</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="593"/>
        <source>Pin the test twin of a managed image to the build REF (its unique tag), for its test groups only; --wait follows the agents until they hold it. Refused while the image has an unfinished plan (stewardctl plans).</source>
        <translation>Den Testzwilling eines verwalteten Images auf den Build REF (seinen eindeutigen Tag) festlegen, nur für seine Testgruppen; --wait verfolgt die Agents, bis sie ihn haben. Abgelehnt, solange das Image einen unvollendeten Plan hat (stewardctl plans).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="624"/>
        <source>Bring a verified digest to the users: pin the image to its unique tag, or move the moving tag to it. Refused while the image has an unfinished plan (stewardctl plans).</source>
        <translation>Einen verifizierten Digest zu den Benutzern bringen: das Image auf seinen eindeutigen Tag festlegen oder den mitlaufenden Tag darauf verschieben. Abgelehnt, solange das Image einen unvollendeten Plan hat (stewardctl plans).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="647"/>
        <source>Back to the digest the users had before the latest deploy. Refused while the image has an unfinished plan (stewardctl plans).</source>
        <translation>Zurück zu dem Digest, den die Benutzer vor der letzten Bereitstellung hatten. Abgelehnt, solange das Image einen unvollendeten Plan hat (stewardctl plans).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="676"/>
        <source>Undo the steps of an unfinished plan that ran, last first, from what is live now.</source>
        <translation>Die gelaufenen Schritte eines unvollendeten Plans rückgängig machen, den letzten zuerst, ausgehend vom aktuellen Zustand.</translation>
    </message>
    <message>
        <location filename="../src/cli/PullCommands.cpp" line="365"/>
        <location filename="../src/cli/PromotionCommands.cpp" line="504"/>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="504"/>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="504"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="505"/>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="505"/>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="505"/>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="531"/>
        <source>No unfinished plans.</source>
        <translation>Keine unvollendeten Pläne.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="535"/>
        <source>%1  %2  %3  by %4, %5</source>
        <translation>%1  %2  %3  von %4, %5</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="562"/>
        <source>Plan %1 is %2.</source>
        <translation>Plan %1 ist %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="568"/>
        <source>Show the plan and change nothing.</source>
        <translation>Den Plan zeigen und nichts ändern.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="581"/>
        <source>How long to wait for the agents, in seconds (default 600).</source>
        <translation>Wie lange auf die Agents gewartet wird, in Sekunden (Standard 600).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="596"/>
        <source>The user-facing image (id, name or reference).</source>
        <translation>Das Image der Benutzer (ID, Name oder Referenz).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="235"/>
        <source>; the rest at their next check-in, within %1 s</source>
        <translation>; der Rest bei seiner nächsten Meldung, innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="80"/>
        <source>stewardctl: warning: images and groups show as ids, not names: %1</source>
        <translation>stewardctl: Warnung: Images und Gruppen erscheinen als IDs statt Namen: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="238"/>
        <source> of simulated time (%1 s at ×%2)</source>
        <translation> simulierter Zeit (%1 s bei ×%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="243"/>
        <source>; failing: %1</source>
        <translation>; Fehlschläge: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="299"/>
        <source>--wait takes one share, above 0 and up to 100 %</source>
        <translation>--wait erwartet einen Anteil über 0 und bis 100 %</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="303"/>
        <source>a share goes after --wait</source>
        <translation>ein Anteil gehört hinter --wait</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="305"/>
        <source>send-to-test needs REF, the build&apos;s unique tag</source>
        <translation>send-to-test braucht REF, den eindeutigen Tag des Builds</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="316"/>
        <source>--speed takes a number from 1 (real time) to 3600</source>
        <translation>--speed erwartet eine Zahl von 1 (Echtzeit) bis 3600</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="397"/>
        <source>%1 of %2 agents hold it.</source>
        <translation>%1 von %2 Agents haben es.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="574"/>
        <source>On the simulated deployment, run its agents this many times faster than real time while waiting (1 to 3600, default 60); a Kasm server&apos;s agents keep their own pace.</source>
        <translation>Im simulierten Deployment dessen Agents während des Wartens so viel schneller als Echtzeit laufen lassen (1 bis 3600, Standard 60); die Agents eines Kasm-Servers behalten ihr eigenes Tempo.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="599"/>
        <source>Wait until SHARE percent of the agents that may run the test twin hold the build (--wait 50; default 100), printing progress and the pull model&apos;s ETA.</source>
        <translation>Warten, bis SHARE Prozent der Agents, die den Testzwilling ausführen dürfen, den Build haben (--wait 50; Standard 100), mit Fortschritt und der voraussichtlichen Zeit nach dem Pull-Modell.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="602"/>
        <source>The same as a SHARE after --wait.</source>
        <translation>Dasselbe wie ein SHARE hinter --wait.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="613"/>
        <source>Record that you verified a tested digest of a managed image.</source>
        <translation>Festhalten, dass Sie einen getesteten Digest eines verwalteten Images verifiziert haben.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="614"/>
        <source>The digest that was tested.</source>
        <translation>Der getestete Digest.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="616"/>
        <source>What was checked.</source>
        <translation>Was geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="627"/>
        <source>The digest (default: the latest verified).</source>
        <translation>Der Digest (Standard: der zuletzt verifizierte).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="629"/>
        <source>pin or move (default: the managed image&apos;s).</source>
        <translation>pin oder move (Standard: die des verwalteten Images).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="632"/>
        <source>Pin to repository@digest instead of the unique tag.</source>
        <translation>Auf Repository@Digest statt auf den eindeutigen Tag festlegen.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="633"/>
        <source>Deploy a digest nobody verified (needs --reason).</source>
        <translation>Einen Digest bereitstellen, den niemand verifiziert hat (braucht --reason).</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="634"/>
        <source>Why a forced deploy is needed; recorded.</source>
        <translation>Warum das Erzwingen nötig ist; wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="637"/>
        <source>First wait until every agent serving the image holds the digest.</source>
        <translation>Zuerst warten, bis jeder Agent, der das Image bereitstellt, den Digest hat.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="655"/>
        <source>Builds, tests, verifications, deploys and rollbacks, newest first.</source>
        <translation>Builds, Tests, Verifizierungen, Bereitstellungen und Zurückrollen, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="662"/>
        <source>List unfinished plans (interrupted or failed), with their steps.</source>
        <translation>Unvollendete Pläne (unterbrochen oder fehlgeschlagen) mit ihren Schritten auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/PromotionCommands.cpp" line="669"/>
        <source>Continue an unfinished plan from its first step not done.</source>
        <translation>Einen unvollendeten Plan ab seinem ersten nicht erledigten Schritt fortsetzen.</translation>
    </message>
</context>
</TS>
