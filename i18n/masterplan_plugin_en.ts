<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AtlasDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="14"/>
        <source>Export the master-plan atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="20"/>
        <source>One PDF per municipality — zoning plan, mobility plan and green-spaces plan with their indicators and open findings — and, if chosen, one combined PDF with a cover and an agglomeration summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="32"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="42"/>
        <source>Page format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="52"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="59"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="78"/>
        <source>Language of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="98"/>
        <source>Also write one combined PDF (cover, summary, all municipalities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="173"/>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="184"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="191"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="71"/>
        <source>Folder for the atlas PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="74"/>
        <source>{format} landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="84"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="136"/>
        <source>The plan&apos;s municipalities cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="182"/>
        <source>Master plan atlas: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="194"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="205"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="215"/>
        <source>{count} PDF file(s), {pages} pages, written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="218"/>
        <source>Atlas exported: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="222"/>
        <source>The atlas could not be exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="224"/>
        <source>The atlas could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="229"/>
        <source>Export cancelled: no PDF was written or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="234"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="88"/>
        <source>Zoning legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="110"/>
        <source>Cover of the combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="116"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="126"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="136"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="156"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.ui" line="163"/>
        <source>Data sources; the zoning&apos;s source documents are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="78"/>
        <source>Harmonised (HILUCS classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="79"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/atlas_dialog.py" line="80"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePlanAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="26"/>
        <source>Create a master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="29"/>
        <source>master plan,new,geopackage,project,crs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="36"/>
        <source>Plan GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="36"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="40"/>
        <source>Working CRS (projected, in metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="42"/>
        <source>Replace an existing plan of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="44"/>
        <source>QGIS project of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="52"/>
        <source>The working CRS is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="54"/>
        <source>Writing the plan and its project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/create_plan.py" line="57"/>
        <source>Plan {plan} created in {crs}; project {project}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="9"/>
        <source>Decision on findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="21"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="29"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.ui" line="34"/>
        <source>Why this finding is acceptable (required to accept it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="66"/>
        <source>The findings go back to the list of findings to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="67"/>
        <source>Ignored findings stay in the register but no longer count as open; a justification is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="69"/>
        <source>Accepted findings are deliberate exceptions: say why, for the plan&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/decision_dialog.py" line="45"/>
        <source>Decision on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="14"/>
        <source>Master plan: Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="20"/>
        <source>Master plan needs these Python packages in QGIS&apos;s Python. The plugin can install the missing ones for this QGIS profile, into a folder of its own: QGIS&apos;s packages (numpy, GDAL) and the system&apos;s stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="52"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="57"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="62"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="77"/>
        <source>Install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.ui" line="100"/>
        <source>QGIS&apos;s Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="91"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="115"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="126"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="128"/>
        <source>an older version is loaded in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="130"/>
        <source>to be installed with QGIS&apos;s package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="131"/>
        <source>unsuitable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>with pip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="136"/>
        <source>downloaded from PyPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="137"/>
        <source>Installed {packages} ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="141"/>
        <source>Every package the plugin needs is available: Master plan is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="147"/>
        <source>Restart QGIS to use the installed packages: {package} {version} was already loaded from {location} in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="150"/>
        <source>{package} {version} is already loaded in this session (from {location}): install, then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="155"/>
        <source>{packages} cannot be installed by the plugin: install it with the package manager that installed QGIS (on Debian or Ubuntu: apt install python3-{name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="160"/>
        <source>Install downloads {packages} from the Python Package Index (PyPI) with QGIS&apos;s own Python (pip when it has it). No restart is needed unless an older version is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="173"/>
        <source>Looking for pip in QGIS's Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="174"/>
        <source>Installing with pip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="175"/>
        <source>{package}: looking up PyPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="176"/>
        <source>{package}: downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="177"/>
        <source>{package}: unpacking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="178"/>
        <source>Checking that the packages import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="179"/>
        <source>Installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="190"/>
        <source>Master plan: installing {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="201"/>
        <source>Installing {packages}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Cancel installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="212"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="228"/>
        <source>The packages could not be installed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="236"/>
        <source>Installation cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="241"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyNotice</name>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="264"/>
        <source>Python packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="267"/>
        <source>Master plan needs Python packages that QGIS&apos;s Python does not have: install them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="313"/>
        <source>Restart QGIS: an older {package} is loaded in this session; the plugin&apos;s tools stay disabled until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="316"/>
        <source>QGIS&apos;s Python lacks {packages}: the plugin&apos;s tools stay disabled until they are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="326"/>
        <source>Install…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/dependencies_dialog.py" line="360"/>
        <source>Python packages installed: Master plan is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="43"/>
        <source>Export the atlas (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="46"/>
        <source>atlas,PDF,layout,print,map,municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="50"/>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="52"/>
        <source>Municipality codes, comma-separated (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="54"/>
        <source>Page format (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="56"/>
        <source>Resolution of rasterised layers (dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="59"/>
        <source>Also write the combined PDF (cover, summary, every municipality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="61"/>
        <source>Language of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="61"/>
        <source>QGIS interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="79"/>
        <source>PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="80"/>
        <source>Combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="81"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>Zoning legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>Harmonised (HILUCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="64"/>
        <source>National (each municipality&apos;s own standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="68"/>
        <source>Organisation (cover; default: the plan&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="69"/>
        <source>Author (cover and PDF metadata; default: the plan&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="70"/>
        <source>Document version (cover; default: the plan&apos;s setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="71"/>
        <source>Data sources (cover, before the zoning&apos;s source documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="75"/>
        <source>Document status (cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="75"/>
        <source>The plan&apos;s setting (draft if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="75"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="75"/>
        <source>For review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/export_atlas.py" line="75"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="103"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="112"/>
        <source>By rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="113"/>
        <source>By commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="116"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="116"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="116"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="116"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="138"/>
        <source>GeoPackage layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="138"/>
        <source>CSV table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="138"/>
        <source>HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="240"/>
        <source>No commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="288"/>
        <source>No findings yet: run Validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="299"/>
        <source>{total} findings: {errors} errors, {warnings} warnings, {info} information. {decided} ignored or accepted, {fixed} fixed since an earlier run. {shown} shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="350"/>
        <source>This finding has no location on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="376"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="382"/>
        <source>The decision could not be saved in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="429"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="429"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="430"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="432"/>
        <source>Export the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="443"/>
        <source>The findings could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="441"/>
        <source>Findings exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="153"/>
        <source>Findings register of {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="379"/>
        <source>Master plan: decision on {count} finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="439"/>
        <source>Master plan: exporting the findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="14"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="22"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="28"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="34"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="40"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="41"/>
        <source>Also list the findings of earlier runs that are fixed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="64"/>
        <source>Click a finding to zoom to it and select the features involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="77"/>
        <source>Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="78"/>
        <source>Ignore the selected findings, or accept them with a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="88"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="89"/>
        <source>Export the findings as a GeoPackage layer, a CSV table or an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings_panel.ui" line="69"/>
        <source>Select a finding to read it in full: rule, features, communes, measure and decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreenDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="34"/>
        <source>Green spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="45"/>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Public green (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Green share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="55"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="61"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="50"/>
        <source>Green (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="51"/>
        <source>Public m²/inhabitant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreenPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="13"/>
        <source>Green spaces per commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="30"/>
        <source>Green corridors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green_panel.ui" line="39"/>
        <source>Select a corridor to select its green spaces on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarmoniseAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="60"/>
        <source>Harmonise zoning codes to HILUCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="63"/>
        <source>HILUCS,INSPIRE,land use,crosswalk,PLU,CNIG,PAG,plan de secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="66"/>
        <source>Zoning layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="68"/>
        <source>Zoning standard of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="71"/>
        <source>Zone code field (default: the standard&apos;s usual name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="74"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="77"/>
        <source>Harmonised zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="78"/>
        <source>Features with a HILUCS class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="79"/>
        <source>Unknown zone codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="95"/>
        <source>Codes read from {code}{subcode} ({standard}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="134"/>
        <source>Unknown {standard} code &apos;{code}&apos;: {count} feature(s) left without a HILUCS class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/harmonise.py" line="138"/>
        <source>{count} feature(s) with unknown codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAxesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="190"/>
        <source>Import mobility axes into a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="193"/>
        <source>mobility,axes,roads,tram,import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="196"/>
        <source>Mobility axes layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="201"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="202"/>
        <source>Hierarchy field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="203"/>
        <source>Transport mode field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="204"/>
        <source>Status field (existing, planned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_commands.py" line="34"/>
        <source>Save or discard the edits of {layers} first: the import writes the plan&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommunesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="151"/>
        <source>Import municipalities into a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="154"/>
        <source>municipalities,communes,import,boundaries,INSEE,LAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="157"/>
        <source>Municipalities layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="162"/>
        <source>Municipality code field (INSEE, LAU, NIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="163"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="164"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="173"/>
        <source>Country of the municipalities (sets their zoning standard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="14"/>
        <source>Import into the master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="22"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="36"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="46"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="56"/>
        <source>Layer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="66"/>
        <source>Project layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="76"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="83"/>
        <source>Source CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="93"/>
        <source>Zoning standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="103"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="113"/>
        <source>Status of the zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="123"/>
        <source>Municipality code of every zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="130"/>
        <source>from the layer&apos;s field, else from the zone&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="137"/>
        <source>Import mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="147"/>
        <source>Key of the update mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="159"/>
        <source>Field mapping (plan field ← source field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.ui" line="167"/>
        <source>Preview: the first features as they will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="124"/>
        <source>No CRS: choose the CRS of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="128"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="144"/>
        <source>CNIG PLU document (folder: municipalities and zoning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="150"/>
        <source>(from the layer, else none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="252"/>
        <source>CNIG PLU document folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="256"/>
        <source>Vector files ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="258"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="269"/>
        <source>Usual key ({fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="363"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="410"/>
        <source>no zone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="412"/>
        <source>unknown code: no HILUCS class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="429"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="441"/>
        <source>(from the location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="450"/>
        <source>Choose a file or a layer to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="452"/>
        <source>The first {count} feature(s) of the source, as the plan will hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="455"/>
        <source>{count} of them flagged: see the Note column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="512"/>
        <source>Master plan import: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="520"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="528"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="528"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="547"/>
        <source>Unknown codes: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="551"/>
        <source>{count} point(s) to check: see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="561"/>
        <source>The import failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="563"/>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="568"/>
        <source>Import cancelled: the plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/import_dialog.py" line="573"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportGreenAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="213"/>
        <source>Import green spaces into a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="216"/>
        <source>green spaces,parks,corridors,import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="219"/>
        <source>Green spaces layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="224"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="225"/>
        <source>Kind field (park, corridor, garden…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="226"/>
        <source>Public access field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="227"/>
        <source>Status field (existing, planned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLayerAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="79"/>
        <source>Import mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="82"/>
        <source>Key fields of the update mode (plan fields, comma-separated; default: {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="87"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="89"/>
        <source>Features imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="90"/>
        <source>Features added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="91"/>
        <source>Features updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="92"/>
        <source>Features removed (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="114"/>
        <source>Reading the layer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="117"/>
        <source>Importing into the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="128"/>
        <source>Fields used: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSitesAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="236"/>
        <source>Import development sites into a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="239"/>
        <source>sites,brownfields,development,housing,import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="242"/>
        <source>Development sites layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="247"/>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="248"/>
        <source>Kind field (brownfield, renewal…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="249"/>
        <source>Status field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="250"/>
        <source>Housing units field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="251"/>
        <source>Jobs field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_layer.py" line="252"/>
        <source>Floor area field (m²)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="21"/>
        <source>Replace the plan&apos;s features of the communes in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="22"/>
        <source>Update the features with the same key, add the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="23"/>
        <source>Append every feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="33"/>
        <source>{count} features imported into {layer} from {source} ({crs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="49"/>
        <source>Communes replaced: {communes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="52"/>
        <source>Zones without commune replaced for the documents: {documents}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="55"/>
        <source>{count} commune(s) already in the plan were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="58"/>
        <source>{count} zone(s) got their commune from their location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="69"/>
        <source>{count} feature(s) outside the communes: they replaced nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="72"/>
        <source>{count} feature(s) have no value for the key: they were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="75"/>
        <source>{count} zone(s) lie outside every commune: no commune code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="78"/>
        <source>Unknown code &apos;{code}&apos;: {count} zone(s) without a HILUCS class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="86"/>
        <source>Replace: {removed} removed, {added} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="89"/>
        <source>Update: {updated} updated, {added} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/import_summary.py" line="91"/>
        <source>Append: {added} added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportZoningAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="40"/>
        <source>Import zoning into a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="43"/>
        <source>zoning,import,PLU,CNIG,PAG,plan de secteur,HILUCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="46"/>
        <source>Zoning layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="55"/>
        <source>Zoning standard of the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="60"/>
        <source>Zone code field (TYPEZONE, PAG category, plan de secteur zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="62"/>
        <source>Sub-code field (FORMDOMI / DESTDOMI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="63"/>
        <source>Municipality code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="64"/>
        <source>Zone label field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="69"/>
        <source>Status of the imported zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="72"/>
        <source>Municipality code of every zone (when the layer has no such field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/import_zoning.py" line="50"/>
        <source>Unknown zone codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="77"/>
        <source>Indicators per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="80"/>
        <source>indicators,statistics,zoning,hectares,mobility,green,inhabitant,table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="84"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="85"/>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/indicators.py" line="90"/>
        <source>Computing the indicators…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPlanAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="58"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="59"/>
        <source>Checks and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="60"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="61"/>
        <source>Nomenclatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="107"/>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="123"/>
        <source>Master plan (GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/base.py" line="132"/>
        <source>No master plan was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPlanMessages</name>
    <message>
        <location filename="../masterplan_plugin/gui/messages.py" line="12"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPlanPlugin</name>
    <message>
        <location filename="../masterplan_plugin/plugin.py" line="102"/>
        <source>Master plan could not start: its Python packages do not import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPlanProvider</name>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="48"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/provider.py" line="51"/>
        <source>Master plan: cross-border urban master plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterPlanToolbar</name>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Create an empty master plan: a GeoPackage and its QGIS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Add the layers of an existing master plan to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Check geometry, coverage, borders and land-use compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Show or hide the register of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Export atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Export one atlas page per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="108"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="115"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="124"/>
        <source>Show or hide the master plan panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="63"/>
        <source>&amp;Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Validation settings of the active plan: tolerances, rules, working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="178"/>
        <source>Validation running: see its progress in the task manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="76"/>
        <source>Import municipalities, zoning, a CNIG document, mobility axes, green spaces or sites into the active plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterplanError</name>
    <message>
        <location filename="error_messages.py" line="6"/>
        <source>The validation profile cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="7"/>
        <source>Unknown tolerance in the validation profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="8"/>
        <source>Tolerances must be non-negative numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="9"/>
        <source>Unknown rule in the validation profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="10"/>
        <source>Unknown severity in the validation profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="11"/>
        <source>No coordinate reference system given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="12"/>
        <source>Unknown coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="13"/>
        <source>The working CRS of a plan must be projected in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="15"/>
        <source>The source layer has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="16"/>
        <source>Unknown zoning standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="30"/>
        <source>The layer has no zone code field; choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="32"/>
        <source>The output folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="33"/>
        <source>The atlas page format must be A3 or A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="34"/>
        <source>The resolution must be a whole number of dots per inch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="35"/>
        <source>The resolution must be between {low} and {high} dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="36"/>
        <source>The plan has no municipality: there is nothing to put in an atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="37"/>
        <source>These municipalities are not in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="38"/>
        <source>Choose at least one municipality for the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="39"/>
        <source>The atlas cannot iterate over the municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="40"/>
        <source>The atlas cannot move to a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="41"/>
        <source>The atlas pages could not be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="42"/>
        <source>The PDF file cannot be written (folder not writable, disk full, or file open elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="43"/>
        <source>Not enough memory to render the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="44"/>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="45"/>
        <source>The atlas could not iterate over the municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="46"/>
        <source>A layer could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="47"/>
        <source>The PDF export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="48"/>
        <source>The PDF export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="49"/>
        <source>The PDF export produced no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="50"/>
        <source>The municipalities of the plan cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="51"/>
        <source>The atlas layout template cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="52"/>
        <source>The atlas layout template is not valid XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="53"/>
        <source>The atlas layout template cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="54"/>
        <source>The atlas layout template lacks items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="55"/>
        <source>The atlas layout template lacks an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="56"/>
        <source>The atlas template could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="29"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="57"/>
        <source>No ZONE_URBA layer in this folder: is it a CNIG PLU document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="58"/>
        <source>The ZONE_URBA layer has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="59"/>
        <source>The demo dataset could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="60"/>
        <source>The findings could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="63"/>
        <source>Features cannot be imported into this layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="64"/>
        <source>The input layer has no coordinate reference system; give it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="65"/>
        <source>These fields are not part of the plan layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="67"/>
        <source>The plan cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="69"/>
        <source>A feature could not be written to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="72"/>
        <source>The input file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="73"/>
        <source>The file is not a vector format that GDAL can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="74"/>
        <source>The layer does not exist in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="75"/>
        <source>A master plan is a GeoPackage: the file name must end with .gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="76"/>
        <source>A file with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="77"/>
        <source>The plan file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="78"/>
        <source>This file is not a GeoPackage that QGIS can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="79"/>
        <source>This GeoPackage is not a master plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="80"/>
        <source>A layer of the plan cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="82"/>
        <source>The QGIS project could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="83"/>
        <source>The GeoPackage could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="84"/>
        <source>A plan layer could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="85"/>
        <source>A plan field could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="86"/>
        <source>The default style could not be stored in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="87"/>
        <source>The plan setting could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="88"/>
        <source>A finding can only be accepted with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="89"/>
        <source>Unknown worker command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="90"/>
        <source>A file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="27"/>
        <source>No Python interpreter found to run the plan worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="91"/>
        <source>The background process stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="92"/>
        <source>This layer is not the zoning layer of a master plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="93"/>
        <source>The zoning layer cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="14"/>
        <source>{count} features have coordinates that {crs} cannot hold: is that really the layer&apos;s coordinate reference system? Give the right one explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="20"/>
        <source>Nothing to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="22"/>
        <source>{url} could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="66"/>
        <source>{count} features have coordinates that are not finite numbers: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="70"/>
        <source>{count} features are not polygons, as the {layer} layer needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="19"/>
        <source>Unknown installation method {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="21"/>
        <source>pip could not install the packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="23"/>
        <source>The downloaded file {file} is damaged (its checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="24"/>
        <source>The downloaded file {file} is damaged (unsafe paths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="25"/>
        <source>The installed packages do not work with QGIS&apos;s Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="26"/>
        <source>The folder {folder} is in use: restart QGIS, then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="28"/>
        <source>No wheel of {package} fits this Python ({platform}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="71"/>
        <source>{count} features are not lines, as the {layer} layer needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="18"/>
        <source>The plan layer {layer} has no field {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="62"/>
        <source>A feature could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="17"/>
        <source>Unknown import mode {mode}: use replace, update or append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="31"/>
        <source>The input layer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="61"/>
        <source>The input layer could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="68"/>
        <source>A feature could not be removed from the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="error_messages.py" line="81"/>
        <source>The QGIS project could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobilityDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="45"/>
        <source>Mobility axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="83"/>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="86"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="87"/>
        <source>All modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>Axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="99"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="35"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobilityPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="13"/>
        <source>Kilometres per commune and mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="21"/>
        <source>Select cells to select those axes on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="31"/>
        <source>Axes by hierarchy, mode and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility_panel.ui" line="41"/>
        <source>Select rows to select those axes on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="14"/>
        <source>New master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="20"/>
        <source>A master plan is a GeoPackage holding the communes, zoning, mobility axes, green spaces and development sites, with a QGIS project of the same name next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="32"/>
        <source>GeoPackage file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="42"/>
        <source>Working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.ui" line="54"/>
        <source>Tolerances are in metres: choose a projected CRS in metres. ETRS89-LAEA (EPSG:3035) covers the whole of Europe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="26"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/new_plan_dialog.py" line="27"/>
        <source>Save the master plan as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDataService</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/panel_data.py" line="213"/>
        <source>Master plan: figures of {plan}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>Open a master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="45"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="66"/>
        <source>The plan could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="68"/>
        <source>Plan created: {gpkg} (project: {project}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="92"/>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="94"/>
        <source>Plan opened: {gpkg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="149"/>
        <source>{name} already exists. Replace it with an empty master plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="83"/>
        <source>{gpkg} is already in the project; it is now the active plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="130"/>
        <source>The plan settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="138"/>
        <source>The plan settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="142"/>
        <source>Validation settings saved in {gpkg}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDockController</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="108"/>
        <source>Plan layer: {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="105"/>
        <source>No master plan in this project. Create one with “New plan…” or open one with “Open plan…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLabels</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="11"/>
        <source>Smallest overlap reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="12"/>
        <source>Smallest gap reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="13"/>
        <source>Smallest part outside the municipalities reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="16"/>
        <source>Smallest part in a neighbouring municipality reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="19"/>
        <source>Smallest unzoned share of a municipality reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="22"/>
        <source>Border offset below which borders match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="23"/>
        <source>Border offset above which it is not a mismatch any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="26"/>
        <source>Distance joining border mismatches into one stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="29"/>
        <source>Distance at which zones across a border are neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="32"/>
        <source>Shortest shared border of incompatible zones reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="35"/>
        <source>Distance of an axis end to the border to count as crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="38"/>
        <source>Search distance for an axis continuing across the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="41"/>
        <source>Snapping distance of axis ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="42"/>
        <source>Distance of a corridor to the border to count as crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="45"/>
        <source>Search distance for a corridor continuing across the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="48"/>
        <source>Smallest public green area in an excluding zone reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="51"/>
        <source>Overlap width from which a municipality is drawn over another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/profile_labels.py" line="54"/>
        <source>Share of a municipality overlapped from which it is drawn over another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="9"/>
        <source>Master plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="15"/>
        <source>These settings are stored in the plan&apos;s GeoPackage: every validation of this plan uses them, from the toolbar, Processing or the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="24"/>
        <source>Working CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="30"/>
        <source>The plan&apos;s working CRS is chosen when the plan is created; tolerances are in its units (metres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="39"/>
        <source>Tolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="52"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="56"/>
        <source>Rules checked by the validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.ui" line="70"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="60"/>
        <source>Default: {value} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/settings_dialog.py" line="70"/>
        <source>Default severity: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/styles.py" line="308"/>
        <source>Unknown or missing code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateAlgorithm</name>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="82"/>
        <source>Validate a master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="85"/>
        <source>check,validation,consistency,overlap,gap,border,findings,report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="92"/>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="94"/>
        <source>share 0–1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="95"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="99"/>
        <source>Areas where zoning may be absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="102"/>
        <source>Update the plan&apos;s findings register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="104"/>
        <source>Rules not to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="110"/>
        <source>{label} ({unit}; default {value:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="115"/>
        <source>Findings (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="115"/>
        <source>Findings (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="116"/>
        <source>Findings (areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="117"/>
        <source>Findings without geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="122"/>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="122"/>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="124"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="126"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="127"/>
        <source>Open errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="128"/>
        <source>Current findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="154"/>
        <source>Checking the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="166"/>
        <source>{count} finding(s), {errors} open error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/processing/validate.py" line="169"/>
        <source>The plan&apos;s findings register was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="50"/>
        <source>Validation checks the saved plan: the unsaved edits of {layers} are not included. Save them and validate again to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="56"/>
        <source>The plan&apos;s validation settings cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="58"/>
        <source>Validating {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="101"/>
        <source>{plan}: {count} findings, {errors} errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="110"/>
        <source>Validation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/validation_commands.py" line="114"/>
        <source>Validation cancelled: the findings register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoningDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="58"/>
        <source>Zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="126"/>
        <source>No standard set for this commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="158"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="158"/>
        <source>No harmonised class for this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="170"/>
        <source>Select zones on the map first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="170"/>
        <source>Write this code into the {count} selected zones (edit buffer: save to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="183"/>
        <source>Master plan: zone code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="187"/>
        <source>The code could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="190"/>
        <source>{code} applied to {count} zone(s) of “{layer}”. Save the layer edits to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="194"/>
        <source>{count} selected zone(s) left unchanged: they lie in communes that do not use the {standard} standard, or in no commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="222"/>
        <source>No harmonised class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="242"/>
        <source>Total zoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="227"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="228"/>
        <source>Harmonised class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="228"/>
        <source>{commune} (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="228"/>
        <source>Whole plan (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="237"/>
        <source>Drawn twice (overlapping zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="238"/>
        <source>Land under two overlapping zones counts in the class of each zone above, and once in the total zoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="246"/>
        <source>Zoned share of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="256"/>
        <source>the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="257"/>
        <source>{area} of {where} are drawn twice: overlapping zones count in each of their classes, once in the total zoned. See the ZONE_OVERLAP findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoningPanel</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="13"/>
        <source>Zone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="18"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="26"/>
        <source>National standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="36"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="44"/>
        <source>Sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="49"/>
        <source>FORMDOMI / DESTDOMI (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="54"/>
        <source>Harmonised class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="79"/>
        <source>Apply to selected zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning_panel.ui" line="88"/>
        <source>Hectares per harmonised class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
