package io.pixelscrub.scrubber.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeTag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PS3.15 Table E.1-1 as shipped in the models module. Each row keeps every column (basic profile and one per option)
 * so that options can be layered on later without another loader.
 */
public final class ProfileTable {

    public static final String RESOURCE = "/io/pixelscrub/models/profile/confidentiality_profile_attributes.json";
    /** Column of the Basic Application Level Confidentiality Profile. */
    public static final String BASIC_PROFILE = "basicProfile";

    /** One row: the attribute, its tag pattern and its action code per column. */
    public record Row(String name, String tagText, TagPattern pattern, Map<String, String> codes) {
        public String code(String column) {
            return codes.get(column);
        }

        public boolean matches(AttributeTag tag) {
            return pattern.matches(tag);
        }
    }

    private final List<Row> rows;
    private final Map<AttributeTag, Row> exact = new HashMap<>();
    private final List<Row> patterns = new ArrayList<>();

    private ProfileTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.pattern().isExact()) {
                exact.put(new AttributeTag(r.pattern().group(), r.pattern().element()), r);
            } else {
                patterns.add(r);
            }
        }
    }

    private static volatile ProfileTable standard;

    /** The bundled table, loaded once. */
    public static ProfileTable standard() {
        ProfileTable t = standard;
        if (t == null) {
            synchronized (ProfileTable.class) {
                if (standard == null) {
                    standard = load();
                }
                t = standard;
            }
        }
        return t;
    }

    static ProfileTable load() {
        try (InputStream in = ProfileTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("profile table resource missing: " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProfileTable parse(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(in)) {
            Map<String, String> codes = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                codes.put(f.getKey(), f.getValue().asText());
            }
            String tagText = n.path("tag").asText();
            rows.add(new Row(n.path("name").asText(), tagText, TagPattern.parse(tagText), Collections.unmodifiableMap(codes)));
        }
        return new ProfileTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row governing a tag: an exact row first, otherwise the first wildcard row (overlays, curves, private). */
    public Optional<Row> find(AttributeTag tag) {
        Row r = exact.get(tag);
        if (r != null) {
            return Optional.of(r);
        }
        return patterns.stream().filter(p -> p.matches(tag)).findFirst();
    }

    /** The resolved action of {@code column} for a tag; KEEP when the table does not list it. */
    public ProfileAction action(AttributeTag tag, String column) {
        return find(tag).map(r -> ProfileAction.resolve(r.code(column))).orElse(ProfileAction.KEEP);
    }
}
