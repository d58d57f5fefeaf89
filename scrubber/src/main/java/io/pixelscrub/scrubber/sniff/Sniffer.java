package io.pixelscrub.scrubber.sniff;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import io.pixelscrub.scrubber.header.IdentifyingValues;
import io.pixelscrub.scrubber.header.ProfilePolicy;
import io.pixelscrub.scrubber.header.ProfileTable;
import io.pixelscrub.scrubber.header.SafePrivateList;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects, across a collection, every distinct value of the free-text elements (LO, LT, ST, UT, SH, PN, UC, at any
 * depth) and of every private element, flagging values that match a PHI pattern or contain another identifying value
 * of the same header. For curators deciding what to clean: each free-text element also says what the profile (with
 * the chosen options) will do to it, so the flagged values of kept elements are the ones to look at first.
 */
public final class Sniffer {

    public static final Set<String> FREE_TEXT_VRS = Set.of("LO", "LT", "ST", "UT", "SH", "PN", "UC");

    /** A free-text element, by its path without item numbers, e.g. "(0040,A730)/(0040,A160)". */
    public record TextKey(String path, String keyword, String vr, String profileAction) implements Comparable<TextKey> {
        @Override
        public int compareTo(TextKey o) {
            return (path + vr).compareTo(o.path + o.vr);
        }
    }

    /** A private element: creator, group and element low byte ("(0029,xx10)"), VR; {@code safe} if on the safe list. */
    public record PrivateKey(String creator, String tag, String vr, boolean safe) implements Comparable<PrivateKey> {
        @Override
        public int compareTo(PrivateKey o) {
            return (tag + creator + vr).compareTo(o.tag + o.creator + o.vr);
        }
    }

    private final ProfileTable table;
    private final ProfilePolicy policy;
    private final SafePrivateList safePrivate;
    private final Map<TextKey, ValueTally> text = new TreeMap<>();
    private final Map<PrivateKey, ValueTally> privates = new TreeMap<>();
    private int files;

    public Sniffer(ProfileTable table, ProfilePolicy policy, SafePrivateList safePrivate) {
        this.table = table;
        this.policy = policy;
        this.safePrivate = safePrivate;
    }

    public synchronized void add(AttributeList header) {
        add(header, null, ValueFlags.sniff(IdentifyingValues.from(header, table)));
    }

    /**
     * Adds one header's values, remembering {@code file} (an opaque id, or null) for each value and flagging values
     * with {@code flagger}: the review tallies released headers this way, flagged against their originals.
     */
    public synchronized void add(AttributeList header, String file, ValueFlags.Flagger flagger) {
        files++;
        walk(header, "", flagger, file);
    }

    /** The rule the profile applies to a standard tag under this run's options, e.g. "rtnDevIdOpt:K" or "unlisted". */
    public String rule(AttributeTag tag) {
        return policy.decide(tag).rule();
    }

    private void walk(AttributeList list, String path, ValueFlags.Flagger identifying, String file) {
        for (Attribute a : list.values()) {
            AttributeTag tag = a.getTag();
            String here = path + format(tag);
            if (a instanceof SequenceAttribute s) {
                for (int i = 0; i < s.getNumberOfItems(); i++) {
                    walk(s.getItem(i).getAttributeList(), here + "/", identifying, file);
                }
            } else if (tag.isPrivate() && !tag.isPrivateCreator()) {
                String creator = list.getPrivateCreatorString(tag);
                creator = creator == null ? "" : creator.trim();
                String key = String.format("(%04X,xx%02X)", tag.getGroup(), tag.getElement() & 0xFF);
                privates.computeIfAbsent(new PrivateKey(creator, key, a.getVRAsString(), safePrivate.isSafe(creator, tag)),
                        k -> new ValueTally()).add(render(a), flags(a, identifying), file);
            } else if (!tag.isPrivate() && FREE_TEXT_VRS.contains(a.getVRAsString())) {
                String[] values = Attribute.getStringValues(a);
                if (values == null) {
                    continue;
                }
                ValueTally t = text.computeIfAbsent(new TextKey(here, keyword(tag), a.getVRAsString(), policy.decide(tag).rule()),
                        k -> new ValueTally());
                for (String v : values) {
                    if (!v.isBlank()) {
                        t.add(v.trim(), identifying.flags(v, tag), file);
                    }
                }
            }
        }
    }

    private static Set<String> flags(Attribute a, ValueFlags.Flagger flagger) {
        String v = render(a);
        return v.startsWith("<binary") ? Set.of() : flagger.flags(v, a.getTag());
    }

    /** Text as text (UN too when it is printable); anything else by its size only. */
    public static String render(Attribute a) {
        String vr = a.getVRAsString();
        if (!Set.of("OB", "OW", "OF", "OD", "OL", "OV", "UN").contains(vr)) {
            return a.getDelimitedStringValuesOrEmptyString().trim();
        }
        try {
            byte[] b = a.getByteValues();
            if (b != null && b.length > 0 && b.length <= 1024 && printable(b)) {
                return new String(b, StandardCharsets.ISO_8859_1).trim();
            }
            return "<binary, " + (b == null ? 0 : b.length) + " bytes>";
        } catch (com.pixelmed.dicom.DicomException e) {
            return "<binary, " + a.getVL() + " bytes>";
        }
    }

    private static boolean printable(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c != 0 && (c < 0x20 || c == 0x7F) && c != '\r' && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String keyword(AttributeTag tag) {
        String k = AttributeList.getDictionary().getNameFromTag(tag);
        return k == null ? "" : k;
    }

    private static String format(AttributeTag t) {
        return String.format("(%04X,%04X)", t.getGroup(), t.getElement());
    }

    public int files() { return files; }

    public Map<TextKey, ValueTally> freeText() { return text; }

    public Map<PrivateKey, ValueTally> privateElements() { return privates; }
}
