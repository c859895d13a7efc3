<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="37"/>
        <source>Zone {fid}: its label {value} is longer than 12 characters; LIBELLE holds it whole and must be shortened in the plan.</source>
        <translation>Zone {fid}: ihre Bezeichnung {value} ist länger als 12 Zeichen; LIBELLE enthält sie vollständig und muss im Plan gekürzt werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="41"/>
        <source>Zone {fid}: no label; LIBELLE set to its zone type {value}.</source>
        <translation>Zone {fid}: keine Bezeichnung; LIBELLE auf ihren Zonentyp {value} gesetzt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="42"/>
        <source>Zone {fid}: {value} is not a zone type of the CNIG 2017 standard (U, AUc, AUs, A, N); the zone was not exported.</source>
        <translation>Zone {fid}: {value} ist kein Zonentyp des CNIG-Standards 2017 (U, AUc, AUs, A, N); die Zone wurde nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="46"/>
        <source>Zone {fid}: sub-code {value} is neither a DESTDOMI nor a FORMDOMI value; not written.</source>
        <translation>Zone {fid}: der Untercode {value} ist weder ein DESTDOMI- noch ein FORMDOMI-Wert; nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="49"/>
        <source>Zone {fid}: {field} {value} left out, as asked.</source>
        <translation>Zone {fid}: {field} {value} wie gewünscht weggelassen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="50"/>
        <source>Zone {fid}: {field} cut to 254 bytes.</source>
        <translation>Zone {fid}: {field} auf 254 Byte gekürzt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="51"/>
        <source>Zone {fid}: standard {value} is not CNIG; the zone was not exported.</source>
        <translation>Zone {fid}: der Standard {value} ist nicht CNIG; die Zone wurde nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="52"/>
        <source>Zone {fid}: no polygon; the zone was not exported.</source>
        <translation>Zone {fid}: kein Polygon; die Zone wurde nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="53"/>
        <source>Zone {fid}: invalid geometry repaired.</source>
        <translation>Zone {fid}: ungültige Geometrie repariert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="54"/>
        <source>DATEREF (date of the cadastral reference) not given: the approval date {value} was written; check it.</source>
        <translation>DATEREF (Datum der Katastergrundlage) nicht angegeben: das Genehmigungsdatum {value} wurde geschrieben; bitte prüfen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="58"/>
        <source>Zone {fid}: no HILUCS class (code {value}); hilucsLandUse is NotKnownUse.</source>
        <translation>Zone {fid}: keine HILUCS-Klasse (Code {value}); hilucsLandUse ist NotKnownUse.</translation>
    </message>
