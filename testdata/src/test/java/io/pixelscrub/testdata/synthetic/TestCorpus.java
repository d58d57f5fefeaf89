package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;


/** The default corpus, generated once per test JVM and shared by the synthetic tests. */
final class TestCorpus {
    static final long SEED = 20240611L;

    private static Path dir;
    private static GroundTruth truth;
    private static SyntheticCorpus corpus;
    private static double seconds;

    private TestCorpus() {
    }

    static synchronized Path dir() {
        RequiredTools.encodersAndDecoders();
        if (dir == null) {
            try {
                dir = newTempDir("pixelscrub-synthetic");
                long start = System.nanoTime();
                corpus = SyntheticCorpus.of(spec());
                truth = corpus.writeTo(dir);
                seconds = (System.nanoTime() - start) / 1e9;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static CorpusSpec spec() {
        return CorpusSpec.defaults(SEED);
    }

    static GroundTruth truth() {
        dir();
        return truth;
    }

    static SyntheticCorpus corpus() {
        dir();
        return corpus;
    }

    static double generationSeconds() {
        dir();
        return seconds;
    }

    static Path file(CaseTruth c) {
        return dir().resolve(c.file());
    }

    static int indexOf(CaseTruth c) {
        return truth().cases().indexOf(c);
    }

    /** A temporary folder removed when the JVM exits. */
    static Path newTempDir(String prefix) throws IOException {
        Path d = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
        return d;
    }

    private static void delete(Path d) {
        try (Stream<Path> paths = Files.walk(d)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
