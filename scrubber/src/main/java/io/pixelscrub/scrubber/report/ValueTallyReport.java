package io.pixelscrub.scrubber.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's {@code valueTally} (since 1.3): the run's free-text and private values of the released headers, counted
 * per element and per flag. Values (and the files of each) only with --report-text; the full tally, with values, is
 * the review's {@code tally.json} in the headers folder.
 */
final class ValueTallyReport {

    private ValueTallyReport() { }

    static void write(ObjectNode out, ObjectNode tally, boolean includeText) {
        out.put("files", tally.path("files").asInt());
        Map<String, Integer> byFlag = new TreeMap<>();
        int distinct = 0;
        long occurrences = 0;
        for (String kind : new String[] {"freeText", "private"}) {
            ArrayNode list = out.putArray(kind);
            for (JsonNode e : tally.path(kind)) {
                ObjectNode n = list.addObject();
                if ("freeText".equals(kind)) {
                    n.put("path", e.path("path").asText());
                    n.put("keyword", e.path("keyword").asText());
                    n.put("option", e.path("profileAction").asText());
                } else {
                    n.put("creator", e.path("creator").asText());
                    n.put("tag", e.path("tag").asText());
                    n.put("safe", e.path("safe").asBoolean());
                }
                n.put("vr", e.path("vr").asText());
                n.put("count", e.path("count").asLong());
                n.put("distinct", e.path("distinct").asInt());
                Map<String, Integer> flags = new TreeMap<>();
                for (JsonNode v : e.path("values")) {
                    v.path("flags").forEach(f -> flags.merge(f.asText(), 1, Integer::sum));
                }
                flags.forEach((k, c) -> byFlag.merge(k, c, Integer::sum));
                flags.forEach(n.putObject("flaggedValues")::put);
                if (includeText) {
                    n.set("values", e.path("values")); // PHI risk: only with --report-text (containsPhi true)
                }
                distinct += e.path("distinct").asInt();
                occurrences += e.path("count").asLong();
            }
        }
        out.put("distinct", distinct);
        out.put("occurrences", occurrences);
        byFlag.forEach(out.putObject("flaggedValuesByFlag")::put);
    }
}
