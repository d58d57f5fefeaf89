package io.pixelscrub.scrubber.inspect;

import com.pixelmed.dicom.AttributeTag;
import io.pixelscrub.scrubber.header.IdentifyingValues;
import io.pixelscrub.scrubber.sniff.ValueFlags;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Flags a released value: sniff's rules ({@link ValueFlags}: PHI patterns, identifying values of the ORIGINAL header
 * of the same file) and keyed lookups in the audit store ({@code original-patient}, {@code original-uid}). One instance
 * per file; answers are cached, so the header panel and the run's tally ask the store once per value.
 */
public final class ReleasedFlags implements ValueFlags.Flagger {

    /** A reviewer should look at text an option kept, and at private attributes kept as safe. */
    public static final String KEPT_BY_OPTION = "kept-by-option";
    public static final String SAFE_PRIVATE = "safe-private";
    public static final String ORIGINAL_PATIENT = "original-patient";
    public static final String ORIGINAL_UID = "original-uid";

    private final IdentifyingValues originals;
    private final OriginalLookup lookup;
    private final Map<String, Set<String>> cache = new HashMap<>();
    private final Set<String> generated = new HashSet<>();

    /** @param originals the identifying values of the file's original header (held for this file only) */
    public ReleasedFlags(IdentifyingValues originals, OriginalLookup lookup) {
        this.originals = originals;
        this.lookup = lookup;
    }

    /**
     * A value pixelscrub itself wrote (a pseudonym, a dummy, a remapped UID, the de-identification codes): not flagged
     * anywhere in this file, since "PSEUDO-000001" or "113100" only look like an ID.
     */
    void generated(String value) {
        generated.add(value.trim());
    }

    @Override
    public Set<String> flags(String value, AttributeTag tag) {
        String v = value.trim();
        if (generated.contains(v)) {
            return Set.of();
        }
        Set<String> f = new TreeSet<>(ValueFlags.of(v, tag, originals));
        if (isCodedTerm(tag)) {   // "121320" is a code of a coding scheme, not a number that identifies someone
            f.removeIf(x -> x.startsWith("pattern:"));
        }
        f.addAll(cache.computeIfAbsent(v, this::lookups));
        return f;
    }

    /**
     * Any other kept value (a date, a code string, a number): does it contain an identifying value of the original
     * header, e.g. an unlisted date equal to the original Study Date? Patterns are not applied: every date is one.
     */
    public Set<String> identifyingFlags(String value, AttributeTag tag) {
        String v = value.trim();
        if (v.isEmpty() || generated.contains(v)) {
            return Set.of();
        }
        Set<String> f = new TreeSet<>();
        originals.sourcesOtherThan(v, tag).forEach(s -> f.add("header:" + s));
        return f;
    }

    /** A UID value: an original UID the store mapped? */
    public Set<String> uidFlags(String value) {
        String v = value.trim();
        return !v.isEmpty() && !generated.contains(v) && lookup.isOriginalUid(v) ? Set.of(ORIGINAL_UID) : Set.of();
    }

    private Set<String> lookups(String v) {
        Set<String> f = new TreeSet<>();
        if (v.isEmpty()) {
            return f;
        }
        if (lookup.isOriginalPatient(v)) {
            f.add(ORIGINAL_PATIENT);
        }
        if (v.matches("[0-9]+(\\.[0-9]+)+") && lookup.isOriginalUid(v)) {
            f.add(ORIGINAL_UID);
        }
        return f;
    }

    /** Code Value .. Mapping Resource Name (0008,0100-0122): coded terms, as the profile engine treats them. */
    static boolean isCodedTerm(AttributeTag t) {
        return t.getGroup() == 0x0008 && t.getElement() >= 0x0100 && t.getElement() <= 0x0122;
    }

    /** Whether a rule ("column:code") comes from an option's column rather than the basic profile or no row at all. */
    public static boolean byOption(String rule) {
        return rule != null && rule.contains("Opt:");
    }
}
