package io.pixelscrub.scrubber.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What lets {@code templates induce --from-report} tell patients apart and compare what two lines say, without the
 * report holding a patient value or OCR text (since report 1.4). Both are keyed with a random key made for one report
 * and never written anywhere, so they mean something only inside that report: the same patient gets the same token
 * within it (and a different one in every other report); and a line's {@linkplain #textSketch sketch} lets one estimate
 * how much two lines' texts share, and nothing else.
 */
public final class ReportKeys {
    /**
     * Slots of a text sketch: each is the smallest keyed hash of the text's character pairs (MinHash). The estimate's
     * spread is sqrt(J(1-J)/SLOTS): with 32 slots two patients' weights ("72 kg", "58 kg", Jaccard 0.33) passed for the
     * same text (0.5) about once in 50 keys; with 128 about once in 30,000.
     */
    public static final int SLOTS = 128;
    /** Slots one keyed hash (HMAC-SHA512, 64 bytes, 2 bytes a slot) fills. */
    private static final int SLOTS_PER_HASH = 32;

    private final byte[] key;

    private ReportKeys(byte[] key) {
        this.key = key;
    }

    public static ReportKeys random() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new ReportKeys(k);
    }

    /** Keys from a given secret: for tests that must decide the same on every run. */
    public static ReportKeys of(byte[] key) {
        return new ReportKeys(key.clone());
    }

    /** 16 hex characters: the same for the same Patient ID and name inside one report. */
    public String patientToken(byte[] patientDigest) {
        return HexFormat.of().formatHex(mac("patient", patientDigest), 0, 8);
    }

    /**
     * A MinHash sketch of the text's character pairs (upper case, spaces collapsed, with start and end marks): slot i
     * holds the low byte of the smallest keyed hash in family i. Two sketches agree in about as many slots as the two
     * texts' pair sets overlap (Jaccard), so OCR noise on a label (one character in ten) still reads as the same text
     * while two patients' names do not. 256 hex characters; null for blank text.
     */
    public String textSketch(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return null;
        }
        String padded = "\u0002" + t + "\u0003";
        TreeSet<String> pairs = new TreeSet<>();
        for (int i = 0; i + 2 <= padded.length(); i++) {
            pairs.add(padded.substring(i, i + 2));
        }
        int[] min = new int[SLOTS];
        byte[] low = new byte[SLOTS];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (String p : pairs) {
            for (int part = 0; part < SLOTS / SLOTS_PER_HASH; part++) {
                byte[] h = mac("text" + part, p.getBytes(StandardCharsets.UTF_8), 64);
                for (int i = 0; i < SLOTS_PER_HASH; i++) {
                    int s = part * SLOTS_PER_HASH + i;
                    int v = ((h[2 * i] & 0xff) << 8) | (h[2 * i + 1] & 0xff);
                    if (v < min[s]) {
                        min[s] = v;
                        low[s] = (byte) v;
                    }
                }
            }
        }
        return HexFormat.of().formatHex(low);
    }

    /** The share of slots two sketches agree in: an estimate of the Jaccard similarity of the texts' pairs. */
    public static double similarity(String a, String b) {
        if (a == null || b == null || a.length() != b.length()) {
            return a != null && a.equals(b) ? 1 : 0;
        }
        int same = 0;
        int slots = a.length() / 2;
        for (int s = 0; s < slots; s++) {
            if (a.charAt(2 * s) == b.charAt(2 * s) && a.charAt(2 * s + 1) == b.charAt(2 * s + 1)) {
                same++;
            }
        }
        return slots == 0 ? 0 : (double) same / slots;
    }

    static String normalise(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private byte[] mac(String purpose, byte[] data) {
        return mac(purpose, data, 32);
    }

    private byte[] mac(String purpose, byte[] data, int bytes) {
        try {
            Mac m = Mac.getInstance(bytes > 32 ? "HmacSHA512" : "HmacSHA256");
            m.init(new SecretKeySpec(key, m.getAlgorithm()));
            m.update(purpose.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return m.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