</context>
<context>
    <name>AtlasDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="14"/>
        <source>Export the master-plan atlas</source>
        <translation>Atlas des Masterplans exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="20"/>
        <source>One PDF per municipality — zoning plan, mobility plan and green-spaces plan with their indicators and open findings — and, if chosen, one combined PDF with a cover and an agglomeration summary.</source>
        <translation>Ein PDF je Gemeinde — Zonierungsplan, Mobilitätsplan und Grünflächenplan mit Kennzahlen und offenen Befunden — und auf Wunsch ein Gesamt-PDF mit Deckblatt und Übersicht der Agglomeration.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="32"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="42"/>
        <source>Page format</source>
        <translation>Seitenformat</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="52"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="59"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="78"/>
        <source>Language of the pages</source>
        <translation>Sprache der Seiten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="98"/>
        <source>Also write one combined PDF (cover, summary, all municipalities)</source>
        <translation>Auch ein Gesamt-PDF schreiben (Deckblatt, Übersicht, alle Gemeinden)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="173"/>
        <source>Municipalities</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="184"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="191"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="71"/>
        <source>Folder for the atlas PDFs</source>
        <translation>Ordner für die Atlas-PDFs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="74"/>
        <source>{format} landscape</source>
        <translation>{format} quer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="84"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="136"/>
        <source>The plan&apos;s municipalities cannot be read: {error}</source>
        <translation>Die Gemeinden des Plans können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="182"/>
        <source>Master plan atlas: {plan}</source>
        <translation>Atlas des Masterplans: {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="194"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="215"/>
        <source>{count} PDF file(s), {pages} pages, written to {folder}</source>
        <translation>{count} PDF-Datei(en), {pages} Seiten, geschrieben nach {folder}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="218"/>
        <source>Atlas exported: {text}</source>
        <translation>Atlas exportiert: {text}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="222"/>
        <source>The atlas could not be exported: {error}</source>
        <translation>Der Atlas konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="224"/>
        <source>The atlas could not be exported.</source>
        <translation>Der Atlas konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="229"/>
        <source>Export cancelled: no PDF was written or replaced.</source>
        <translation>Export abgebrochen: kein PDF wurde geschrieben oder ersetzt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="234"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="88"/>
        <source>Zoning legend</source>
        <translation>Legende der Zonierung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="110"/>
        <source>Cover of the combined PDF</source>
        <translation>Deckblatt des Gesamt-PDF</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="116"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="126"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="136"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="156"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="163"/>
        <source>Data sources; the zoning&apos;s source documents are added</source>
        <translation>Datenquellen; die Quelldokumente der Zonierung werden ergänzt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="78"/>
        <source>Harmonised (HILUCS classes)</source>
        <translation>Harmonisiert (HILUCS-Klassen)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="79"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation>National (der eigene Standard jeder Gemeinde)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>For review</source>
        <translation>Zur Prüfung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>CnigCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="49"/>
        <source>A CNIG document is being checked already.</source>
        <translation>Ein CNIG-Dokument wird bereits geprüft.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="52"/>
        <source>CNIG document folder (e.g. 30014_PLU_20171013)</source>
        <translation>Ordner des CNIG-Dokuments (z. B. 30014_PLU_20171013)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="64"/>
        <source>Checking the CNIG document {folder}</source>
        <translation>Prüfung des CNIG-Dokuments {folder}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="81"/>
        <source>{folder} (CNIG {version}): {count} findings, {errors} errors, {warnings} warnings.</source>
        <translation>{folder} (CNIG {version}): {count} Befunde, {errors} Fehler, {warnings} Warnungen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="85"/>
        <source>The zones&apos; topology was not checked (see the report).</source>
        <translation>Die Topologie der Zonen wurde nicht geprüft (siehe Bericht).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="87"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="95"/>
        <source>The CNIG document could not be checked.</source>
        <translation>Das CNIG-Dokument konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="99"/>
        <source>CNIG document check cancelled.</source>
        <translation>Prüfung des CNIG-Dokuments abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CnigExportDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="14"/>
        <source>Export for the Géoportail de l'urbanisme (CNIG)</source>
        <translation>Export für das Géoportail de l'urbanisme (CNIG)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="20"/>
        <source>One CNIG PLU document folder (standard 2017) per French municipality: its zones (ZONE_URBA), the document (DOC_URBA) and its municipality (DOC_URBA_COM). The written documents and the metadata are added afterwards.</source>
        <translation>Ein CNIG-PLU-Dokumentordner (Standard 2017) je französischer Gemeinde: ihre Zonen (ZONE_URBA), das Dokument (DOC_URBA) und seine Gemeinde (DOC_URBA_COM). Die schriftlichen Unterlagen und die Metadaten werden danach ergänzt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="32"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="42"/>
        <source>Approval date</source>
        <translation>Genehmigungsdatum</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="52"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="61"/>
        <source>French municipalities</source>
        <translation>Französische Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="72"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="79"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="70"/>
        <source>Folder for the CNIG documents</source>
        <translation>Ordner für die CNIG-Dokumente</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="79"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>CreatePlanAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="29"/>
        <source>Create a master plan</source>
        <translation>Masterplan anlegen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="32"/>
        <source>master plan,new,geopackage,project,crs</source>
        <translation>Masterplan,neu,GeoPackage,Projekt,KBS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="39"/>
        <source>Plan GeoPackage</source>
        <translation>GeoPackage des Plans</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="39"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="43"/>
        <source>Working CRS (projected, in metres)</source>
        <translation>Arbeits-KBS (projiziert, in Metern)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="45"/>
        <source>Replace an existing plan of that name</source>
        <translation>Einen vorhandenen Plan gleichen Namens ersetzen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="47"/>
        <source>QGIS project of the plan</source>
        <translation>QGIS-Projekt des Plans</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="55"/>
        <source>The working CRS is not valid.</source>
        <translation>Das Arbeits-KBS ist ungültig.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="57"/>
        <source>Writing the plan and its project…</source>
        <translation>Schreiben des Plans und seines Projekts…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="61"/>
        <source>Plan {plan} created in {crs}; project {project}.</source>
        <translation>Plan {plan} in {crs} angelegt; Projekt {project}.</translation>
    </message>
</context>
<context>
    <name>DecideAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="36"/>
        <source>Decide on findings</source>
        <translation>Über Befunde entscheiden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="39"/>
        <source>findings,register,decision,accept,ignore,justification,fingerprint</source>
        <translation>Befunde,Register,Entscheidung,akzeptieren,ignorieren,Begründung,Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="43"/>
        <source>Fingerprints of the findings (comma or space separated)</source>
        <translation>Fingerabdrücke der Befunde (durch Kommas oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="45"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="45"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="46"/>
        <source>None (withdraw the decision)</source>
        <translation>Keine (Entscheidung zurücknehmen)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="47"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="49"/>
        <source>Justification (required to accept)</source>
        <translation>Begründung (zum Akzeptieren erforderlich)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="51"/>
        <source>Findings decided</source>
        <translation>Entschiedene Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="57"/>
        <source>No finding fingerprint was given.</source>
        <translation>Es wurde kein Befund-Fingerabdruck angegeben.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="63"/>
        <source>No finding {fingerprint} in the plan&apos;s register.</source>
        <translation>Kein Befund {fingerprint} im Register des Plans.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="65"/>
        <source>Decision recorded on {count} finding(s).</source>
        <translation>Entscheidung für {count} Befund(e) gespeichert.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="9"/>
        <source>Decision on findings</source>
        <translation>Entscheidung zu Befunden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="21"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="29"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="34"/>
        <source>Why this finding is acceptable (required to accept it)</source>
        <translation>Warum dieser Befund hinnehmbar ist (zum Akzeptieren erforderlich)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="66"/>
        <source>The findings go back to the list of findings to review.</source>
        <translation>Die Befunde kommen zurück in die Liste der zu prüfenden Befunde.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="67"/>
        <source>Ignored findings stay in the register but no longer count as open; a justification is optional.</source>
        <translation>Ignorierte Befunde bleiben im Register, zählen aber nicht mehr als offen; eine Begründung ist freiwillig.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="69"/>
        <source>Accepted findings are deliberate exceptions: say why, for the plan&apos;s record.</source>
        <translation>Akzeptierte Befunde sind gewollte Ausnahmen: begründen Sie sie für die Akte des Plans.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="45"/>
        <source>Decision on “{title}”</source>
        <translation>Entscheidung zu „{title}“</translation>
    </message>
</context>
<context>
    <name>DemoAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="28"/>
        <source>Build the demo plan</source>
        <translation>Demo-Plan erstellen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="31"/>
        <source>demo,example,sample,cross-border,master plan,tutorial</source>
        <translation>Demo,Beispiel,Muster,grenzüberschreitend,Masterplan,Tutorial</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="34"/>
        <source>Folder for the demo plan</source>
        <translation>Ordner für den Demo-Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="36"/>
        <source>Demo plan</source>
        <translation>Demo-Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="37"/>
        <source>QGIS project of the demo plan</source>
        <translation>QGIS-Projekt des Demo-Plans</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="38"/>
        <source>Current findings</source>
        <translation>Aktuelle Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="42"/>
        <source>Building and validating the demo plan…</source>
        <translation>Demo-Plan wird erstellt und geprüft…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="45"/>
        <source>{layer}: {count} feature(s) from {source}.</source>
        <translation>{layer}: {count} Objekt(e) aus {source}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="47"/>
        <source>Demo plan {plan}: {count} finding(s).</source>
        <translation>Demo-Plan {plan}: {count} Befund(e).</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="40"/>
        <source>The demo plan is being built already.</source>
        <translation>Der Demo-Plan wird bereits erstellt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="43"/>
        <source>Folder for the demo plan</source>
        <translation>Ordner für den Demo-Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="53"/>
        <source>Building the demo plan in {folder}</source>
        <translation>Demo-Plan wird in {folder} erstellt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="73"/>
        <source>Demo plan built and opened: {gpkg}, {count} findings to look at in the Findings panel.</source>
        <translation>Demo-Plan erstellt und geöffnet: {gpkg}, {count} Befunde zum Ansehen im Befund-Bedienfeld.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="80"/>
        <source>The demo plan could not be built.</source>
        <translation>Der Demo-Plan konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="84"/>
        <source>Building the demo plan was cancelled.</source>
        <translation>Die Erstellung des Demo-Plans wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="14"/>
        <source>Master plan: Python packages</source>
        <translation>Masterplan: Python-Pakete</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="20"/>
        <source>Master plan needs these Python packages in QGIS&apos;s Python. The plugin can install the missing ones for this QGIS profile, into a folder of its own: QGIS&apos;s packages (numpy, GDAL) and the system&apos;s stay as they are.</source>
        <translation>Masterplan benötigt diese Python-Pakete im Python von QGIS. Das Plugin kann die fehlenden für dieses QGIS-Profil in einen eigenen Ordner installieren: Die Pakete von QGIS (numpy, GDAL) und die des Systems bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="52"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="57"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="62"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="77"/>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="100"/>
        <source>QGIS&apos;s Python</source>
        <translation>Python von QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="91"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>any version</source>
        <translation>jede Version</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="126"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="128"/>
        <source>an older version is loaded in this session</source>
        <translation>eine ältere Version ist in dieser Sitzung geladen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="130"/>
        <source>to be installed with QGIS&apos;s package manager</source>
        <translation>mit dem Paketmanager von QGIS zu installieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>unsuitable version</source>
        <translation>ungeeignete Version</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>with pip</source>
        <translation>mit pip</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>downloaded from PyPI</source>
        <translation>von PyPI heruntergeladen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="137"/>
        <source>Installed {packages} ({method}).</source>
        <translation>{packages} installiert ({method}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="141"/>
        <source>Every package the plugin needs is available: Master plan is ready.</source>
        <translation>Alle Pakete, die das Plugin benötigt, sind vorhanden: Masterplan ist bereit.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="147"/>
        <source>Restart QGIS to use the installed packages: {package} {version} was already loaded from {location} in this session.</source>
        <translation>Starten Sie QGIS neu, um die installierten Pakete zu verwenden: {package} {version} wurde in dieser Sitzung bereits aus {location} geladen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="150"/>
        <source>{package} {version} is already loaded in this session (from {location}): install, then restart QGIS.</source>
        <translation>{package} {version} ist in dieser Sitzung bereits geladen (aus {location}): installieren Sie, dann starten Sie QGIS neu.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="155"/>
        <source>{packages} cannot be installed by the plugin: install it with the package manager that installed QGIS (on Debian or Ubuntu: apt install python3-{name}).</source>
        <translation>{packages} kann nicht vom Plugin installiert werden: Installieren Sie es mit dem Paketmanager, der QGIS installiert hat (unter Debian oder Ubuntu: apt install python3-{name}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="160"/>
        <source>Install downloads {packages} from the Python Package Index (PyPI) with QGIS&apos;s own Python (pip when it has it). No restart is needed unless an older version is already loaded.</source>
        <translation>Installieren lädt {packages} aus dem Python Package Index (PyPI) mit dem Python von QGIS herunter (mit pip, wenn vorhanden). Ein Neustart ist nur nötig, wenn bereits eine ältere Version geladen ist.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="173"/>
        <source>Looking for pip in QGIS's Python…</source>
        <translation>Suche pip im Python von QGIS…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="174"/>
        <source>Installing with pip…</source>
        <translation>Installation mit pip…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="175"/>
        <source>{package}: looking up PyPI…</source>
        <translation>{package}: Suche auf PyPI…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="176"/>
        <source>{package}: downloading…</source>
        <translation>{package}: Herunterladen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="177"/>
        <source>{package}: unpacking…</source>
        <translation>{package}: Entpacken…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="178"/>
        <source>Checking that the packages import…</source>
        <translation>Prüfen, ob sich die Pakete importieren lassen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="179"/>
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="190"/>
        <source>Master plan: installing {packages}</source>
        <translation>Masterplan: {packages} wird installiert</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="201"/>
        <source>Installing {packages}…</source>
        <translation>{packages} wird installiert…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Cancel installation</source>
        <translation>Installation abbrechen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="228"/>
        <source>The packages could not be installed: {error}</source>
        <translation>Die Pakete konnten nicht installiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="236"/>
        <source>Installation cancelled: nothing was changed.</source>
        <translation>Installation abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="241"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>DependencyNotice</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="264"/>
        <source>Python packages…</source>
        <translation>Python-Pakete…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="267"/>
        <source>Master plan needs Python packages that QGIS&apos;s Python does not have: install them</source>
        <translation>Masterplan benötigt Python-Pakete, die dem Python von QGIS fehlen: Installieren Sie sie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="313"/>
        <source>Restart QGIS: an older {package} is loaded in this session; the plugin&apos;s tools stay disabled until then.</source>
        <translation>Starten Sie QGIS neu: In dieser Sitzung ist ein älteres {package} geladen; die Werkzeuge des Plugins bleiben bis dahin deaktiviert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="316"/>
        <source>QGIS&apos;s Python lacks {packages}: the plugin&apos;s tools stay disabled until they are installed.</source>
        <translation>Dem Python von QGIS fehlt {packages}: Die Werkzeuge des Plugins bleiben deaktiviert, bis sie installiert sind.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Install…</source>
        <translation>Installieren…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="360"/>
        <source>Python packages installed: Master plan is ready.</source>
        <translation>Python-Pakete installiert: Masterplan ist bereit.</translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="46"/>
        <source>Export the atlas (PDF)</source>
        <translation>Atlas exportieren (PDF)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="49"/>
        <source>atlas,PDF,layout,print,map,municipality</source>
        <translation>Atlas,PDF,Layout,Druck,Karte,Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="53"/>
        <source>Folder for the PDFs</source>
        <translation>Ordner für die PDFs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="55"/>
        <source>Municipality codes, comma-separated (default: all)</source>
        <translation>Gemeindeschlüssel, durch Kommas getrennt (Standard: alle)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="57"/>
        <source>Page format (landscape)</source>
        <translation>Seitenformat (quer)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="59"/>
        <source>Resolution of rasterised layers (dpi)</source>
        <translation>Auflösung gerasterter Ebenen (dpi)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="62"/>
        <source>Also write the combined PDF (cover, summary, every municipality)</source>
        <translation>Auch das Gesamt-PDF schreiben (Deckblatt, Übersicht, alle Gemeinden)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>Language of the pages</source>
        <translation>Sprache der Seiten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>QGIS interface language</source>
        <translation>Sprache der QGIS-Oberfläche</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="82"/>
        <source>PDF files</source>
        <translation>PDF-Dateien</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="83"/>
        <source>Combined PDF</source>
        <translation>Gesamt-PDF</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="84"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>Zoning legend</source>
        <translation>Legende der Zonierung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>Harmonised (HILUCS)</source>
        <translation>Harmonisiert (HILUCS)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation>National (der eigene Standard jeder Gemeinde)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="71"/>
        <source>Organisation (cover; default: the plan&apos;s setting)</source>
        <translation>Organisation (Deckblatt; Standard: Einstellung des Plans)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="72"/>
        <source>Author (cover and PDF metadata; default: the plan&apos;s setting)</source>
        <translation>Autor (Deckblatt und PDF-Metadaten; Standard: Einstellung des Plans)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="73"/>
        <source>Document version (cover; default: the plan&apos;s setting)</source>
        <translation>Dokumentversion (Deckblatt; Standard: Einstellung des Plans)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="74"/>
        <source>Data sources (cover, before the zoning&apos;s source documents)</source>
        <translation>Datenquellen (Deckblatt, vor den Quelldokumenten der Zonierung)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Document status (cover)</source>
        <translation>Dokumentstatus (Deckblatt)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>The plan&apos;s setting (draft if none)</source>
        <translation>Einstellung des Plans (sonst Entwurf)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>For review</source>
        <translation>Zur Prüfung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
</context>
<context>
    <name>ExportCnigAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="77"/>
        <source>Export CNIG PLU documents (Géoportail de l'Urbanisme)</source>
        <translation>CNIG-PLU-Dokumente exportieren (Géoportail de l'Urbanisme)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="80"/>
        <source>CNIG,PLU,GPU,Géoportail de l'Urbanisme,ZONE_URBA,DOC_URBA,France,export</source>
        <translation>CNIG,PLU,GPU,Géoportail de l'Urbanisme,ZONE_URBA,DOC_URBA,Frankreich,Export</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="84"/>
        <source>Folder for the CNIG documents</source>
        <translation>Ordner für die CNIG-Dokumente</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="87"/>
        <source>INSEE codes, comma-separated (default: every French municipality)</source>
        <translation>INSEE-Codes, durch Kommas getrennt (Standard: alle französischen Gemeinden)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="96"/>
        <source>Approval date AAAAMMJJ (default: today)</source>
        <translation>Genehmigungsdatum JJJJMMTT (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="101"/>
        <source>Replace documents already in the folder</source>
        <translation>Bereits im Ordner vorhandene Dokumente ersetzen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="106"/>
        <source>Write the sub-codes (DESTDOMI / FORMDOMI, not in the 2017 model)</source>
        <translation>Die Untercodes schreiben (DESTDOMI / FORMDOMI, nicht im Modell 2017)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="116"/>
        <source>DATEREF: date of the cadastral reference, AAAAMMJJ (default: the approval date)</source>
        <translation>DATEREF: Datum der Katastergrundlage, JJJJMMTT (Standard: das Genehmigungsdatum)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="119"/>
        <source>ETAT: legal state of the document (default 03, in force)</source>
        <translation>ETAT: Rechtsstand des Dokuments (Standard 03, in Kraft)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="120"/>
        <source>NOMPROC: last procedure (default E, élaboration)</source>
        <translation>NOMPROC: letztes Verfahren (Standard E, élaboration)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="121"/>
        <source>SIREN of the intercommunality that approved the PLU</source>
        <translation>SIREN des Gemeindeverbands, der den PLU genehmigt hat</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="122"/>
        <source>SITEWEB: web page where the PLU can be consulted</source>
        <translation>SITEWEB: Webseite, auf der der PLU eingesehen werden kann</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="128"/>
        <source>Document folders</source>
        <translation>Dokumentordner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="129"/>
        <source>Zones written</source>
        <translation>Geschriebene Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="130"/>
        <source>Zones not exported</source>
        <translation>Nicht exportierte Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="148"/>
        <source>{folder}: {zones} zone(s) of {name} ({insee}).</source>
        <translation>{folder}: {zones} Zone(n) von {name} ({insee}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="156"/>
        <source>{count} zone(s) of Luxembourg or Belgian standards: not CNIG, not exported.</source>
        <translation>{count} Zone(n) luxemburgischer oder belgischer Standards: nicht CNIG, nicht exportiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="161"/>
        <source>Add the written documents (regulation, PADD, report, annexes: PDF) to each folder's Pieces_ecrites, and the metadata file, before uploading to the Géoportail de l'Urbanisme.</source>
        <translation>Fügen Sie vor dem Hochladen ins Géoportail de l'Urbanisme die schriftlichen Unterlagen (Verordnung, PADD, Bericht, Anhänge: PDF) in den Ordner Pieces_ecrites jedes Dokuments sowie die Metadatendatei hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportFindingsAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="26"/>
        <source>Export the findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="29"/>
        <source>findings,register,report,export,csv,html,geopackage</source>
        <translation>Befunde,Register,Bericht,Export,csv,html,geopackage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="33"/>
        <source>Findings file</source>
        <translation>Befunddatei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="33"/>
        <source>GeoPackage (*.gpkg);;CSV table (*.csv);;HTML report (*.html *.htm)</source>
        <translation>GeoPackage (*.gpkg);;CSV-Tabelle (*.csv);;HTML-Bericht (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="36"/>
        <source>Language of the titles and messages</source>
        <translation>Sprache der Titel und Meldungen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="36"/>
        <source>QGIS interface language</source>
        <translation>Sprache der QGIS-Oberfläche</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="44"/>
        <source>Exporting the findings…</source>
        <translation>Befunde werden exportiert…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="47"/>
        <source>Findings written to {target}.</source>
        <translation>Befunde in {target} geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportInspirePluAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="183"/>
        <source>Export INSPIRE Planned Land Use</source>
        <translation>INSPIRE Geplante Bodennutzung exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="186"/>
        <source>INSPIRE,PLU,Planned Land Use,ZoningElement,HILUCS,GML,export</source>
        <translation>INSPIRE,PLU,geplante Bodennutzung,ZoningElement,HILUCS,GML,Export</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="190"/>
        <source>INSPIRE file</source>
        <translation>INSPIRE-Datei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="190"/>
        <source>GML 3.2 (*.gml);;GeoPackage, flattened ZoningElement table (*.gpkg)</source>
        <translation>GML 3.2 (*.gml);;GeoPackage, flache ZoningElement-Tabelle (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="197"/>
        <source>Valid from, AAAAMMJJ (default: today)</source>
        <translation>Gültig ab, JJJJMMTT (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="202"/>
        <source>Namespace of the INSPIRE identifiers (default: masterplan.&lt;plan name&gt;)</source>
        <translation>Namensraum der INSPIRE-Kennungen (Standard: masterplan.&lt;Planname&gt;)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>Coordinate reference system (ETRS89)</source>
        <translation>Koordinatenbezugssystem (ETRS89)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>EPSG:4258 (geographic)</source>
        <translation>EPSG:4258 (geografisch)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>EPSG:3035 (LAEA Europe)</source>
        <translation>EPSG:3035 (LAEA Europa)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="222"/>
        <source>Zoning elements</source>
        <translation>Zonierungselemente</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="223"/>
        <source>Spatial plans</source>
        <translation>Raumpläne</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="233"/>
        <source>{zones} zoning element(s) in {plans} spatial plan(s), {crs}.</source>
        <translation>{zones} Zonierungselement(e) in {plans} Raumplan/-plänen, {crs}.</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="105"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="114"/>
        <source>By rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="115"/>
        <source>By commune</source>
        <translation>Nach Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Communes</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>GeoPackage layer…</source>
        <translation>GeoPackage-Ebene…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>CSV table…</source>
        <translation>CSV-Tabelle…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>HTML report…</source>
        <translation>HTML-Bericht…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="242"/>
        <source>No commune</source>
        <translation>Ohne Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="290"/>
        <source>No findings yet: run Validate.</source>
        <translation>Noch keine Befunde: „Prüfen“ ausführen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="301"/>
        <source>{total} findings: {errors} errors, {warnings} warnings, {info} information. {decided} ignored or accepted, {fixed} fixed since an earlier run. {shown} shown.</source>
        <translation>{total} Befunde: {errors} Fehler, {warnings} Warnungen, {info} Hinweise. {decided} ignoriert oder akzeptiert, {fixed} seit einer früheren Prüfung behoben. {shown} angezeigt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="352"/>
        <source>This finding has no location on the map.</source>
        <translation>Dieser Befund hat keinen Ort auf der Karte.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="378"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation>Ein Befund kann nur mit Begründung akzeptiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="384"/>
        <source>The decision could not be saved in the plan.</source>
        <translation>Die Entscheidung konnte nicht im Plan gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="431"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="431"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="432"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="434"/>
        <source>Export the findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="445"/>
        <source>The findings could not be exported.</source>
        <translation>Die Befunde konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="443"/>
        <source>Findings exported to {path}.</source>
        <translation>Befunde exportiert nach {path}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="155"/>
        <source>Findings register of {plan}</source>
        <translation>Befundregister von {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="381"/>
        <source>Master plan: decision on {count} finding(s)</source>
        <translation>Masterplan: Entscheidung zu {count} Befund(en)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="441"/>
        <source>Master plan: exporting the findings</source>
        <translation>Masterplan: Befunde werden exportiert</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="14"/>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="22"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="28"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="34"/>
        <source>Information</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="40"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="41"/>
        <source>Also list the findings of earlier runs that are fixed now</source>
        <translation>Auch die inzwischen behobenen Befunde früherer Prüfungen auflisten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="64"/>
        <source>Click a finding to zoom to it and select the features involved</source>
        <translation>Auf einen Befund klicken, um dorthin zu zoomen und die betroffenen Objekte auszuwählen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="77"/>
        <source>Decision…</source>
        <translation>Entscheidung…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="78"/>
        <source>Ignore the selected findings, or accept them with a justification</source>
        <translation>Die ausgewählten Befunde ignorieren oder mit Begründung akzeptieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="88"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="89"/>
        <source>Export the findings as a GeoPackage layer, a CSV table or an HTML report</source>
        <translation>Die Befunde als GeoPackage-Ebene, CSV-Tabelle oder HTML-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="69"/>
        <source>Select a finding to read it in full: rule, features, communes, measure and decision.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu lesen: Regel, Objekte, Gemeinden, Messwert und Entscheidung.</translation>
    </message>
</context>
<context>
    <name>GreenDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="34"/>
        <source>Green spaces</source>
        <translation>Grünflächen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="45"/>
        <source>Whole plan</source>
        <translation>Gesamter Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Public green (m²)</source>
        <translation>Öffentliches Grün (m²)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Inhabitants</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Green share (%)</source>
        <translation>Grünanteil (%)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="55"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Corridor</source>
        <translation>Grünzug</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Communes</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Green (ha)</source>
        <translation>Grün (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Public m²/inhabitant</source>
        <translation>Öffentl. m²/Einwohner</translation>
    </message>
</context>
<context>
    <name>GreenPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="13"/>
        <source>Green spaces per commune</source>
        <translation>Grünflächen je Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="30"/>
        <source>Green corridors</source>
        <translation>Grünzüge</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="39"/>
        <source>Select a corridor to select its green spaces on the map</source>
        <translation>Einen Grünzug auswählen, um seine Grünflächen auf der Karte auszuwählen</translation>
    </message>
</context>
<context>
    <name>HarmoniseAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="60"/>
        <source>Harmonise zoning codes to HILUCS</source>
        <translation>Zonencodes nach HILUCS harmonisieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="63"/>
        <source>HILUCS,INSPIRE,land use,crosswalk,PLU,CNIG,PAG,plan de secteur</source>
        <translation>HILUCS,INSPIRE,Flächennutzung,Zuordnung,PLU,CNIG,PAG,Sektorenplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="66"/>
        <source>Zoning layer</source>
        <translation>Zonierungslayer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="68"/>
        <source>Zoning standard of the layer</source>
        <translation>Zonierungsstandard des Layers</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="71"/>
        <source>Zone code field (default: the standard&apos;s usual name)</source>
        <translation>Feld des Zonencodes (Standard: üblicher Name des Standards)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="74"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation>Feld des Untercodes (FORMDOMI / DESTDOMI)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="77"/>
        <source>Harmonised zoning</source>
        <translation>Harmonisierte Zonierung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="78"/>
        <source>Features with a HILUCS class</source>
        <translation>Objekte mit HILUCS-Klasse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="79"/>
        <source>Unknown zone codes</source>
        <translation>Unbekannte Zonencodes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="95"/>
        <source>Codes read from {code}{subcode} ({standard}).</source>
        <translation>Codes gelesen aus {code}{subcode} ({standard}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="134"/>
        <source>Unknown {standard} code &apos;{code}&apos;: {count} feature(s) left without a HILUCS class.</source>
        <translation>Unbekannter {standard}-Code „{code}“: {count} Objekt(e) ohne HILUCS-Klasse.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="138"/>
        <source>{count} feature(s) with unknown codes.</source>
        <translation>{count} Objekt(e) mit unbekannten Codes.</translation>
    </message>
</context>
<context>
    <name>ImportAxesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="192"/>
        <source>Import mobility axes into a plan</source>
        <translation>Mobilitätsachsen in einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="195"/>
        <source>mobility,axes,roads,tram,import</source>
        <translation>Mobilität,Achsen,Straßen,Tram,Import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="198"/>
        <source>Mobility axes layer</source>
        <translation>Ebene der Mobilitätsachsen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="203"/>
        <source>Name field</source>
        <translation>Namensfeld</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="204"/>
        <source>Hierarchy field</source>
        <translation>Feld der Hierarchie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="205"/>
        <source>Transport mode field</source>
        <translation>Feld des Verkehrsmittels</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="206"/>
        <source>Status field (existing, planned)</source>
        <translation>Statusfeld (bestehend, geplant)</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_commands.py" line="34"/>
        <source>Save or discard the edits of {layers} first: the import writes the plan&apos;s file.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an {layers}: Der Import schreibt in die Datei des Plans.</translation>
    </message>
</context>
<context>
    <name>ImportCommunesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="153"/>
        <source>Import municipalities into a plan</source>
        <translation>Gemeinden in einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="156"/>
        <source>municipalities,communes,import,boundaries,INSEE,LAU</source>
        <translation>Gemeinden,Kommunen,Import,Grenzen,INSEE,LAU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="159"/>
        <source>Municipalities layer</source>
        <translation>Ebene der Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="164"/>
        <source>Municipality code field (INSEE, LAU, NIS)</source>
        <translation>Feld des Gemeindeschlüssels (INSEE, LAU, NIS)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="165"/>
        <source>Name field</source>
        <translation>Namensfeld</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="166"/>
        <source>Population field</source>
        <translation>Feld der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="175"/>
        <source>Country of the municipalities (sets their zoning standard)</source>
        <translation>Land der Gemeinden (legt ihren Zonierungsstandard fest)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="14"/>
        <source>Import into the master plan</source>
        <translation>In den Masterplan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="22"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="36"/>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="46"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="56"/>
        <source>Layer in the file</source>
        <translation>Ebene in der Datei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="66"/>
        <source>Project layer</source>
        <translation>Projektebene</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="76"/>
        <source>Selected features only</source>
        <translation>Nur ausgewählte Objekte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="83"/>
        <source>Source CRS</source>
        <translation>KBS der Quelle</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="93"/>
        <source>Zoning standard</source>
        <translation>Zonierungsstandard</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="103"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="113"/>
        <source>Status of the zones</source>
        <translation>Status der Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="123"/>
        <source>Municipality code of every zone</source>
        <translation>Gemeindeschlüssel aller Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="130"/>
        <source>from the layer&apos;s field, else from the zone&apos;s location</source>
        <translation>aus dem Feld der Ebene, sonst aus der Lage der Zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="137"/>
        <source>Import mode</source>
        <translation>Importmodus</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="147"/>
        <source>Key of the update mode</source>
        <translation>Schlüssel des Aktualisierungsmodus</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="159"/>
        <source>Field mapping (plan field ← source field)</source>
        <translation>Feldzuordnung (Planfeld ← Quellfeld)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="167"/>
        <source>Preview: the first features as they will be written</source>
        <translation>Vorschau: die ersten Objekte, wie sie geschrieben werden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="126"/>
        <source>No CRS: choose the CRS of the source</source>
        <translation>Kein KBS: Wählen Sie das KBS der Quelle</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="147"/>
        <source>CNIG PLU document (folder: municipalities and zoning)</source>
        <translation>CNIG-PLU-Dokument (Ordner: Gemeinden und Zonierung)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="153"/>
        <source>(from the layer, else none)</source>
        <translation>(aus der Ebene, sonst keines)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="255"/>
        <source>CNIG PLU document folder</source>
        <translation>Ordner des CNIG-PLU-Dokuments</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="259"/>
        <source>Vector files ({patterns});;All files (*)</source>
        <translation>Vektordateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="261"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="272"/>
        <source>Usual key ({fields})</source>
        <translation>Üblicher Schlüssel ({fields})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="365"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="412"/>
        <source>no zone code</source>
        <translation>kein Zonencode</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="414"/>
        <source>unknown code: no HILUCS class</source>
        <translation>unbekannter Code: keine HILUCS-Klasse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="442"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="457"/>
        <source>(from the location)</source>
        <translation>(aus der Lage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="466"/>
        <source>Choose a file or a layer to import.</source>
        <translation>Wählen Sie eine Datei oder eine Ebene zum Importieren.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="468"/>
        <source>The first {count} feature(s) of the source, as the plan will hold them.</source>
        <translation>Die ersten {count} Objekt(e) der Quelle, wie der Plan sie enthalten wird.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="471"/>
        <source>{count} of them flagged: see the Note column.</source>
        <translation>{count} davon markiert: siehe Spalte Hinweis.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="529"/>
        <source>Master plan import: {plan}</source>
        <translation>Masterplan-Import: {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="537"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="545"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="545"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="564"/>
        <source>Unknown codes: {codes}.</source>
        <translation>Unbekannte Codes: {codes}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="568"/>
        <source>{count} point(s) to check: see the details.</source>
        <translation>{count} Punkt(e) zu prüfen: siehe Details.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="578"/>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="580"/>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="585"/>
        <source>Import cancelled: the plan is unchanged.</source>
        <translation>Import abgebrochen: Der Plan ist unverändert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="590"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ImportGreenAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="215"/>
        <source>Import green spaces into a plan</source>
        <translation>Grünflächen in einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="218"/>
        <source>green spaces,parks,corridors,import</source>
        <translation>Grünflächen,Parks,Korridore,Import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="221"/>
        <source>Green spaces layer</source>
        <translation>Ebene der Grünflächen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="226"/>
        <source>Name field</source>
        <translation>Namensfeld</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="227"/>
        <source>Kind field (park, corridor, garden…)</source>
        <translation>Feld der Art (Park, Korridor, Garten…)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="228"/>
        <source>Public access field</source>
        <translation>Feld des öffentlichen Zugangs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="229"/>
        <source>Status field (existing, planned)</source>
        <translation>Statusfeld (bestehend, geplant)</translation>
    </message>
</context>
<context>
    <name>ImportLayerAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="81"/>
        <source>Import mode</source>
        <translation>Importmodus</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="84"/>
        <source>Key fields of the update mode (plan fields, comma-separated; default: {key})</source>
        <translation>Schlüsselfelder des Aktualisierungsmodus (Planfelder, durch Kommas getrennt; Standard: {key})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="89"/>
        <source>Master plan</source>
        <translation>Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="91"/>
        <source>Features imported</source>
        <translation>Importierte Objekte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="92"/>
        <source>Features added</source>
        <translation>Hinzugefügte Objekte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="93"/>
        <source>Features updated</source>
        <translation>Aktualisierte Objekte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="94"/>
        <source>Features removed (replaced)</source>
        <translation>Entfernte Objekte (ersetzt)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="117"/>
        <source>Reading the layer…</source>
        <translation>Ebene wird gelesen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="120"/>
        <source>Importing into the plan…</source>
        <translation>Import in den Plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="131"/>
        <source>Fields used: {fields}.</source>
        <translation>Verwendete Felder: {fields}.</translation>
    </message>
</context>
<context>
    <name>ImportSitesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="238"/>
        <source>Import development sites into a plan</source>
        <translation>Entwicklungsflächen in einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="241"/>
        <source>sites,brownfields,development,housing,import</source>
        <translation>Flächen,Brachflächen,Entwicklung,Wohnen,Import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="244"/>
        <source>Development sites layer</source>
        <translation>Ebene der Entwicklungsflächen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="249"/>
        <source>Name field</source>
        <translation>Namensfeld</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="250"/>
        <source>Kind field (brownfield, renewal…)</source>
        <translation>Feld der Art (Brachfläche, Erneuerung…)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="251"/>
        <source>Status field</source>
        <translation>Statusfeld</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="252"/>
        <source>Housing units field</source>
        <translation>Feld der Wohneinheiten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="253"/>
        <source>Jobs field</source>
        <translation>Feld der Arbeitsplätze</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="254"/>
        <source>Floor area field (m²)</source>
        <translation>Feld der Geschossfläche (m²)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="21"/>
        <source>Replace the plan&apos;s features of the communes in the input</source>
        <translation>Die Objekte des Plans für die Gemeinden der Quelle ersetzen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="22"/>
        <source>Update the features with the same key, add the others</source>
        <translation>Objekte mit gleichem Schlüssel aktualisieren, die übrigen hinzufügen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="23"/>
        <source>Append every feature</source>
        <translation>Alle Objekte anhängen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="33"/>
        <source>{count} features imported into {layer} from {source} ({crs}).</source>
        <translation>{count} Objekte aus {source} ({crs}) in {layer} importiert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="49"/>
        <source>Communes replaced: {communes}.</source>
        <translation>Ersetzte Gemeinden: {communes}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="52"/>
        <source>Zones without commune replaced for the documents: {documents}.</source>
        <translation>Zonen ohne Gemeinde ersetzt für die Dokumente: {documents}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="55"/>
        <source>{count} commune(s) already in the plan were kept.</source>
        <translation>{count} bereits im Plan vorhandene Gemeinde(n) beibehalten.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="58"/>
        <source>{count} zone(s) got their commune from their location.</source>
        <translation>{count} Zone(n) erhielten ihre Gemeinde aus ihrer Lage.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="69"/>
        <source>{count} feature(s) outside the communes: they replaced nothing.</source>
        <translation>{count} Objekt(e) außerhalb der Gemeinden: Sie haben nichts ersetzt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="72"/>
        <source>{count} feature(s) have no value for the key: they were added.</source>
        <translation>{count} Objekt(e) ohne Wert für den Schlüssel: Sie wurden hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="75"/>
        <source>{count} zone(s) lie outside every commune: no commune code.</source>
        <translation>{count} Zone(n) liegen außerhalb jeder Gemeinde: kein Gemeindeschlüssel.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="78"/>
        <source>Unknown code &apos;{code}&apos;: {count} zone(s) without a HILUCS class.</source>
        <translation>Unbekannter Code „{code}“: {count} Zone(n) ohne HILUCS-Klasse.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="86"/>
        <source>Replace: {removed} removed, {added} added.</source>
        <translation>Ersetzen: {removed} entfernt, {added} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="89"/>
        <source>Update: {updated} updated, {added} added.</source>
        <translation>Aktualisieren: {updated} aktualisiert, {added} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="91"/>
        <source>Append: {added} added.</source>
        <translation>Anhängen: {added} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ImportZoningAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="39"/>
        <source>Import zoning into a plan</source>
        <translation>Zonierung in einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="42"/>
        <source>zoning,import,PLU,CNIG,PAG,plan de secteur,HILUCS</source>
        <translation>Zonierung,Import,PLU,CNIG,PAG,Sektorenplan,HILUCS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="45"/>
        <source>Zoning layer</source>
        <translation>Zonierungslayer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="54"/>
        <source>Zoning standard of the layer</source>
        <translation>Zonierungsstandard des Layers</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="59"/>
        <source>Zone code field (TYPEZONE, PAG category, plan de secteur zone)</source>
        <translation>Feld des Zonencodes (TYPEZONE, PAG-Kategorie, Sektorenplan-Zone)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="61"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation>Feld des Untercodes (FORMDOMI / DESTDOMI)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="62"/>
        <source>Municipality code field</source>
        <translation>Feld des Gemeindeschlüssels</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="63"/>
        <source>Zone label field</source>
        <translation>Feld der Zonenbezeichnung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="68"/>
        <source>Status of the imported zones</source>
        <translation>Status der importierten Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="71"/>
        <source>Municipality code of every zone (when the layer has no such field)</source>
        <translation>Gemeindeschlüssel aller Zonen (wenn der Layer kein solches Feld hat)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="49"/>
        <source>Unknown zone codes</source>
        <translation>Unbekannte Zonencodes</translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="36"/>
        <source>Indicators per municipality</source>
        <translation>Kennzahlen je Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="39"/>
        <source>indicators,statistics,zoning,hectares,mobility,green,inhabitant,table</source>
        <translation>Kennzahlen,Statistik,Zonierung,Hektar,Mobilität,Grün,Einwohner,Tabelle</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="43"/>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="44"/>
        <source>Municipalities</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="49"/>
        <source>Computing the indicators…</source>
        <translation>Berechnung der Kennzahlen…</translation>
    </message>
</context>
<context>
    <name>MasterPlanAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="58"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="59"/>
        <source>Checks and indicators</source>
        <translation>Prüfungen und Kennzahlen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="60"/>
        <source>Publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="61"/>
        <source>Nomenclatures</source>
        <translation>Nomenklaturen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="107"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="123"/>
        <source>Master plan (GeoPackage)</source>
        <translation>Masterplan (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="132"/>
        <source>No master plan was given.</source>
        <translation>Es wurde kein Masterplan angegeben.</translation>
    </message>
</context>
<context>
    <name>MasterPlanMessages</name>
    <message>
        <location filename="../masterplan_plugin/gui/messages.py" line="19"/>
        <source>Master plan</source>
        <translation>Masterplan</translation>
    </message>
</context>
<context>
    <name>MasterPlanPlugin</name>
    <message>
        <location filename="../masterplan_plugin/plugin.py" line="108"/>
        <source>Master plan could not start: its Python packages do not import.</source>
        <translation>Masterplan konnte nicht starten: Seine Python-Pakete lassen sich nicht importieren.</translation>
    </message>
</context>
<context>
    <name>MasterPlanProvider</name>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="59"/>
        <source>Master plan</source>
        <translation>Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="62"/>
        <source>Master plan: cross-border urban master plans</source>
        <translation>Masterplan: grenzüberschreitende städtebauliche Masterpläne</translation>
    </message>
</context>
<context>
    <name>MasterPlanToolbar</name>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>New plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Create an empty master plan: a GeoPackage and its QGIS project</source>
        <translation>Einen leeren Masterplan anlegen: ein GeoPackage und sein QGIS-Projekt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Open plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Add the layers of an existing master plan to the project</source>
        <translation>Die Layer eines vorhandenen Masterplans zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check geometry, coverage, borders and land-use compatibility</source>
        <translation>Geometrie, Abdeckung, Grenzen und Verträglichkeit der Nutzungen prüfen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Show or hide the register of findings</source>
        <translation>Befundregister ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export atlas…</source>
        <translation>Atlas exportieren…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export one atlas page per municipality</source>
        <translation>Eine Atlasseite je Gemeinde exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="132"/>
        <source>Panels</source>
        <translation>Bedienfelder</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="139"/>
        <source>Master plan</source>
        <translation>Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="148"/>
        <source>Show or hide the master plan panels</source>
        <translation>Masterplan-Bedienfelder ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="71"/>
        <source>&amp;Master plan</source>
        <translation>&amp;Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Validation settings of the active plan: tolerances, rules, working CRS</source>
        <translation>Prüfeinstellungen des aktiven Plans: Toleranzen, Regeln, Arbeits-KBS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="207"/>
        <source>Validation running: see its progress in the task manager</source>
        <translation>Prüfung läuft: Fortschritt in der Aufgabenverwaltung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Import municipalities, zoning, a CNIG document, mobility axes, green spaces or sites into the active plan</source>
        <translation>Gemeinden, Zonierung, ein CNIG-Dokument, Mobilitätsachsen, Grünflächen oder Flächen in den aktiven Plan importieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check a CNIG document for the GPU…</source>
        <translation>Ein CNIG-Dokument für das GPU prüfen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check a CNIG PLU or carte communale folder before uploading it to the Géoportail de l'urbanisme: CNIG conformity and the zones' topology</source>
        <translation>Einen CNIG-Ordner eines PLU oder einer carte communale vor dem Hochladen ins Géoportail de l'urbanisme prüfen: CNIG-Konformität und Topologie der Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export for the Géoportail de l'urbanisme (CNIG)…</source>
        <translation>Für das Géoportail de l'urbanisme exportieren (CNIG)…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Write one CNIG PLU document folder per French municipality of the plan, ready for its written documents and the upload to the GPU</source>
        <translation>Je französischer Gemeinde des Plans einen CNIG-PLU-Dokumentordner schreiben, bereit für die schriftlichen Unterlagen und das Hochladen ins GPU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export as INSPIRE PLU…</source>
        <translation>Als INSPIRE PLU exportieren…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Write the plan&apos;s zones as INSPIRE Planned Land Use: GML 3.2 or a GeoPackage</source>
        <translation>Die Zonen des Plans als INSPIRE Geplante Bodennutzung schreiben: GML 3.2 oder GeoPackage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Build the demo plan…</source>
        <translation>Demo-Plan erstellen…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Build and validate a small cross-border demo plan in a folder, then open it: a quick way to try the plugin</source>
        <translation>Einen kleinen grenzüberschreitenden Demo-Plan in einem Ordner erstellen und prüfen und ihn dann öffnen: so lässt sich die Erweiterung schnell ausprobieren</translation>
    </message>
</context>
<context>
    <name>MasterplanError</name>
    <message>
        <location filename="error_messages.py" line="7"/>
        <source>The validation profile cannot be read.</source>
        <translation>Das Validierungsprofil kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="8"/>
        <source>Unknown tolerance in the validation profile.</source>
        <translation>Unbekannte Toleranz im Validierungsprofil.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="9"/>
        <source>Tolerances must be non-negative numbers.</source>
        <translation>Toleranzen müssen nicht negative Zahlen sein.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="10"/>
        <source>Unknown rule in the validation profile.</source>
        <translation>Unbekannte Regel im Validierungsprofil.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="11"/>
        <source>Unknown severity in the validation profile.</source>
        <translation>Unbekannter Schweregrad im Validierungsprofil.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="15"/>
        <source>No coordinate reference system given.</source>
        <translation>Kein Koordinatenbezugssystem angegeben.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="16"/>
        <source>Unknown coordinate reference system.</source>
        <translation>Unbekanntes Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="17"/>
        <source>The working CRS of a plan must be projected in metres.</source>
        <translation>Das Arbeits-KBS eines Plans muss in Metern projiziert sein.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="19"/>
        <source>The source layer has no such field.</source>
        <translation>Die Quellebene hat dieses Feld nicht.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="20"/>
        <source>Unknown zoning standard.</source>
        <translation>Unbekannter Zonierungsstandard.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="80"/>
        <source>The layer has no zone code field; choose it.</source>
        <translation>Die Ebene hat kein Feld für den Zonencode; bitte wählen Sie es.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="82"/>
        <source>The output folder cannot be created.</source>
        <translation>Der Ausgabeordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="83"/>
        <source>The atlas page format must be A3 or A4.</source>
        <translation>Das Seitenformat des Atlas muss A3 oder A4 sein.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="84"/>
        <source>The resolution must be a whole number of dots per inch.</source>
        <translation>Die Auflösung muss eine ganze Zahl von Punkten pro Zoll sein.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="85"/>
        <source>The resolution must be between {low} and {high} dpi.</source>
        <translation>Die Auflösung muss zwischen {low} und {high} dpi liegen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="86"/>
        <source>The plan has no municipality: there is nothing to put in an atlas.</source>
        <translation>Der Plan hat keine Gemeinde: Es gibt nichts für einen Atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="40"/>
        <source>These municipalities are not in the plan.</source>
        <translation>Diese Gemeinden gehören nicht zum Plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="87"/>
        <source>Choose at least one municipality for the atlas.</source>
        <translation>Wählen Sie mindestens eine Gemeinde für den Atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="88"/>
        <source>The atlas cannot iterate over the municipalities.</source>
        <translation>Der Atlas kann die Gemeinden nicht durchlaufen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="89"/>
        <source>The atlas cannot move to a municipality.</source>
        <translation>Der Atlas kann nicht zu einer Gemeinde wechseln.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="90"/>
        <source>The atlas pages could not be filled.</source>
        <translation>Die Atlasseiten konnten nicht gefüllt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="91"/>
        <source>The PDF file cannot be written (folder not writable, disk full, or file open elsewhere).</source>
        <translation>Die PDF-Datei kann nicht geschrieben werden (Ordner schreibgeschützt, Datenträger voll oder Datei anderweitig geöffnet).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="92"/>
        <source>Not enough memory to render the page.</source>
        <translation>Nicht genug Speicher, um die Seite zu zeichnen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="93"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="94"/>
        <source>The atlas could not iterate over the municipalities.</source>
        <translation>Der Atlas konnte die Gemeinden nicht durchlaufen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="95"/>
        <source>A layer could not be rendered.</source>
        <translation>Eine Ebene konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="96"/>
        <source>The PDF export was cancelled.</source>
        <translation>Der PDF-Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="97"/>
        <source>The PDF export failed.</source>
        <translation>Der PDF-Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="98"/>
        <source>The PDF export produced no file.</source>
        <translation>Der PDF-Export hat keine Datei erzeugt.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="99"/>
        <source>The municipalities of the plan cannot be read.</source>
        <translation>Die Gemeinden des Plans können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="100"/>
        <source>The atlas layout template cannot be read.</source>
        <translation>Die Layoutvorlage des Atlas kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="101"/>
        <source>The atlas layout template is not valid XML.</source>
        <translation>Die Layoutvorlage des Atlas ist kein gültiges XML.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="102"/>
        <source>The atlas layout template cannot be loaded.</source>
        <translation>Die Layoutvorlage des Atlas kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="103"/>
        <source>The atlas layout template lacks items.</source>
        <translation>Der Layoutvorlage des Atlas fehlen Elemente.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="104"/>
        <source>The atlas layout template lacks an item.</source>
        <translation>Der Layoutvorlage des Atlas fehlt ein Element.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="56"/>
        <source>Features cannot be imported into this layer.</source>
        <translation>Objekte können nicht in diese Ebene importiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="79"/>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="34"/>
        <source>No ZONE_URBA layer in this folder: is it a CNIG PLU document?</source>
        <translation>Keine ZONE_URBA-Ebene in diesem Ordner: Ist es ein PLU-Dokument nach CNIG-Standard?</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="35"/>
        <source>The ZONE_URBA layer has no coordinate reference system.</source>
        <translation>Die ZONE_URBA-Ebene hat kein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="105"/>
        <source>The demo dataset could not be written.</source>
        <translation>Der Demo-Datensatz konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="38"/>
        <source>The findings could not be exported.</source>
        <translation>Die Befunde konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="57"/>
        <source>The input layer has no coordinate reference system; give it explicitly.</source>
        <translation>Die Eingabeebene hat kein Koordinatenbezugssystem; geben Sie es ausdrücklich an.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="58"/>
        <source>These fields are not part of the plan layer.</source>
        <translation>Diese Felder gehören nicht zur Planebene.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="51"/>
        <source>The plan cannot be opened for writing.</source>
        <translation>Der Plan kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="61"/>
        <source>A feature could not be written to the plan.</source>
        <translation>Ein Objekt konnte nicht in den Plan geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="64"/>
        <source>The input file does not exist.</source>
        <translation>Die Eingabedatei existiert nicht.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="65"/>
        <source>The file is not a vector format that GDAL can read.</source>
        <translation>Die Datei ist in keinem Vektorformat, das GDAL lesen kann.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="66"/>
        <source>The layer does not exist in the file.</source>
        <translation>Die Ebene existiert nicht in der Datei.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="108"/>
        <source>A master plan is a GeoPackage: the file name must end with .gpkg.</source>
        <translation>Ein Masterplan ist ein GeoPackage: Der Dateiname muss auf .gpkg enden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="109"/>
        <source>A file with this name already exists.</source>
        <translation>Eine Datei dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="48"/>
        <source>The plan file does not exist.</source>
        <translation>Die Plandatei existiert nicht.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="49"/>
        <source>This file is not a GeoPackage that QGIS can read.</source>
        <translation>Diese Datei ist kein GeoPackage, das QGIS lesen kann.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="50"/>
        <source>This GeoPackage is not a master plan.</source>
        <translation>Dieses GeoPackage ist kein Masterplan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="110"/>
        <source>A layer of the plan cannot be read.</source>
        <translation>Eine Ebene des Plans kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="112"/>
        <source>The QGIS project could not be written.</source>
        <translation>Das QGIS-Projekt konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="53"/>
        <source>The GeoPackage could not be created.</source>
        <translation>Das GeoPackage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="54"/>
        <source>A plan layer could not be created.</source>
        <translation>Eine Planebene konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="55"/>
        <source>A plan field could not be created.</source>
        <translation>Ein Planfeld konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="113"/>
        <source>The default style could not be stored in the plan.</source>
        <translation>Der Standardstil konnte nicht im Plan gespeichert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="52"/>
        <source>The plan setting could not be written.</source>
        <translation>Die Planeinstellung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="74"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation>Ein Befund kann nur mit einer Begründung akzeptiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="70"/>
        <source>Unknown worker command.</source>
        <translation>Unbekannter Befehl des Hintergrundprozesses.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="72"/>
        <source>A file could not be written.</source>
        <translation>Eine Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="32"/>
        <source>No Python interpreter found to run the plan worker.</source>
        <translation>Kein Python-Interpreter gefunden, um den Hintergrundprozess des Plans auszuführen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="73"/>
        <source>The background process stopped unexpectedly.</source>
        <translation>Der Hintergrundprozess wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="114"/>
        <source>This layer is not the zoning layer of a master plan.</source>
        <translation>Diese Ebene ist nicht die Zonierungsebene eines Masterplans.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="115"/>
        <source>The zoning layer cannot be edited.</source>
        <translation>Die Zonierungsebene kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="18"/>
        <source>{count} features have coordinates that {crs} cannot hold: is that really the layer&apos;s coordinate reference system? Give the right one explicitly.</source>
        <translation>{count} Objekt(e) haben Koordinaten, die in {crs} nicht möglich sind: Ist das wirklich das Koordinatenbezugssystem der Ebene? Geben Sie das richtige ausdrücklich an.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="25"/>
        <source>Nothing to install.</source>
        <translation>Nichts zu installieren.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="27"/>
        <source>{url} could not be reached.</source>
        <translation>{url} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="59"/>
        <source>{count} features have coordinates that are not finite numbers: nothing was written.</source>
        <translation>{count} Objekt(e) haben Koordinaten, die keine endlichen Zahlen sind: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="62"/>
        <source>{count} features are not polygons, as the {layer} layer needs.</source>
        <translation>{count} Objekt(e) sind keine Polygone, wie es die Ebene {layer} verlangt.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="24"/>
        <source>Unknown installation method {method}.</source>
        <translation>Unbekannte Installationsmethode {method}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="26"/>
        <source>pip could not install the packages.</source>
        <translation>pip konnte die Pakete nicht installieren.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="28"/>
        <source>The downloaded file {file} is damaged (its checksum differs).</source>
        <translation>Die heruntergeladene Datei {file} ist beschädigt (ihre Prüfsumme weicht ab).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="29"/>
        <source>The downloaded file {file} is damaged (unsafe paths).</source>
        <translation>Die heruntergeladene Datei {file} ist beschädigt (unsichere Pfade).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="30"/>
        <source>The installed packages do not work with QGIS&apos;s Python.</source>
        <translation>Die installierten Pakete funktionieren nicht mit dem Python von QGIS.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="31"/>
        <source>The folder {folder} is in use: restart QGIS, then install again.</source>
        <translation>Der Ordner {folder} wird verwendet: Starten Sie QGIS neu und installieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="33"/>
        <source>No wheel of {package} fits this Python ({platform}).</source>
        <translation>Kein Wheel von {package} passt zu diesem Python ({platform}).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="63"/>
        <source>{count} features are not lines, as the {layer} layer needs.</source>
        <translation>{count} Objekt(e) sind keine Linien, wie es die Ebene {layer} verlangt.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="22"/>
        <source>The plan layer {layer} has no field {fields}.</source>
        <translation>Die Planebene {layer} hat kein Feld {fields}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="107"/>
        <source>A feature could not be copied.</source>
        <translation>Ein Objekt konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="21"/>
        <source>Unknown import mode {mode}: use replace, update or append.</source>
        <translation>Unbekannter Importmodus {mode}: Verwenden Sie replace, update oder append.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="81"/>
        <source>The input layer cannot be read.</source>
        <translation>Die Eingabeebene kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="106"/>
        <source>The input layer could not be copied.</source>
        <translation>Die Eingabeebene konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="60"/>
        <source>A feature could not be removed from the plan.</source>
        <translation>Ein Objekt konnte nicht aus dem Plan entfernt werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="111"/>
        <source>The QGIS project could not be read.</source>
        <translation>Das QGIS-Projekt kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="12"/>
        <source>The approval date must be a date written AAAAMMJJ.</source>
        <translation>Das Genehmigungsdatum muss als JJJJMMTT geschrieben sein.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="14"/>
        <source>A DOC_URBA value does not follow the CNIG standard.</source>
        <translation>Ein DOC_URBA-Wert entspricht nicht dem CNIG-Standard.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="23"/>
        <source>INSPIRE Planned Land Use is written in ETRS89: EPSG:4258 or EPSG:3035.</source>
        <translation>INSPIRE Geplante Bodennutzung wird in ETRS89 geschrieben: EPSG:4258 oder EPSG:3035.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="41"/>
        <source>Only French municipalities (CNIG standard) can be exported as CNIG documents.</source>
        <translation>Nur französische Gemeinden (CNIG-Standard) können als CNIG-Dokumente exportiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="43"/>
        <source>A CNIG document needs the municipality&apos;s five-character INSEE code.</source>
        <translation>Ein CNIG-Dokument braucht den fünfstelligen INSEE-Code der Gemeinde.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="68"/>
        <source>Unknown request fields: {fields}.</source>
        <translation>Unbekannte Anfragefelder: {fields}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="69"/>
        <source>Incomplete request.</source>
        <translation>Unvollständige Anfrage.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="71"/>
        <source>The request is not valid JSON.</source>
        <translation>Die Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="76"/>
        <source>Unknown export standard {standard}: cnig or inspire.</source>
        <translation>Unbekannter Exportstandard {standard}: cnig oder inspire.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="78"/>
        <source>Unknown indicators format {format}.</source>
        <translation>Unbekanntes Indikatorformat {format}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="6"/>
        <source>Give either a plan or --cnig-document DIR to validate.</source>
        <translation>Geben Sie entweder einen Plan oder --cnig-document ORDNER zur Prüfung an.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="13"/>
        <source>These DOC_URBA fields cannot be given.</source>
        <translation>Diese DOC_URBA-Felder können nicht angegeben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="36"/>
        <source>This is not a folder: a CNIG document is a folder of files.</source>
        <translation>Das ist kein Ordner: ein CNIG-Dokument ist ein Ordner mit Dateien.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="37"/>
        <source>GDAL cannot read this table of the CNIG document.</source>
        <translation>GDAL kann diese Tabelle des CNIG-Dokuments nicht lesen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="39"/>
        <source>The export folder already holds these documents; allow overwriting to replace them.</source>
        <translation>Der Exportordner enthält diese Dokumente bereits; erlauben Sie das Überschreiben, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="42"/>
        <source>The plan has no French municipality (CNIG standard) to export.</source>
        <translation>Der Plan hat keine französische Gemeinde (CNIG-Standard) zum Exportieren.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="44"/>
        <source>The CNIG document could not be written.</source>
        <translation>Das CNIG-Dokument konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="45"/>
        <source>The INSPIRE export writes a .gml or a .gpkg file.</source>
        <translation>Der INSPIRE-Export schreibt eine .gml- oder .gpkg-Datei.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="46"/>
        <source>The output file exists already.</source>
        <translation>Die Ausgabedatei existiert bereits.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="47"/>
        <source>The INSPIRE file could not be written.</source>
        <translation>Die INSPIRE-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="67"/>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="75"/>
        <source>The findings can be exported as .gpkg, .csv or .html only.</source>
        <translation>Die Befunde können nur als .gpkg, .csv oder .html exportiert werden.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="77"/>
        <source>Give either a file and its plan layer or a CNIG document folder to import.</source>
        <translation>Geben Sie entweder eine Datei und ihre Planebene oder einen CNIG-Dokumentordner zum Import an.</translation>
    </message>
</context>
<context>
    <name>MobilityDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="45"/>
        <source>Mobility axes</source>
        <translation>Mobilitätsachsen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="83"/>
        <source>Whole plan</source>
        <translation>Gesamter Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="86"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="87"/>
        <source>All modes</source>
        <translation>Alle Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="35"/>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>MobilityPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="13"/>
        <source>Kilometres per commune and mode</source>
        <translation>Kilometer je Gemeinde und Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="21"/>
        <source>Select cells to select those axes on the map</source>
        <translation>Zellen auswählen, um diese Achsen auf der Karte auszuwählen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="31"/>
        <source>Axes by hierarchy, mode and status</source>
        <translation>Achsen nach Hierarchie, Verkehrsmittel und Status</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="41"/>
        <source>Select rows to select those axes on the map</source>
        <translation>Zeilen auswählen, um diese Achsen auf der Karte auszuwählen</translation>
    </message>
</context>
<context>
    <name>NationalExportCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="146"/>
        <source>The plan cannot be exported as CNIG documents.</source>
        <translation>Der Plan kann nicht als CNIG-Dokumente exportiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="156"/>
        <source>CNIG export of {plan}</source>
        <translation>CNIG-Export von {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="168"/>
        <source>The plan cannot be exported as INSPIRE PLU.</source>
        <translation>Der Plan kann nicht als INSPIRE PLU exportiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="176"/>
        <source>INSPIRE PLU export of {plan}</source>
        <translation>INSPIRE-PLU-Export von {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="190"/>
        <source>An export of the plan is running already.</source>
        <translation>Ein Export des Plans läuft bereits.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="194"/>
        <source>Save or discard the edits of {layers} first: the export reads the plan&apos;s file.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an {layers}: der Export liest die Plandatei.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="213"/>
        <source>Replace the documents?</source>
        <translation>Die Dokumente ersetzen?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="213"/>
        <source>The folder already holds {folders}. Replace them?</source>
        <translation>Der Ordner enthält bereits {folders}. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="220"/>
        <source>Nothing exported: {folders} kept.</source>
        <translation>Nichts exportiert: {folders} beibehalten.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="225"/>
        <source>GML 3.2 (*.gml)</source>
        <translation>GML 3.2 (*.gml)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="225"/>
        <source>GeoPackage, flattened ZoningElement table (*.gpkg)</source>
        <translation>GeoPackage, flache ZoningElement-Tabelle (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="226"/>
        <source>Export as INSPIRE PLU</source>
        <translation>Als INSPIRE PLU exportieren</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="269"/>
        <source>{count} CNIG document(s) written to {folder}: {zones} zone(s).</source>
        <translation>{count} CNIG-Dokument(e) in {folder} geschrieben: {zones} Zone(n).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="273"/>
        <source>{count} zone(s) not exported (see the log).</source>
        <translation>{count} Zone(n) nicht exportiert (siehe Protokoll).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="292"/>
        <source>{count} remark(s) on the zones (see the log).</source>
        <translation>{count} Hinweis(e) zu den Zonen (siehe Protokoll).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="278"/>
        <source>{count} zone(s) of Luxembourg or Belgian standards are not CNIG: left out.</source>
        <translation>{count} Zone(n) luxemburgischer oder belgischer Standards sind nicht CNIG: ausgelassen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="280"/>
        <source>Before uploading to the Géoportail de l'urbanisme, add the written documents (regulation, PADD, report, annexes: PDF) to each folder's {folders} and the metadata file.</source>
        <translation>Fügen Sie vor dem Hochladen ins Géoportail de l'urbanisme die schriftlichen Unterlagen (Verordnung, PADD, Bericht, Anhänge: PDF) in den Ordner {folders} jedes Dokuments sowie die Metadatendatei hinzu.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="287"/>
        <source>INSPIRE PLU written to {file}: {zones} zoning element(s) in {plans} spatial plan(s) ({encoding}, {crs}).</source>
        <translation>INSPIRE PLU in {file} geschrieben: {zones} Zonierungselement(e) in {plans} Raumplan/-plänen ({encoding}, {crs}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="294"/>
        <source>Add the dataset&apos;s INSPIRE metadata before publishing it.</source>
        <translation>Fügen Sie vor der Veröffentlichung die INSPIRE-Metadaten des Datensatzes hinzu.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="300"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="307"/>
        <source>The plan could not be exported.</source>
        <translation>Der Plan konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="311"/>
        <source>Export cancelled: no file or folder was replaced.</source>
        <translation>Export abgebrochen: keine Datei und kein Ordner wurde ersetzt.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="14"/>
        <source>New master plan</source>
        <translation>Neuer Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="20"/>
        <source>A master plan is a GeoPackage holding the communes, zoning, mobility axes, green spaces and development sites, with a QGIS project of the same name next to it.</source>
        <translation>Ein Masterplan ist ein GeoPackage mit Gemeinden, Flächennutzung, Mobilitätsachsen, Grünflächen und Entwicklungsflächen, daneben ein gleichnamiges QGIS-Projekt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="32"/>
        <source>GeoPackage file</source>
        <translation>GeoPackage-Datei</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="42"/>
        <source>Working CRS</source>
        <translation>Arbeits-KBS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="54"/>
        <source>Tolerances are in metres: choose a projected CRS in metres. ETRS89-LAEA (EPSG:3035) covers the whole of Europe.</source>
        <translation>Toleranzen sind in Metern angegeben: Wählen Sie ein projiziertes KBS in Metern. ETRS89-LAEA (EPSG:3035) deckt ganz Europa ab.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="26"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="27"/>
        <source>Save the master plan as</source>
        <translation>Masterplan speichern unter</translation>
    </message>
</context>
<context>
    <name>PanelDataService</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/panel_data.py" line="214"/>
        <source>Master plan: figures of {plan}</source>
        <translation>Masterplan: Zahlen von {plan}</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>Open a master plan</source>
        <translation>Masterplan öffnen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="66"/>
        <source>The plan could not be created.</source>
        <translation>Der Plan konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="68"/>
        <source>Plan created: {gpkg} (project: {project}).</source>
        <translation>Plan angelegt: {gpkg} (Projekt: {project}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="92"/>
        <source>The plan could not be opened.</source>
        <translation>Der Plan konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="94"/>
        <source>Plan opened: {gpkg}.</source>
        <translation>Plan geöffnet: {gpkg}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>{name} already exists. Replace it with an empty master plan?</source>
        <translation>{name} existiert bereits. Durch einen leeren Masterplan ersetzen?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="83"/>
        <source>{gpkg} is already in the project; it is now the active plan.</source>
        <translation>{gpkg} ist bereits im Projekt; es ist jetzt der aktive Plan.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="130"/>
        <source>The plan settings could not be read.</source>
        <translation>Die Planeinstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="138"/>
        <source>The plan settings could not be saved.</source>
        <translation>Die Planeinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="142"/>
        <source>Validation settings saved in {gpkg}.</source>
        <translation>Prüfeinstellungen in {gpkg} gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanDockController</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="108"/>
        <source>Plan layer: {layer}</source>
        <translation>Plan-Layer: {layer}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="105"/>
        <source>No master plan in this project. Create one with “New plan…” or open one with “Open plan…”.</source>
        <translation>Kein Masterplan in diesem Projekt. Legen Sie mit „Neuer Plan…“ einen an oder öffnen Sie einen mit „Plan öffnen…“.</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="11"/>
        <source>Smallest overlap reported</source>
        <translation>Kleinste gemeldete Überlappung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="12"/>
        <source>Smallest gap reported</source>
        <translation>Kleinste gemeldete Lücke</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="13"/>
        <source>Smallest part outside the municipalities reported</source>
        <translation>Kleinster gemeldeter Teil außerhalb der Gemeinden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="16"/>
        <source>Smallest part in a neighbouring municipality reported</source>
        <translation>Kleinster gemeldeter Teil in einer Nachbargemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="19"/>
        <source>Smallest unzoned share of a municipality reported</source>
        <translation>Kleinster gemeldeter nicht zonierter Anteil einer Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="22"/>
        <source>Border offset below which borders match</source>
        <translation>Grenzversatz, unter dem Grenzen übereinstimmen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="23"/>
        <source>Border offset above which it is not a mismatch any more</source>
        <translation>Grenzversatz, ab dem es keine Abweichung mehr ist</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="26"/>
        <source>Distance joining border mismatches into one stretch</source>
        <translation>Abstand, der Grenzabweichungen zu einem Abschnitt verbindet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="29"/>
        <source>Distance at which zones across a border are neighbours</source>
        <translation>Abstand, ab dem Zonen beiderseits einer Grenze Nachbarn sind</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="32"/>
        <source>Shortest shared border of incompatible zones reported</source>
        <translation>Kürzeste gemeldete gemeinsame Grenze unverträglicher Zonen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="35"/>
        <source>Distance of an axis end to the border to count as crossing</source>
        <translation>Abstand eines Achsenendes zur Grenze, um als Querung zu gelten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="38"/>
        <source>Search distance for an axis continuing across the border</source>
        <translation>Suchabstand für eine jenseits der Grenze fortgesetzte Achse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="41"/>
        <source>Snapping distance of axis ends</source>
        <translation>Fangabstand der Achsenenden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="42"/>
        <source>Distance of a corridor to the border to count as crossing</source>
        <translation>Abstand eines Grünzugs zur Grenze, um als Querung zu gelten</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="45"/>
        <source>Search distance for a corridor continuing across the border</source>
        <translation>Suchabstand für einen jenseits der Grenze fortgesetzten Grünzug</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="48"/>
        <source>Smallest public green area in an excluding zone reported</source>
        <translation>Kleinste gemeldete öffentliche Grünfläche in einer ausschließenden Zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="51"/>
        <source>Overlap width from which a municipality is drawn over another</source>
        <translation>Überlappungsbreite, ab der eine Gemeinde über eine andere gezeichnet ist</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="54"/>
        <source>Share of a municipality overlapped from which it is drawn over another</source>
        <translation>Überlappter Anteil einer Gemeinde, ab dem sie über eine andere gezeichnet ist</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="9"/>
        <source>Master plan settings</source>
        <translation>Masterplan-Einstellungen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="15"/>
        <source>These settings are stored in the plan&apos;s GeoPackage: every validation of this plan uses them, from the toolbar, Processing or the command line.</source>
        <translation>Diese Einstellungen werden im GeoPackage des Plans gespeichert: jede Prüfung dieses Plans verwendet sie, ob über die Werkzeugleiste, Processing oder die Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="24"/>
        <source>Working CRS</source>
        <translation>Arbeits-KBS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="30"/>
        <source>The plan&apos;s working CRS is chosen when the plan is created; tolerances are in its units (metres).</source>
        <translation>Das Arbeits-KBS wird beim Anlegen des Plans gewählt; Toleranzen sind in seinen Einheiten (Meter).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="39"/>
        <source>Tolerances</source>
        <translation>Toleranzen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="52"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="56"/>
        <source>Rules checked by the validation:</source>
        <translation>Von der Prüfung kontrollierte Regeln:</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="70"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="61"/>
        <source>Default: {value} ({key})</source>
        <translation>Standard: {value} ({key})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="72"/>
        <source>Default severity: {severity}</source>
        <translation>Standard-Schweregrad: {severity}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/styles.py" line="312"/>
        <source>Unknown or missing code</source>
        <translation>Unbekannter oder fehlender Code</translation>
    </message>
</context>
<context>
    <name>ValidateAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="83"/>
        <source>Validate a master plan</source>
        <translation>Masterplan prüfen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="86"/>
        <source>check,validation,consistency,overlap,gap,border,findings,report</source>
        <translation>Prüfung,Validierung,Konsistenz,Überlappung,Lücke,Grenze,Befunde,Bericht</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="93"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="95"/>
        <source>share 0–1</source>
        <translation>Anteil 0–1</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="96"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="100"/>
        <source>Areas where zoning may be absent</source>
        <translation>Bereiche, in denen die Zonierung fehlen darf</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="103"/>
        <source>Update the plan&apos;s findings register</source>
        <translation>Befundregister des Plans fortschreiben</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="105"/>
        <source>Rules not to check</source>
        <translation>Nicht zu prüfende Regeln</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="112"/>
        <source>{label} ({unit}; default {value:g})</source>
        <translation>{label} ({unit}; Standard {value:g})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="117"/>
        <source>Findings (points)</source>
        <translation>Befunde (Punkte)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="117"/>
        <source>Findings (lines)</source>
        <translation>Befunde (Linien)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="118"/>
        <source>Findings (areas)</source>
        <translation>Befunde (Flächen)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="119"/>
        <source>Findings without geometry</source>
        <translation>Befunde ohne Geometrie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="126"/>
        <source>JSON report</source>
        <translation>JSON-Bericht</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="126"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="128"/>
        <source>Master plan</source>
        <translation>Masterplan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="129"/>
        <source>Open errors</source>
        <translation>Offene Fehler</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="130"/>
        <source>Current findings</source>
        <translation>Aktuelle Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="156"/>
        <source>Checking the plan…</source>
        <translation>Prüfung des Plans…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="169"/>
        <source>{count} finding(s), {errors} open error(s).</source>
        <translation>{count} Befund(e), {errors} offene(r) Fehler.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="172"/>
        <source>The plan&apos;s findings register was left unchanged.</source>
        <translation>Das Befundregister des Plans blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>ValidateCnigAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="36"/>
        <source>Check a CNIG document for the GPU</source>
        <translation>Ein CNIG-Dokument für das GPU prüfen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="39"/>
        <source>cnig,gpu,plu,plui,carte communale,conformity,idurba,geoportail,urbanisme</source>
        <translation>cnig,gpu,plu,plui,carte communale,Konformität,idurba,geoportail,urbanisme</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="42"/>
        <source>CNIG document folder</source>
        <translation>Ordner des CNIG-Dokuments</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>CNIG standard version</source>
        <translation>Version des CNIG-Standards</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>Detected from the tables</source>
        <translation>Aus den Tabellen erkannt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>2017 and later</source>
        <translation>2017 und später</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="48"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="48"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="50"/>
        <source>JSON report</source>
        <translation>JSON-Bericht</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="50"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="52"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="53"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="54"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="59"/>
        <source>No CNIG document folder was given.</source>
        <translation>Es wurde kein CNIG-Dokumentordner angegeben.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="62"/>
        <source>Checking the CNIG document…</source>
        <translation>Prüfung des CNIG-Dokuments…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="67"/>
        <source>CNIG standard {version}: {count} finding(s), {errors} error(s).</source>
        <translation>CNIG-Standard {version}: {count} Befund(e), {errors} Fehler.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="70"/>
        <source>The zones&apos; topology was not checked: the document&apos;s zones could not be imported (see the log).</source>
        <translation>Die Topologie der Zonen wurde nicht geprüft: die Zonen des Dokuments konnten nicht importiert werden (siehe Protokoll).</translation>
    </message>
</context>
<context>
    <name>ValidationCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="51"/>
        <source>Validation checks the saved plan: the unsaved edits of {layers} are not included. Save them and validate again to check them.</source>
        <translation>Die Prüfung betrifft den gespeicherten Plan: die ungespeicherten Änderungen von {layers} sind nicht enthalten. Speichern Sie sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="57"/>
        <source>The plan&apos;s validation settings cannot be used.</source>
        <translation>Die Prüfeinstellungen des Plans sind nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="59"/>
        <source>Validating {plan}</source>
        <translation>{plan} wird geprüft</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="92"/>
        <source>{plan}: {count} findings, {errors} errors.</source>
        <translation>{plan}: {count} Befunde, {errors} Fehler.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="101"/>
        <source>Validation failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="105"/>
        <source>Validation cancelled: the findings register is unchanged.</source>
        <translation>Prüfung abgebrochen: das Befundregister ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ZoningDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="64"/>
        <source>Zoning</source>
        <translation>Flächennutzung</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="139"/>
        <source>No standard set for this commune</source>
        <translation>Für diese Gemeinde ist kein Standard angegeben</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="171"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="171"/>
        <source>No harmonised class for this code</source>
        <translation>Keine harmonisierte Klasse für diesen Code</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="183"/>
        <source>Select zones on the map first</source>
        <translation>Zuerst Zonen auf der Karte auswählen</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="183"/>
        <source>Write this code into the {count} selected zones (edit buffer: save to keep it)</source>
        <translation>Diesen Code in die {count} ausgewählten Zonen schreiben (Bearbeitungspuffer: zum Behalten speichern)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="196"/>
        <source>Master plan: zone code {code}</source>
        <translation>Masterplan: Zonencode {code}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="200"/>
        <source>The code could not be applied.</source>
        <translation>Der Code konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="203"/>
        <source>{code} applied to {count} zone(s) of “{layer}”. Save the layer edits to keep it.</source>
        <translation>{code} auf {count} Zone(n) von „{layer}“ angewendet. Speichern Sie die Änderungen der Ebene, um ihn zu behalten.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="207"/>
        <source>{count} selected zone(s) left unchanged: they lie in communes that do not use the {standard} standard, or in no commune.</source>
        <translation>{count} ausgewählte Zone(n) unverändert: sie liegen in Gemeinden, die den Standard {standard} nicht verwenden, oder in keiner Gemeinde.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="235"/>
        <source>No harmonised class</source>
        <translation>Ohne harmonisierte Klasse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="255"/>
        <source>Total zoned</source>
        <translation>Zoniert gesamt</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="240"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>Harmonised class</source>
        <translation>Harmonisierte Klasse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>{commune} (ha)</source>
        <translation>{commune} (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>Whole plan (ha)</source>
        <translation>Gesamter Plan (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="250"/>
        <source>Drawn twice (overlapping zones)</source>
        <translation>Doppelt gezeichnet (überlappende Zonen)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="251"/>
        <source>Land under two overlapping zones counts in the class of each zone above, and once in the total zoned.</source>
        <translation>Fläche unter zwei überlappenden Zonen zählt oben in der Klasse jeder Zone und einmal in der zonierten Gesamtfläche.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="259"/>
        <source>Zoned share of the area</source>
        <translation>Zonierter Anteil der Fläche</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="269"/>
        <source>the whole plan</source>
        <translation>der gesamte Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="270"/>
        <source>{area} of {where} are drawn twice: overlapping zones count in each of their classes, once in the total zoned. See the ZONE_OVERLAP findings.</source>
        <translation>{area} von {where} sind doppelt gezeichnet: Überlappende Zonen zählen in jeder ihrer Klassen, einmal in der zonierten Gesamtfläche. Siehe die Befunde ZONE_OVERLAP.</translation>
    </message>
</context>
<context>
    <name>ZoningPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="13"/>
        <source>Zone code</source>
        <translation>Zonencode</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="18"/>
        <source>Commune</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="26"/>
        <source>National standard</source>
        <translation>Nationaler Standard</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="44"/>
        <source>Sub-code</source>
        <translation>Untercode</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="49"/>
        <source>FORMDOMI / DESTDOMI (optional)</source>
        <translation>FORMDOMI / DESTDOMI (optional)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="54"/>
        <source>Harmonised class</source>
        <translation>Harmonisierte Klasse</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="79"/>
        <source>Apply to selected zones</source>
        <translation>Auf ausgewählte Zonen anwenden</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="88"/>
        <source>Hectares per harmonised class</source>
        <translation>Hektar je harmonisierter Klasse</translation>
    </message>
</context>
</TS>
