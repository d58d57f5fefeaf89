package io.pixelscrub.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.cli.ReviewTestSupport;
import io.pixelscrub.testdata.RepositoryRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is input from outside: paths in it that lead out of the report's folder ({@code ../}, an absolute path, a
 * symbolic link, a name with a slash) must not make {@code review} copy the files they point at into the site. Each
 * hostile report below points at a folder outside holding files with the names the report asks for, full of a marker;
 * the site is built, and no byte of it holds the marker.
 */
class HostileReportTest {

    private static final String MARKER = "ZQXSECRET-outside-the-report";

    @TempDir
    Path tmp;
    Path reportDir;
    Path report;
    Path secret;
    ObjectNode original;

    @BeforeEach
    void scrubbedReport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(RepositoryRoot.find().resolve("testdata/real/pydicom/CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        reportDir = Files.createDirectories(tmp.resolve("rep"));
        report = reportDir.resolve("r.json");
        ReviewTestSupport.Result r = ReviewTestSupport.run("scrub", in.toString(), "-o", tmp.resolve("out").toString(),
                "--report", report.toString(), "--detect", "templates,overlays", "--thumbnails-of-originals");
        assertEquals(0, r.code(), r.toString());
        original = (ObjectNode) new ObjectMapper().readTree(report.toFile());
        // Outside the report's folder: a file under every name the report asks for, holding the marker.
        secret = Files.createDirectories(tmp.resolve("secret"));
        List<String> names = new ArrayList<>();
        for (JsonNode f : original.get("files")) {
            f.path("thumbnails").forEach(t -> { names.add(t.path("after").asText()); names.add(t.path("before").asText()); });
            names.add(f.path("header").path("shard").asText());
        }
        names.add(original.path("headers").path("tally").asText());
        names.add("passwd");
        for (String n : names) {
            if (!n.isEmpty() && !n.equals("null")) {
                Files.writeString(secret.resolve(n), MARKER, StandardCharsets.UTF_8);
            }
        }
        assertTrue(names.size() >= 4, "the report names thumbnails and a header shard: " + names);
    }

    @Test
    void foldersOutsideTheReportAreNotCopied() throws Exception {
        for (String folder : List.of("../secret", secret.toString(), "r.thumbnails/../../secret", "../../../../../../.." + secret)) {
            ObjectNode hostile = original.deepCopy();
            ((ObjectNode) hostile.get("thumbnails")).put("folder", folder).put("originals", folder);
            ((ObjectNode) hostile.get("headers")).put("folder", folder).put("originals", folder);
            assertNoMarker(build(hostile, "site-" + names(folder), true), folder);
        }
    }

    @Test
    void linksOutOfTheReportAreNotFollowed() throws Exception {
        // Each thumbnail and shard in the report's own folders replaced by a link to the outside file of that name.
        for (String key : List.of("thumbnails", "headers")) {
            Path dir = reportDir.resolve(original.get(key).get("folder").asText());
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                    Files.createSymbolicLink(p, secret.resolve(p.getFileName()));
                }
            }
        }
        assertNoMarker(build(original, "site-file-links", true), "links to files");
        // A folder that is itself a link out of the report's folder.
        Files.createSymbolicLink(reportDir.resolve("linked"), secret);
        ObjectNode hostile = original.deepCopy();
        ((ObjectNode) hostile.get("thumbnails")).put("folder", "linked").put("originals", "linked");
        ((ObjectNode) hostile.get("headers")).put("folder", "linked");
        assertNoMarker(build(hostile, "site-folder-link", true), "a linked folder");
    }

    @Test
    void namesWithPathsInThemAreNotFollowed() throws Exception {
        ObjectNode hostile = original.deepCopy();
        for (JsonNode f : hostile.get("files")) {
            for (JsonNode t : f.path("thumbnails")) {
                ((ObjectNode) t).put("after", "../../secret/passwd");
                ((ObjectNode) t).put("before", secret.resolve("passwd").toString());
            }
        }
        assertNoMarker(build(hostile, "site-names", true), "names with paths");
    }

    private Path build(JsonNode hostileReport, String site, boolean withOriginals) throws Exception {
        new ObjectMapper().writeValue(report.toFile(), hostileReport);
        Path out = tmp.resolve(site);
        List<String> args = new ArrayList<>(List.of("review", report.toString(), "-o", out.toString()));
        if (withOriginals) {
            args.add("--with-originals");
        }
        ReviewTestSupport.Result r = ReviewTestSupport.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), "a hostile path is a missing file, not a failure: " + r);
        return out;
    }

    private static void assertNoMarker(Path site, String what) throws Exception {
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        int files = 0;
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files++;
                assertFalse(Files.isSymbolicLink(p), what + ": " + p + " is a link");
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                        .contains(new String(marker, StandardCharsets.ISO_8859_1)), what + ": " + p + " holds the outside file");
            }
        }
        assertTrue(files > 3, what + ": the site was built");
    }

    private static String names(String folder) {
        return Integer.toHexString(folder.hashCode());
    }
}
