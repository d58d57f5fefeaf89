package io.pixelscrub.scrubber.sniff;

import com.pixelmed.dicom.AttributeTag;
import io.pixelscrub.scrubber.header.IdentifyingValues;
import io.pixelscrub.scrubber.header.PhiPatterns;

import java.util.Set;
import java.util.TreeSet;

/**
 * Why one header value may identify someone, as {@code sniff} flags it: a PHI pattern ({@code pattern:date},
 * {@code pattern:long-number}, ...) or an identifying value of another attribute ({@code header:(0010,0010)}).
 * Shared by {@code sniff} (values of the input) and the review's header inspection (values as released, against the
 * identifying values of the original header). Returns reasons, never values.
 */
public final class ValueFlags {

    /** How a header's values are flagged; {@link #of} is sniff's own rule. */
    @FunctionalInterface
    public interface Flagger {
        Set<String> flags(String value, AttributeTag tag);
    }

    private ValueFlags() { }

    public static Set<String> of(String value, AttributeTag tag, IdentifyingValues identifying) {
        Set<String> f = new TreeSet<>();
        PhiPatterns.find(value).forEach(p -> f.add("pattern:" + p));
        identifying.sourcesOtherThan(value, tag).forEach(s -> f.add("header:" + s));
        return f;
    }

    /** sniff's rule against the identifying values of {@code identifying}. */
    public static Flagger sniff(IdentifyingValues identifying) {
        return (v, tag) -> of(v, tag, identifying);
    }
}
