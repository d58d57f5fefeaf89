package io.pixelscrub.scrubber.audit;

import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.scrubber.pipeline.OutputJournal;
import io.pixelscrub.scrubber.store.MappingStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The resume journal in the audit store ({@code finished_files}): per output, a keyed hash of the input's bytes and
 * the run's settings (the store never holds anything that confirms an original without the key) and the SHA-256 of the
 * output as written. An output is finished when both still match: an edited input, other settings, or an output
 * changed or replaced since, and the file is done again.
 */
public final class FinishedFilesJournal implements OutputJournal {

    private final MappingStore store;
    private final long runId;
    private final BinaryOperator<String> lookup;
    private final String settings;

    /**
     * @param lookup   the store's keyed lookup: (kind, value) to row key
     * @param settings everything besides the input that decides the output (options, policy, templates, version): an
     *                 output made with other settings does not count as finished
     */
    public FinishedFilesJournal(MappingStore store, long runId, BinaryOperator<String> lookup, String settings) {
        this.store = store;
        this.runId = runId;
        this.lookup = lookup;
        this.settings = settings;
    }

    @Override
    public Optional<FileStatus> finished(Path input, Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return Optional.empty();
        }
        Optional<MappingStore.FinishedFile> f = store.finished(outputKey(output));
        if (f.isEmpty() || !f.get().inputLookup().equals(inputKey(input)) || !f.get().outputSha256().equals(sha256(output))) {
            return Optional.empty();
        }
        return Arrays.stream(FileStatus.values()).filter(s -> s.label().equals(f.get().status())).findFirst();
    }

    @Override
    public void record(Path input, Path output, FileStatus status) throws IOException {
        store.recordFinished(runId, outputKey(output), new MappingStore.FinishedFile(inputKey(input), sha256(output), status.label()));
    }

    private String outputKey(Path output) {
        return lookup.apply("output", output.toAbsolutePath().normalize().toString());
    }

    private String inputKey(Path input) throws IOException {
        return lookup.apply("input", sha256(input) + "\n" + settings);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
