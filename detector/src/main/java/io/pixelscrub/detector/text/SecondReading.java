package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.classify.TextVerdict;
import java.util.Set;

/**
 * A line whose first reading decides nothing (Tesseract was unsure, read nothing, or read words no rule explains) is
 * read a second time, prepared differently ({@link LineReader#readAgain}: another scale, so other resampling and
 * binarisation), and the second reading is judged too. A device annotation misread once is often read right the
 * second time ("PWR" read "PUR", "3cm" read "licm"). The second reading can only settle what the first left open:
 * <ul>
 *   <li>judged PHI (a header value, a PHI pattern), it makes the line PHI;</li>
 *   <li>judged a device annotation, read surely or holding a measurement, reading a word and about as much as the
 *       first reading ({@link #readsAsMuch}), it keeps the line, but only where the
 *       first reading was open for want of a reading ({@link #OPEN}), never where it saw a PHI shape it could not
 *       decide (initials, a partial date, an unclaimed organisation name): those stay unknown.</li>
 * </ul>
 * The file's header is asked of both readings: a header value read either way is PHI.
 */
final class SecondReading {

    /**
     * The first reading's reasons that mean "nothing was read that decides": a second reading may decide. A character
     * or two nothing explains in a file whose header holds a value that short ({@link PhiClassifier#SHORT_HEADER_VALUE})
     * is open too: a second reading that reads the line whole is judged against the same header.
     */
    static final Set<String> OPEN = Set.of("unknown:unexplained-text", "ocr:unsure", "ocr:unreadable", "unknown:noise",
            "unknown:no-text", PhiClassifier.SHORT_HEADER_VALUE);

    private SecondReading() {
    }

    /**
     * Whether a line read so is read again: Tesseract was unsure (a reading to confirm), or the reading holds words no
     * rule explains even without a header (a header only adds PHI, so this is decided once per line image, before the
     * file's header is known, and a cached reading serves every file).
     */
    static boolean wanted(OcrLine first) {
        if (first.confidence() < TextFindings.TRUSTED_OCR) {
            return true;
        }
        TextVerdict v = PhiClassifier.standard().classify(first.text(), HeaderDenyList.empty());
        return v.verdict() == Verdict.UNKNOWN && OPEN.contains(v.reason());
    }

    /**
     * A second reading that only swaps letters and digits OCR confuses ("SES" read "5E5") keeps nothing: which of
     * the two it is, is the question (a name read as a setting).
     *
     * A second reading keeps a line only when it read a word or more ({@link ReadingAgreement#MIN_CHARACTERS} letters
     * and digits) and about as much as the first (one character fewer at most): a name read "SES" once and as a
     * stray digit or two the second time is not explained by the digits.
     */
    static boolean readsAsMuch(OcrLine second, OcrLine first) {
        long s = second.alphanumerics();
        return s >= ReadingAgreement.MIN_CHARACTERS && s >= first.alphanumerics() - 1;
    }


    /**
     * Whether {@code second}, judged {@code verdict}, reads a device annotation that could keep a line first read as
     * {@code first}: surely or holding a measurement, and as much as the first ({@link #readsAsMuch}).
     */
    static boolean readsAsDevice(OcrLine second, TextVerdict verdict, OcrLine first) {
        boolean sure = second.confidence() >= TextFindings.TRUSTED_OCR
                || PhiClassifier.standard().holdsMeasurement(second.text());
        return verdict.verdict() == Verdict.NOT_PHI && sure && readsAsMuch(second, first);
    }

    /**
     * The verdict on {@code line} given its first reading's verdict: the second reading's where it settles an open
     * first verdict, else {@code first} unchanged.
     */
    static TextVerdict settle(ReadLine line, TextVerdict first, LineJudge judge) {
        if (first.verdict() != Verdict.UNKNOWN || !OPEN.contains(first.reason()) || line.second().isBlank()) {
            return first;
        }
        OcrLine second = line.second();
        TextVerdict other = judge.judge(second.text());
        if (other.verdict() == Verdict.PHI) {
            return new TextVerdict(Verdict.PHI, other.confidence(), other.reason() + " (second reading)");
        }
        if (readsAsDevice(second, other, line.ocr()) && !PhiClassifier.foldAlike(second.text(), line.ocr().text())) {
            return new TextVerdict(Verdict.NOT_PHI, other.confidence(), other.reason() + " (second reading)");
        }
        return first;
    }
}
