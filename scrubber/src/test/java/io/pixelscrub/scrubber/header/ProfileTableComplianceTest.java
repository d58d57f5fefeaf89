package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table-driven: for every attribute of PS3.15 Table E.1-1 present in a real file (at any depth), the output obeys
 * the basicProfile cell. Compound cells (X/Z, X/D, ...) pass when any of their alternatives holds.
 * Failure messages name tags and codes only, never values.
 */
class ProfileTableComplianceTest {

    static String[] files() {
        return HeaderFixtures.PHI_FILES;
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyTableAttributeInTheFileObeysTheBasicProfile(String file) throws Exception {
        AttributeList original = RealFiles.read(file);
        AttributeList out = RealFiles.read(file);
        UidMapper mapper = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        new HeaderDeidentifier().apply(out, HeaderFixtures.context(false, mapper));

        Checker c = new Checker(mapper, HeaderFixtures.expectedPseudonym(original));
        c.check(original, out, "");
        assertTrue(c.checked >= 10, "too few table attributes found to be a meaningful check: " + c.checked);
        assertEquals(List.of(), c.failures, file);
    }

    private static final class Checker {
        final ProfileTable table = ProfileTable.standard();
        final UidMapper mapper;
        final PatientPseudonymizer.Pseudonym pseudonym;
        final List<String> failures = new ArrayList<>();
        int checked;

        Checker(UidMapper mapper, PatientPseudonymizer.Pseudonym pseudonym) {
            this.mapper = mapper;
            this.pseudonym = pseudonym;
        }

        void check(AttributeList original, AttributeList out, String path) {
            for (Attribute a : original.values()) {
                AttributeTag tag = a.getTag();
                Attribute b = out.get(tag);
                String here = path + TagPattern.format(tag);
                Optional<ProfileTable.Row> row = table.find(tag);
                if (row.isPresent()) {
                    checked++;
                    String code = row.get().code(ProfileTable.BASIC_PROFILE);
                    boolean ok = false;
                    for (String alt : code.replace("*", "").split("/")) {
                        ok |= obeys(alt.trim(), tag, a, b);
                    }
                    if (!ok) {
                        failures.add(here + " " + code + " -> " + state(b));
                    }
                }
                if (a instanceof SequenceAttribute s && b instanceof SequenceAttribute t) {
                    for (int i = 0; i < Math.min(s.getNumberOfItems(), t.getNumberOfItems()); i++) {
                        check(s.getItem(i).getAttributeList(), t.getItem(i).getAttributeList(), here + "[" + i + "]/");
                    }
                }
                // an absent or emptied parent sequence takes its contents with it; the parent's own row is checked
            }
        }

        boolean obeys(String alt, AttributeTag tag, Attribute a, Attribute b) {
            return switch (alt) {
                case "X" -> b == null;
                case "Z" -> b != null && (AttributeEdits.isEmpty(b) || isPseudonym(tag, b));
                case "D" -> b != null && (b instanceof SequenceAttribute || AttributeEdits.isEmpty(a)
                        || !AttributeEdits.valueText(a).equals(AttributeEdits.valueText(b)));
                case "U" -> b != null && (b instanceof SequenceAttribute || remapped(a, b));
                case "K" -> b != null && AttributeEdits.valueText(a).equals(AttributeEdits.valueText(b));
                default -> throw new IllegalArgumentException("unexpected code " + alt);
            };
        }

        /** PS3.15 allows Z to be a dummy; Patient's Name and ID get the pseudonym. */
        boolean isPseudonym(AttributeTag tag, Attribute b) {
            String v = AttributeEdits.valueText(b);
            return (tag.equals(TagFromName.PatientName) && v.equals(pseudonym.name()))
                    || (tag.equals(TagFromName.PatientID) && v.equals(pseudonym.id()));
        }

        boolean remapped(Attribute a, Attribute b) {
            if (!ValueRepresentation.isUniqueIdentifierVR(a.getVR())) {
                return false;
            }
            String[] before = Attribute.getStringValues(a);
            String[] after = Attribute.getStringValues(b);
            if (before == null || after == null || before.length != after.length) {
                return before == null || before.length == 0;
            }
            for (int i = 0; i < before.length; i++) {
                String expected = UidMapper.isStandardUid(before[i].trim()) ? before[i].trim() : mapper.map(before[i].trim());
                if (!after[i].trim().equals(expected)) {
                    return false;
                }
            }
            return true;
        }

        static String state(Attribute b) {
            if (b == null) {
                return "absent";
            }
            return AttributeEdits.isEmpty(b) ? "present, empty" : "present with a value";
        }
    }
}
