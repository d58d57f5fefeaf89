package io.pixelscrub.detector.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.TemplateAction;
import io.pixelscrub.models.template.TemplateLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped rules against the headers of the real ultrasound files. */
class RealDeviceMatchTest {

    private final TemplateDetector detector = new TemplateDetector(TemplateLibrary.builtIn());

    @Test
    void philipsEpiq5g() {
        HeaderView h = RealHeaders.epiq5g();
        // CTP: "EPIQ 7G" signature #25 at line 171 (ManufacturerModelName ~ EPIQ, Rows 768); the Rows 600 one (#24,
        // line 166) fails. Numbers from `grep -n '{' DicomPixelAnonymizer.script | awk -F: '{n++; print n, $1}'`.
        // deid graylist: "EPIQ 7G # (CTP)" with Rows 768 (line 262 = `grep -n 'LABEL EPIQ 7G' deid.dicom`, 2nd); "EPIQ_7G (CTP)" needs Manufacturer ~ EPIQ and fails.
        // deid blacklist: "Burned In Annotation" (BurnedInAnnotation YES) flags it for review.
        assertEquals(List.of(
                        "ctp:DicomPixelAnonymizer.script#25 EPIQ 7G CLEAN_REGIONS [(0,0 1024x49)]",
                        "deid:deid.dicom#EPIQ 7G EPIQ 7G CLEAN_REGIONS [(0,0 1024x49)]",
                        "deid:deid.dicom#Burned In Annotation Burned In Annotation FLAG []"),
                applied(h));
        List<Finding> f = detector.detect(h, 768, 1024);
        assertEquals(2, f.size());
        assertTrue(f.stream().allMatch(x -> x.box().equals(new Box(0, 0, 1024, 49)) && x.source() == FindingSource.TEMPLATE
                && x.verdict() == Verdict.PHI && x.confidence() == 1.0 && x.appliesToAllFrames()));
        assertEquals(List.of("ctp:DicomPixelAnonymizer.script:171", "deid:deid.dicom:262"), f.stream().map(Finding::reason).toList());
    }

    @Test
    void siemensS2000() {
        HeaderView h = RealHeaders.s2000();
        // CTP: the S2000 signature (#34, line 228); deid graylist "SIEMMENS  # (CTP)". Nothing in the blacklist: no
        // BurnedInAnnotation, ImageType present and not SECONDARY/SAVE, no secondary-capture attributes.
        assertEquals(List.of(
                        "ctp:DicomPixelAnonymizer.script#34 Siemens CLEAN_REGIONS [(0,0 1024x60)]",
                        "deid:deid.dicom#SIEMMENS SIEMMENS CLEAN_REGIONS [(0,0 1024x60)]"),
                applied(h));
    }

    @Test
    void explanationsOfRealHeadersCarryNoValues() {
        for (TemplateMatch m : detector.explain(RealHeaders.epiq5g(), 768, 1024)) {
            for (String value : List.of("Philips Medical", "EPIQ 5G", "KIDNEY", "PYNETDICOM", "1.5.6.850", "SMALL PARTS")) {
                assertFalse(m.explanation().contains(value), m.templateId() + " leaks " + value + ": " + m.explanation());
            }
        }
    }

    @Test
    void changingOneAttributeChangesTheMatch() {
        // Rows 600 picks the other EPIQ signature in CTP (same box) — but a different id.
        List<Finding> f = detector.detect(RealHeaders.epiq5g().with("Rows", "600"), 600, 1024);
        assertEquals("ctp:DicomPixelAnonymizer.script:166", f.get(0).reason());
        assertTrue(detector.detect(RealHeaders.epiq5g().with("Rows", "700"), 700, 1024).isEmpty());
        assertEquals(TemplateAction.FLAG, detector.explain(RealHeaders.epiq5g(), 768, 1024).stream()
                .filter(TemplateMatch::applied).reduce((a, b) -> b).orElseThrow().action());
    }

    private List<String> applied(HeaderView h) {
        return detector.explain(h, 768, 1024).stream().filter(TemplateMatch::applied)
                .map(m -> m.source() + " " + m.name() + " " + m.action() + " " + m.boxes()).toList();
    }
}
