package io.pixelscrub.testdata.synthetic;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Burned PHI that claims a header attribute really renders that attribute's value, and PHI that does not, does not. */
class HeaderMatchesPictureTest {

    @TestFactory
    Stream<DynamicTest> burnedPhiRendersTheHeaderItNames() {
        return TestCorpus.truth().cases().stream().filter(c -> !c.phiTexts().isEmpty())
                .map(c -> dynamicTest(c.file(), () -> {
                    AttributeList header = WrittenFilesTest.header(c);
                    for (TextTruth t : c.phiTexts()) {
                        check(header, t);
                    }
                    assertFalse(value(header, "Manufacturer").isEmpty());
                }));
    }

    private static void check(AttributeList header, TextTruth t) {
        String text = t.text().toUpperCase(Locale.ROOT);
        String patientId = value(header, "PatientID");
        if (t.headerAttribute() == null) {
            assertFalse(text.contains(patientId), "'" + t.text() + "' claims not to be in the header");
            return;
        }
        String v = value(header, t.headerAttribute());
        assertFalse(v.isEmpty(), t.headerAttribute() + " is empty but '" + t.text() + "' renders it");
        if ("initials".equals(t.category())) {
            String[] pn = v.split("\\^");
            assertTrue(text.contains(pn[0].substring(0, 1)) && text.contains(pn[1].substring(0, 1)),
                    "'" + t.text() + "' should show the initials of " + v);
            return;
        }
        String shown = switch (t.headerAttribute()) {
            case "PatientName", "ReferringPhysicianName", "PerformingPhysicianName" -> v.split("\\^")[0];
            // A one-component name (AC) is shown whole.
            case "OperatorsName" -> v.contains("^") ? "" + v.split("\\^")[1].charAt(0) + v.charAt(0) : v;
            // Dates and times are reformatted; the two-digit year or the minutes must still show.
            case "PatientBirthDate", "StudyDate" -> v.substring(2, 4);
            case "StudyTime" -> v.substring(2, 4);
            case "PatientAge" -> Integer.toString(Integer.parseInt(v.substring(0, 3)));
            default -> v;
        };
        assertTrue(text.contains(shown.toUpperCase(Locale.ROOT)),
                "'" + t.text() + "' should show " + t.headerAttribute() + " " + v);
    }

    private static String value(AttributeList header, String keyword) {
        AttributeTag tag = DicomDictionary.StandardDictionary.getTagFromName(keyword);
        return Attribute.getSingleStringValueOrEmptyString(header, tag);
    }
}
