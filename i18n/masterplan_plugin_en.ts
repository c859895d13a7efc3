<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>FindingsDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/findings.py" line="13"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreenDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/green.py" line="13"/>
        <source>Green spaces</source>
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
    <name>MasterPlanToolbar</name>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Create an empty master plan: a GeoPackage and its QGIS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Add the layers of an existing master plan to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Check geometry, coverage, borders and land-use compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Show or hide the register of findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Export atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Export one atlas page per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="65"/>
        <source>Master plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="93"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="100"/>
        <source>Master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="109"/>
        <source>Show or hide the master plan panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/toolbar.py" line="56"/>
        <source>&amp;Master plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobilityDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/mobility.py" line="13"/>
        <source>Mobility axes</source>
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
    <name>PlanCommands</name>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="42"/>
        <source>Open a master plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="42"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="61"/>
        <source>The plan could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="63"/>
        <source>Plan created: {gpkg} (project: {project}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="77"/>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="79"/>
        <source>Plan opened: {gpkg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="85"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/plan_commands.py" line="85"/>
        <source>{name} already exists. Replace it with an empty master plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDockController</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="103"/>
        <source>Plan layer: {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../masterplan_plugin/gui/docks/base.py" line="100"/>
        <source>No master plan in this project. Create one with “New plan…” or open one with “Open plan…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../masterplan_plugin/qgis_adapters/styles.py" line="121"/>
        <source>Unknown or missing code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoningDock</name>
    <message>
        <location filename="../masterplan_plugin/gui/docks/zoning.py" line="13"/>
        <source>Zoning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
