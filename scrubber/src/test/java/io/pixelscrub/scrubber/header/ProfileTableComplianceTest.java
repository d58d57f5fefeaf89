package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table-driven, over the shipped JSON: for every attribute of PS3.15 Table E.1-1 present in a real file (at any
 * depth), under each option set, the output obeys the cell that the chosen options select (an option's cell replaces
 * the basic profile's; K beats C beats the rest when two options overlap). Compound cells (X/Z, X/D, ...) pass when
 * any of their alternatives holds. Also checks the method code sequence lists exactly the options used.
 * Failure messages name tags and codes only, never values.
 */
class ProfileTableComplianceTest {

    /** The basic profile, every option alone, and all retain / all clean options together. */
    static List<Set<ProfileOption>> optionSets() {
        List<Set<ProfileOption>> sets = new ArrayList<>();
        sets.add(Set.of());
        for (ProfileOption o : ProfileOption.values()) {
            if (o.column().isPresent()) {
                sets.add(Set.of(o));
            }
        }
        sets.add(EnumSet.of(ProfileOption.RETAIN_UIDS, ProfileOption.RETAIN_DEVICE_IDENTITY, ProfileOption.RETAIN_INSTITUTION_IDENTITY,
                ProfileOption.RETAIN_PATIENT_CHARACTERISTICS, ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES, ProfileOption.RETAIN_SAFE_PRIVATE));
        sets.add(EnumSet.of(ProfileOption.CLEAN_DESCRIPTORS, ProfileOption.CLEAN_STRUCTURED_CONTENT, ProfileOption.CLEAN_GRAPHICS,
                ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES, ProfileOption.RETAIN_PATIENT_CHARACTERISTICS));
        return sets;
    }

    static Stream<Arguments> cases() {
        return Stream.of(HeaderFixtures.PHI_FILES).flatMap(f -> optionSets().stream().map(o -> Arguments.of(f, o)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyTableAttributeInTheFileObeysTheCellTheOptionsSelect(String file, Set<ProfileOption> chosen) throws Exception {
        AttributeList original = RealFiles.read(file);
        AttributeList out = RealFiles.read(file);
        UidMapper mapper = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        DeidentificationResult r = new HeaderDeidentifier(new ProfileOptions(chosen))
                .apply(out, HeaderFixtures.context(false, mapper));

        Checker c = new Checker(chosen, mapper, HeaderFixtures.expectedMapping(original));
        c.check(original, out, "");
        assertTrue(c.checked >= 10, "too few table attributes found to be a meaningful check: " + c.checked);
        assertEquals(List.of(), c.failures, file);

        List<String> expectedCodes = new ArrayList<>(List.of(ProfileOption.BASIC_PROFILE_CODE));
        chosen.stream().sorted().filter(o -> o.column().isPresent()).forEach(o -> expectedCodes.add(o.code()));
        assertEquals(expectedCodes, HeaderFixtures.methodCodes(out));
        assertEquals(chosen.stream().filter(o -> o.column().isPresent()).collect(java.util.stream.Collectors.toSet()),
                r.optionsUsed());
    }

    private static final class Checker {
        final ProfileTable table = ProfileTable.standard();
        final Set<ProfileOption> chosen;
        final UidMapper mapper;
        final PatientMapper.PatientMapping patient;
        final List<String> failures = new ArrayList<>();
        int checked;

        Checker(Set<ProfileOption> chosen, UidMapper mapper, PatientMapper.PatientMapping patient) {
            this.chosen = chosen;
            this.mapper = mapper;
            this.patient = patient;
        }

        /** The cell the chosen options select, straight from the JSON row. */
        String cell(ProfileTable.Row row) {
            Map<Integer, String> byRank = new TreeMap<>();
            for (ProfileOption o : chosen) {
                String c = o.column().map(row::code).orElse(null);
                if (c != null && !c.isBlank()) {
                    byRank.put(c.equals("K") ? 2 : c.equals("C") ? 1 : 0, c);
                }
            }
            return byRank.isEmpty() ? row.code(ProfileTable.BASIC_PROFILE) : ((TreeMap<Integer, String>) byRank).lastEntry().getValue();
        }

        void check(AttributeList original, AttributeList out, String path) {
            for (Attribute a : original.values()) {
                AttributeTag tag = a.getTag();
                Attribute b = out.get(tag);
                String here = path + TagPattern.format(tag);
                Optional<ProfileTable.Row> row = table.find(tag);
                if (row.isPresent()) {
                    checked++;
                    String code = cell(row.get());
                    boolean ok = false;
                    for (String alt : code.replace("*", "").split("/")) {
                        ok |= obeys(alt.trim(), original, tag, a, b, out);
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

        boolean obeys(String alt, AttributeList originalList, AttributeTag tag, Attribute a, Attribute b, AttributeList outList) {
            return switch (alt) {
                case "X" -> b == null;
                case "Z" -> b != null && (AttributeEdits.isEmpty(b) || isPseudonym(tag, b));
                case "D" -> b != null && (b instanceof SequenceAttribute || AttributeEdits.isEmpty(a)
                        || !AttributeEdits.valueText(a).equals(AttributeEdits.valueText(b)));
                case "U" -> b != null && (b instanceof SequenceAttribute || remapped(a, b));
                case "K" -> b != null && AttributeEdits.valueText(a).equals(AttributeEdits.valueText(b));
                case "C" -> cleaned(originalList, tag, a, b, outList);
                default -> throw new IllegalArgumentException("unexpected code " + alt);
            };
        }

        /** C, by what the attribute is: private (safe list), date (moved by the offset), text (masked), other (kept). */
        boolean cleaned(AttributeList originalList, AttributeTag tag, Attribute a, Attribute b, AttributeList outList) {
            if (tag.isPrivateCreator()) {
                return b == null || hasBlockMember(outList, tag);
            }
            if (tag.isPrivate()) {
                boolean safe = SafePrivateList.standard().isSafe(originalList.getPrivateCreatorString(tag), tag);
                return safe ? b != null : b == null;
            }
            if (b == null) {
                return false;
            }
            if (a instanceof SequenceAttribute || AttributeEdits.isEmpty(a)) {
                return true;
            }
            String vr = a.getVRAsString();
            String before = AttributeEdits.valueText(a);
            String after = AttributeEdits.valueText(b);
            if (vr.equals("DA") || vr.equals("DT")) {
                DateShifter shifter = new DateShifter(patient.dateOffsetDays());
                Optional<String> expected = vr.equals("DA") ? shifter.shiftDate(before) : shifter.shiftDateTime(before);
                return expected.map(after::equals).orElse(AttributeEdits.isEmpty(b)) && !after.equals(before);
            }
            if (vr.equals("TM")) {
                return after.equals(before);
            }
            if (Set.of("LO", "LT", "SH", "ST", "UT", "UC", "PN", "CS", "AE").contains(vr)) {
                return maskedOnly(before, after) && PhiPatterns.find(after).isEmpty();
            }
            return vr.equals("OB") || vr.equals("OW") ? true : after.equals(before) || AttributeEdits.isEmpty(b);
        }

        static boolean maskedOnly(String before, String after) {
            if (before.length() != after.length()) {
                return false;
            }
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) != after.charAt(i) && after.charAt(i) != 'X') {
                    return false;
                }
            }
            return true;
        }

        static boolean hasBlockMember(AttributeList list, AttributeTag creator) {
            for (Object k : list.keySet()) {
                AttributeTag t = (AttributeTag) k;
                if (t.getGroup() == creator.getGroup() && !t.isPrivateCreator() && (t.getElement() >> 8) == creator.getElement()) {
                    return true;
                }
            }
            return false;
        }

        /** PS3.15 allows Z to be a dummy; Patient's Name and ID get the pseudonym. */
        boolean isPseudonym(AttributeTag tag, Attribute b) {
            String v = AttributeEdits.valueText(b);
            return (tag.equals(TagFromName.PatientName) && v.equals(patient.name()))
                    || (tag.equals(TagFromName.PatientID) && v.equals(patient.id()));
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
