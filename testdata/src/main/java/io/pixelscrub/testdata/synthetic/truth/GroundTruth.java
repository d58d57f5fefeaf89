package io.pixelscrub.testdata.synthetic.truth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The contents of {@code ground-truth.json}: what was drawn where in each file of a synthetic corpus.
 * Read it with {@link #read(Path)}; file names are relative to the JSON's folder.
 */
public record GroundTruth(int formatVersion, String generator, long seed, List<CaseTruth> cases) {

    public static final String FILE_NAME = "ground-truth.json";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Newer generators may add fields; older readers should still load the file.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GroundTruth {
        cases = List.copyOf(cases);
    }

    /** Reads a ground-truth.json file, or the one inside a corpus folder. */
    public static GroundTruth read(Path fileOrFolder) throws IOException {
        Path file = fileOrFolder.toFile().isDirectory() ? fileOrFolder.resolve(FILE_NAME) : fileOrFolder;
        GroundTruth truth = JSON.readValue(file.toFile(), GroundTruth.class);
        if (truth.formatVersion() > FORMAT_VERSION) {
            throw new IOException(file + " has format version " + truth.formatVersion()
                    + "; this reader knows up to " + FORMAT_VERSION);
        }
        return truth;
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    public Optional<CaseTruth> find(String file) {
        return cases.stream().filter(c -> c.file().equals(file)).findFirst();
    }
}
