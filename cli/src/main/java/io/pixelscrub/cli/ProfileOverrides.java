package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelscrub.scrubber.header.AttributeOverride;
import io.pixelscrub.scrubber.header.HeaderOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's overrides of the profile, from {@code --remove-attribute TAG} and {@code --overrides FILE}: the
 * review site's export ({@code pixelscrub-marks/2}, its {@code attributes}) or a hand-written overrides file
 * ({@code pixelscrub-overrides/1}, the same {@code attributes}). Each entry: {@code path} (or {@code tag}), and
 * optionally {@code manufacturer}, {@code model} (one device) and {@code value} (one released value).
 */
final class ProfileOverrides {
    static final String SCHEMA = "pixelscrub-overrides/1";

    private ProfileOverrides() {
    }

    static HeaderOverrides of(DeidentificationArgs args) throws IOException {
        List<AttributeOverride> out = new ArrayList<>();
        try {
            for (String t : args.removeAttributes) {
                out.add(new AttributeOverride(t, null, null, null, "remove-attribute"));
            }
            if (args.overrides != null) {
                out.addAll(read(args.overrides));
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        return new HeaderOverrides(out);
    }

    static List<AttributeOverride> read(Path file) throws IOException {
        JsonNode root = JsonFiles.read(file, "--overrides file");
        String schema = root.path("schema").asText("");
        if (!schema.equals(SCHEMA) && !schema.equals(MarkedFiles.SCHEMA_2)) {
            throw new UserInputException("not an overrides file (" + SCHEMA + ") or a review export with marked attributes ("
                    + MarkedFiles.SCHEMA_2 + "; " + MarkedFiles.SCHEMA + " marks images only): " + file);
        }
        String source = schema.equals(SCHEMA) ? "overrides-file" : "marked";
        List<AttributeOverride> out = new ArrayList<>();
        for (JsonNode a : root.path("attributes")) {
            String path = a.hasNonNull("path") ? a.path("path").asText() : a.path("tag").asText("");
            out.add(new AttributeOverride(path.replaceAll("\\[\\d+\\]", ""), text(a, "manufacturer"), text(a, "model"),
                    text(a, "value"), source));
        }
        if (out.isEmpty()) {
            throw new UserInputException("the --overrides file marks no attribute: " + file);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).asText() : null;
    }
}
