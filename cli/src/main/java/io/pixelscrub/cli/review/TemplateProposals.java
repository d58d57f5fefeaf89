package io.pixelscrub.cli.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.models.template.JsonTemplateFormat;
import io.pixelscrub.models.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposed templates (templates induce's output, or any pixelscrub JSON templates) for the review site: each with
 * its evidence and the files of the report it applies to, found by evaluating its conditions against what the report
 * says of each file (modality, manufacturer, model, software versions, size, photometric interpretation: report 1.4),
 * with the template's boxes on each. The page shows a few of them, lets the reviewer accept or reject each template,
 * and exports the accepted ones, verbatim, as a templates file {@code scrub --templates} takes.
 */
final class TemplateProposals {
    /** Images shown per template. */
    static final int SHOWN = 4;

    private TemplateProposals() {
    }

    /**
     * @param proposals the templates file as read
     * @param files     the page's files (same order as the report's)
     * @throws IllegalArgumentException when the file is not a pixelscrub templates file
     */
    static ArrayNode of(JsonNode proposals, String name, JsonNode report, ArrayNode files) {
        TemplateLibrary library = new TemplateLibrary(JsonTemplateFormat.read(proposals.toString(), name));
        TemplateDetector detector = new TemplateDetector(library);
        Map<String, List<Integer>> filesOf = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Box>>> boxesOf = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode f : report.path("files")) {
            int index = i++;
            if (f.path("status").asText().equals("quarantined") || f.path("rows").asInt() <= 0) {
                continue;
            }
            for (Finding x : detector.detect(view(f), f.path("rows").asInt(), f.path("columns").asInt())) {
                String id = x.reason();
                List<Integer> list = filesOf.computeIfAbsent(id, k -> new ArrayList<>());
                if (!list.contains(index)) {
                    list.add(index);
                }
                boxesOf.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(index, k -> new ArrayList<>()).add(x.box());
            }
        }
        ArrayNode out = new ObjectMapper().createArrayNode();
        for (JsonNode t : proposals.path("templates")) {
            String id = t.path("id").asText();
            ObjectNode n = out.addObject();
            n.put("id", id);
            n.put("name", t.path("name").asText(""));
            JsonNode induced = t.path("induced");
            n.put("device", induced.path("device").asText(null));
            n.put("images", induced.path("images").asInt(0));
            n.put("patients", induced.path("patients").asInt(0));
            n.put("confidence", induced.path("confidence").asDouble(0));
            n.set("regions", induced.path("regions").isArray() ? induced.path("regions") : new ObjectMapper().createArrayNode());
            n.set("keepEvidence", induced.path("keepEvidence").isArray() ? induced.path("keepEvidence") : new ObjectMapper().createArrayNode());
            n.set("json", t);   // exported verbatim when accepted
            List<Integer> matched = filesOf.getOrDefault(id, List.of());
            n.put("matches", matched.size());
            ArrayNode shown = n.putArray("files");
            for (int index : matched) {
                if (shown.size() >= SHOWN) {
                    break;
                }
                if (!files.get(index).path("thumbs").isArray() || files.get(index).path("thumbs").isEmpty()) {
                    continue;
                }
                ObjectNode s = shown.addObject();
                s.put("file", index);
                ArrayNode boxes = s.putArray("boxes");
                for (Box b : boxesOf.get(id).get(index)) {
                    boxes.addArray().add(b.x()).add(b.y()).add(b.width()).add(b.height());
                }
            }
        }
        return out;
    }

    /** The attributes templates induce writes conditions on, as the report gives them. */
    private static HeaderView view(JsonNode f) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        put(v, "Modality", f.path("modality").asText(null));
        put(v, "Manufacturer", f.path("manufacturer").asText(null));
        put(v, "ManufacturerModelName", f.path("model").asText(null));
        put(v, "PhotometricInterpretation", f.path("photometricInterpretation").asText(null));
        put(v, "Rows", Integer.toString(f.path("rows").asInt()));
        put(v, "Columns", Integer.toString(f.path("columns").asInt()));
        String software = f.path("softwareVersions").asText(null);
        if (software != null) {
            v.put("SoftwareVersions", Arrays.stream(software.split("\\\\", -1)).map(String::trim).toList());
        }
        return new HeaderView() {
            @Override
            public List<String> values(String keyword) {
                return v.getOrDefault(keyword, List.of());
            }

            @Override
            public boolean contains(String keyword) {
                return v.containsKey(keyword);
            }

            @Override
            public List<Box> ultrasoundRegions() {
                return List.of();
            }
        };
    }

    private static void put(Map<String, List<String>> v, String keyword, String value) {
        if (value != null && !value.isBlank()) {
            v.put(keyword, List.of(value.trim()));
        }
    }
}
