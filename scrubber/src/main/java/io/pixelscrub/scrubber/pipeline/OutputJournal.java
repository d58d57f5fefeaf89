package io.pixelscrub.scrubber.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What earlier runs finished, for {@code scrub --resume}: an output counts as finished only while it is the exact file
 * that run wrote, from an input with the same bytes as now.
 */
public interface OutputJournal {

    /** No memory of earlier runs: nothing is ever skipped, nothing recorded. */
    OutputJournal NONE = new OutputJournal() {
        @Override
        public Optional<FileStatus> finished(Path input, Path output) {
            return Optional.empty();
        }

        @Override
        public void record(Path input, Path output, FileStatus status) {
            // nothing kept
        }
    };

    /** The status an earlier run gave {@code output} when written from these input bytes, if it is still that file. */
    Optional<FileStatus> finished(Path input, Path output) throws IOException;

    /** Remembers that {@code output} was just written from {@code input}. */
    void record(Path input, Path output, FileStatus status) throws IOException;
}
