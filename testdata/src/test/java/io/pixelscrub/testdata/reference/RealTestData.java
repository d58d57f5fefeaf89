package io.pixelscrub.testdata.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Locates testdata/real and reads its MANIFEST.tsv. */
final class RealTestData {
    /** One manifest row; transferSyntax is null for files without file meta. */
    record Entry(String file, String transferSyntax, int rows, int columns, int frames, String photometric) {
    }

    private static Map<String, Entry> manifest;

    private RealTestData() {
    }

    /** Repository root: the surefire property, else the nearest ancestor holding testdata/real. */
    static Path root() {
        return io.pixelscrub.testdata.RepositoryRoot.find();
    }

    static Path file(String relative) {
        Path p = root().resolve("testdata").resolve("real").resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing test file " + p);
        }
        return p;
    }

    static synchronized Entry entry(String relative) {
        if (manifest == null) {
            manifest = load(root().resolve("testdata/real/MANIFEST.tsv"));
        }
        Entry e = manifest.get(relative);
        if (e == null) {
            throw new IllegalStateException("not in MANIFEST.tsv: " + relative);
        }
        return e;
    }

    private static Map<String, Entry> load(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            Map<String, Entry> map = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] col = line.split("\t", -1);
                // columns: file, repo, path, licence, modality, transfer syntax, RxCxF, photometric, ...
                String ts = col[5].startsWith("(none") ? null : col[5].split(" ")[0];
                String[] dims = col[6].split("x");
                map.put(col[0], new Entry(col[0], ts, Integer.parseInt(dims[0]), Integer.parseInt(dims[1]),
                        Integer.parseInt(dims[2]), col[7]));
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
