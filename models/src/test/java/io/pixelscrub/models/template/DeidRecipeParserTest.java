package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.MapHeaderView;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeidRecipeParserTest {

    private final DeidRecipe recipe = DeidRecipeParser.parse(ReferenceRules.text(ReferenceRules.DEID), ReferenceRules.DEID);

    @Test
    void referenceRecipeParsesCompletely() {
        assertEquals("dicom", recipe.format());
        // LABELs per section: awk '/^%filter/{s=$2} /^LABEL/{c[s]++} END{for(k in c) print k, c[k]}' deid.dicom
        // -> whitelist 2, graylist 109, blacklist 7 (118 = grep -c '^LABEL'). The parser throws on any line it
        // does not understand, so a complete parse means no line was left over.
        assertEquals(List.of("whitelist", "graylist", "blacklist"), List.copyOf(recipe.filters().keySet()));
        assertEquals(2, recipe.filters().get("whitelist").size());
        assertEquals(109, recipe.filters().get("graylist").size());
        assertEquals(7, recipe.filters().get("blacklist").size());
        // Regions: grep -cE '^\s*ctpcoordinates' = 110, grep -cE '^\s*coordinates' = 7, no keepcoordinates.
        assertEquals(117, recipe.templates().stream().mapToInt(t -> t.redact().size()).sum());
        assertEquals(0, recipe.templates().stream().mapToInt(t -> t.keep().size()).sum());
        // %header lines: grep -cE '^(REMOVE|ADD|REPLACE|BLANK|KEEP|JITTER)' deid.dicom = 73
        assertEquals(73, recipe.headerActions().size());
        assertEquals(new DeidHeaderAction("header", "ADD", "PatientIdentityRemoved", "YES"),
                recipe.headerActions().get(recipe.headerActions().size() - 2));
    }

    @Test
    void sectionsMapToActions() {
        assertTrue(recipe.filters().get("whitelist").stream().allMatch(t -> t.action() == TemplateAction.PASS));
        assertTrue(recipe.filters().get("graylist").stream().allMatch(t -> t.action() == TemplateAction.CLEAN_REGIONS));
        assertTrue(recipe.filters().get("blacklist").stream().allMatch(t -> t.action() == TemplateAction.FLAG));
        assertTrue(recipe.templates().stream().allMatch(t -> t.exclusiveGroup() == null));
    }

    @Test
    void coordinateConventions() {
        // "coordinates 450,0,672, 85" is xmin,ymin,xmax,ymax (with a stray space)
        RegionTemplate lab = byName("3D Lab reconstructions");
        assertEquals(List.of(new TemplateRegion(450, 0, 222, 85)), lab.redact());
        // "ctpcoordinates x,y,w,h"
        assertEquals(List.of(new TemplateRegion(40, 0, 200, 40), new TemplateRegion(240, 0, 190, 16)), byName("ATL HDI 5000").redact());
    }

    @Test
    void criteriaAfterCoordinatesStillCount() {
        // LABEL TOSHIBA (Rows 903) has its "+ contains ManufacturerModelName TUS-A500" after the coordinates line.
        RegionTemplate t = recipe.templates().stream().filter(x -> x.condition().describe().contains("\"903\"")).findFirst().orElseThrow();
        MapHeaderView h = MapHeaderView.of("Modality", "US", "Manufacturer", "TOSHIBA", "Rows", "903", "ManufacturerModelName", "TUS-A500");
        assertTrue(t.condition().test(h));
        assertFalse(t.condition().test(h.with("ManufacturerModelName", "TUS-A300")));
    }

    @Test
    void regexValuesWithPlusStayWhole() {
        // "contains ManufacturerModelName SOMATOM Definition AS+" is one regex, not an AND
        RegionTemplate t = byName("CT Siemens SOMATOM Catch-all");
        assertTrue(t.condition().test(MapHeaderView.of("ManufacturerModelName", "SOMATOM Definition AS", "Modality", "CT")));
        assertFalse(t.condition().test(MapHeaderView.of("ManufacturerModelName", "SOMATOM Definition", "Modality", "CT")));
    }

    @Test
    void deidSemantics() {
        DeidRecipe r = DeidRecipeParser.parse(String.join("\n",
                "FORMAT dicom", "%filter graylist",
                "LABEL one # comment",
                "  contains Modality ct",
                "  + equals Rows 512 || notcontains SeriesDescription dose",
                "  ctpcoordinates 0,0,10,10",
                "LABEL two",
                "  missing Manufacturer || empty Manufacturer",
                "  keepcoordinates from:SequenceOfUltrasoundRegions",
                "  coordinates all",
                "LABEL three",
                "  present 0x00080070",
                "  ctpkeepcoordinates -100,0,100,20"), "t.dicom");
        Condition one = r.templates().get(0).condition();
        // a line is one group (deid's "inner parentheses"): Modality ~ ct AND (Rows = 512 OR NOT SeriesDescription ~ dose)
        assertTrue(one.test(MapHeaderView.of("Modality", "CT", "Rows", "512", "SeriesDescription", "Dose")));
        assertTrue(one.test(MapHeaderView.of("Modality", "CT", "SeriesDescription", "axial")));
        assertFalse(one.test(MapHeaderView.of("Modality", "MR", "SeriesDescription", "axial")));
        assertFalse(one.test(MapHeaderView.of("Modality", "CT", "Rows", "256", "SeriesDescription", "DOSE report")));
        // equals/contains test each value of a multi-valued attribute, case-insensitively
        assertTrue(one.test(MapHeaderView.of("Modality", "ct", "Rows", "512", "SeriesDescription", "dose")));
        RegionTemplate two = r.templates().get(1);
        assertTrue(two.wholeImage() && two.keepUltrasoundRegions() && two.redact().isEmpty());
        assertTrue(two.condition().test(MapHeaderView.of()));
        assertTrue(two.condition().test(MapHeaderView.of("Manufacturer", "")));
        assertFalse(two.condition().test(MapHeaderView.of("Manufacturer", "ACME")));
        RegionTemplate three = r.templates().get(2);
        assertEquals(List.of(new TemplateRegion(-100, 0, 100, 20)), three.keep());
        assertTrue(three.condition().test(MapHeaderView.of("Manufacturer", "x")));
        assertEquals("deid:t.dicom#one", r.templates().get(0).source());
        assertEquals("one", r.templates().get(0).name());
    }

    @Test
    void unknownLinesAreErrors() {
        assertThrows(TemplateParseException.class, () -> DeidRecipeParser.parse("FORMAT dicom\n%filter graylist\nLABEL x\n  resembles Modality CT\n", "t"));
        assertThrows(TemplateParseException.class, () -> DeidRecipeParser.parse("FORMAT dicom\n%filter graylist\nLABEL x\n  coordinates 1,2,3\n", "t"));
        assertThrows(TemplateParseException.class, () -> DeidRecipeParser.parse("FORMAT dicom\nwhat is this\n", "t"));
    }

    private RegionTemplate byName(String name) {
        return recipe.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
