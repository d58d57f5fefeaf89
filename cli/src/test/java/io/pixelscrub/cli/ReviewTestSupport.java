package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.testdata.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** For tests outside this package: a real scan of a few bundled files, the CLI, and what a filter should show. */
public final class ReviewTestSupport {

    /** Template, overlay and detector findings of every verdict, two modalities with devices, a clean CT, a bad file. */
    public static final List<String> FILES = List.of(
            "pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm",
            "pydicom-data/US_Philips_CX50_OBXXXX1A_palette.dcm",
            "wg04/US1_RLE.dcm",
            "wg04/VL1_RLE.dcm",
            "pydicom/CT_small_explicitLE.dcm");

    public record Scan(Path inputs, Path report, JsonNode json) { }

    public record Result(int code, String out, String err) { }

    private ReviewTestSupport() {
    }

    public static Result run(String... args) {
        CliRun r = CliRun.of(args);
        return new Result(r.code(), r.out(), r.err());
    }

    public static Scan scan(Path tmp, String... extra) throws IOException {
        Path real = RepositoryRoot.find().resolve("testdata/real");
        Path in = tmp.resolve("in");
        for (String f : FILES) {
            Path target = in.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(real.resolve(f), target);
        }
        Files.writeString(in.resolve("zz-notes.txt"), "not DICOM\n");   // quarantined: listed by the report and the site
        Path report = tmp.resolve("report/r.json");
        String[] args = {"scan", in.toString(), "--report", report.toString(), "--threads", "2"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        Result r = run(all);
        assertEquals(1, r.code(), "the non-DICOM file makes scan exit 1: " + r.err());
        return new Scan(in, report, new ObjectMapper().readTree(report.toFile()));
    }

    /** Files and boxes the overview should show for one filter value, computed from the report alone. */
    public static int[] expected(JsonNode files, String filter, String value) {
        int shown = 0;
        int boxes = 0;
        for (JsonNode f : files) {
            boolean hasThumb = f.path("thumbnails").size() > 0;
            switch (filter) {
                case "verdict", "source" -> {
                    int matching = 0;
                    for (JsonNode x : f.path("findings")) {
                        matching += x.path(filter).asText().equals(value) ? 1 : 0;
                    }
                    if (matching > 0) {
                        shown++;
                        boxes += hasThumb ? matching : 0;
                    }
                }
                default -> {
                    if (label(f, filter).equals(value)) {
                        shown++;
                        boxes += hasThumb ? f.path("findings").size() : 0;
                    }
                }
            }
        }
        return new int[] {shown, boxes};
    }

    private static String label(JsonNode f, String filter) {
        if (filter.equals("device")) {
            String d = String.join(" ", java.util.stream.Stream.of("manufacturer", "model").map(k -> f.path(k).asText(""))
                    .filter(s -> !s.isEmpty()).toList());
            return d.isEmpty() ? "(none)" : d;
        }
        String v = f.path(filter).asText("");
        return v.isEmpty() ? "(none)" : v;
    }
}
