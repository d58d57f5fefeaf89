package io.pixelscrub.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link HeaderView} over plain data: for tests, for callers that read headers another way, and for replay. */
public final class MapHeaderView implements HeaderView {

    private final Map<String, List<String>> attributes;
    private final List<Box> ultrasoundRegions;

    public MapHeaderView(Map<String, List<String>> attributes, List<Box> ultrasoundRegions) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(k, v.stream().map(String::trim).toList()));
        this.attributes = Map.copyOf(copy);
        this.ultrasoundRegions = List.copyOf(ultrasoundRegions);
    }

    /** From keyword/value pairs; a value with backslashes becomes several values, "" an empty attribute. */
    public static MapHeaderView of(String... keywordValuePairs) {
        if (keywordValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("keyword/value pairs expected");
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < keywordValuePairs.length; i += 2) {
            String v = keywordValuePairs[i + 1];
            m.put(keywordValuePairs[i], v.isEmpty() ? List.of() : List.of(v.split("\\\\", -1)));
        }
        return new MapHeaderView(m, List.of());
    }

    /** A copy with these ultrasound regions. */
    public MapHeaderView withUltrasoundRegions(List<Box> regions) {
        return new MapHeaderView(attributes, regions);
    }

    /** A copy with one attribute set (or replaced). */
    public MapHeaderView with(String keyword, String... values) {
        Map<String, List<String>> m = new LinkedHashMap<>(attributes);
        m.put(keyword, new ArrayList<>(List.of(values)));
        return new MapHeaderView(m, ultrasoundRegions);
    }

    @Override
    public List<String> values(String keyword) { return attributes.getOrDefault(keyword, List.of()); }

    @Override
    public boolean contains(String keyword) { return attributes.containsKey(keyword); }

    @Override
    public List<Box> ultrasoundRegions() { return ultrasoundRegions; }
}
