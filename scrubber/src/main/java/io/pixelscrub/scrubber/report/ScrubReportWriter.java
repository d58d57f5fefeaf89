package io.pixelscrub.scrubber.report;

import io.pixelscrub.scrubber.thumbnail.FileDetails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.report.ReportSchema;
import io.pixelscrub.scrubber.inspect.HeaderSummary;
import io.pixelscrub.scrubber.inspect.ReleasedAttribute;
import io.pixelscrub.scrubber.inspect.ReleasedHeaderRecorder;
import io.pixelscrub.scrubber.output.AtomicFile;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.thumbnail.Thumbnail;
import io.pixelscrub.scrubber.verify.HeaderMatch;
import io.pixelscrub.scrubber.verify.VerifyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The machine-readable run report, as documented by {@link ReportSchema} (models/.../report/report.schema.json): one
 * entry per file with its identity, status, findings and thumbnails, and a summary. OCR text only when asked for, and
 * then the first field says the report contains PHI.
 */
public final class ScrubReportWriter {
    public static final String SCHEMA = ReportSchema.VERSION;
    public static final String TOOL = "pixelscrub 0.1.0";

    private ScrubReportWriter() {
    }

    /** @param reportDir the folder the report is written to (thumbnail paths are relative to it) */
    public static ObjectNode toJson(RunReport run, Path reportDir) {
        ReportKeys keys = ReportKeys.random();   // for this report only; never written (1.4)
        List<ObjectNode> entries = new ArrayList<>();
        for (FileOutcome o : run.outcomes()) {
            entries.add(fileEntry(o, run.details().getOrDefault(o.input(), FileDetails.NONE), run.verify().get(o.input()),
                    run.includeText(), keys));
        }
        ObjectNode root = head(run.mode(), run.containsPhi(), run.quarantine(), entries);
        if (run.thumbnails() == null || run.thumbnails().folder() == null) {
            root.putNull("thumbnails");
        } else {
            ObjectNode t = root.putObject("thumbnails");
            Path folder = run.thumbnails().folder().toAbsolutePath().normalize();
            t.put("folder", reportDir.toAbsolutePath().normalize().relativize(folder).toString().replace('\\', '/'));
            t.put("maxSide", run.thumbnails().maxSide());
            t.put("after", run.thumbnails().afterFromOutput() ? "output" : "preview");
            Path originals = run.thumbnails().originals();
            t.put("originals", originals == null ? null
                    : reportDir.toAbsolutePath().normalize().relativize(originals.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }
        if (run.headers() != null) {   // since 1.3: the released headers, for review
            ObjectNode h = root.putObject("headers");
            Path folder = run.headers().folder().toAbsolutePath().normalize();
            h.put("folder", reportDir.toAbsolutePath().normalize().relativize(folder).toString().replace('\\', '/'));
            h.put("tally", ReleasedHeaderRecorder.TALLY);
            if (run.headers().originals() != null) {   // PHI, like thumbnails.originals
                h.put("originals", reportDir.toAbsolutePath().normalize()
                        .relativize(run.headers().originals().toAbsolutePath().normalize()).toString().replace('\\', '/'));
            }
        }
        filesAndSummary(root, entries, run.elapsedMs(), "verify".equals(run.mode()));
        if (run.headers() != null) {
            ValueTallyReport.write(root.putObject("valueTally"), run.headers().tallyJson(), run.includeText());
        }
        if ("verify".equals(run.mode())) {
            // A store among the files meant for release leaks keyed lookups of original identifiers: name each one.
            ArrayNode stores = root.putArray("auditStores");
            run.auditStores().forEach(p -> stores.add(p.toAbsolutePath().normalize().toString()));
        }
        return root;
    }

    /**
     * A report from file entries made elsewhere, each with {@link #fileEntry} under one {@link ReportKeys} (the Spark
     * job's report table): no thumbnails and no released headers.
     *
     * @param containsPhi whether the entries carry OCR text
     * @param quarantine  the quarantine folder, or null
     */
    public static ObjectNode fromEntries(String mode, boolean containsPhi, Path quarantine, List<ObjectNode> entries,
                                         long elapsedMs) {
        ObjectNode root = head(mode, containsPhi, quarantine, entries);
        root.putNull("thumbnails");
        filesAndSummary(root, entries, elapsedMs, false);
        return root;
    }

    private static ObjectNode head(String mode, boolean containsPhi, Path quarantine, List<ObjectNode> entries) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("containsPhi", containsPhi); // first field: readers must know before they read on
        root.put("schema", SCHEMA);
        root.put("createdAt", Instant.now().toString());
        root.put("tool", TOOL);
        root.put("mode", mode);
        ObjectNode q = root.putObject("quarantine");
        q.put("folder", quarantine == null ? null : quarantine.toAbsolutePath().normalize().toString());
        q.put("files", entries.stream().filter(e -> FileStatus.QUARANTINED.label().equals(e.path("status").asText())).count());
        return root;
    }

    private static void filesAndSummary(ObjectNode root, List<ObjectNode> entries, long elapsedMs, boolean verify) {
        ArrayNode files = root.putArray("files");
        Summary summary = new Summary();
        for (ObjectNode e : entries) {
            files.add(e);
            summary.add(e);
        }
        summary.write(root.putObject("summary"), entries.size(), elapsedMs, verify);
    }

    /**
     * One file's entry in the report.
     *
     * @param v    the file's verify result (verify mode), or null
     * @param keys the report's keys: one for every entry of a report, so patients and texts compare within it
     */
    public static ObjectNode fileEntry(FileOutcome o, FileDetails d, VerifyResult v, boolean includeText, ReportKeys keys) {
        ObjectNode f = new ObjectMapper().createObjectNode();
        fileEntry(f, o, d, v, includeText, keys);
        return f;
    }

    private static void fileEntry(ObjectNode f, FileOutcome o, FileDetails d, VerifyResult v, boolean includeText, ReportKeys keys) {
        boolean quarantined = o.status() == FileStatus.QUARANTINED;
        f.put("input", o.input().toString());
        f.put("output", quarantined || o.output() == null ? null : o.output().toString());
        f.put("status", o.status().label());
        if (o.reason() != null) {
            f.put("reason", o.reason());
        }
        if (quarantined) {
            f.put("quarantinedCopy", o.output() == null ? null : o.output().toString());
        }
        ObjectNode uid = f.putObject("sopInstanceUid");
        uid.put("original", d.originalSopInstanceUid());
        uid.put("new", d.newSopInstanceUid());
        f.put("modality", d.modality());
        f.put("manufacturer", d.manufacturer());
        f.put("model", d.model());
        f.put("columns", d.columns());
        f.put("rows", d.rows());
        if (d.softwareVersions() != null) {   // since 1.4: what templates induce groups devices by
            f.put("softwareVersions", d.softwareVersions());
        }
        if (d.photometric() != null) {
            f.put("photometricInterpretation", d.photometric());
        }
        if (d.patientDigest() != null) {   // since 1.4: tells patients apart inside this report only (keyed, key discarded)
            f.put("patientToken", keys.patientToken(d.patientDigest()));
        }
        f.put("transferSyntaxIn", o.transferSyntaxIn());
        f.put("transferSyntaxOut", o.transferSyntaxOut());
        f.put("frames", o.frames());
        ArrayNode list = f.putArray("findings");
        o.redacted().forEach(r -> finding(list.addObject(), r, true, includeText, keys));
        o.kept().forEach(r -> finding(list.addObject(), r, false, includeText, keys));
        ArrayNode thumbs = f.putArray("thumbnails");
        for (Thumbnail t : d.thumbnails()) {
            ObjectNode n = thumbs.addObject();
            n.put("frame", t.frame());
            n.put("after", t.after());
            n.put("before", t.before());
            n.put("redacted", t.redacted());
        }
        if (d.note() != null) {
            f.put("thumbnailNote", d.note());
        }
        ObjectNode t = f.putObject("timingsMs");
        o.timingsMs().forEach(t::put);
        if (d.thumbnailMs() > 0 || !d.thumbnails().isEmpty()) {
            t.put("thumbnailMs", d.thumbnailMs());
        }
        if (d.header() != null) {
            header(f.putObject("header"), d.header(), includeText);
        }
        if (v != null) {
            ObjectNode n = f.putObject("verify");
            n.put("residualPhi", v.residualPhi());
            n.put("residualUnknownText", v.residualUnknownText());
            ArrayNode m = n.putArray("headerMatches");
            for (HeaderMatch h : v.headerMatches()) {
                m.addObject().put("tagPath", h.tagPath()).put("matches", h.matches());
            }
        }
    }

    /** Since 1.3: the released header's size, shard and flagged attributes; a value only with --report-text. */
    private static void header(ObjectNode n, HeaderSummary h, boolean includeText) {
        n.put("attributes", h.attributes());
        n.put("shard", h.shard());
        ArrayNode flagged = n.putArray("flagged");
        for (ReleasedAttribute a : h.flagged()) {
            ObjectNode x = flagged.addObject();
            x.put("tagPath", a.tagPath());
            x.put("keyword", a.keyword());
            x.put("vr", a.vr());
            x.put("action", a.action());
            x.put("option", a.rule());
            ArrayNode why = x.putArray("flags");
            a.flags().forEach(why::add);
            if (includeText) {
                x.put("value", a.value()); // the released value: only with --report-text, and containsPhi says so
            }
        }
    }

    private static void finding(ObjectNode n, Finding r, boolean redacted, boolean includeText, ReportKeys keys) {
        if (r.appliesToAllFrames()) {
            n.put("frames", "all");
        } else {
            ArrayNode fr = n.putArray("frames");
            new TreeSet<>(r.frames()).forEach(fr::add);
        }
        ObjectNode box = n.putObject("box");
        box.put("x", r.box().x());
        box.put("y", r.box().y());
        box.put("width", r.box().width());
        box.put("height", r.box().height());
        n.put("source", label(r.source()));
        n.put("verdict", label(r.verdict()));
        n.put("rule", r.reason());
        n.put("confidence", Math.round(Math.max(0, Math.min(1, r.confidence())) * 1000) / 1000.0);
        n.put("redacted", redacted);
        if (r.text() != null && !r.text().isBlank()) {   // since 1.4: comparable inside this report, not readable
            n.put("textSketch", keys.textSketch(r.text()));
        }
        if (includeText) {
            n.put("text", r.text()); // PHI: only with --report-text, and containsPhi says so
        }
    }

    static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The run's counts and throughput. */
    private static final class Summary {
        final Map<String, Integer> byStatus = new TreeMap<>();
        final Map<String, Integer> byVerdict = new TreeMap<>();
        final Map<String, Integer> bySource = new TreeMap<>();
        final Map<String, Integer> redactedBySource = new TreeMap<>();
        final Map<String, Long> timings = new TreeMap<>();
        long frames;
        int residual;

        /** From the file's entry, so that a report assembled from entries made elsewhere counts alike. */
        void add(JsonNode f) {
            byStatus.merge(f.path("status").asText(), 1, Integer::sum);
            frames += f.path("frames").asLong();
            for (JsonNode finding : f.path("findings")) {
                String source = finding.path("source").asText();
                byVerdict.merge(finding.path("verdict").asText(), 1, Integer::sum);
                bySource.merge(source, 1, Integer::sum);
                if (finding.path("redacted").asBoolean()) {
                    redactedBySource.merge(source, 1, Integer::sum);
                }
            }
            f.path("timingsMs").fields().forEachRemaining(t -> {
                if (!"thumbnailMs".equals(t.getKey()) || t.getValue().asLong() > 0) {   // no thumbnail time, no entry
                    timings.merge(t.getKey(), t.getValue().asLong(), Long::sum);
                }
            });
            if (f.path("verify").path("residualPhi").asBoolean()) {
                residual++;
            }
        }

        void write(ObjectNode s, int files, long elapsedMs, boolean verify) {
            s.put("files", files);
            byStatus.forEach(s.putObject("byStatus")::put);
            byVerdict.forEach(s.putObject("findingsByVerdict")::put);
            bySource.forEach(s.putObject("findingsBySource")::put);
            redactedBySource.forEach(s.putObject("redactedBySource")::put);
            s.put("frames", frames);
            s.put("elapsedMs", elapsedMs);
            s.put("framesPerSecond", elapsedMs > 0 ? Math.round(frames * 1000.0 / elapsedMs * 10) / 10.0 : 0);
            timings.forEach(s.putObject("timingsMs")::put);
            if (verify) {
                s.put("residualPhiFiles", residual);
            }
        }
    }

    public static void write(RunReport run, Path target) throws IOException {
        write(run, target, root -> { });
    }

    /** @param extra adds sections the run's command owns (the sample check of a templates-only run) */
    public static void write(RunReport run, Path target, java.util.function.Consumer<ObjectNode> extra) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path dir = target.toAbsolutePath().normalize().getParent();
        ObjectNode root = toJson(run, dir);
        extra.accept(root);
        AtomicFile.write(target, temp -> mapper.writeValue(temp.toFile(), root));
    }

    /** The thumbnails folder that goes with a report: {@code r.json} → {@code r.thumbnails} beside it. */
    public static Path thumbnailFolder(Path report) {
        return besideReport(report, ".thumbnails");
    }

    /**
     * The folder of original ("before") thumbnails, made only with --thumbnails-of-originals: {@code r.json} →
     * {@code r.originals-PHI} beside it, named so that nobody copies it for QA by mistake.
     */
    public static Path originalsFolder(Path report) {
        return besideReport(report, ".originals-PHI");
    }

    /** The released headers kept for review: {@code r.json} → {@code r.headers} beside it (released values, as in OUT). */
    public static Path headersFolder(Path report) {
        return besideReport(report, ".headers");
    }

    private static Path besideReport(Path report, String suffix) {
        Path abs = report.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return abs.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
