package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.classify.TextVerdict;

/**
 * An upright line that Tesseract's two readings left open (unsure, unreadable, or words no rule explains) is read by
 * the second engine ({@link PpOcrRecognizer}), which reads small text far more often exactly. Its reading decides
 * only what the first two left open ({@link SecondReading#OPEN}):
 * <ul>
 *   <li>judged PHI (a header value, a PHI pattern), it makes the line PHI;</li>
 *   <li>judged a device annotation, read surely ({@link #SURE}), reading a word and about as much as Tesseract
 *       ({@link SecondReading#readsAsMuch}), it keeps the line only where it agrees with one of Tesseract's readings
 *       ({@link #agrees}): two engines that read alike are evidence, one engine alone is not.</li>
 * </ul>
 */
final class EngineReading {

    /** The mean character probability at which the engine's reading counts. */
    static final double SURE = 0.9;

    private EngineReading() {
    }

    /**
     * Whether a line read so by Tesseract is read by the second engine: read again because the first reading was
     * unsure or explained nothing ({@link SecondReading#wanted}), and neither confirmed by the second reading nor
     * settled by it as a device annotation. Decided without the file's header, so a cached reading serves every file.
     */
    static boolean wanted(OcrLine first, OcrLine second, boolean confirmed) {
        if (!SecondReading.wanted(first) || confirmed) {
            return false;
        }
        if (second.isBlank()) {
            return true;
        }
        TextVerdict v = PhiClassifier.standard().classify(second.text(), HeaderDenyList.empty());
        return !SecondReading.readsAsDevice(second, v, first);
    }

    /** The verdict on {@code line} given the verdict of Tesseract's readings: the engine's where it settles an open one. */
    static TextVerdict settle(ReadLine line, TextVerdict verdict, LineJudge judge) {
        OcrLine engine = line.engine();
        if (verdict.verdict() != Verdict.UNKNOWN || !SecondReading.OPEN.contains(verdict.reason()) || engine.isBlank()) {
            return verdict;
        }
        TextVerdict other = judge.judge(engine.text());
        if (other.verdict() == Verdict.PHI) {
            return new TextVerdict(Verdict.PHI, other.confidence(), other.reason() + " (second engine)");
        }
        if (other.verdict() == Verdict.NOT_PHI && engine.confidence() >= SURE
                && SecondReading.readsAsMuch(engine, line.ocr())
                && (agrees(engine, line.ocr()) || agrees(engine, line.second()))) {
            return new TextVerdict(Verdict.NOT_PHI, other.confidence(), other.reason() + " (second engine agrees)");
        }
        return verdict;
    }

    /**
     * Whether Tesseract's {@code reading} and the engine's read alike: their letters and digits, with the characters OCR
     * confuses folded together, differ by at most one edit in three characters (the engine leaves out spaces Tesseract
     * keeps; spaces do not count).
     */
    static boolean agrees(OcrLine engine, OcrLine reading) {
        if (reading.isBlank()) {
            return false;
        }
        String a = PhiClassifier.folded(engine.text());
        String b = PhiClassifier.folded(reading.text());
        int longer = Math.max(a.length(), b.length());
        return longer >= ReadingAgreement.MIN_CHARACTERS && 3 * editDistance(a, b) <= longer;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
