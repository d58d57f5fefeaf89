package io.pixelscrub.detector.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import io.pixelscrub.models.template.JsonTemplateFormat;
import io.pixelscrub.models.template.TemplateLibrary;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateDetectorTest {

    private static TemplateDetector detector(String json) {
        return new TemplateDetector(new TemplateLibrary(JsonTemplateFormat.read(json, "t.json")));
    }

    private static List<Box> boxes(List<Finding> f) {
        return f.stream().map(Finding::box).toList();
    }

    @Test
    void negativeCoordinatesResolveAgainstTheImage() {
        TemplateDetector d = detector("""
                {"templates":[{"id":"corner","when":{"attr":"Modality","equals":"US"},
                  "redact":[[-100,-20,100,20],[0,0,"edge",30],[600,0,100,10]]}]}""");
        MapHeaderView h = MapHeaderView.of("Modality", "US");
        assertEquals(List.of(new Box(540, 460, 100, 20), new Box(0, 0, 640, 30), new Box(600, 0, 40, 10)), boxes(d.detect(h, 480, 640)));
        assertEquals(List.of(new Box(924, 748, 100, 20), new Box(0, 0, 1024, 30)), boxes(d.detect(h, 768, 1024)).subList(0, 2));
        assertTrue(d.detect(MapHeaderView.of("Modality", "CT"), 480, 640).isEmpty());
        assertEquals(Set.of("corner"), d.detect(h, 480, 640).stream().map(Finding::reason).collect(Collectors.toSet()));
    }

    @Test
    void wholeImage() {
        TemplateDetector d = detector("{\"templates\":[{\"id\":\"all\",\"wholeImage\":true}]}");
        assertEquals(List.of(new Box(0, 0, 640, 480)), boxes(d.detect(MapHeaderView.of(), 480, 640)));
    }

    @Test
    void keepRegionsCleanEverythingElse() {
        TemplateDetector d = detector("{\"templates\":[{\"id\":\"keep\",\"keep\":[[10,10,20,20],[-10,-10,\"edge\",\"edge\"]]}]}");
        List<Box> out = boxes(d.detect(MapHeaderView.of(), 50, 60));
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 60; x++) {
                boolean kept = (x >= 10 && x < 30 && y >= 10 && y < 30) || (x >= 50 && y >= 40);
                final int px = x;
                final int py = y;
                assertEquals(!kept, out.stream().anyMatch(b -> b.contains(px, py)), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void ultrasoundKeepUsesTheHeaderRegions() {
        TemplateDetector d = detector("{\"templates\":[{\"id\":\"us\",\"wholeImage\":true,\"keepUltrasoundRegions\":true}]}");
        MapHeaderView h = MapHeaderView.of("Modality", "US").withUltrasoundRegions(List.of(new Box(100, 60, 800, 600)));
        List<Box> out = boxes(d.detect(h, 768, 1024));
        long cleaned = out.stream().mapToLong(Box::area).sum();
        assertEquals(1024L * 768 - 800L * 600, cleaned);
        assertTrue(out.stream().noneMatch(b -> b.intersects(new Box(100, 60, 800, 600))));
        assertTrue(out.stream().anyMatch(b -> b.contains(0, 0)) && out.stream().anyMatch(b -> b.contains(1023, 767)));
        // no ultrasound regions in the header: nothing to keep, the whole image is cleaned
        assertEquals(List.of(new Box(0, 0, 1024, 768)), boxes(d.detect(MapHeaderView.of("Modality", "US"), 768, 1024)));
    }

    @Test
    void exclusiveGroupAppliesFirstMatchOnlyWhileOthersAllApply() {
        TemplateDetector d = detector("""
                {"templates":[
                  {"id":"g1","exclusiveGroup":"g","when":{"attr":"Rows","equals":"100"},"redact":[[0,0,10,10]]},
                  {"id":"g2","exclusiveGroup":"g","when":{"attr":"Rows","present":true},"redact":[[0,0,20,20]]},
                  {"id":"free1","when":{"attr":"Rows","present":true},"redact":[[0,0,30,30]]},
                  {"id":"free2","when":{"attr":"Rows","present":true},"redact":[[0,0,40,40]]},
                  {"id":"flag","action":"FLAG","when":{"attr":"Rows","present":true}}]}""");
        MapHeaderView h = MapHeaderView.of("Rows", "100");
        assertEquals(List.of("g1", "free1", "free2"), d.detect(h, 100, 100).stream().map(Finding::reason).toList());
        assertEquals(List.of("g2", "free1", "free2"), d.detect(h.with("Rows", "200"), 100, 100).stream().map(Finding::reason).toList());
        List<TemplateMatch> ex = d.explain(h, 100, 100);
        assertEquals(5, ex.size());
        TemplateMatch g2 = ex.get(1);
        assertTrue(g2.matched());
        assertFalse(g2.applied());
        assertTrue(g2.explanation().contains("not applied"), g2.explanation());
        assertTrue(g2.boxes().isEmpty());
        assertTrue(ex.get(4).applied() && ex.get(4).boxes().isEmpty());
    }

    @Test
    void ctpFirstMatchWithTheShippedScript() {
        // Both ADAC signatures match this header; CTP applies only the first: (0,0,1024,80) (0,762,1024,80),
        // not the second's (0,0,1024,130).
        TemplateDetector d = new TemplateDetector(TemplateLibrary.builtIn());
        MapHeaderView h = MapHeaderView.of("Manufacturer", "ADAC", "Rows", "832", "Columns", "1024", "ProtocolName", "DUAL DETECTOR");
        List<TemplateMatch> ctp = d.explain(h, 832, 1024).stream().filter(m -> m.source().startsWith("ctp:") && m.matched()).toList();
        assertEquals(2, ctp.size());
        assertTrue(ctp.get(0).applied());
        assertFalse(ctp.get(1).applied());
        assertEquals(List.of(new Box(0, 0, 1024, 80), new Box(0, 762, 1024, 70)), ctp.get(0).boxes()); // clipped at row 832
    }

    @Test
    void ctpOverlayRuleLeavesThePixelDataAlone() {
        // CTP's "This is an overlay": [6000,0022] contains "Siemens MedCom Object Graphics" -> (0,0,512,90). Its box is
        // a place in the overlay plane, which is removed whole; on the pixel data it blacked out 90 rows of an MR.
        TemplateDetector d = new TemplateDetector(TemplateLibrary.builtIn());
        MapHeaderView h = MapHeaderView.of("Modality", "MR", "Manufacturer", "SIEMENS", "Rows", "512", "Columns", "512",
                "OverlayDescription", "Siemens MedCom Object Graphics");
        TemplateMatch overlay = d.explain(h, 512, 512).stream()
                .filter(m -> m.matched() && m.source().startsWith("ctp:")).findFirst().orElseThrow();
        assertFalse(overlay.applied());
        assertTrue(overlay.boxes().isEmpty());
        assertTrue(overlay.explanation().contains("overlay plane"), overlay.explanation());
        assertTrue(d.detect(h, 512, 512).stream().noneMatch(f -> f.reason().equals(overlay.templateId())));
    }

    @Test
    void anOverlayRuleDoesNotShadowALaterPixelRuleOfItsScript() {
        TemplateDetector d = new TemplateDetector(new TemplateLibrary(io.pixelscrub.models.template.CtpScriptParser.parse("""
                { [6000,0022].contains("Object Graphics") }
                (0,0,512,90)
                { Manufacturer.contains("ACME") }
                (0,0,100,20)
                """, "t.script")));
        MapHeaderView h = MapHeaderView.of("Manufacturer", "ACME", "OverlayDescription", "Object Graphics");
        assertEquals(List.of(new Box(0, 0, 100, 20)), boxes(d.detect(h, 512, 512)));
    }

    @Test
    void aRuleOnOverlayAndDeviceAttributesStillActsOnPixels() {
        TemplateDetector d = new TemplateDetector(new TemplateLibrary(io.pixelscrub.models.template.CtpScriptParser.parse("""
                { [6000,0022].contains("Graphics") * Manufacturer.contains("ACME") }
                (0,0,100,20)
                """, "t.script")));
        MapHeaderView h = MapHeaderView.of("Manufacturer", "ACME", "OverlayDescription", "Graphics");
        assertEquals(List.of(new Box(0, 0, 100, 20)), boxes(d.detect(h, 512, 512)));
    }

    @Test
    void explainHasNoHeaderValues() {
        TemplateDetector d = new TemplateDetector(TemplateLibrary.builtIn());
        MapHeaderView h = MapHeaderView.of("Modality", "CT", "Manufacturer", "GE MEDICAL SYSTEMS", "SeriesDescription", "Dose Report SMITH",
                "ImageType", "DERIVED\\SECONDARY\\SCREEN SAVE", "Rows", "512", "Columns", "512", "PatientName", "SMITH^JOHN");
        List<TemplateMatch> ex = d.explain(h, 512, 512);
        assertEquals(170, ex.size());
        assertTrue(ex.stream().anyMatch(TemplateMatch::applied));
        for (TemplateMatch m : ex) {
            assertFalse(m.explanation().contains("SMITH") || m.explanation().contains("GE MEDICAL") || m.explanation().contains("SCREEN SAVE"),
                    m.explanation());
        }
    }
}
