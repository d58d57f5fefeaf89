package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.RepositoryRoot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What to generate. The same spec on the same machine (same fonts, same tools) gives byte-identical files.
 *
 * @param realImages folder holding MANIFEST.tsv and the real files for backgrounds, or null for generated
 *                   backgrounds only
 * @param threads    cases rendered in parallel (the output does not depend on it)
 */
public record CorpusSpec(long seed, int cases, Mix mix, Path realImages, int threads) {

    /** 48 cases: enough to hold every pixel format in every transfer syntax it is used with. */
    public static final int DEFAULT_CASES = 48;

    public CorpusSpec {
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be positive: " + cases);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
    }

    public static CorpusSpec defaults(long seed) {
        return defaults(seed, DEFAULT_CASES);
    }

    /** The default mix, real backgrounds from this repository's testdata/real when it can be found. */
    public static CorpusSpec defaults(long seed, int cases) {
        return new CorpusSpec(seed, cases, Mix.DEFAULT, bundledRealImages(),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** The default mix's legacy counterpart, or any other mix, with everything else unchanged. */
    public CorpusSpec withMix(Mix m) {
        return new CorpusSpec(seed, cases, m, realImages, threads);
    }

    public CorpusSpec withThreads(int n) {
        return new CorpusSpec(seed, cases, mix, realImages, n);
    }

    public CorpusSpec withoutRealImages() {
        return new CorpusSpec(seed, cases, mix, null, threads);
    }

    private static Path bundledRealImages() {
        try {
            Path real = RepositoryRoot.find().resolve("testdata").resolve("real");
            return Files.isRegularFile(real.resolve("MANIFEST.tsv")) ? real : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
