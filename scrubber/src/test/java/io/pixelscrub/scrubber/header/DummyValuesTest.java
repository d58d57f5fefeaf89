package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every dummy the table can ask for (any D in any column) is valid for the attribute's VR (PS3.5 6.2). */
class DummyValuesTest {

    /** Character repertoire and maximum length per VR. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("AE", "[ -~&&[^\\\\]]{1,16}"), Map.entry("AS", "\\d{3}[DWMY]"), Map.entry("CS", "[A-Z0-9 _]{1,16}"),
            Map.entry("DA", "\\d{8}"), Map.entry("DT", "\\d{4,14}(\\.\\d{1,6})?([+-]\\d{4})?"), Map.entry("TM", "\\d{2,6}(\\.\\d{1,6})?"),
            Map.entry("DS", "[0-9+\\-Ee. ]{1,16}"), Map.entry("IS", "[0-9+\\- ]{1,12}"), Map.entry("LO", "[^\\\\]{1,64}"),
            Map.entry("SH", "[^\\\\]{1,16}"), Map.entry("PN", "[^\\\\]{1,64}"), Map.entry("LT", ".{1,10240}"),
            Map.entry("ST", ".{1,1024}"), Map.entry("UT", ".+"), Map.entry("UC", ".+"), Map.entry("UR", "[ -~]+"));

    @Test
    void everyDummyTheTableCanAskForIsValidForItsVr() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (ProfileTable.Row r : ProfileTable.standard().rows()) {
            if (!r.pattern().isExact() || r.codes().values().stream().noneMatch(c -> c.contains("D"))) {
                continue;
            }
            byte[] vr = AttributeList.getDictionary().getValueRepresentationFromTag(
                    new AttributeTag(r.pattern().group(), r.pattern().element()));
            if (vr == null) {
                continue; // not in PixelMed's dictionary: the attribute cannot be read with a VR either
            }
            String v = new String(vr, StandardCharsets.US_ASCII);
            Optional<String> dummy = DummyValues.forVr(v);
            if (dummy.isPresent()) {
                checked++;
                String pattern = VALID.get(v);
                if (pattern != null && !dummy.get().matches(pattern)) {
                    bad.add(r.tagText() + " " + v);
                }
            }
        }
        assertTrue(checked > 40, "checked " + checked);
        assertEquals(List.of(), bad);
    }
}
