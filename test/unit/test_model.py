from masterplan_plugin.core.model import FINDINGS, ZONING, pick_label, plan_schema, supported_language


def test_plan_has_the_six_layers_of_a_master_plan():
    assert plan_schema().layer_names == (
        "communes",
        "zoning",
        "mobility_axes",
        "green_spaces",
        "sites",
        FINDINGS,
    )


def test_default_working_crs_is_the_european_equal_area_grid():
    assert plan_schema().default_crs == "EPSG:3035"


def test_every_domain_named_by_a_field_exists_and_is_labelled_in_three_languages():
    schema = plan_schema()
    for layer in schema.layers:
        for field in layer.fields:
            assert set(field.label) == {"fr", "en", "de"}, (layer.name, field.name)
            if field.domain:
                for value, labels in schema.domains[field.domain].items():
                    assert set(labels) == {"fr", "en", "de"}, (field.domain, value)


def test_defaults_belong_to_their_domain():
    schema = plan_schema()
    for layer in schema.layers:
        for field in layer.fields:
            if field.domain and field.default is not None:
                assert field.default in schema.domain_values(field.domain), (layer.name, field.name)


def test_zoning_carries_national_codes_commune_hilucs_and_status():
    fields = plan_schema().layer(ZONING).field_names
    for name in (
        "commune_code",
        "standard",
        "national_code",
        "national_subcode",
        "hilucs_code",
        "status",
        "label",
        "source_document",  # IDURBA or imported file: findings name the source zone
        "source_fid",
    ):
        assert name in fields


def test_labels_fall_back_to_english_for_other_languages():
    labels = {"fr": "Zonage", "en": "Zoning", "de": "Zonierung"}
    assert pick_label(labels, "fr_FR") == "Zonage"
    assert pick_label(labels, "it") == "Zoning"


def test_the_other_names_of_the_schema_are_labelled_in_three_languages():
    schema = plan_schema()
    expected = {"national_codes", "findings_Point", "findings_LineString", "findings_Polygon"}
    assert expected <= set(schema.labels)
    for key, labels in schema.labels.items():
        assert set(labels) == {"fr", "en", "de"}, key
    assert schema.label("findings_Polygon", "de_DE") == "Flächen"


def test_a_plan_language_is_one_the_labels_have():
    assert [supported_language(lang) for lang in ("fr_BE", "DE", "it_IT", None, "")] == [
        "fr", "de", "en", "en", "en"]
