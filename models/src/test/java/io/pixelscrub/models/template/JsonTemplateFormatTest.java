package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.pixelscrub.models.MapHeaderView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTemplateFormatTest {

    private static final String EXAMPLE = """
            {"templates": [{
              "id": "epiq-768", "name": "EPIQ banner", "action": "CLEAN_REGIONS", "exclusiveGroup": "mine",
              "when": {"all": [
                 {"attr": "Manufacturer", "containsIgnoreCase": "philips"},
                 {"any": [{"attr": "Rows", "equals": "768"}, {"not": {"attr": "Rows", "present": true}}]},
                 {"attr": "ImageType", "regexIgnoreCase": "^primary$", "values": "any"}]},
              "redact": [[0, 0, 1024, 49], [-200, -40, "edge", "edge"]],
              "keep": [[10, 50, 900, 600]],
              "keepUltrasoundRegions": true}]}
            """;

    @Test
    void readsTheDocumentedShape() {
        List<RegionTemplate> ts = JsonTemplateFormat.read(EXAMPLE, "mine.json");
        RegionTemplate t = ts.get(0);
        assertEquals("pixelscrub:mine.json#epiq-768", t.source());
        assertEquals("mine", t.exclusiveGroup());
        assertEquals(List.of(new TemplateRegion(0, 0, 1024, 49),
                new TemplateRegion(-200, -40, TemplateRegion.TO_EDGE, TemplateRegion.TO_EDGE)), t.redact());
        assertEquals(List.of(new TemplateRegion(10, 50, 900, 600)), t.keep());
        assertTrue(t.keepUltrasoundRegions());
        assertFalse(t.wholeImage());
        MapHeaderView h = MapHeaderView.of("Manufacturer", "Philips Medical Systems", "Rows", "768", "ImageType", "ORIGINAL\\PRIMARY");
        assertTrue(t.condition().test(h));
        assertFalse(t.condition().test(h.with("Rows", "600")));
        assertTrue(t.condition().test(MapHeaderView.of("Manufacturer", "PHILIPS", "ImageType", "PRIMARY")));
    }

    @Test
    void roundTripsOwnAndImportedTemplates() {
        List<RegionTemplate> all = new ArrayList<>(JsonTemplateFormat.read(EXAMPLE, "mine.json"));
        all.addAll(CtpScriptParser.parse(ReferenceRules.text(ReferenceRules.CTP), ReferenceRules.CTP));
        all.addAll(DeidRecipeParser.parse(ReferenceRules.text(ReferenceRules.DEID), ReferenceRules.DEID).templates());
        all.add(new RegionTemplate("whole", "", "pixelscrub:x#whole", TemplateAction.FLAG, Condition.all(), List.of(),
                List.of(), true, false, null));
        String json = JsonTemplateFormat.write(all, "round trip");
        List<RegionTemplate> back = JsonTemplateFormat.read(json, "other.json");
        assertEquals(all.size(), back.size());
        assertEquals(all, back);
        assertEquals(json, JsonTemplateFormat.write(back, "round trip"));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(TemplateParseException.class, () -> JsonTemplateFormat.read("{\"templates\":[{\"id\":\"a\",\"when\":{\"attr\":\"Rows\",\"resembles\":\"1\"}}]}", "x.json"));
        assertThrows(TemplateParseException.class, () -> JsonTemplateFormat.read("{\"templates\":[{\"id\":\"a\",\"redact\":[[0,0,1]]}]}", "x.json"));
        assertThrows(TemplateParseException.class, () -> JsonTemplateFormat.read("{\"templates\":[{\"name\":\"no id\"}]}", "x.json"));
        assertThrows(TemplateParseException.class, () -> JsonTemplateFormat.read("{\"templates\":[{\"id\":\"a\",\"when\":{\"attr\":\"X\",\"regex\":\"(\"}}]}", "x.json"));
        assertThrows(TemplateParseException.class, () -> JsonTemplateFormat.read("not json", "x.json"));
    }
}
