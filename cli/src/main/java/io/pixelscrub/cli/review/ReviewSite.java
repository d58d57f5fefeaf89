package io.pixelscrub.cli.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.cli.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds the static review site from a run report and its thumbnails, with no DICOM read: {@code index.html},
 * {@code review.js}, {@code review.css} (hand-written, shipped in this package), {@code data.js} (the report's files in
 * the shape the page uses) and {@code img/} (the thumbnails). Originals ("before" images, PHI) are copied only when
 * asked. The site is built in a temporary sibling folder and then moved into place, so a half-built site never shows.
 */
public final class ReviewSite {
    public static final String MARKER = ".pixelscrub-review";
    private static final String[] ASSETS = {"index.html", "review.js", "review.css"};

    /** What was built. */
    public record Result(int files, int images, int originals, long millis) { }

    private final boolean withOriginals;
    private final int pageSize;
    private Path templates;

    public ReviewSite(boolean withOriginals, int pageSize) {
        this.withOriginals = withOriginals;
        this.pageSize = pageSize;
    }

    /** Also show these proposed templates (templates induce's output) over the report's images, to accept or reject. */
    public ReviewSite withTemplates(Path proposals) {
        this.templates = proposals;
        return this;
    }

    public Result build(Path report, Path target) throws IOException {
        long t0 = System.nanoTime();
        JsonNode root = JsonFiles.read(report, "report");
        String schema = root.path("schema").asText("");
        if (!schema.startsWith("pixelscrub-report/1.")) {
            throw new IOException("not a pixelscrub report of version 1 (schema: " + (schema.isEmpty() ? "none" : schema) + "): " + report);
        }
        if (!root.path("files").isArray() || !root.path("summary").isObject()) {
            throw new IOException("not a complete pixelscrub report (no files list or summary): " + report);
        }
        Path out = target.toAbsolutePath().normalize();
        refuseForeignFolder(out);
        Path stage = out.resolveSibling("." + out.getFileName() + ".partial-" + UUID.randomUUID());
        try {
            Files.createDirectories(stage.resolve("img"));
            Path reportDir = report.toAbsolutePath().normalize().getParent();
            // Every folder the report names must lie inside the report's folder (ReportFolders): a hostile report
            // cannot make the site copy other files.
            Path thumbs = root.path("thumbnails").isObject()
                    ? ReportFolders.folder(reportDir, root.path("thumbnails").path("folder").asText()) : null;
            // Since report 1.2 originals live in their own folder; before that, beside the after images.
            Path originals = root.path("thumbnails").path("originals").isTextual()
                    ? ReportFolders.folder(reportDir, root.path("thumbnails").path("originals").asText()) : thumbs;
            SiteData data = new SiteData(root, withOriginals, pageSize);
            ObjectNode page = data.page();
            int[] counts = copyImages((ArrayNode) page.path("files"), thumbs, originals, stage.resolve("img"));
            if (templates != null) {
                JsonNode proposals = JsonFiles.read(templates, "templates");
                try {
                    page.set("templates", TemplateProposals.of(proposals, templates.getFileName().toString(), root,
                            (ArrayNode) page.path("files")));
                } catch (IllegalArgumentException e) {
                    throw new IOException("not a pixelscrub templates file: " + templates + " (" + e.getMessage() + ")", e);
                }
            }
            if (root.path("headers").isObject()) {
                Path headerOriginals = withOriginals && root.path("headers").path("originals").isTextual()
                        ? ReportFolders.folder(reportDir, root.path("headers").path("originals").asText()) : null;
                copyHeaders(ReportFolders.folder(reportDir, root.path("headers").path("folder").asText()),
                        root.path("headers").path("tally").asText(""), (ArrayNode) page.path("files"), stage, headerOriginals);
            }
            writeData(stage, page, data.findings());
            for (String asset : ASSETS) {
                try (InputStream in = ReviewSite.class.getResourceAsStream("/io/pixelscrub/cli/review/" + asset)) {
                    if (in == null) {
                        throw new IOException("review asset missing from the jar: " + asset);
                    }
                    Files.copy(in, stage.resolve(asset));
                }
            }
            Files.writeString(stage.resolve(MARKER), schema + "\n", StandardCharsets.UTF_8);
            replace(stage, out);
            return new Result(page.path("files").size(), counts[0], counts[1], (System.nanoTime() - t0) / 1_000_000);
        } finally {
            deleteTree(stage);
        }
    }

