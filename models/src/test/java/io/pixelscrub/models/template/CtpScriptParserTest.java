package io.pixelscrub.models.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.MapHeaderView;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtpScriptParserTest {

    private final List<RegionTemplate> ctp = CtpScriptParser.parse(ReferenceRules.text(ReferenceRules.CTP), ReferenceRules.CTP);

    @Test
    void referenceScriptParsesCompletely() {
        // 52 signatures: `grep -o '{' DicomPixelAnonymizer.script | wc -l` = 52, and '}' also 52
        // (every brace pair is one signature; no braces appear in the commentary).
        assertEquals(52, ctp.size());
        // 62 regions: `grep -oE '\( *-?[0-9]+ *, *-?[0-9]+ *, *-?[0-9]+ *, *-?[0-9]+ *\)' | wc -l` = 62; the parser
        // rejects any other parenthesised group between signatures, so none was skipped.
        assertEquals(62, ctp.stream().mapToInt(t -> t.redact().size()).sum());
        assertTrue(ctp.stream().allMatch(t -> !t.redact().isEmpty()), "every signature has a region");
        assertTrue(ctp.stream().allMatch(t -> t.action() == TemplateAction.CLEAN_REGIONS && t.keep().isEmpty()));
        assertTrue(ctp.stream().allMatch(t -> ("ctp:" + ReferenceRules.CTP).equals(t.exclusiveGroup())));
        assertEquals(52, ctp.stream().map(RegionTemplate::id).distinct().count());
    }

    @Test
    void regionsAndNamesComeFromTheRightPlaces() {
        RegionTemplate first = ctp.get(0);
        assertEquals("ctp:DicomPixelAnonymizer.script#1", first.source());
        assertEquals("CT Dose Series", first.name());
        assertEquals(List.of(new TemplateRegion(0, 0, 512, 200)), first.redact());
        RegionTemplate antares = ctp.stream().filter(t -> t.condition().describe().contains("\"ANTARES\"")).findFirst().orElseThrow();
        assertEquals(List.of(new TemplateRegion(0, 0, 1024, 60), new TemplateRegion(200, 60, 20, 20),
                new TemplateRegion(800, 65, 104, 14)), antares.redact());
        RegionTemplate last = ctp.get(ctp.size() - 1);
        assertEquals("MEDRAD Injection Profile", last.name());
        assertEquals(List.of(new TemplateRegion(0, 0, 750, 230)), last.redact());
    }

    @Test
    void hexTagsBecomeKeywords() {
        // The Philips GEMINI PT signatures use [0008,0070], [0008,1090], [0028,0010], [0028,0011].
        RegionTemplate gemini = ctp.stream().filter(t -> t.condition().describe().contains("GEMINI")).findFirst().orElseThrow();
        String d = gemini.condition().describe();
        assertTrue(d.contains("Manufacturer containsIgnoreCase") && d.contains("ManufacturerModelName containsIgnoreCase")
                && d.contains("Rows equals \"446\"") && d.contains("Columns equals \"245\""), d);
        assertFalse(d.contains("["), d);
        assertTrue(gemini.condition().test(MapHeaderView.of("Modality", "PT", "Manufacturer", "Philips Medical Systems",
                "ManufacturerModelName", "GEMINI TF", "Rows", "446", "Columns", "245")));
    }

    @Test
    void precedenceNotAndOr() {
        // CTP: '!' > '*' > '+', so "A + B * !C" is A OR (B AND NOT C)
        Condition c = CtpExpressionParser.parse(
                "Modality.equals(\"CT\") + Rows.equals(\"512\") * !Manufacturer.containsIgnoreCase(\"ge\") // comment", "t");
        assertTrue(c.test(MapHeaderView.of("Modality", "CT", "Manufacturer", "GE")));
        assertTrue(c.test(MapHeaderView.of("Modality", "MR", "Rows", "512", "Manufacturer", "Siemens")));
        assertFalse(c.test(MapHeaderView.of("Modality", "MR", "Rows", "512", "Manufacturer", "GE MEDICAL")));
        assertFalse(c.test(MapHeaderView.of("Modality", "MR", "Rows", "256", "Manufacturer", "Siemens")));
        Condition grouped = CtpExpressionParser.parse("(Modality.equals(\"CT\") + Rows.equals(\"512\")) * Columns.equals(\"512\")", "t");
        assertFalse(grouped.test(MapHeaderView.of("Modality", "CT", "Columns", "256")));
        assertTrue(grouped.test(MapHeaderView.of("Modality", "CT", "Columns", "512")));
    }

    @Test
    void ctpUsesTheWholeBackslashJoinedValue() {
        Condition c = CtpExpressionParser.parse("ImageType.equals(\"DERIVED\\SECONDARY\")", "t");
        assertTrue(c.test(MapHeaderView.of("ImageType", "DERIVED\\SECONDARY")));
        assertFalse(CtpExpressionParser.parse("ImageType.equals(\"SECONDARY\")", "t").test(MapHeaderView.of("ImageType", "DERIVED\\SECONDARY")));
        // An absent element reads as "" in CTP.
        assertTrue(CtpExpressionParser.parse("Rows.equals(\"\")", "t").test(MapHeaderView.of()));
        assertTrue(CtpExpressionParser.parse("Rows.isGreaterThan(\"500\")", "t").test(MapHeaderView.of("Rows", "512")));
        assertFalse(CtpExpressionParser.parse("Rows.isLessThan(\"500\")", "t").test(MapHeaderView.of("Rows", "512")));
        assertTrue(CtpExpressionParser.parse("SoftwareVersions.matches(\"VE\\d+B\")", "t").test(MapHeaderView.of("SoftwareVersions", "VE10B")));
    }

    @Test
    void badInputIsAnErrorNotASkip() {
        assertThrows(TemplateParseException.class, () -> CtpScriptParser.parse("{ Rows.bogus(\"1\") }\n(0,0,1,1)", "x.script"));
        assertThrows(TemplateParseException.class, () -> CtpScriptParser.parse("{ Rows.equals(\"1\") }\n(0,0,1)", "x.script"));
        assertThrows(TemplateParseException.class, () -> CtpScriptParser.parse("{ Rows.equals(\"1\") * }\n(0,0,1,1)", "x.script"));
    }

    @Test
    void negativeRegionsAreKept() {
        List<RegionTemplate> t = CtpScriptParser.parse("{ Rows.equals(\"1\") }\n(-100, -20, 100, 20)", "x.script");
        assertEquals(new TemplateRegion(-100, -20, 100, 20), t.get(0).redact().get(0));
    }
}
