package io.pixelscrub.cli.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * The report in the shape the page reads (short keys, boxes as arrays): an index of files for the overview and its
 * filters, and each file's findings apart (the site loads those in chunks, so 10,000 files open quickly). It leaves out what a reviewer does not need
 * (original UIDs, timings); OCR text stays only if the report has it (made with --report-text, containsPhi true), and
 * "before" images only with --with-originals.
 */
final class SiteData {
    /** Files per findings chunk: small enough that a page of the overview loads a few kilobytes to a megabyte. */
    static final int CHUNK = 200;
    /** A header shard's name as scrub writes it (the thumbnails' id): nothing else is copied into the site. */
    static final String SHARD = "[0-9a-f]{16}\\.json";

    private final JsonNode report;
    private final boolean withOriginals;
    private final int pageSize;

    SiteData(JsonNode report, boolean withOriginals, int pageSize) {
        this.report = report;
        this.withOriginals = withOriginals;
        this.pageSize = pageSize;
    }

    private final ArrayNode findingsOfFiles = new ObjectMapper().createArrayNode();

    /** Each file's findings, in file order: kept out of {@link #page()} and loaded in chunks as the page needs them. */
    ArrayNode findings() {
        return findingsOfFiles;
    }

    private boolean hasText() {
        for (JsonNode f : report.path("files")) {
            for (JsonNode x : f.path("findings")) {
                if (x.has("text")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the run kept thumbnails of the originals (--thumbnails-of-originals; always in reports before 1.2). */
    private boolean hasOriginals() {
        for (JsonNode f : report.path("files")) {
            for (JsonNode t : f.path("thumbnails")) {
                if (t.hasNonNull("before")) {
                    return true;
                }
            }
        }
        return false;
    }

    ObjectNode page() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode page = m.createObjectNode();
        // containsPhi also covers thumbnails of originals (report 1.2); the page shows text only if the report has it.
        boolean text = report.path("containsPhi").asBoolean(false) && hasText();
        boolean originalsMade = hasOriginals();
        page.put("containsPhi", text);
        page.put("createdAt", report.path("createdAt").asText());
        page.put("mode", report.path("mode").asText());
        page.put("withOriginals", withOriginals && originalsMade);
        page.put("originalsMade", originalsMade);
        page.put("pageSize", pageSize);
        page.put("chunkSize", CHUNK);
        page.put("thumbnailsAfter", report.path("thumbnails").path("after").asText(null));
        page.put("headers", report.path("headers").isObject());
        page.put("headerOriginals", withOriginals && report.path("headers").path("originals").isTextual());
        page.set("quarantine", report.path("quarantine"));
        page.set("summary", report.path("summary"));
        ArrayNode files = page.putArray("files");
        for (JsonNode f : report.path("files")) {
            ObjectNode o = files.addObject();
            String input = f.path("input").asText();
            o.put("name", Path.of(input).getFileName() == null ? input : Path.of(input).getFileName().toString());
            o.put("input", input);
            o.put("output", f.path("output").asText(null));
            o.put("status", f.path("status").asText());
            o.put("reason", f.path("reason").asText(null));
            o.put("uid", f.path("sopInstanceUid").path("new").asText(null));
            for (String k : new String[] {"modality", "manufacturer", "model"}) {
                o.put(k, f.path(k).asText(null));
            }
            o.put("columns", f.path("columns").asInt());
            o.put("rows", f.path("rows").asInt());
            o.put("frames", f.path("frames").asInt());
            if (f.has("thumbnailNote")) {
                o.put("note", f.path("thumbnailNote").asText());
            }
            if (f.has("verify")) {
                o.put("residualPhi", f.path("verify").path("residualPhi").asBoolean());
            }
            JsonNode h = f.path("header");
            if (h.isObject() && h.path("shard").asText("").matches(SHARD)) {   // report 1.3: the released header
                String shard = h.path("shard").asText();
                o.put("hid", shard.substring(0, shard.length() - ".json".length()));
                o.put("hattrs", h.path("attributes").asInt());
                o.put("hflagged", h.path("flagged").size());
            }
            ArrayNode findings = findingsOfFiles.addArray();
            ObjectNode pairs = o.putObject("pairs");   // verdict|source counts: the filters work before any chunk loads
            for (JsonNode x : f.path("findings")) {
                pairs.put(x.path("verdict").asText() + "|" + x.path("source").asText(),
                        pairs.path(x.path("verdict").asText() + "|" + x.path("source").asText()).asInt() + 1);
                ObjectNode n = findings.addObject();
                n.set("frames", x.path("frames"));
                JsonNode b = x.path("box");
                n.putArray("box").add(b.path("x").asInt()).add(b.path("y").asInt()).add(b.path("width").asInt()).add(b.path("height").asInt());
                for (String k : new String[] {"source", "verdict", "rule"}) {
                    n.put(k, x.path(k).asText());
                }
                n.put("confidence", x.path("confidence").asDouble());
                n.put("redacted", x.path("redacted").asBoolean());
                if (text && x.has("text")) {
                    n.put("text", x.path("text").asText(null));
                }
            }
            ArrayNode thumbs = o.putArray("thumbs");
            for (JsonNode t : f.path("thumbnails")) {
                ObjectNode n = thumbs.addObject();
                n.put("frame", t.path("frame").asInt());
                n.put("after", t.path("after").asText(null));
                boolean hasBefore = !t.path("before").isNull() && t.has("before");
                n.put("before", withOriginals && hasBefore ? t.path("before").asText() : null);
                n.put("beforeLeftOut", hasBefore && !withOriginals);
                n.put("beforeNotMade", !hasBefore && t.path("redacted").asBoolean(false));
            }
        }
        return page;
    }
}