    /** data.js (the index) and data/findings-N.js (findings of files N*CHUNK...), as scripts: file:// pages cannot fetch. */
    private static void writeData(Path stage, ObjectNode page, ArrayNode findings) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.writeString(stage.resolve("data.js"), "window.PIXELSCRUB = " + json.writeValueAsString(page) + ";\n", StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(stage.resolve("data"));
        for (int start = 0, n = 0; start < findings.size(); start += SiteData.CHUNK, n++) {
            ArrayNode chunk = json.createArrayNode();
            for (int i = start; i < Math.min(findings.size(), start + SiteData.CHUNK); i++) {
                chunk.add(findings.get(i));
            }
            Files.writeString(dir.resolve("findings-" + n + ".js"), "window.PIXELSCRUB_FINDINGS(" + n + ", "
                    + json.writeValueAsString(chunk) + ");\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The released headers (report 1.3): each file's shard as {@code headers/ID.js}, loaded when its panel opens, and the
     * run's tally as {@code data/tags.js}, loaded when the tags view opens. The shards' JSON is wrapped, not parsed:
     * 10,000 of them cost a copy each. A file whose shard is missing loses its panel, with a note.
     */
    private static void copyHeaders(Path folder, String tally, ArrayNode files, Path stage, Path originals) throws IOException {
        Path dir = Files.createDirectories(stage.resolve("headers"));
        for (JsonNode f : files) {
            if (!f.has("hid")) {
                continue;
            }
            String id = f.path("hid").asText();
            Path shard = ReportFolders.plainFile(folder, id + ".json");
            if (shard == null) {
                ((ObjectNode) f).remove("hid");
                ((ObjectNode) f).put("note", "the released header is missing from the report's folder");
                continue;
            }
            wrap(shard, "window.PIXELSCRUB_HEADER(\"" + id + "\", ", dir.resolve(id + ".js"));
            Path original = ReportFolders.plainFile(originals, id + ".json");
            if (original != null) {   // PHI: only with --with-originals
                wrap(original, "window.PIXELSCRUB_ORIGINALS(\"" + id + "\", ", dir.resolve(id + ".originals-PHI.js"));
                ((ObjectNode) f).put("horig", true);
            }
        }
        Path t = tally.endsWith(".json") ? ReportFolders.plainFile(folder, tally) : null;
        if (t != null) {
            wrap(t, "window.PIXELSCRUB_TAGS(", Files.createDirectories(stage.resolve("data")).resolve("tags.js"));
        }
    }

    private static void wrap(Path json, String prefix, Path target) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(target)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            Files.copy(json, out);
            out.write(");\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies each referenced thumbnail into img/ and rewrites its path; a missing one becomes null with a note. */
    private static int[] copyImages(ArrayNode files, Path thumbs, Path originalsDir, Path img) throws IOException {
        int images = 0;
        int originals = 0;
        for (JsonNode f : files) {
            for (JsonNode t : f.path("thumbs")) {
                ObjectNode n = (ObjectNode) t;
                for (String key : new String[] {"after", "before"}) {
                    String name = n.path(key).asText(null);
                    if (name == null) {
                        continue;
                    }
                    Path src = ReportFolders.plainFile(key.equals("after") ? thumbs : originalsDir, name);
                    if (src == null) {
                        n.putNull(key);
                        ((ObjectNode) f).put("note", "a thumbnail is missing from the report's folder");
                        continue;
                    }
                    link(src, img.resolve(name));
                    n.put(key, "img/" + name);
                    if (key.equals("after")) {
                        images++;
                    } else {
                        originals++;
                    }
                }
            }
        }
        return new int[] {images, originals};
    }

    /** A hard link where the file system allows (fast, no extra space), else a copy: either way the site stands alone. */
    private static void link(Path src, Path dst) throws IOException {
        try {
            Files.createLink(dst, src);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void refuseForeignFolder(Path out) throws IOException {
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(out + " exists and is not a review site: choose an empty or new folder");
                }
            }
        }
    }

    private static void replace(Path stage, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(out, old);
        }
        Files.move(stage, out);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
