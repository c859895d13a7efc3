<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="37"/>
        <source>Zone {fid}: its label {value} is longer than 12 characters; LIBELLE holds it whole and must be shortened in the plan.</source>
        <translation>Zone {fid} : son libellé {value} dépasse 12 caractères ; LIBELLE le contient en entier et doit être raccourci dans le plan.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="41"/>
        <source>Zone {fid}: no label; LIBELLE set to its zone type {value}.</source>
        <translation>Zone {fid} : sans libellé ; LIBELLE reçoit son type de zone {value}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="42"/>
        <source>Zone {fid}: {value} is not a zone type of the CNIG 2017 standard (U, AUc, AUs, A, N); the zone was not exported.</source>
        <translation>Zone {fid} : {value} n'est pas un type de zone du standard CNIG 2017 (U, AUc, AUs, A, N) ; la zone n'a pas été exportée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="46"/>
        <source>Zone {fid}: sub-code {value} is neither a DESTDOMI nor a FORMDOMI value; not written.</source>
        <translation>Zone {fid} : le sous-code {value} n'est ni une valeur DESTDOMI ni une valeur FORMDOMI ; non écrit.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="49"/>
        <source>Zone {fid}: {field} {value} left out, as asked.</source>
        <translation>Zone {fid} : {field} {value} omis, comme demandé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="50"/>
        <source>Zone {fid}: {field} cut to 254 bytes.</source>
        <translation>Zone {fid} : {field} tronqué à 254 octets.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="51"/>
        <source>Zone {fid}: standard {value} is not CNIG; the zone was not exported.</source>
        <translation>Zone {fid} : le standard {value} n'est pas CNIG ; la zone n'a pas été exportée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="52"/>
        <source>Zone {fid}: no polygon; the zone was not exported.</source>
        <translation>Zone {fid} : sans polygone ; la zone n'a pas été exportée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="53"/>
        <source>Zone {fid}: invalid geometry repaired.</source>
        <translation>Zone {fid} : géométrie invalide réparée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="54"/>
        <source>DATEREF (date of the cadastral reference) not given: the approval date {value} was written; check it.</source>
        <translation>DATEREF (date du référentiel cadastral) non fournie : la date d'approbation {value} a été écrite ; vérifiez-la.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="58"/>
        <source>Zone {fid}: no HILUCS class (code {value}); hilucsLandUse is NotKnownUse.</source>
        <translation>Zone {fid} : pas de classe HILUCS (code {value}) ; hilucsLandUse vaut NotKnownUse.</translation>
    </message>
