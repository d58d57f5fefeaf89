package io.pixelscrub.scrubber.sniff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The distinct values of one element across a collection, with counts and flags; bounded so memory stays small. */
public final class ValueTally {

    static final int MAX_DISTINCT = 1000;
    /** Files remembered per value (the count stays exact beyond it). */
    public static final int MAX_FILES = 200;

    /** One distinct value: how often it occurs, and why it may identify someone. */
    public static final class Entry {
        private long count;
        private final Set<String> flags = new TreeSet<>();
        private final Set<String> files = new LinkedHashSet<>();

        public long count() { return count; }

        /** The ids of the files the value occurs in (at most {@value #MAX_FILES}); empty for sniff's own runs. */
        public Set<String> files() { return files; }

        public Set<String> flags() { return flags; }
    }

    private final Map<String, Entry> values = new LinkedHashMap<>();
    private long occurrences;
    private long dropped;

    void add(String value, Set<String> flags) {
        add(value, flags, null);
    }

    void add(String value, Set<String> flags, String file) {
        occurrences++;
        Entry e = values.get(value);
        if (e == null) {
            if (values.size() >= MAX_DISTINCT) {
                dropped++;
                return;
            }
            e = new Entry();
            values.put(value, e);
        }
        e.count++;
        e.flags.addAll(flags);
        if (file != null && e.files.size() < MAX_FILES) {
            e.files.add(file);
        }
    }

    public Map<String, Entry> values() { return values; }

    public long occurrences() { return occurrences; }

    /** Occurrences of values beyond the first {@value #MAX_DISTINCT} distinct ones (not listed). */
    public long dropped() { return dropped; }

    public boolean flagged() {
        return values.values().stream().anyMatch(e -> !e.flags.isEmpty());
    }
}
