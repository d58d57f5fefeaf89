package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.plan.CasePlan;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins what the generator draws: the stored samples of every frame and the ground truth of every text item of a
 * small corpus, hashed. The synthetic scores in BENCHMARKS.md and the floors of the detection tests were measured on
 * this output; if a font, a library or a machine changes it, this test says so first, instead of the floors moving
 * for no visible reason. Nothing here depends on dcmtk or on encoding: only on the planner and the renderer.
 */
class GeneratorFingerprintTest {
    /**
     * SHA-256 of {@link #fingerprint} of the {@link Mix#LEGACY} corpus for seed {@link #SEED}, {@link #CASES} cases:
     * the hash pinned before the honest generator (issue #11 point 5), unchanged, so the legacy mix is still exactly
     * the corpus SyntheticDetectionTest's floors were measured on.
     */
    static final String PINNED = "b1bc8ad1da5bde426b17f8c9fb93b1b550f1d2f679a12dd484fcf05963a26f4c";
    /** The same for the default (honest) mix: traps, invented device text, rotated text. */
    static final String PINNED_HONEST = "9350216892fc9093d1f9681c8b144e02819a3f86a0b8ba0a71f949c9d6c34dbb";
    static final long SEED = 20261204L;
    static final int CASES = 12;

    @Test
    void theLegacyMixDrawsWhatTheGeneratorDrewBeforeTheHonestCorpus() throws IOException {
        assertEquals(PINNED, fingerprint(SEED, CASES, Mix.LEGACY),
                "the legacy mix no longer reproduces the generator SyntheticDetectionTest's floors were measured on");
    }

    @Test
    void aSmallCorpusDrawsTheSamePixelsAndTruthAsWhenItWasPinned() throws IOException {
        assertEquals(PINNED_HONEST, fingerprint(SEED, CASES, Mix.DEFAULT),
                "the synthetic generator draws something else than when it was pinned. If that is intended (a new font,"
                        + " a planner change), update PINNED and re-measure the synthetic scores and test floors; if not,"
                        + " this machine draws differently (fonts, Java2D) and every synthetic number here is suspect");
    }

    /** The fonts are loaded once and shared: two threads drawing at once must draw what one thread draws. */
    @Test
    void twoThreadsDrawingAtOnceDrawTheSame() throws Exception {
        String alone = fingerprint(SEED, 4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> fingerprint(SEED, 4));
            Future<String> b = pool.submit(() -> fingerprint(SEED, 4));
            assertEquals(alone, a.get());
            assertEquals(alone, b.get());
        } finally {
            pool.shutdownNow();
        }
    }

    static String fingerprint(long seed, int cases) throws IOException {
        return fingerprint(seed, cases, Mix.DEFAULT);
    }

    static String fingerprint(long seed, int cases, Mix mix) throws IOException {
        SyntheticCorpus corpus = SyntheticCorpus.of(new CorpusSpec(seed, cases, mix, null, 1));
        MessageDigest digest = sha256();
        for (int i = 0; i < corpus.size(); i++) {
            CasePlan plan = corpus.plan(i);
            update(digest, plan.fileName() + " " + plan.width() + "x" + plan.height() + "x" + plan.frames());
            List<TextTruth> texts = CaseRenderer.render(plan, true, (frame, stored) -> {
                ByteBuffer b = ByteBuffer.allocate(4 * stored.length + 4).putInt(frame);
                for (int s : stored) {
                    b.putInt(s);
                }
                digest.update(b.array());
            });
            for (TextTruth t : texts) {
                // The rotation is hashed only where there is one, so the legacy corpus hashes as it did when pinned.
                update(digest, t.text() + "|" + t.kind() + "|" + t.box() + "|" + t.frames() + "|" + t.style()
                        + (t.rotation() == 0 ? "" : "|" + t.rotation()));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
