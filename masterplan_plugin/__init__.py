def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin import MasterPlanPlugin  # lazy: nothing runs when QGIS only reads the package

    return MasterPlanPlugin(iface)
