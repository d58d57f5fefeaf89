package io.pixelscrub.scrubber.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The machine-readable run report: one entry per file with its status and redacted regions, and a summary. No PHI values. */
public final class ScrubReportWriter {
    public static final String SCHEMA = "pixelscrub-report/0.2";

    private ScrubReportWriter() {
    }

    public static ObjectNode toJson(List<FileOutcome> outcomes, long elapsedMs, String mode) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("containsPhi", false); // first field: readers must know before they open it
        root.put("schema", SCHEMA);
        root.put("createdAt", Instant.now().toString());
        root.put("mode", mode); // scrub, dry-run or scan: in the last two, statuses say what scrub would do
        ArrayNode files = root.putArray("files");
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> bySource = new TreeMap<>();
        Map<String, Integer> byVerdict = new TreeMap<>();
        long frames = 0;
        for (FileOutcome o : outcomes) {
            byStatus.merge(o.status().label(), 1, Integer::sum);
            frames += o.frames();
            ObjectNode f = files.addObject();
            f.put("input", o.input().toString());
            f.put("output", o.output() == null ? null : o.output().toString());
            f.put("status", o.status().label());
            if (o.reason() != null) {
                f.put("reason", o.reason());
            }
            f.put("transferSyntaxIn", o.transferSyntaxIn());
            f.put("transferSyntaxOut", o.transferSyntaxOut());
            f.put("frames", o.frames());
            ArrayNode list = f.putArray("findings");
            for (Finding r : o.redacted()) {
                addFinding(list, r, true, bySource, byVerdict);
            }
            for (Finding r : o.kept()) {
                addFinding(list, r, false, bySource, byVerdict);
            }
            ObjectNode t = f.putObject("timingsMs");
            o.timingsMs().forEach(t::put);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", outcomes.size());
        ObjectNode s = summary.putObject("byStatus");
        byStatus.forEach(s::put);
        ObjectNode src = summary.putObject("findingsBySource");
        bySource.forEach(src::put);
        ObjectNode ver = summary.putObject("findingsByVerdict");
        byVerdict.forEach(ver::put);
        summary.put("frames", frames);
        summary.put("elapsedMs", elapsedMs);
        summary.put("framesPerSecond", elapsedMs > 0 ? Math.round(frames * 1000.0 / elapsedMs * 10) / 10.0 : 0);
        return root;
    }

    private static void addFinding(ArrayNode list, Finding r, boolean redacted, Map<String, Integer> bySource,
                                   Map<String, Integer> byVerdict) {
        bySource.merge(r.source().name().toLowerCase(), 1, Integer::sum);
        byVerdict.merge(r.verdict().name().toLowerCase(), 1, Integer::sum);
        ObjectNode n = list.addObject();
        ObjectNode box = n.putObject("box");
        box.put("x", r.box().x());
        box.put("y", r.box().y());
        box.put("width", r.box().width());
        box.put("height", r.box().height());
        if (r.appliesToAllFrames()) {
            n.put("frames", "all");
        } else {
            ArrayNode fr = n.putArray("frames");
            new TreeSet<>(r.frames()).forEach(fr::add);
        }
        n.put("source", r.source().name().toLowerCase());
        n.put("verdict", r.verdict().name().toLowerCase());
        n.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        n.put("rule", r.reason());
        n.put("redacted", redacted);
    }

    public static void write(List<FileOutcome> outcomes, long elapsedMs, String mode, Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path temp = AtomicFile.tempFor(target);
        try {
            mapper.writeValue(temp.toFile(), toJson(outcomes, elapsedMs, mode));
            AtomicFile.commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
