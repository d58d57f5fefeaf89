package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.GroundTruth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        Path first = TestCorpus.dir();
        Path second = TestCorpus.newTempDir("pixelscrub-synthetic-again");
        // One thread this time: the output must not depend on scheduling either.
        SyntheticCorpus.generate(TestCorpus.spec().withThreads(1), second);
        Map<String, String> a = md5s(first);
        Map<String, String> b = md5s(second);
        assertEquals(TestCorpus.truth().cases().size() + 1, a.size(), "every case plus ground-truth.json");
        assertEquals(a, b);
    }

    @Test
    void anotherSeedWritesAnotherCorpus() throws IOException {
        SyntheticCorpus other = SyntheticCorpus.of(new CorpusSpec(TestCorpus.SEED + 1, 6, Mix.DEFAULT, null, 1));
        SyntheticCorpus same = SyntheticCorpus.of(new CorpusSpec(TestCorpus.SEED, 6, Mix.DEFAULT, null, 1));
        assertNotEquals(texts(same), texts(other));
    }

    private static String texts(SyntheticCorpus corpus) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < corpus.size(); i++) {
            corpus.plan(i).texts().forEach(t -> b.append(t.content().text()).append('|'));
            b.append(corpus.plan(i).identity()).append('\n');
        }
        return b.toString();
    }

    private static Map<String, String> md5s(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(f.getFileName().toString(), md5(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void groundTruthReadsBackAsWritten() throws IOException {
        GroundTruth read = GroundTruth.read(TestCorpus.dir());
        assertEquals(TestCorpus.truth(), read);
        for (CaseTruth c : read.cases()) {
            assertEquals(c, read.find(c.file()).orElseThrow());
        }
    }
}
