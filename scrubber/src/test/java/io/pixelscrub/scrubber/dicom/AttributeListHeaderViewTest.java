package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeListHeaderViewTest {

    private static HeaderView view(String file) throws Exception {
        return new AttributeListHeaderView(RealFiles.read(file));
    }

    @Test
    void readsValuesByKeyword() throws Exception {
        HeaderView v = view("deid-data/US_Siemens_S2000_RGB_IMAGE.dcm");
        assertEquals(List.of("SIEMENS"), v.values("Manufacturer"));
        assertEquals("768", v.value("Rows").orElseThrow());
        assertEquals("1024", v.value("Columns").orElseThrow());
        assertEquals("US", v.value("Modality").orElseThrow());
        assertTrue(v.contains("Manufacturer"));
        assertFalse(v.contains("NoSuchKeyword"));
        assertEquals(List.of(), v.values("NoSuchKeyword"));
        assertFalse(v.contains("BurnedInAnnotation"));
    }

    @Test
    void multiValuedAttributesGiveOneTrimmedStringPerValue() throws Exception {
        List<String> imageType = view("pydicom/CT_small_explicitLE.dcm").values("ImageType");
        assertTrue(imageType.size() >= 2, "ImageType should be multi-valued");
        assertEquals("ORIGINAL", imageType.get(0));
        imageType.forEach(s -> assertEquals(s.trim(), s));
    }

    @Test
    void ultrasoundRegionsAreInclusiveDicomCornersMadeExclusive() throws Exception {
        // MANIFEST: US region (0,60)-(1008,764)
        assertEquals(List.of(new Box(0, 60, 1009, 705)), view("deid-data/US_Siemens_S2000_RGB_IMAGE.dcm").ultrasoundRegions());
        assertEquals(List.of(), view("pydicom/CT_small_explicitLE.dcm").ultrasoundRegions());
        assertEquals(List.of(), new AttributeListHeaderView(new AttributeList()).ultrasoundRegions());
    }
}
