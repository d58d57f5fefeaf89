package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ValueRepresentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifying values of one header, to find them again inside free text: every person name component, and the
 * whole value of every LO/SH/LT/ST/UT/UC attribute that Table E.1-1 removes or replaces and that is not itself a
 * descriptor (an attribute the Clean Descriptors Option would clean is free text, not an identifier), plus the birth
 * date. Held in memory for one file only; {@link #sources} reports tags, never the values.
 */
public final class IdentifyingValues {

    private static final Set<String> TEXT_VRS = Set.of("LO", "SH", "LT", "ST", "UT", "UC");
    private static final int MIN_LENGTH = 3;
    private static final int MIN_NAME_COMPONENT = 2;

    private final Map<String, AttributeTag> bySource;
    private final Pattern pattern;

    private IdentifyingValues(Map<String, AttributeTag> bySource) {
        this.bySource = bySource;
        List<String> values = new ArrayList<>(bySource.keySet());
        values.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "SMITH JR" before "SMITH"
        if (values.isEmpty()) {
            this.pattern = null;
        } else {
            StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < values.size(); i++) {
                sb.append(i == 0 ? "" : "|").append(Pattern.quote(values.get(i)));
            }
            this.pattern = Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    public static IdentifyingValues none() {
        return new IdentifyingValues(Map.of());
    }

    public static IdentifyingValues from(AttributeList list, ProfileTable table) {
        Map<String, AttributeTag> values = new LinkedHashMap<>();
        collect(list, table, values);
        return new IdentifyingValues(values);
    }

    private static void collect(AttributeList list, ProfileTable table, Map<String, AttributeTag> out) {
        for (Attribute a : list.values()) {
            AttributeTag tag = a.getTag();
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    collect(s.getItem(i).getAttributeList(), table, out);
                }
                continue;
            }
            String vr = a.getVRAsString();
            String[] vals = Attribute.getStringValues(a);
            if (vals == null || tag.isPrivate()) {
                continue;
            }
            Optional<ProfileTable.Row> row = table.find(tag);
            boolean identifier = row.isPresent() && !"K".equals(row.get().code(ProfileTable.BASIC_PROFILE))
                    && !"C".equals(row.get().code("cleanDescOpt"));
            for (String v : vals) {
                if ("PN".equals(vr)) {
                    String[] groups = v.split("=");
                    for (String g : groups) {
                        String[] parts = g.split("\\^");
                        for (int i = 0; i < Math.min(3, parts.length); i++) { // family, given, middle; not prefix/suffix
                            for (String word : parts[i].trim().split("\\s+")) {
                                add(out, word, MIN_NAME_COMPONENT, tag);
                            }
                        }
                    }
                } else if (identifier && TEXT_VRS.contains(vr)) {
                    add(out, v, MIN_LENGTH, tag);
                } else if (identifier && "DA".equals(vr) && ValueRepresentation.isDateVR(a.getVR())) {
                    add(out, v, 8, tag);
                }
            }
        }
    }

    private static void add(Map<String, AttributeTag> out, String value, int minLength, AttributeTag tag) {
        String v = value.trim();
        if (v.length() >= minLength && v.chars().anyMatch(Character::isLetterOrDigit)) {
            out.putIfAbsent(v.toUpperCase(java.util.Locale.ROOT), tag);
        }
    }

    public boolean isEmpty() {
        return bySource.isEmpty();
    }

    /** The tags whose values occur in {@code text}, as "(gggg,eeee)"; the values themselves are not returned. */
    public Set<String> sources(String text) {
        Set<String> found = new TreeSet<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                AttributeTag t = bySource.get(m.group().toUpperCase(java.util.Locale.ROOT));
                if (t != null) {
                    found.add(TagPattern.format(t));
                }
            }
        }
        return found;
    }

    /** Sources in {@code text} other than the attribute {@code self} (a value trivially contains itself). */
    public Set<String> sourcesOtherThan(String text, AttributeTag self) {
        Set<String> s = sources(text);
        s.remove(TagPattern.format(self));
        return s;
    }

    /** {@code text} with every identifying value overwritten by X of the same length. */
    public String mask(String text) {
        return pattern == null ? text : PhiPatterns.maskMatches(pattern.matcher(text));
    }
}