</context>
<context>
    <name>AtlasDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="14"/>
        <source>Export the master-plan atlas</source>
        <translation>Exporter l'atlas du schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="20"/>
        <source>One PDF per municipality — zoning plan, mobility plan and green-spaces plan with their indicators and open findings — and, if chosen, one combined PDF with a cover and an agglomeration summary.</source>
        <translation>Un PDF par commune — plan de zonage, plan de mobilité et plan des espaces verts avec leurs indicateurs et les constats ouverts — et, si demandé, un PDF combiné avec une couverture et une synthèse de l'agglomération.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="32"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="42"/>
        <source>Page format</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="52"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="59"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="78"/>
        <source>Language of the pages</source>
        <translation>Langue des pages</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="98"/>
        <source>Also write one combined PDF (cover, summary, all municipalities)</source>
        <translation>Écrire aussi un PDF combiné (couverture, synthèse, toutes les communes)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="173"/>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="184"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="191"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="71"/>
        <source>Folder for the atlas PDFs</source>
        <translation>Dossier des PDF de l'atlas</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="74"/>
        <source>{format} landscape</source>
        <translation>{format} paysage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="84"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="136"/>
        <source>The plan&apos;s municipalities cannot be read: {error}</source>
        <translation>Les communes du plan ne peuvent pas être lues : {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="182"/>
        <source>Master plan atlas: {plan}</source>
        <translation>Atlas du schéma directeur : {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="194"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Cancel export</source>
        <translation>Annuler l'export</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="215"/>
        <source>{count} PDF file(s), {pages} pages, written to {folder}</source>
        <translation>{count} fichier(s) PDF, {pages} pages, écrits dans {folder}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="218"/>
        <source>Atlas exported: {text}</source>
        <translation>Atlas exporté : {text}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="222"/>
        <source>The atlas could not be exported: {error}</source>
        <translation>L'atlas n'a pas pu être exporté : {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="224"/>
        <source>The atlas could not be exported.</source>
        <translation>L'atlas n'a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="229"/>
        <source>Export cancelled: no PDF was written or replaced.</source>
        <translation>Export annulé : aucun PDF n'a été écrit ni remplacé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="234"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="88"/>
        <source>Zoning legend</source>
        <translation>Légende du zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="110"/>
        <source>Cover of the combined PDF</source>
        <translation>Couverture du PDF complet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="116"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="126"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="136"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="146"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="156"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="163"/>
        <source>Data sources; the zoning&apos;s source documents are added</source>
        <translation>Sources des données ; les documents sources du zonage sont ajoutés</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="78"/>
        <source>Harmonised (HILUCS classes)</source>
        <translation>Harmonisée (classes HILUCS)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="79"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation>Nationale (le standard propre à chaque commune)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>For review</source>
        <translation>Pour relecture</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>CnigCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="49"/>
        <source>A CNIG document is being checked already.</source>
        <translation>Un document CNIG est déjà en cours de contrôle.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="52"/>
        <source>CNIG document folder (e.g. 30014_PLU_20171013)</source>
        <translation>Dossier du document CNIG (ex. 30014_PLU_20171013)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="64"/>
        <source>Checking the CNIG document {folder}</source>
        <translation>Contrôle du document CNIG {folder}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="81"/>
        <source>{folder} (CNIG {version}): {count} findings, {errors} errors, {warnings} warnings.</source>
        <translation>{folder} (CNIG {version}) : {count} constats, {errors} erreurs, {warnings} avertissements.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="85"/>
        <source>The zones&apos; topology was not checked (see the report).</source>
        <translation>La topologie des zones n'a pas été contrôlée (voir le rapport).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="87"/>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="95"/>
        <source>The CNIG document could not be checked.</source>
        <translation>Le document CNIG n'a pas pu être contrôlé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_commands.py" line="99"/>
        <source>CNIG document check cancelled.</source>
        <translation>Contrôle du document CNIG annulé.</translation>
    </message>
</context>
<context>
    <name>CnigExportDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="14"/>
        <source>Export for the Géoportail de l'urbanisme (CNIG)</source>
        <translation>Export pour le Géoportail de l'urbanisme (CNIG)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="20"/>
        <source>One CNIG PLU document folder (standard 2017) per French municipality: its zones (ZONE_URBA), the document (DOC_URBA) and its municipality (DOC_URBA_COM). The written documents and the metadata are added afterwards.</source>
        <translation>Un dossier de document PLU CNIG (standard 2017) par commune française : ses zones (ZONE_URBA), le document (DOC_URBA) et sa commune (DOC_URBA_COM). Les pièces écrites et les métadonnées sont ajoutées ensuite.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="32"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="42"/>
        <source>Approval date</source>
        <translation>Date d'approbation</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="52"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="61"/>
        <source>French municipalities</source>
        <translation>Communes françaises</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="72"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/cnig_export_dialog.ui" line="79"/>
        <source>Clear selection</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="70"/>
        <source>Folder for the CNIG documents</source>
        <translation>Dossier des documents CNIG</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="79"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>CreatePlanAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="29"/>
        <source>Create a master plan</source>
        <translation>Créer un schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="32"/>
        <source>master plan,new,geopackage,project,crs</source>
        <translation>schéma directeur,nouveau,geopackage,projet,scr</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="39"/>
        <source>Plan GeoPackage</source>
        <translation>GeoPackage du plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="39"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation>GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="43"/>
        <source>Working CRS (projected, in metres)</source>
        <translation>SCR de travail (projeté, en mètres)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="45"/>
        <source>Replace an existing plan of that name</source>
        <translation>Remplacer un plan existant du même nom</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="47"/>
        <source>QGIS project of the plan</source>
        <translation>Projet QGIS du plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="55"/>
        <source>The working CRS is not valid.</source>
        <translation>Le SCR de travail n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="57"/>
        <source>Writing the plan and its project…</source>
        <translation>Écriture du plan et de son projet…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="61"/>
        <source>Plan {plan} created in {crs}; project {project}.</source>
        <translation>Plan {plan} créé en {crs} ; projet {project}.</translation>
    </message>
</context>
<context>
    <name>DecideAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="36"/>
        <source>Decide on findings</source>
        <translation>Décider sur des constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="39"/>
        <source>findings,register,decision,accept,ignore,justification,fingerprint</source>
        <translation>constats,registre,décision,accepter,ignorer,justification,empreinte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="43"/>
        <source>Fingerprints of the findings (comma or space separated)</source>
        <translation>Empreintes des constats (séparées par des virgules ou des espaces)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="45"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="45"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="46"/>
        <source>None (withdraw the decision)</source>
        <translation>Aucune (retirer la décision)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="47"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="49"/>
        <source>Justification (required to accept)</source>
        <translation>Justification (obligatoire pour accepter)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="51"/>
        <source>Findings decided</source>
        <translation>Constats décidés</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="57"/>
        <source>No finding fingerprint was given.</source>
        <translation>Aucune empreinte de constat n'a été donnée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="63"/>
        <source>No finding {fingerprint} in the plan&apos;s register.</source>
        <translation>Aucun constat {fingerprint} dans le registre du plan.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/decide.py" line="65"/>
        <source>Decision recorded on {count} finding(s).</source>
        <translation>Décision enregistrée sur {count} constat(s).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="9"/>
        <source>Decision on findings</source>
        <translation>Décision sur les constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="21"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="29"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="34"/>
        <source>Why this finding is acceptable (required to accept it)</source>
        <translation>Pourquoi ce constat est acceptable (obligatoire pour l’accepter)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="66"/>
        <source>The findings go back to the list of findings to review.</source>
        <translation>Les constats reviennent dans la liste des constats à traiter.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="67"/>
        <source>Ignored findings stay in the register but no longer count as open; a justification is optional.</source>
        <translation>Les constats ignorés restent dans le registre mais ne comptent plus comme ouverts ; la justification est facultative.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="69"/>
        <source>Accepted findings are deliberate exceptions: say why, for the plan&apos;s record.</source>
        <translation>Les constats acceptés sont des exceptions voulues : dites pourquoi, pour la mémoire du plan.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="45"/>
        <source>Decision on “{title}”</source>
        <translation>Décision sur « {title} »</translation>
    </message>
</context>
<context>
    <name>DemoAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="28"/>
        <source>Build the demo plan</source>
        <translation>Construire le plan de démonstration</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="31"/>
        <source>demo,example,sample,cross-border,master plan,tutorial</source>
        <translation>démo,exemple,échantillon,transfrontalier,schéma directeur,tutoriel</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="34"/>
        <source>Folder for the demo plan</source>
        <translation>Dossier du plan de démonstration</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="36"/>
        <source>Demo plan</source>
        <translation>Plan de démonstration</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="37"/>
        <source>QGIS project of the demo plan</source>
        <translation>Projet QGIS du plan de démonstration</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="38"/>
        <source>Current findings</source>
        <translation>Constats en cours</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="42"/>
        <source>Building and validating the demo plan…</source>
        <translation>Construction et contrôle du plan de démonstration…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="45"/>
        <source>{layer}: {count} feature(s) from {source}.</source>
        <translation>{layer} : {count} entité(s) de {source}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/demo.py" line="47"/>
        <source>Demo plan {plan}: {count} finding(s).</source>
        <translation>Plan de démonstration {plan} : {count} constat(s).</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="40"/>
        <source>The demo plan is being built already.</source>
        <translation>Le plan de démonstration est déjà en cours de construction.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="43"/>
        <source>Folder for the demo plan</source>
        <translation>Dossier du plan de démonstration</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="53"/>
        <source>Building the demo plan in {folder}</source>
        <translation>Construction du plan de démonstration dans {folder}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="73"/>
        <source>Demo plan built and opened: {gpkg}, {count} findings to look at in the Findings panel.</source>
        <translation>Plan de démonstration construit et ouvert : {gpkg}, {count} constats à examiner dans le panneau Constats.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="80"/>
        <source>The demo plan could not be built.</source>
        <translation>Le plan de démonstration n'a pas pu être construit.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/demo_commands.py" line="84"/>
        <source>Building the demo plan was cancelled.</source>
        <translation>La construction du plan de démonstration a été annulée.</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="14"/>
        <source>Master plan: Python packages</source>
        <translation>Schéma directeur : paquets Python</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="20"/>
        <source>Master plan needs these Python packages in QGIS&apos;s Python. The plugin can install the missing ones for this QGIS profile, into a folder of its own: QGIS&apos;s packages (numpy, GDAL) and the system&apos;s stay as they are.</source>
        <translation>Le schéma directeur a besoin de ces paquets Python dans le Python de QGIS. L'extension peut installer ceux qui manquent pour ce profil QGIS, dans un dossier qui lui est propre : les paquets de QGIS (numpy, GDAL) et ceux du système restent tels quels.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="52"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="57"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="62"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="67"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="77"/>
        <source>Install folder</source>
        <translation>Dossier d'installation</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="100"/>
        <source>QGIS&apos;s Python</source>
        <translation>Python de QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="91"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>any version</source>
        <translation>toute version</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="126"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="128"/>
        <source>an older version is loaded in this session</source>
        <translation>une version plus ancienne est chargée dans cette session</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="130"/>
        <source>to be installed with QGIS&apos;s package manager</source>
        <translation>à installer avec le gestionnaire de paquets de QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>unsuitable version</source>
        <translation>version inadaptée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>with pip</source>
        <translation>avec pip</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>downloaded from PyPI</source>
        <translation>téléchargé depuis PyPI</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="137"/>
        <source>Installed {packages} ({method}).</source>
        <translation>{packages} installé(s) ({method}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="141"/>
        <source>Every package the plugin needs is available: Master plan is ready.</source>
        <translation>Tous les paquets nécessaires à l'extension sont disponibles : le schéma directeur est prêt.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="147"/>
        <source>Restart QGIS to use the installed packages: {package} {version} was already loaded from {location} in this session.</source>
        <translation>Redémarrez QGIS pour utiliser les paquets installés : {package} {version} était déjà chargé depuis {location} dans cette session.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="150"/>
        <source>{package} {version} is already loaded in this session (from {location}): install, then restart QGIS.</source>
        <translation>{package} {version} est déjà chargé dans cette session (depuis {location}) : installez, puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="155"/>
        <source>{packages} cannot be installed by the plugin: install it with the package manager that installed QGIS (on Debian or Ubuntu: apt install python3-{name}).</source>
        <translation>{packages} ne peut pas être installé par l'extension : installez-le avec le gestionnaire de paquets qui a installé QGIS (sous Debian ou Ubuntu : apt install python3-{name}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="160"/>
        <source>Install downloads {packages} from the Python Package Index (PyPI) with QGIS&apos;s own Python (pip when it has it). No restart is needed unless an older version is already loaded.</source>
        <translation>Installer télécharge {packages} depuis le Python Package Index (PyPI) avec le Python de QGIS (pip s'il l'a). Aucun redémarrage n'est nécessaire, sauf si une version plus ancienne est déjà chargée.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="173"/>
        <source>Looking for pip in QGIS's Python…</source>
        <translation>Recherche de pip dans le Python de QGIS…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="174"/>
        <source>Installing with pip…</source>
        <translation>Installation avec pip…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="175"/>
        <source>{package}: looking up PyPI…</source>
        <translation>{package} : recherche sur PyPI…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="176"/>
        <source>{package}: downloading…</source>
        <translation>{package} : téléchargement…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="177"/>
        <source>{package}: unpacking…</source>
        <translation>{package} : décompression…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="178"/>
        <source>Checking that the packages import…</source>
        <translation>Vérification de l'import des paquets…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="179"/>
        <source>Installed.</source>
        <translation>Installé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="190"/>
        <source>Master plan: installing {packages}</source>
        <translation>Schéma directeur : installation de {packages}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="201"/>
        <source>Installing {packages}…</source>
        <translation>Installation de {packages}…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Cancel installation</source>
        <translation>Annuler l'installation</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="228"/>
        <source>The packages could not be installed: {error}</source>
        <translation>Les paquets n'ont pas pu être installés : {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="236"/>
        <source>Installation cancelled: nothing was changed.</source>
        <translation>Installation annulée : rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="241"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>DependencyNotice</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="264"/>
        <source>Python packages…</source>
        <translation>Paquets Python…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="267"/>
        <source>Master plan needs Python packages that QGIS&apos;s Python does not have: install them</source>
        <translation>Le schéma directeur a besoin de paquets Python absents du Python de QGIS : installez-les</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="313"/>
        <source>Restart QGIS: an older {package} is loaded in this session; the plugin&apos;s tools stay disabled until then.</source>
        <translation>Redémarrez QGIS : une version plus ancienne de {package} est chargée dans cette session ; les outils de l'extension restent désactivés d'ici là.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="316"/>
        <source>QGIS&apos;s Python lacks {packages}: the plugin&apos;s tools stay disabled until they are installed.</source>
        <translation>Il manque {packages} au Python de QGIS : les outils de l'extension restent désactivés jusqu'à leur installation.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Install…</source>
        <translation>Installer…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="360"/>
        <source>Python packages installed: Master plan is ready.</source>
        <translation>Paquets Python installés : le schéma directeur est prêt.</translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="46"/>
        <source>Export the atlas (PDF)</source>
        <translation>Exporter l'atlas (PDF)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="49"/>
        <source>atlas,PDF,layout,print,map,municipality</source>
        <translation>atlas,PDF,mise en page,impression,carte,commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="53"/>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="55"/>
        <source>Municipality codes, comma-separated (default: all)</source>
        <translation>Codes des communes, séparés par des virgules (par défaut : toutes)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="57"/>
        <source>Page format (landscape)</source>
        <translation>Format de page (paysage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="59"/>
        <source>Resolution of rasterised layers (dpi)</source>
        <translation>Résolution des couches rastérisées (dpi)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="62"/>
        <source>Also write the combined PDF (cover, summary, every municipality)</source>
        <translation>Écrire aussi le PDF d'ensemble (couverture, synthèse, toutes les communes)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>Language of the pages</source>
        <translation>Langue des pages</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>QGIS interface language</source>
        <translation>Langue de l'interface de QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="82"/>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="83"/>
        <source>Combined PDF</source>
        <translation>PDF d'ensemble</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="84"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>Zoning legend</source>
        <translation>Légende du zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>Harmonised (HILUCS)</source>
        <translation>Harmonisée (HILUCS)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="67"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation>Nationale (le standard propre à chaque commune)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="71"/>
        <source>Organisation (cover; default: the plan&apos;s setting)</source>
        <translation>Organisme (couverture ; par défaut : le réglage du plan)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="72"/>
        <source>Author (cover and PDF metadata; default: the plan&apos;s setting)</source>
        <translation>Auteur (couverture et métadonnées PDF ; par défaut : le réglage du plan)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="73"/>
        <source>Document version (cover; default: the plan&apos;s setting)</source>
        <translation>Version du document (couverture ; par défaut : le réglage du plan)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="74"/>
        <source>Data sources (cover, before the zoning&apos;s source documents)</source>
        <translation>Sources des données (couverture, avant les documents sources du zonage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Document status (cover)</source>
        <translation>État du document (couverture)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>The plan&apos;s setting (draft if none)</source>
        <translation>Le réglage du plan (projet à défaut)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>For review</source>
        <translation>Pour relecture</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="78"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>ExportCnigAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="77"/>
        <source>Export CNIG PLU documents (Géoportail de l'Urbanisme)</source>
        <translation>Exporter les documents PLU CNIG (Géoportail de l'Urbanisme)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="80"/>
        <source>CNIG,PLU,GPU,Géoportail de l'Urbanisme,ZONE_URBA,DOC_URBA,France,export</source>
        <translation>CNIG,PLU,GPU,Géoportail de l'Urbanisme,ZONE_URBA,DOC_URBA,France,export</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="84"/>
        <source>Folder for the CNIG documents</source>
        <translation>Dossier des documents CNIG</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="87"/>
        <source>INSEE codes, comma-separated (default: every French municipality)</source>
        <translation>Codes INSEE, séparés par des virgules (par défaut : toutes les communes françaises)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="96"/>
        <source>Approval date AAAAMMJJ (default: today)</source>
        <translation>Date d'approbation AAAAMMJJ (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="101"/>
        <source>Replace documents already in the folder</source>
        <translation>Remplacer les documents déjà présents dans le dossier</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="106"/>
        <source>Write the sub-codes (DESTDOMI / FORMDOMI, not in the 2017 model)</source>
        <translation>Écrire les sous-codes (DESTDOMI / FORMDOMI, absents du modèle 2017)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="116"/>
        <source>DATEREF: date of the cadastral reference, AAAAMMJJ (default: the approval date)</source>
        <translation>DATEREF : date du référentiel cadastral, AAAAMMJJ (par défaut : la date d'approbation)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="119"/>
        <source>ETAT: legal state of the document (default 03, in force)</source>
        <translation>ETAT : état juridique du document (par défaut 03, opposable)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="120"/>
        <source>NOMPROC: last procedure (default E, élaboration)</source>
        <translation>NOMPROC : dernière procédure (par défaut E, élaboration)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="121"/>
        <source>SIREN of the intercommunality that approved the PLU</source>
        <translation>SIREN de l'intercommunalité qui a approuvé le PLU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="122"/>
        <source>SITEWEB: web page where the PLU can be consulted</source>
        <translation>SITEWEB : page web où consulter le PLU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="128"/>
        <source>Document folders</source>
        <translation>Dossiers des documents</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="129"/>
        <source>Zones written</source>
        <translation>Zones écrites</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="130"/>
        <source>Zones not exported</source>
        <translation>Zones non exportées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="148"/>
        <source>{folder}: {zones} zone(s) of {name} ({insee}).</source>
        <translation>{folder} : {zones} zone(s) de {name} ({insee}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="156"/>
        <source>{count} zone(s) of Luxembourg or Belgian standards: not CNIG, not exported.</source>
        <translation>{count} zone(s) de standards luxembourgeois ou belges : pas CNIG, non exportée(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="161"/>
        <source>Add the written documents (regulation, PADD, report, annexes: PDF) to each folder's Pieces_ecrites, and the metadata file, before uploading to the Géoportail de l'Urbanisme.</source>
        <translation>Ajoutez les pièces écrites (règlement, PADD, rapport, annexes : PDF) dans le Pieces_ecrites de chaque dossier, ainsi que la fiche de métadonnées, avant le téléversement sur le Géoportail de l'Urbanisme.</translation>
    </message>
</context>
<context>
    <name>ExportFindingsAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="26"/>
        <source>Export the findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="29"/>
        <source>findings,register,report,export,csv,html,geopackage</source>
        <translation>constats,registre,rapport,export,csv,html,geopackage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="33"/>
        <source>Findings file</source>
        <translation>Fichier des constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="33"/>
        <source>GeoPackage (*.gpkg);;CSV table (*.csv);;HTML report (*.html *.htm)</source>
        <translation>GeoPackage (*.gpkg);;Tableau CSV (*.csv);;Rapport HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="36"/>
        <source>Language of the titles and messages</source>
        <translation>Langue des titres et des messages</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="36"/>
        <source>QGIS interface language</source>
        <translation>Langue de l'interface de QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="44"/>
        <source>Exporting the findings…</source>
        <translation>Export des constats…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_findings.py" line="47"/>
        <source>Findings written to {target}.</source>
        <translation>Constats écrits dans {target}.</translation>
    </message>
</context>
<context>
    <name>ExportInspirePluAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="183"/>
        <source>Export INSPIRE Planned Land Use</source>
        <translation>Exporter en INSPIRE Usage des sols planifié</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="186"/>
        <source>INSPIRE,PLU,Planned Land Use,ZoningElement,HILUCS,GML,export</source>
        <translation>INSPIRE,PLU,usage des sols planifié,ZoningElement,HILUCS,GML,export</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="190"/>
        <source>INSPIRE file</source>
        <translation>Fichier INSPIRE</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="190"/>
        <source>GML 3.2 (*.gml);;GeoPackage, flattened ZoningElement table (*.gpkg)</source>
        <translation>GML 3.2 (*.gml);;GeoPackage, table ZoningElement aplatie (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="197"/>
        <source>Valid from, AAAAMMJJ (default: today)</source>
        <translation>En vigueur à partir du, AAAAMMJJ (par défaut : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="202"/>
        <source>Namespace of the INSPIRE identifiers (default: masterplan.&lt;plan name&gt;)</source>
        <translation>Espace de noms des identifiants INSPIRE (par défaut : masterplan.&lt;nom du plan&gt;)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>Coordinate reference system (ETRS89)</source>
        <translation>Système de coordonnées (ETRS89)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>EPSG:4258 (geographic)</source>
        <translation>EPSG:4258 (géographique)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="213"/>
        <source>EPSG:3035 (LAEA Europe)</source>
        <translation>EPSG:3035 (LAEA Europe)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="222"/>
        <source>Zoning elements</source>
        <translation>Éléments de zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="223"/>
        <source>Spatial plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_national.py" line="233"/>
        <source>{zones} zoning element(s) in {plans} spatial plan(s), {crs}.</source>
        <translation>{zones} élément(s) de zonage dans {plans} plan(s), {crs}.</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="105"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="114"/>
        <source>By rule</source>
        <translation>Par règle</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="115"/>
        <source>By commune</source>
        <translation>Par commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="118"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>GeoPackage layer…</source>
        <translation>Couche GeoPackage…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>CSV table…</source>
        <translation>Tableau CSV…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="140"/>
        <source>HTML report…</source>
        <translation>Rapport HTML…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="242"/>
        <source>No commune</source>
        <translation>Sans commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="290"/>
        <source>No findings yet: run Validate.</source>
        <translation>Pas encore de constats : lancez « Contrôler ».</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="301"/>
        <source>{total} findings: {errors} errors, {warnings} warnings, {info} information. {decided} ignored or accepted, {fixed} fixed since an earlier run. {shown} shown.</source>
        <translation>{total} constats : {errors} erreurs, {warnings} avertissements, {info} informations. {decided} ignorés ou acceptés, {fixed} corrigés depuis un contrôle précédent. {shown} affichés.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="352"/>
        <source>This finding has no location on the map.</source>
        <translation>Ce constat n'a pas d'emplacement sur la carte.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="378"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation>Un constat ne peut être accepté qu'avec une justification.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="384"/>
        <source>The decision could not be saved in the plan.</source>
        <translation>La décision n'a pas pu être enregistrée dans le plan.</translation>
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
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="445"/>
        <source>The findings could not be exported.</source>
        <translation>Les constats n'ont pas pu être exportés.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="443"/>
        <source>Findings exported to {path}.</source>
        <translation>Constats exportés dans {path}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="155"/>
        <source>Findings register of {plan}</source>
        <translation>Registre des constats de {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="381"/>
        <source>Master plan: decision on {count} finding(s)</source>
        <translation>Schéma directeur : décision sur {count} constat(s)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="441"/>
        <source>Master plan: exporting the findings</source>
        <translation>Schéma directeur : export des constats</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="14"/>
        <source>Group</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="22"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="28"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="34"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="40"/>
        <source>Fixed</source>
        <translation>Corrigés</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="41"/>
        <source>Also list the findings of earlier runs that are fixed now</source>
        <translation>Lister aussi les constats des contrôles précédents qui sont corrigés</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="64"/>
        <source>Click a finding to zoom to it and select the features involved</source>
        <translation>Cliquez sur un constat pour zoomer dessus et sélectionner les entités concernées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="77"/>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="78"/>
        <source>Ignore the selected findings, or accept them with a justification</source>
        <translation>Ignorer les constats sélectionnés, ou les accepter avec une justification</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="88"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="89"/>
        <source>Export the findings as a GeoPackage layer, a CSV table or an HTML report</source>
        <translation>Exporter les constats en couche GeoPackage, tableau CSV ou rapport HTML</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="69"/>
        <source>Select a finding to read it in full: rule, features, communes, measure and decision.</source>
        <translation>Sélectionnez une anomalie pour la lire en entier : règle, entités, communes, mesure et décision.</translation>
    </message>
</context>
<context>
    <name>GreenDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="34"/>
        <source>Green spaces</source>
        <translation>Espaces verts</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="45"/>
        <source>Whole plan</source>
        <translation>Tout le plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Public green (m²)</source>
        <translation>Espaces verts publics (m²)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Green share (%)</source>
        <translation>Part verte (%)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="55"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Green (ha)</source>
        <translation>Espaces verts (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Public m²/inhabitant</source>
        <translation>m² publics/habitant</translation>
    </message>
</context>
<context>
    <name>GreenPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="13"/>
        <source>Green spaces per commune</source>
        <translation>Espaces verts par commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="30"/>
        <source>Green corridors</source>
        <translation>Corridors verts</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="39"/>
        <source>Select a corridor to select its green spaces on the map</source>
        <translation>Sélectionnez un corridor pour sélectionner ses espaces verts sur la carte</translation>
    </message>
</context>
<context>
    <name>HarmoniseAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="60"/>
        <source>Harmonise zoning codes to HILUCS</source>
        <translation>Harmoniser les codes de zonage vers HILUCS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="63"/>
        <source>HILUCS,INSPIRE,land use,crosswalk,PLU,CNIG,PAG,plan de secteur</source>
        <translation>HILUCS,INSPIRE,occupation du sol,correspondance,PLU,CNIG,PAG,plan de secteur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="66"/>
        <source>Zoning layer</source>
        <translation>Couche de zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="68"/>
        <source>Zoning standard of the layer</source>
        <translation>Standard de zonage de la couche</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="71"/>
        <source>Zone code field (default: the standard&apos;s usual name)</source>
        <translation>Champ du code de zone (par défaut : le nom usuel du standard)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="74"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation>Champ du sous-code (FORMDOMI / DESTDOMI)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="77"/>
        <source>Harmonised zoning</source>
        <translation>Zonage harmonisé</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="78"/>
        <source>Features with a HILUCS class</source>
        <translation>Entités avec une classe HILUCS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="79"/>
        <source>Unknown zone codes</source>
        <translation>Codes de zone inconnus</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="95"/>
        <source>Codes read from {code}{subcode} ({standard}).</source>
        <translation>Codes lus dans {code}{subcode} ({standard}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="134"/>
        <source>Unknown {standard} code &apos;{code}&apos;: {count} feature(s) left without a HILUCS class.</source>
        <translation>Code {standard} inconnu « {code} » : {count} entité(s) laissée(s) sans classe HILUCS.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="138"/>
        <source>{count} feature(s) with unknown codes.</source>
        <translation>{count} entité(s) avec des codes inconnus.</translation>
    </message>
</context>
<context>
    <name>ImportAxesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="192"/>
        <source>Import mobility axes into a plan</source>
        <translation>Importer des axes de mobilité dans un plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="195"/>
        <source>mobility,axes,roads,tram,import</source>
        <translation>mobilité,axes,routes,tram,import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="198"/>
        <source>Mobility axes layer</source>
        <translation>Couche des axes de mobilité</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="203"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="204"/>
        <source>Hierarchy field</source>
        <translation>Champ de la hiérarchie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="205"/>
        <source>Transport mode field</source>
        <translation>Champ du mode de transport</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="206"/>
        <source>Status field (existing, planned)</source>
        <translation>Champ de l'état (existant, projeté)</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_commands.py" line="34"/>
        <source>Save or discard the edits of {layers} first: the import writes the plan&apos;s file.</source>
        <translation>Enregistrez ou annulez d'abord les modifications de {layers} : l'import écrit dans le fichier du plan.</translation>
    </message>
</context>
<context>
    <name>ImportCommunesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="153"/>
        <source>Import municipalities into a plan</source>
        <translation>Importer des communes dans un plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="156"/>
        <source>municipalities,communes,import,boundaries,INSEE,LAU</source>
        <translation>communes,municipalités,import,limites,INSEE,LAU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="159"/>
        <source>Municipalities layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="164"/>
        <source>Municipality code field (INSEE, LAU, NIS)</source>
        <translation>Champ du code de la commune (INSEE, LAU, NIS)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="165"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="166"/>
        <source>Population field</source>
        <translation>Champ de la population</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="175"/>
        <source>Country of the municipalities (sets their zoning standard)</source>
        <translation>Pays des communes (fixe leur standard de zonage)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="14"/>
        <source>Import into the master plan</source>
        <translation>Importer dans le schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="22"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="36"/>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="46"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="56"/>
        <source>Layer in the file</source>
        <translation>Couche du fichier</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="66"/>
        <source>Project layer</source>
        <translation>Couche du projet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="76"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="83"/>
        <source>Source CRS</source>
        <translation>SCR de la source</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="93"/>
        <source>Zoning standard</source>
        <translation>Standard de zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="103"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="113"/>
        <source>Status of the zones</source>
        <translation>État des zones</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="123"/>
        <source>Municipality code of every zone</source>
        <translation>Code de commune de toutes les zones</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="130"/>
        <source>from the layer&apos;s field, else from the zone&apos;s location</source>
        <translation>depuis le champ de la couche, sinon selon l'emplacement de la zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="137"/>
        <source>Import mode</source>
        <translation>Mode d'import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="147"/>
        <source>Key of the update mode</source>
        <translation>Clé du mode mise à jour</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="159"/>
        <source>Field mapping (plan field ← source field)</source>
        <translation>Correspondance des champs (champ du plan ← champ source)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="167"/>
        <source>Preview: the first features as they will be written</source>
        <translation>Aperçu : les premières entités telles qu'elles seront écrites</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="126"/>
        <source>No CRS: choose the CRS of the source</source>
        <translation>Pas de SCR : choisissez le SCR de la source</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="147"/>
        <source>CNIG PLU document (folder: municipalities and zoning)</source>
        <translation>Document PLU CNIG (dossier : communes et zonage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="153"/>
        <source>(from the layer, else none)</source>
        <translation>(depuis la couche, sinon aucun)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="255"/>
        <source>CNIG PLU document folder</source>
        <translation>Dossier du document PLU CNIG</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="259"/>
        <source>Vector files ({patterns});;All files (*)</source>
        <translation>Fichiers vecteur ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="261"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="272"/>
        <source>Usual key ({fields})</source>
        <translation>Clé habituelle ({fields})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="365"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="412"/>
        <source>no zone code</source>
        <translation>pas de code de zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="414"/>
        <source>unknown code: no HILUCS class</source>
        <translation>code inconnu : pas de classe HILUCS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="442"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="457"/>
        <source>(from the location)</source>
        <translation>(selon l'emplacement)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="466"/>
        <source>Choose a file or a layer to import.</source>
        <translation>Choisissez un fichier ou une couche à importer.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="468"/>
        <source>The first {count} feature(s) of the source, as the plan will hold them.</source>
        <translation>Les {count} première(s) entité(s) de la source, telles que le plan les contiendra.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="471"/>
        <source>{count} of them flagged: see the Note column.</source>
        <translation>{count} signalée(s) : voir la colonne Remarque.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="529"/>
        <source>Master plan import: {plan}</source>
        <translation>Import dans le schéma directeur : {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="537"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="545"/>
        <source>Cancel import</source>
        <translation>Annuler l'import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="545"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="564"/>
        <source>Unknown codes: {codes}.</source>
        <translation>Codes inconnus : {codes}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="568"/>
        <source>{count} point(s) to check: see the details.</source>
        <translation>{count} point(s) à vérifier : voir les détails.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="578"/>
        <source>The import failed: {error}</source>
        <translation>L'import a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="580"/>
        <source>The import failed.</source>
        <translation>L'import a échoué.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="585"/>
        <source>Import cancelled: the plan is unchanged.</source>
        <translation>Import annulé : le plan est inchangé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="590"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportGreenAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="215"/>
        <source>Import green spaces into a plan</source>
        <translation>Importer des espaces verts dans un plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="218"/>
        <source>green spaces,parks,corridors,import</source>
        <translation>espaces verts,parcs,corridors,import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="221"/>
        <source>Green spaces layer</source>
        <translation>Couche des espaces verts</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="226"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="227"/>
        <source>Kind field (park, corridor, garden…)</source>
        <translation>Champ du type (parc, corridor, jardin…)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="228"/>
        <source>Public access field</source>
        <translation>Champ de l'accès public</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="229"/>
        <source>Status field (existing, planned)</source>
        <translation>Champ de l'état (existant, projeté)</translation>
    </message>
</context>
<context>
    <name>ImportLayerAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="81"/>
        <source>Import mode</source>
        <translation>Mode d'import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="84"/>
        <source>Key fields of the update mode (plan fields, comma-separated; default: {key})</source>
        <translation>Champs clés du mode mise à jour (champs du plan, séparés par des virgules ; par défaut : {key})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="89"/>
        <source>Master plan</source>
        <translation>Schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="91"/>
        <source>Features imported</source>
        <translation>Entités importées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="92"/>
        <source>Features added</source>
        <translation>Entités ajoutées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="93"/>
        <source>Features updated</source>
        <translation>Entités mises à jour</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="94"/>
        <source>Features removed (replaced)</source>
        <translation>Entités supprimées (remplacées)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="117"/>
        <source>Reading the layer…</source>
        <translation>Lecture de la couche…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="120"/>
        <source>Importing into the plan…</source>
        <translation>Import dans le plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="131"/>
        <source>Fields used: {fields}.</source>
        <translation>Champs utilisés : {fields}.</translation>
    </message>
</context>
<context>
    <name>ImportSitesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="238"/>
        <source>Import development sites into a plan</source>
        <translation>Importer des sites de projet dans un plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="241"/>
        <source>sites,brownfields,development,housing,import</source>
        <translation>sites,friches,aménagement,logement,import</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="244"/>
        <source>Development sites layer</source>
        <translation>Couche des sites de projet</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="249"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="250"/>
        <source>Kind field (brownfield, renewal…)</source>
        <translation>Champ du type (friche, renouvellement…)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="251"/>
        <source>Status field</source>
        <translation>Champ de l'état</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="252"/>
        <source>Housing units field</source>
        <translation>Champ des logements</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="253"/>
        <source>Jobs field</source>
        <translation>Champ des emplois</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="254"/>
        <source>Floor area field (m²)</source>
        <translation>Champ de la surface de plancher (m²)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="21"/>
        <source>Replace the plan&apos;s features of the communes in the input</source>
        <translation>Remplacer les entités du plan des communes présentes dans la source</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="22"/>
        <source>Update the features with the same key, add the others</source>
        <translation>Mettre à jour les entités de même clé, ajouter les autres</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="23"/>
        <source>Append every feature</source>
        <translation>Ajouter toutes les entités</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="33"/>
        <source>{count} features imported into {layer} from {source} ({crs}).</source>
        <translation>{count} entités importées dans {layer} depuis {source} ({crs}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="49"/>
        <source>Communes replaced: {communes}.</source>
        <translation>Communes remplacées : {communes}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="52"/>
        <source>Zones without commune replaced for the documents: {documents}.</source>
        <translation>Zones sans commune remplacées pour les documents : {documents}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="55"/>
        <source>{count} commune(s) already in the plan were kept.</source>
        <translation>{count} commune(s) déjà présente(s) dans le plan conservée(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="58"/>
        <source>{count} zone(s) got their commune from their location.</source>
        <translation>{count} zone(s) ont reçu leur commune d'après leur emplacement.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="69"/>
        <source>{count} feature(s) outside the communes: they replaced nothing.</source>
        <translation>{count} entité(s) hors des communes : elles n'ont rien remplacé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="72"/>
        <source>{count} feature(s) have no value for the key: they were added.</source>
        <translation>{count} entité(s) sans valeur pour la clé : elles ont été ajoutées.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="75"/>
        <source>{count} zone(s) lie outside every commune: no commune code.</source>
        <translation>{count} zone(s) hors de toute commune : pas de code de commune.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="78"/>
        <source>Unknown code &apos;{code}&apos;: {count} zone(s) without a HILUCS class.</source>
        <translation>Code inconnu « {code} » : {count} zone(s) sans classe HILUCS.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="86"/>
        <source>Replace: {removed} removed, {added} added.</source>
        <translation>Remplacement : {removed} supprimée(s), {added} ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="89"/>
        <source>Update: {updated} updated, {added} added.</source>
        <translation>Mise à jour : {updated} mise(s) à jour, {added} ajoutée(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="91"/>
        <source>Append: {added} added.</source>
        <translation>Ajout : {added} ajoutée(s).</translation>
    </message>
</context>
<context>
    <name>ImportZoningAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="39"/>
        <source>Import zoning into a plan</source>
        <translation>Importer un zonage dans un plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="42"/>
        <source>zoning,import,PLU,CNIG,PAG,plan de secteur,HILUCS</source>
        <translation>zonage,import,PLU,CNIG,PAG,plan de secteur,HILUCS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="45"/>
        <source>Zoning layer</source>
        <translation>Couche de zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="54"/>
        <source>Zoning standard of the layer</source>
        <translation>Standard de zonage de la couche</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="59"/>
        <source>Zone code field (TYPEZONE, PAG category, plan de secteur zone)</source>
        <translation>Champ du code de zone (TYPEZONE, catégorie PAG, zone du plan de secteur)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="61"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation>Champ du sous-code (FORMDOMI / DESTDOMI)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="62"/>
        <source>Municipality code field</source>
        <translation>Champ du code de commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="63"/>
        <source>Zone label field</source>
        <translation>Champ du libellé de zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="68"/>
        <source>Status of the imported zones</source>
        <translation>Statut des zones importées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="71"/>
        <source>Municipality code of every zone (when the layer has no such field)</source>
        <translation>Code de commune de toutes les zones (si la couche n'a pas ce champ)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="49"/>
        <source>Unknown zone codes</source>
        <translation>Codes de zone inconnus</translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="36"/>
        <source>Indicators per municipality</source>
        <translation>Indicateurs par commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="39"/>
        <source>indicators,statistics,zoning,hectares,mobility,green,inhabitant,table</source>
        <translation>indicateurs,statistiques,zonage,hectares,mobilité,espaces verts,habitant,table</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="43"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="44"/>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="49"/>
        <source>Computing the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
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
        <translation>Contrôles et indicateurs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="60"/>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="61"/>
        <source>Nomenclatures</source>
        <translation>Nomenclatures</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="107"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l'utilisateur.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="123"/>
        <source>Master plan (GeoPackage)</source>
        <translation>Schéma directeur (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="132"/>
        <source>No master plan was given.</source>
        <translation>Aucun schéma directeur n'a été indiqué.</translation>
    </message>
</context>
<context>
    <name>MasterPlanMessages</name>
    <message>
        <location filename="../masterplan_plugin/gui/messages.py" line="19"/>
        <source>Master plan</source>
        <translation>Schéma directeur</translation>
    </message>
</context>
<context>
    <name>MasterPlanPlugin</name>
    <message>
        <location filename="../masterplan_plugin/plugin.py" line="108"/>
        <source>Master plan could not start: its Python packages do not import.</source>
        <translation>Le schéma directeur n'a pas pu démarrer : ses paquets Python ne s'importent pas.</translation>
    </message>
</context>
<context>
    <name>MasterPlanProvider</name>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="59"/>
        <source>Master plan</source>
        <translation>Schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="62"/>
        <source>Master plan: cross-border urban master plans</source>
        <translation>Schéma directeur : schémas directeurs urbains transfrontaliers</translation>
    </message>
</context>
<context>
    <name>MasterPlanToolbar</name>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Create an empty master plan: a GeoPackage and its QGIS project</source>
        <translation>Créer un schéma directeur vide : un GeoPackage et son projet QGIS</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Open plan…</source>
        <translation>Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Add the layers of an existing master plan to the project</source>
        <translation>Ajouter au projet les couches d’un schéma directeur existant</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Validate</source>
        <translation>Contrôler</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check geometry, coverage, borders and land-use compatibility</source>
        <translation>Contrôler les géométries, la couverture, les frontières et la compatibilité des affectations</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Show or hide the register of findings</source>
        <translation>Afficher ou masquer le registre des constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export atlas…</source>
        <translation>Exporter l’atlas…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export one atlas page per municipality</source>
        <translation>Exporter une page d’atlas par commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="132"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="139"/>
        <source>Master plan</source>
        <translation>Schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="148"/>
        <source>Show or hide the master plan panels</source>
        <translation>Afficher ou masquer les panneaux du schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="71"/>
        <source>&amp;Master plan</source>
        <translation>&amp;Schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Validation settings of the active plan: tolerances, rules, working CRS</source>
        <translation>Paramètres de contrôle du plan actif : tolérances, règles, SCR de travail</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="207"/>
        <source>Validation running: see its progress in the task manager</source>
        <translation>Contrôle en cours : voir sa progression dans le gestionnaire de tâches</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Import municipalities, zoning, a CNIG document, mobility axes, green spaces or sites into the active plan</source>
        <translation>Importer des communes, un zonage, un document CNIG, des axes de mobilité, des espaces verts ou des sites dans le plan actif</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check a CNIG document for the GPU…</source>
        <translation>Contrôler un document CNIG pour le GPU…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Check a CNIG PLU or carte communale folder before uploading it to the Géoportail de l'urbanisme: CNIG conformity and the zones' topology</source>
        <translation>Contrôler un dossier de PLU ou de carte communale CNIG avant de le téléverser sur le Géoportail de l'urbanisme : conformité CNIG et topologie des zones</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export for the Géoportail de l'urbanisme (CNIG)…</source>
        <translation>Exporter pour le Géoportail de l'urbanisme (CNIG)…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Write one CNIG PLU document folder per French municipality of the plan, ready for its written documents and the upload to the GPU</source>
        <translation>Écrire un dossier de document PLU CNIG par commune française du plan, prêt à recevoir ses pièces écrites et à être téléversé sur le GPU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Export as INSPIRE PLU…</source>
        <translation>Exporter en INSPIRE PLU…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Write the plan&apos;s zones as INSPIRE Planned Land Use: GML 3.2 or a GeoPackage</source>
        <translation>Écrire les zones du plan en INSPIRE Usage des sols planifié : GML 3.2 ou GeoPackage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Build the demo plan…</source>
        <translation>Construire le plan de démonstration…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="88"/>
        <source>Build and validate a small cross-border demo plan in a folder, then open it: a quick way to try the plugin</source>
        <translation>Construire et contrôler un petit plan transfrontalier de démonstration dans un dossier, puis l'ouvrir : une façon rapide d'essayer l'extension</translation>
    </message>
</context>
<context>
    <name>MasterplanError</name>
    <message>
        <location filename="error_messages.py" line="7"/>
        <source>The validation profile cannot be read.</source>
        <translation>Le profil de validation ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="8"/>
        <source>Unknown tolerance in the validation profile.</source>
        <translation>Tolérance inconnue dans le profil de validation.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="9"/>
        <source>Tolerances must be non-negative numbers.</source>
        <translation>Les tolérances doivent être des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="10"/>
        <source>Unknown rule in the validation profile.</source>
        <translation>Règle inconnue dans le profil de validation.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="11"/>
        <source>Unknown severity in the validation profile.</source>
        <translation>Gravité inconnue dans le profil de validation.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="15"/>
        <source>No coordinate reference system given.</source>
        <translation>Aucun système de coordonnées de référence n'est indiqué.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="16"/>
        <source>Unknown coordinate reference system.</source>
        <translation>Système de coordonnées de référence inconnu.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="17"/>
        <source>The working CRS of a plan must be projected in metres.</source>
        <translation>Le SCR de travail d'un plan doit être projeté en mètres.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="19"/>
        <source>The source layer has no such field.</source>
        <translation>La couche source n'a pas ce champ.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="20"/>
        <source>Unknown zoning standard.</source>
        <translation>Standard de zonage inconnu.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="80"/>
        <source>The layer has no zone code field; choose it.</source>
        <translation>La couche n'a pas de champ de code de zone ; choisissez-le.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="82"/>
        <source>The output folder cannot be created.</source>
        <translation>Le dossier de sortie ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="83"/>
        <source>The atlas page format must be A3 or A4.</source>
        <translation>Le format des pages de l'atlas doit être A3 ou A4.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="84"/>
        <source>The resolution must be a whole number of dots per inch.</source>
        <translation>La résolution doit être un nombre entier de points par pouce.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="85"/>
        <source>The resolution must be between {low} and {high} dpi.</source>
        <translation>La résolution doit être comprise entre {low} et {high} ppp.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="86"/>
        <source>The plan has no municipality: there is nothing to put in an atlas.</source>
        <translation>Le plan n'a aucune commune : il n'y a rien à mettre dans un atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="40"/>
        <source>These municipalities are not in the plan.</source>
        <translation>Ces communes ne font pas partie du plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="87"/>
        <source>Choose at least one municipality for the atlas.</source>
        <translation>Choisissez au moins une commune pour l'atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="88"/>
        <source>The atlas cannot iterate over the municipalities.</source>
        <translation>L'atlas ne peut pas parcourir les communes.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="89"/>
        <source>The atlas cannot move to a municipality.</source>
        <translation>L'atlas ne peut pas passer à une commune.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="90"/>
        <source>The atlas pages could not be filled.</source>
        <translation>Les pages de l'atlas n'ont pas pu être remplies.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="91"/>
        <source>The PDF file cannot be written (folder not writable, disk full, or file open elsewhere).</source>
        <translation>Le fichier PDF ne peut pas être écrit (dossier protégé en écriture, disque plein ou fichier ouvert ailleurs).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="92"/>
        <source>Not enough memory to render the page.</source>
        <translation>Mémoire insuffisante pour rendre la page.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="93"/>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n'a pas pu être commencé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="94"/>
        <source>The atlas could not iterate over the municipalities.</source>
        <translation>L'atlas n'a pas pu parcourir les communes.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="95"/>
        <source>A layer could not be rendered.</source>
        <translation>Une couche n'a pas pu être rendue.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="96"/>
        <source>The PDF export was cancelled.</source>
        <translation>L'export PDF a été annulé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="97"/>
        <source>The PDF export failed.</source>
        <translation>L'export PDF a échoué.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="98"/>
        <source>The PDF export produced no file.</source>
        <translation>L'export PDF n'a produit aucun fichier.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="99"/>
        <source>The municipalities of the plan cannot be read.</source>
        <translation>Les communes du plan ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="100"/>
        <source>The atlas layout template cannot be read.</source>
        <translation>Le modèle de mise en page de l'atlas ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="101"/>
        <source>The atlas layout template is not valid XML.</source>
        <translation>Le modèle de mise en page de l'atlas n'est pas un XML valide.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="102"/>
        <source>The atlas layout template cannot be loaded.</source>
        <translation>Le modèle de mise en page de l'atlas ne peut pas être chargé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="103"/>
        <source>The atlas layout template lacks items.</source>
        <translation>Il manque des éléments au modèle de mise en page de l'atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="104"/>
        <source>The atlas layout template lacks an item.</source>
        <translation>Il manque un élément au modèle de mise en page de l'atlas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="56"/>
        <source>Features cannot be imported into this layer.</source>
        <translation>Des entités ne peuvent pas être importées dans cette couche.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="79"/>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="34"/>
        <source>No ZONE_URBA layer in this folder: is it a CNIG PLU document?</source>
        <translation>Aucune couche ZONE_URBA dans ce dossier : est-ce un document de PLU au standard CNIG ?</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="35"/>
        <source>The ZONE_URBA layer has no coordinate reference system.</source>
        <translation>La couche ZONE_URBA n'a pas de système de coordonnées de référence.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="105"/>
        <source>The demo dataset could not be written.</source>
        <translation>Le jeu de données de démonstration n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="38"/>
        <source>The findings could not be exported.</source>
        <translation>Les constats n'ont pas pu être exportés.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="57"/>
        <source>The input layer has no coordinate reference system; give it explicitly.</source>
        <translation>La couche en entrée n'a pas de système de coordonnées de référence ; indiquez-le explicitement.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="58"/>
        <source>These fields are not part of the plan layer.</source>
        <translation>Ces champs ne font pas partie de la couche du plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="51"/>
        <source>The plan cannot be opened for writing.</source>
        <translation>Le plan ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="61"/>
        <source>A feature could not be written to the plan.</source>
        <translation>Une entité n'a pas pu être écrite dans le plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="64"/>
        <source>The input file does not exist.</source>
        <translation>Le fichier en entrée n'existe pas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="65"/>
        <source>The file is not a vector format that GDAL can read.</source>
        <translation>Ce fichier n'est pas dans un format vecteur que GDAL sait lire.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="66"/>
        <source>The layer does not exist in the file.</source>
        <translation>La couche n'existe pas dans le fichier.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="108"/>
        <source>A master plan is a GeoPackage: the file name must end with .gpkg.</source>
        <translation>Un plan directeur est un GeoPackage : le nom du fichier doit se terminer par .gpkg.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="109"/>
        <source>A file with this name already exists.</source>
        <translation>Un fichier de ce nom existe déjà.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="48"/>
        <source>The plan file does not exist.</source>
        <translation>Le fichier du plan n'existe pas.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="49"/>
        <source>This file is not a GeoPackage that QGIS can read.</source>
        <translation>Ce fichier n'est pas un GeoPackage que QGIS sait lire.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="50"/>
        <source>This GeoPackage is not a master plan.</source>
        <translation>Ce GeoPackage n'est pas un plan directeur.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="110"/>
        <source>A layer of the plan cannot be read.</source>
        <translation>Une couche du plan ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="112"/>
        <source>The QGIS project could not be written.</source>
        <translation>Le projet QGIS n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="53"/>
        <source>The GeoPackage could not be created.</source>
        <translation>Le GeoPackage n'a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="54"/>
        <source>A plan layer could not be created.</source>
        <translation>Une couche du plan n'a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="55"/>
        <source>A plan field could not be created.</source>
        <translation>Un champ du plan n'a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="113"/>
        <source>The default style could not be stored in the plan.</source>
        <translation>Le style par défaut n'a pas pu être enregistré dans le plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="52"/>
        <source>The plan setting could not be written.</source>
        <translation>Le paramètre du plan n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="74"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation>Un constat ne peut être accepté qu'avec une justification.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="70"/>
        <source>Unknown worker command.</source>
        <translation>Commande inconnue du processus de travail.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="72"/>
        <source>A file could not be written.</source>
        <translation>Un fichier n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="32"/>
        <source>No Python interpreter found to run the plan worker.</source>
        <translation>Aucun interpréteur Python trouvé pour exécuter le processus de travail du plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="73"/>
        <source>The background process stopped unexpectedly.</source>
        <translation>Le processus d'arrière-plan s'est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="114"/>
        <source>This layer is not the zoning layer of a master plan.</source>
        <translation>Cette couche n'est pas la couche de zonage d'un plan directeur.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="115"/>
        <source>The zoning layer cannot be edited.</source>
        <translation>La couche de zonage ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="18"/>
        <source>{count} features have coordinates that {crs} cannot hold: is that really the layer&apos;s coordinate reference system? Give the right one explicitly.</source>
        <translation>{count} entité(s) ont des coordonnées impossibles dans {crs} : est-ce vraiment le système de coordonnées de la couche ? Indiquez explicitement le bon.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="25"/>
        <source>Nothing to install.</source>
        <translation>Rien à installer.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="27"/>
        <source>{url} could not be reached.</source>
        <translation>{url} est injoignable.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="59"/>
        <source>{count} features have coordinates that are not finite numbers: nothing was written.</source>
        <translation>{count} entité(s) ont des coordonnées qui ne sont pas des nombres finis : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="62"/>
        <source>{count} features are not polygons, as the {layer} layer needs.</source>
        <translation>{count} entité(s) ne sont pas des polygones, comme l'exige la couche {layer}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="24"/>
        <source>Unknown installation method {method}.</source>
        <translation>Méthode d'installation inconnue : {method}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="26"/>
        <source>pip could not install the packages.</source>
        <translation>pip n'a pas pu installer les paquets.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="28"/>
        <source>The downloaded file {file} is damaged (its checksum differs).</source>
        <translation>Le fichier téléchargé {file} est endommagé (sa somme de contrôle diffère).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="29"/>
        <source>The downloaded file {file} is damaged (unsafe paths).</source>
        <translation>Le fichier téléchargé {file} est endommagé (chemins dangereux).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="30"/>
        <source>The installed packages do not work with QGIS&apos;s Python.</source>
        <translation>Les paquets installés ne fonctionnent pas avec le Python de QGIS.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="31"/>
        <source>The folder {folder} is in use: restart QGIS, then install again.</source>
        <translation>Le dossier {folder} est utilisé : redémarrez QGIS, puis réinstallez.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="33"/>
        <source>No wheel of {package} fits this Python ({platform}).</source>
        <translation>Aucun wheel de {package} ne convient à ce Python ({platform}).</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="63"/>
        <source>{count} features are not lines, as the {layer} layer needs.</source>
        <translation>{count} entité(s) ne sont pas des lignes, comme l'exige la couche {layer}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="22"/>
        <source>The plan layer {layer} has no field {fields}.</source>
        <translation>La couche {layer} du plan n'a pas de champ {fields}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="107"/>
        <source>A feature could not be copied.</source>
        <translation>Une entité n'a pas pu être copiée.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="21"/>
        <source>Unknown import mode {mode}: use replace, update or append.</source>
        <translation>Mode d'import inconnu {mode} : utilisez replace, update ou append.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="81"/>
        <source>The input layer cannot be read.</source>
        <translation>La couche source est illisible.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="106"/>
        <source>The input layer could not be copied.</source>
        <translation>La couche source n'a pas pu être copiée.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="60"/>
        <source>A feature could not be removed from the plan.</source>
        <translation>Une entité n'a pas pu être supprimée du plan.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="111"/>
        <source>The QGIS project could not be read.</source>
        <translation>Le projet QGIS est illisible.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="12"/>
        <source>The approval date must be a date written AAAAMMJJ.</source>
        <translation>La date d'approbation doit être une date écrite AAAAMMJJ.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="14"/>
        <source>A DOC_URBA value does not follow the CNIG standard.</source>
        <translation>Une valeur de DOC_URBA ne respecte pas le standard CNIG.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="23"/>
        <source>INSPIRE Planned Land Use is written in ETRS89: EPSG:4258 or EPSG:3035.</source>
        <translation>L'usage des sols planifié INSPIRE s'écrit en ETRS89 : EPSG:4258 ou EPSG:3035.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="41"/>
        <source>Only French municipalities (CNIG standard) can be exported as CNIG documents.</source>
        <translation>Seules les communes françaises (standard CNIG) peuvent être exportées en documents CNIG.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="43"/>
        <source>A CNIG document needs the municipality&apos;s five-character INSEE code.</source>
        <translation>Un document CNIG a besoin du code INSEE à cinq caractères de la commune.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="68"/>
        <source>Unknown request fields: {fields}.</source>
        <translation>Champs de requête inconnus : {fields}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="69"/>
        <source>Incomplete request.</source>
        <translation>Requête incomplète.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="71"/>
        <source>The request is not valid JSON.</source>
        <translation>La requête n'est pas un JSON valide.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="76"/>
        <source>Unknown export standard {standard}: cnig or inspire.</source>
        <translation>Standard d'export inconnu {standard} : cnig ou inspire.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="78"/>
        <source>Unknown indicators format {format}.</source>
        <translation>Format d'indicateurs inconnu {format}.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="6"/>
        <source>Give either a plan or --cnig-document DIR to validate.</source>
        <translation>Donnez soit un plan, soit --cnig-document DOSSIER à contrôler.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="13"/>
        <source>These DOC_URBA fields cannot be given.</source>
        <translation>Ces champs de DOC_URBA ne peuvent pas être donnés.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="36"/>
        <source>This is not a folder: a CNIG document is a folder of files.</source>
        <translation>Ce n'est pas un dossier : un document CNIG est un dossier de fichiers.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="37"/>
        <source>GDAL cannot read this table of the CNIG document.</source>
        <translation>GDAL ne peut pas lire cette table du document CNIG.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="39"/>
        <source>The export folder already holds these documents; allow overwriting to replace them.</source>
        <translation>Le dossier d'export contient déjà ces documents ; autorisez l'écrasement pour les remplacer.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="42"/>
        <source>The plan has no French municipality (CNIG standard) to export.</source>
        <translation>Le plan n'a aucune commune française (standard CNIG) à exporter.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="44"/>
        <source>The CNIG document could not be written.</source>
        <translation>Le document CNIG n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="45"/>
        <source>The INSPIRE export writes a .gml or a .gpkg file.</source>
        <translation>L'export INSPIRE écrit un fichier .gml ou .gpkg.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="46"/>
        <source>The output file exists already.</source>
        <translation>Le fichier de sortie existe déjà.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="47"/>
        <source>The INSPIRE file could not be written.</source>
        <translation>Le fichier INSPIRE n'a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="67"/>
        <source>The request is not a JSON object.</source>
        <translation>La requête n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="75"/>
        <source>The findings can be exported as .gpkg, .csv or .html only.</source>
        <translation>Les constats ne peuvent être exportés qu'en .gpkg, .csv ou .html.</translation>
    </message>
    <message>
        <location filename="error_messages.py" line="77"/>
        <source>Give either a file and its plan layer or a CNIG document folder to import.</source>
        <translation>Donnez soit un fichier et sa couche du plan, soit un dossier de document CNIG à importer.</translation>
    </message>
</context>
<context>
    <name>MobilityDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="45"/>
        <source>Mobility axes</source>
        <translation>Axes de mobilité</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="83"/>
        <source>Whole plan</source>
        <translation>Tout le plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="86"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="87"/>
        <source>All modes</source>
        <translation>Tous modes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Axes</source>
        <translation>Axes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="35"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
</context>
<context>
    <name>MobilityPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="13"/>
        <source>Kilometres per commune and mode</source>
        <translation>Kilomètres par commune et par mode</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="21"/>
        <source>Select cells to select those axes on the map</source>
        <translation>Sélectionnez des cellules pour sélectionner ces axes sur la carte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="31"/>
        <source>Axes by hierarchy, mode and status</source>
        <translation>Axes par hiérarchie, mode et statut</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="41"/>
        <source>Select rows to select those axes on the map</source>
        <translation>Sélectionnez des lignes pour sélectionner ces axes sur la carte</translation>
    </message>
</context>
<context>
    <name>NationalExportCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="146"/>
        <source>The plan cannot be exported as CNIG documents.</source>
        <translation>Le plan ne peut pas être exporté en documents CNIG.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="156"/>
        <source>CNIG export of {plan}</source>
        <translation>Export CNIG de {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="168"/>
        <source>The plan cannot be exported as INSPIRE PLU.</source>
        <translation>Le plan ne peut pas être exporté en INSPIRE PLU.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="176"/>
        <source>INSPIRE PLU export of {plan}</source>
        <translation>Export INSPIRE PLU de {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="190"/>
        <source>An export of the plan is running already.</source>
        <translation>Un export du plan est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="194"/>
        <source>Save or discard the edits of {layers} first: the export reads the plan&apos;s file.</source>
        <translation>Enregistrez ou annulez d'abord les modifications de {layers} : l'export lit le fichier du plan.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="213"/>
        <source>Replace the documents?</source>
        <translation>Remplacer les documents ?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="213"/>
        <source>The folder already holds {folders}. Replace them?</source>
        <translation>Le dossier contient déjà {folders}. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="220"/>
        <source>Nothing exported: {folders} kept.</source>
        <translation>Rien n'a été exporté : {folders} conservé(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="225"/>
        <source>GML 3.2 (*.gml)</source>
        <translation>GML 3.2 (*.gml)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="225"/>
        <source>GeoPackage, flattened ZoningElement table (*.gpkg)</source>
        <translation>GeoPackage, table ZoningElement aplatie (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="226"/>
        <source>Export as INSPIRE PLU</source>
        <translation>Exporter en INSPIRE PLU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="269"/>
        <source>{count} CNIG document(s) written to {folder}: {zones} zone(s).</source>
        <translation>{count} document(s) CNIG écrit(s) dans {folder} : {zones} zone(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="273"/>
        <source>{count} zone(s) not exported (see the log).</source>
        <translation>{count} zone(s) non exportée(s) (voir le journal).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="292"/>
        <source>{count} remark(s) on the zones (see the log).</source>
        <translation>{count} remarque(s) sur les zones (voir le journal).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="278"/>
        <source>{count} zone(s) of Luxembourg or Belgian standards are not CNIG: left out.</source>
        <translation>{count} zone(s) de standards luxembourgeois ou belges ne sont pas CNIG : écartée(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="280"/>
        <source>Before uploading to the Géoportail de l'urbanisme, add the written documents (regulation, PADD, report, annexes: PDF) to each folder's {folders} and the metadata file.</source>
        <translation>Avant le téléversement sur le Géoportail de l'urbanisme, ajoutez les pièces écrites (règlement, PADD, rapport, annexes : PDF) dans le {folders} de chaque dossier, ainsi que la fiche de métadonnées.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="287"/>
        <source>INSPIRE PLU written to {file}: {zones} zoning element(s) in {plans} spatial plan(s) ({encoding}, {crs}).</source>
        <translation>INSPIRE PLU écrit dans {file} : {zones} élément(s) de zonage dans {plans} plan(s) ({encoding}, {crs}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="294"/>
        <source>Add the dataset&apos;s INSPIRE metadata before publishing it.</source>
        <translation>Ajoutez les métadonnées INSPIRE du jeu de données avant de le publier.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="300"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="307"/>
        <source>The plan could not be exported.</source>
        <translation>Le plan n'a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/national_export_commands.py" line="311"/>
        <source>Export cancelled: no file or folder was replaced.</source>
        <translation>Export annulé : aucun fichier ni dossier n'a été remplacé.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="14"/>
        <source>New master plan</source>
        <translation>Nouveau schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="20"/>
        <source>A master plan is a GeoPackage holding the communes, zoning, mobility axes, green spaces and development sites, with a QGIS project of the same name next to it.</source>
        <translation>Un schéma directeur est un GeoPackage contenant les communes, le zonage, les axes de mobilité, les espaces verts et les sites de projet, accompagné d’un projet QGIS du même nom.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="32"/>
        <source>GeoPackage file</source>
        <translation>Fichier GeoPackage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="42"/>
        <source>Working CRS</source>
        <translation>SCR de travail</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="54"/>
        <source>Tolerances are in metres: choose a projected CRS in metres. ETRS89-LAEA (EPSG:3035) covers the whole of Europe.</source>
        <translation>Les tolérances sont en mètres : choisissez un SCR projeté en mètres. ETRS89-LAEA (EPSG:3035) couvre toute l’Europe.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="26"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="27"/>
        <source>Save the master plan as</source>
        <translation>Enregistrer le schéma directeur sous</translation>
    </message>
</context>
<context>
    <name>PanelDataService</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/panel_data.py" line="214"/>
        <source>Master plan: figures of {plan}</source>
        <translation>Schéma directeur : chiffres de {plan}</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>Open a master plan</source>
        <translation>Ouvrir un schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="66"/>
        <source>The plan could not be created.</source>
        <translation>Le plan n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="68"/>
        <source>Plan created: {gpkg} (project: {project}).</source>
        <translation>Plan créé : {gpkg} (projet : {project}).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="92"/>
        <source>The plan could not be opened.</source>
        <translation>Le plan n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="94"/>
        <source>Plan opened: {gpkg}.</source>
        <translation>Plan ouvert : {gpkg}.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>{name} already exists. Replace it with an empty master plan?</source>
        <translation>{name} existe déjà. Le remplacer par un schéma directeur vide ?</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="83"/>
        <source>{gpkg} is already in the project; it is now the active plan.</source>
        <translation>{gpkg} est déjà dans le projet ; c’est maintenant le plan actif.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="130"/>
        <source>The plan settings could not be read.</source>
        <translation>Les paramètres du plan n'ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="138"/>
        <source>The plan settings could not be saved.</source>
        <translation>Les paramètres du plan n'ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="142"/>
        <source>Validation settings saved in {gpkg}.</source>
        <translation>Paramètres de contrôle enregistrés dans {gpkg}.</translation>
    </message>
</context>
<context>
    <name>PlanDockController</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="108"/>
        <source>Plan layer: {layer}</source>
        <translation>Couche du plan : {layer}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="105"/>
        <source>No master plan in this project. Create one with “New plan…” or open one with “Open plan…”.</source>
        <translation>Aucun schéma directeur dans ce projet. Créez-en un avec « Nouveau plan… » ou ouvrez-en un avec « Ouvrir un plan… ».</translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="11"/>
        <source>Smallest overlap reported</source>
        <translation>Plus petite superposition signalée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="12"/>
        <source>Smallest gap reported</source>
        <translation>Plus petit trou signalé</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="13"/>
        <source>Smallest part outside the municipalities reported</source>
        <translation>Plus petite partie hors des communes signalée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="16"/>
        <source>Smallest part in a neighbouring municipality reported</source>
        <translation>Plus petite partie dans une commune voisine signalée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="19"/>
        <source>Smallest unzoned share of a municipality reported</source>
        <translation>Plus petite part non zonée d'une commune signalée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="22"/>
        <source>Border offset below which borders match</source>
        <translation>Décalage de limite en dessous duquel les limites concordent</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="23"/>
        <source>Border offset above which it is not a mismatch any more</source>
        <translation>Décalage de limite au-dessus duquel ce n'est plus un défaut de raccord</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="26"/>
        <source>Distance joining border mismatches into one stretch</source>
        <translation>Distance réunissant les défauts de raccord en un seul tronçon</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="29"/>
        <source>Distance at which zones across a border are neighbours</source>
        <translation>Distance à laquelle des zones de part et d'autre d'une limite sont voisines</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="32"/>
        <source>Shortest shared border of incompatible zones reported</source>
        <translation>Plus courte limite commune de zones incompatibles signalée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="35"/>
        <source>Distance of an axis end to the border to count as crossing</source>
        <translation>Distance de l'extrémité d'un axe à la limite pour compter comme traversée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="38"/>
        <source>Search distance for an axis continuing across the border</source>
        <translation>Distance de recherche d'un axe qui se prolonge de l'autre côté</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="41"/>
        <source>Snapping distance of axis ends</source>
        <translation>Distance d'accrochage des extrémités d'axes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="42"/>
        <source>Distance of a corridor to the border to count as crossing</source>
        <translation>Distance d'un corridor à la limite pour compter comme traversée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="45"/>
        <source>Search distance for a corridor continuing across the border</source>
        <translation>Distance de recherche d'un corridor qui se prolonge de l'autre côté</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="48"/>
        <source>Smallest public green area in an excluding zone reported</source>
        <translation>Plus petit espace vert public dans une zone incompatible signalé</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="51"/>
        <source>Overlap width from which a municipality is drawn over another</source>
        <translation>Largeur de chevauchement à partir de laquelle une commune empiète sur une autre</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="54"/>
        <source>Share of a municipality overlapped from which it is drawn over another</source>
        <translation>Part d'une commune chevauchée à partir de laquelle elle empiète sur une autre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="9"/>
        <source>Master plan settings</source>
        <translation>Paramètres du schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="15"/>
        <source>These settings are stored in the plan&apos;s GeoPackage: every validation of this plan uses them, from the toolbar, Processing or the command line.</source>
        <translation>Ces paramètres sont enregistrés dans le GeoPackage du plan : tout contrôle de ce plan les utilise, depuis la barre d’outils, les traitements ou la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="24"/>
        <source>Working CRS</source>
        <translation>SCR de travail</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="30"/>
        <source>The plan&apos;s working CRS is chosen when the plan is created; tolerances are in its units (metres).</source>
        <translation>Le SCR de travail du plan est choisi à sa création ; les tolérances sont dans ses unités (mètres).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="39"/>
        <source>Tolerances</source>
        <translation>Tolérances</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="52"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="56"/>
        <source>Rules checked by the validation:</source>
        <translation>Règles vérifiées par le contrôle :</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="70"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="61"/>
        <source>Default: {value} ({key})</source>
        <translation>Par défaut : {value} ({key})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="72"/>
        <source>Default severity: {severity}</source>
        <translation>Gravité par défaut : {severity}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/styles.py" line="312"/>
        <source>Unknown or missing code</source>
        <translation>Code inconnu ou manquant</translation>
    </message>
</context>
<context>
    <name>ValidateAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="83"/>
        <source>Validate a master plan</source>
        <translation>Contrôler un schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="86"/>
        <source>check,validation,consistency,overlap,gap,border,findings,report</source>
        <translation>contrôle,validation,cohérence,superposition,trou,limite,constats,rapport</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="93"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="95"/>
        <source>share 0–1</source>
        <translation>part 0–1</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="96"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="100"/>
        <source>Areas where zoning may be absent</source>
        <translation>Secteurs où le zonage peut manquer</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="103"/>
        <source>Update the plan&apos;s findings register</source>
        <translation>Mettre à jour le registre des constats du plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="105"/>
        <source>Rules not to check</source>
        <translation>Règles à ne pas contrôler</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="112"/>
        <source>{label} ({unit}; default {value:g})</source>
        <translation>{label} ({unit} ; par défaut {value:g})</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="117"/>
        <source>Findings (points)</source>
        <translation>Constats (points)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="117"/>
        <source>Findings (lines)</source>
        <translation>Constats (lignes)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="118"/>
        <source>Findings (areas)</source>
        <translation>Constats (surfaces)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="119"/>
        <source>Findings without geometry</source>
        <translation>Constats sans géométrie</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="126"/>
        <source>JSON report</source>
        <translation>Rapport JSON</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="126"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="128"/>
        <source>Master plan</source>
        <translation>Schéma directeur</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="129"/>
        <source>Open errors</source>
        <translation>Erreurs ouvertes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="130"/>
        <source>Current findings</source>
        <translation>Constats actuels</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="156"/>
        <source>Checking the plan…</source>
        <translation>Contrôle du plan…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="169"/>
        <source>{count} finding(s), {errors} open error(s).</source>
        <translation>{count} constat(s), {errors} erreur(s) ouverte(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="172"/>
        <source>The plan&apos;s findings register was left unchanged.</source>
        <translation>Le registre des constats du plan n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ValidateCnigAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="36"/>
        <source>Check a CNIG document for the GPU</source>
        <translation>Contrôler un document CNIG pour le GPU</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="39"/>
        <source>cnig,gpu,plu,plui,carte communale,conformity,idurba,geoportail,urbanisme</source>
        <translation>cnig,gpu,plu,plui,carte communale,conformité,idurba,géoportail,urbanisme</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="42"/>
        <source>CNIG document folder</source>
        <translation>Dossier du document CNIG</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>CNIG standard version</source>
        <translation>Version du standard CNIG</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>Detected from the tables</source>
        <translation>Déduite des tables</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="45"/>
        <source>2017 and later</source>
        <translation>2017 et suivantes</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="48"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="48"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="50"/>
        <source>JSON report</source>
        <translation>Rapport JSON</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="50"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="52"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="53"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="54"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="59"/>
        <source>No CNIG document folder was given.</source>
        <translation>Aucun dossier de document CNIG n'a été donné.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="62"/>
        <source>Checking the CNIG document…</source>
        <translation>Contrôle du document CNIG…</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="67"/>
        <source>CNIG standard {version}: {count} finding(s), {errors} error(s).</source>
        <translation>Standard CNIG {version} : {count} constat(s), {errors} erreur(s).</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate_cnig.py" line="70"/>
        <source>The zones&apos; topology was not checked: the document&apos;s zones could not be imported (see the log).</source>
        <translation>La topologie des zones n'a pas été contrôlée : les zones du document n'ont pas pu être importées (voir le journal).</translation>
    </message>
</context>
<context>
    <name>ValidationCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="51"/>
        <source>Validation checks the saved plan: the unsaved edits of {layers} are not included. Save them and validate again to check them.</source>
        <translation>Le contrôle porte sur le plan enregistré : les modifications non enregistrées de {layers} ne sont pas prises en compte. Enregistrez-les et relancez le contrôle pour les vérifier.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="57"/>
        <source>The plan&apos;s validation settings cannot be used.</source>
        <translation>Les paramètres de contrôle du plan ne sont pas utilisables.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="59"/>
        <source>Validating {plan}</source>
        <translation>Contrôle de {plan}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="92"/>
        <source>{plan}: {count} findings, {errors} errors.</source>
        <translation>{plan} : {count} constats, {errors} erreurs.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="101"/>
        <source>Validation failed.</source>
        <translation>Le contrôle a échoué.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="105"/>
        <source>Validation cancelled: the findings register is unchanged.</source>
        <translation>Contrôle annulé : le registre des constats est inchangé.</translation>
    </message>
</context>
<context>
    <name>ZoningDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="64"/>
        <source>Zoning</source>
        <translation>Zonage</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="139"/>
        <source>No standard set for this commune</source>
        <translation>Aucun standard renseigné pour cette commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="171"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="171"/>
        <source>No harmonised class for this code</source>
        <translation>Pas de classe harmonisée pour ce code</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="183"/>
        <source>Select zones on the map first</source>
        <translation>Sélectionnez d'abord des zones sur la carte</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="183"/>
        <source>Write this code into the {count} selected zones (edit buffer: save to keep it)</source>
        <translation>Écrire ce code dans les {count} zones sélectionnées (modifications en cours : enregistrez pour les garder)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="196"/>
        <source>Master plan: zone code {code}</source>
        <translation>Schéma directeur : code de zone {code}</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="200"/>
        <source>The code could not be applied.</source>
        <translation>Le code n'a pas pu être appliqué.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="203"/>
        <source>{code} applied to {count} zone(s) of “{layer}”. Save the layer edits to keep it.</source>
        <translation>{code} appliqué à {count} zone(s) de « {layer} ». Enregistrez les modifications de la couche pour le garder.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="207"/>
        <source>{count} selected zone(s) left unchanged: they lie in communes that do not use the {standard} standard, or in no commune.</source>
        <translation>{count} zone(s) sélectionnée(s) laissée(s) inchangée(s) : elles sont dans des communes qui n'utilisent pas le standard {standard}, ou hors de toute commune.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="235"/>
        <source>No harmonised class</source>
        <translation>Sans classe harmonisée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="255"/>
        <source>Total zoned</source>
        <translation>Total zoné</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="240"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>Harmonised class</source>
        <translation>Classe harmonisée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>{commune} (ha)</source>
        <translation>{commune} (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="241"/>
        <source>Whole plan (ha)</source>
        <translation>Tout le plan (ha)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="250"/>
        <source>Drawn twice (overlapping zones)</source>
        <translation>Dessiné deux fois (zones superposées)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="251"/>
        <source>Land under two overlapping zones counts in the class of each zone above, and once in the total zoned.</source>
        <translation>Le terrain sous deux zones superposées compte dans la classe de chaque zone ci-dessus, et une seule fois dans le total zoné.</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="259"/>
        <source>Zoned share of the area</source>
        <translation>Part zonée de la surface</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="269"/>
        <source>the whole plan</source>
        <translation>l'ensemble du plan</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="270"/>
        <source>{area} of {where} are drawn twice: overlapping zones count in each of their classes, once in the total zoned. See the ZONE_OVERLAP findings.</source>
        <translation>{area} de {where} sont dessinés deux fois : les zones superposées comptent dans chacune de leurs classes, une seule fois dans le total zoné. Voir les anomalies ZONE_OVERLAP.</translation>
    </message>
</context>
<context>
    <name>ZoningPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="13"/>
        <source>Zone code</source>
        <translation>Code de zone</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="18"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="26"/>
        <source>National standard</source>
        <translation>Standard national</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="36"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="44"/>
        <source>Sub-code</source>
        <translation>Sous-code</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="49"/>
        <source>FORMDOMI / DESTDOMI (optional)</source>
        <translation>FORMDOMI / DESTDOMI (facultatif)</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="54"/>
        <source>Harmonised class</source>
        <translation>Classe harmonisée</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="79"/>
        <source>Apply to selected zones</source>
        <translation>Appliquer aux zones sélectionnées</translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="88"/>
        <source>Hectares per harmonised class</source>
        <translation>Hectares par classe harmonisée</translation>
    </message>
</context>
</TS>
