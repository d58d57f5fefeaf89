package io.pixelscrub.detector.text;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the lines read in one frame into findings, each judged PHI, not PHI or unknown. Two rules sit on top of the
 * line classifier, because OCR misreads: a line is kept as a device annotation only when OCR was sure of what it read
 * (or read it the same twice, or read a measurement: a value with its unit or device label, which no misread name,
 * date or identifier turns into), a token of one or two characters is judged with its row neighbour
 * ({@link RowNeighbours}), and a line stacked in a block with PHI lines (a demographics block: name over ID over date)
 * is PHI whatever it says, unless it holds a measurement. A redacted line's margin stops halfway to a kept
 * neighbour ({@link NeighbourMargins}). A large box OCR read nothing in is redacted only when it looks like writing
 * ({@link GlyphEvidence}); otherwise it is a picture the detector mistook for text (colour Doppler, a photograph),
 * kept, and never joined to its neighbours.
 */
public final class TextFindings {
    /**
     * Below this mean word confidence a "device annotation" verdict rests on a misreading too often to be trusted,
     * unless a second, differently prepared reading read the same ({@link ReadLine#confirmed()}).
     */
    static final double TRUSTED_OCR = 0.6;
    /** Three characters are the least that can identify anyone (initials, a short name); they are at least this wide. */
    static final double MIN_WORD_ASPECT = 1.8;
    /**
     * Pixels added around every line, at least: antialiasing and glyph edges beyond the detector's box, and room for
     * the box to sit a pixel off on another machine (ONNX Runtime picks CPU kernels by instruction set).
     */
    static final int MIN_MARGIN = 3;
    /**
     * Margin as a fraction of the line's box height: DBNet grows its text kernels back by a distance proportional to
     * their size, so its error at a line's ends grows with the text (a 10 px serif line over noise came out 2 px
     * short at 1024x768); a fixed margin that fits small text would not fit large text.
     */
    static final double MARGIN_FRACTION = 0.2;

    private TextFindings() {
    }

    /**
     * @param source DETECTOR for image text, OVERLAY for text read from an overlay plane
     */
    public static List<Finding> judge(List<ReadLine> all, int frame, LineJudge judge, FindingSource source) {
        // A line only a PHI-only reading found is a line only where that reading is PHI (ReadLine#phiOnly).
        List<ReadLine> lines = all.stream()
                .filter(l -> !l.phiOnly() || readsPhi(l, judge)).toList();
        List<Finding> out = new ArrayList<>();
        Set<Finding> pictures = Collections.newSetFromMap(new IdentityHashMap<>());
        // Margins stop halfway between what the lines cover: a line grown over its own ink keeps that cover.
        List<Box> covers = new ArrayList<>(lines.size());
        for (ReadLine line : lines) {
            boolean readInPart = false;
            TextVerdict verdict = line.ocr().isBlank()
                    ? new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:unreadable")
                    : judge.judge(line.ocr().text());
            String reason = verdict.reason();
            if (verdict.verdict() == Verdict.NOT_PHI && line.ocr().confidence() < TRUSTED_OCR && !line.confirmed()
                    && !PhiClassifier.standard().holdsMeasurement(line.ocr().text())) {
                verdict = new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:unsure");
                reason = String.format("ocr:unsure (%.2f) of a %s line", line.ocr().confidence(), reason);
            } else if (verdict.verdict() == Verdict.NOT_PHI && line.ocr().confidence() < TRUSTED_OCR) {
                reason = reason + (line.confirmed() ? "; ocr:confirmed by a second reading" : "; ocr:unsure of a measurement");
            }
            TextVerdict settled = EngineReading.settle(line, SecondReading.settle(line, verdict, judge), judge);
            if (settled != verdict) {
                reason = settled.reason() + "; first reading " + verdict.reason();
                verdict = settled;
            }
            if (verdict.verdict() == Verdict.NOT_PHI && PartialReadings.readsTooLittle(line)) {
                reason = "ocr:read too little of a long box (" + reason + ")";
                verdict = new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:partial");
            } else if (verdict.verdict() == Verdict.NOT_PHI && PartialReadings.readsPartOfItsInk(line)) {
                reason = "ocr:read part of a line whose ink runs on past its box (" + reason + ")";
                verdict = new TextVerdict(Verdict.UNKNOWN, 0.5, "ocr:partial");
                readInPart = true;
            }
            boolean picture = verdict.verdict() == Verdict.UNKNOWN && noWriting(line);
            if (picture) {
                verdict = new TextVerdict(Verdict.NOT_PHI, 0.6, "no-writing");
                reason = NO_WRITING + " OCR read nothing surely in a large box with no run of letter-like marks (" + reason + ")";
            } else if (verdict.verdict() == Verdict.UNKNOWN && !PhiClassifier.SHORT_HEADER_VALUE.equals(verdict.reason())
                    && tooShortForPhi(line) && isolated(line, lines)) {
                verdict = new TextVerdict(Verdict.NOT_PHI, 0.6, "short");
                reason = "too short to identify anyone (" + reason + ")";
            }
            double confidence = Math.max(0, Math.min(1, verdict.confidence()));
            Box cover = cover(line, grows(verdict.verdict(), readInPart || readsSureDigits(line)));
            covers.add(cover);
            Finding finding = new Finding(redacted(line, cover), Set.of(frame), source, verdict.verdict(), confidence,
                    String.format("text(%s, detector %.2f, ocr %.2f): %s", line.mapping(), line.detectionScore(),
                            line.ocr().confidence(), reason), line.ocr().text(), line.box());
            out.add(finding);
            if (picture) {
                pictures.add(finding);
            }
        }
        List<Box> boxes = lines.stream().map(ReadLine::box).toList();
        return NeighbourMargins.clip(DemographicBlocks.escalate(RowNeighbours.join(out, judge, pictures, boxes),
                pictures, boxes), covers, inks(lines, covers));
    }

    /** Whether any reading of {@code line} (Tesseract's two, the second engine's) is judged PHI. */
    private static boolean readsPhi(ReadLine line, LineJudge judge) {
        return Stream.of(line.ocr(), line.second(), line.engine())
                .anyMatch(r -> !r.isBlank() && judge.judge(r.text()).verdict() == Verdict.PHI);
    }

    /**
     * Each line's own writing ({@link ReadLine#ink}), for {@link NeighbourMargins}: its cover where the strokes did not
     * place it, so that such a line is clipped only by its cover, as before.
     */
    private static List<Box> inks(List<ReadLine> lines, List<Box> covers) {
        List<Box> inks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            inks.add(lines.get(i).inkPlaced() ? lines.get(i).ink() : covers.get(i));
        }
        return inks;
    }

    /**
     * Whether a line so judged is covered to its ink's ends ({@link #cover}): a PHI line, and an unknown one whose ink
     * may hold what was never read ({@code unreadInk}): a kept reading of part of a line whose ink runs on past its
     * box ({@link PartialReadings#readsPartOfItsInk}), or a line OCR read surely with a digit in it
     * ({@link #readsSureDigits}). Other unknown lines keep their boxes: covering every unknown line
     * to its ends (blobs, unreadable boxes, device lines read unsurely) raised the real files' over-redaction 3.9352 ->
     * 3.9976 % (over the ceiling) for PHI the margins already hid, as it had in session 9 (4.079 -> 4.095 %).
     */
    private static boolean grows(Verdict verdict, boolean unreadInk) {
        return verdict == Verdict.PHI || verdict == Verdict.UNKNOWN && unreadInk;
    }

    /**
     * OCR read the line surely ({@link #TRUSTED_OCR}) and read a digit in it among two letters or digits or more: text
     * the classifier could not explain, of the shape dates, times and identifiers have, that is no blob. Its box may
     * end short of its ink as a PHI line's does (a {@code 06/2004} read {@code 06/2} at 0.95, its {@code 004} over a
     * phantom outside the box; a surely read {@code Op:} before unboxed initials has no digit and stays boxed). Tuning
     * seed 9494: PHI 1011 -> 1024 of 1066, over-redaction and device lines the same. Any surely read word (digits or
     * not) hid 1026, but grew the real SonoSite's unknown soft-key words {@code Page} along the menu row: the real files'
     * over-redaction rose 3.7388 -> 3.8000 %, over the ceiling; with the digit, the real files measure as before.
     */
    static boolean readsSureDigits(ReadLine line) {
        return line.ocr().confidence() >= TRUSTED_OCR && line.ocr().alphanumerics() >= 2
                && line.ocr().text().chars().anyMatch(Character::isDigit);
    }

    /** What redacting {@code line} covers: the rest of its ink its box ended short of ({@link LineEnds}) if it {@code grows}. */
    private static Box cover(ReadLine line, boolean grows) {
        return grows ? line.cover() : line.box();
    }

    /**
     * What a finding for {@code line} redacts: its cover ({@link #cover}) grown by its margin, and for a line cut from a
     * detector box of stacked lines ({@link ReadLine#block}) at least the margin that box had beyond its own sides (left
     * and right, and above or below where the line is the box's first or last). The margin is room for the detector's
     * error, which grows with the box it drew (DBNet grows its kernels back by a distance proportional to their size),
     * not with the line cut from it: a line the detector found only in part beside a stacked box had been covered by
     * that box's margin, and cutting the box into 15 px lines uncovered half of a physician's name on tuning seed 43.
     * Between the lines of the box only the line's own margin, so it does not reach the line kept beside it.
     */
    private static Box redacted(ReadLine line, Box cover) {
        Box own = cover.grow(margin(line));
        Box block = line.block();
        if (block.equals(line.box())) {
            return own;
        }
        int m = Math.max(MIN_MARGIN, (int) Math.round(MARGIN_FRACTION * block.height()));
        Box b = line.box();
        int top = b.y() == block.y() ? Math.min(own.y(), Math.max(0, block.y() - m)) : own.y();
        int bottom = b.bottom() == block.bottom() ? Math.max(own.bottom(), block.bottom() + m) : own.bottom();
        return Box.fromCorners(Math.min(own.x(), Math.max(0, block.x() - m)), top,
                Math.max(own.right(), block.right() + m), bottom);
    }

    /**
     * Lines at least this tall that OCR read nothing (or nothing surely) in are redacted only on evidence that they are writing
     * ({@link GlyphEvidence}): a 28 px font or larger, which Tesseract reads when it is text, or a block of small
     * lines the locator did not split. Colour Doppler, tissue and photographs make such boxes (a 450x134 box over a
     * LOGIQ 700 Doppler image blacked out a fifth of it). Smaller boxes stay unknown: letter evidence is weakest there
     * (9-11 px letters break apart at a threshold), and a small box costs little.
     */
    static final int LARGE_LINE = 40;

    /**
     * A large box in which OCR read no letter or digit at all, or read only what it could not stand behind (mean
     * confidence under {@link #TRUSTED_OCR}): only the picture can tell whether it is text. Tesseract reads text of
     * that size surely; the unsure readings of large boxes on the real files were a CT's brain, a face and a
     * checkerboard read as "r a", "[ze )" and "a Se". A reading judged PHI stays PHI whatever the picture shows.
     */
    static boolean needsWritingEvidence(int letterHeight, OcrLine ocr) {
        return letterHeight >= LARGE_LINE && (ocr.text().chars().noneMatch(Character::isLetterOrDigit)
                || ocr.confidence() < TRUSTED_OCR);
    }

    /**
     * Below this box height, a reading of one or two characters that two preparations read unsurely and differently
     * is no text when it stands alone. (Taller boxes are not judged so, nor sent for evidence of writing: a box is
     * often far taller than its letters, an 8 px name in a 22 px bar, and the evidence needs three marks.)
     */
    static final int SMALL_LINE = 20;

    /**
     * Both readings unsure and not reading the same characters ({@link ReadingAgreement#sameCharacters}): nothing was read that two ways of looking
     * saw alike. A reading never read a second time is not unsure twice.
     */
    static boolean unsureTwice(OcrLine ocr, OcrLine second) {
        return ocr.confidence() < TRUSTED_OCR && !second.isBlank() && second.confidence() < TRUSTED_OCR
                && !ReadingAgreement.sameCharacters(ocr, second);
    }


    /** How the reason of a box kept for want of writing begins, after the reader's part ({@link #isPicture}). */
    private static final String NO_WRITING = "no writing:";

    /**
     * A box kept because the picture shows no writing in it ({@link GlyphEvidence}): colour Doppler, tissue, an icon
     * column. It is no text, so it is no part of a text region either: never joined to a line, never a reason to grow
     * a redacted region over it.
     */
    public static boolean isPicture(Finding f) {
        return f.verdict() == Verdict.NOT_PHI && f.reason().contains("): " + NO_WRITING);
    }

    /**
     * A kept finding that may be a misread piece of a neighbouring line rather than a line of its own: OCR read fewer
     * than {@link NeighbourMargins#MIN_CHARACTERS} letters and digits in it (the {@code Op:} of {@code Op: KW} read
     * {@code 0;}), in a box whose sides are shorter than a {@link #LARGE_LINE} (larger boxes read as nothing were
     * judged by the picture: {@link GlyphEvidence}). Such a blob goes with a redacted neighbour it overlaps; a kept
     * line does not. A finding without text is no kept line either.
     */
    public static boolean mayBePieceOfNeighbour(Finding f) {
        Box line = f.lineOrBox();
        return f.text() == null || Math.max(line.width(), line.height()) < LARGE_LINE
                && f.text().chars().filter(Character::isLetterOrDigit).count() < NeighbourMargins.MIN_CHARACTERS;
    }

    private static boolean noWriting(ReadLine line) {
        return needsWritingEvidence(line.letterHeight(), line.ocr()) && !line.writing();
    }

    static int margin(ReadLine line) {
        return Math.max(MIN_MARGIN, (int) Math.round(MARGIN_FRACTION * line.letterHeight()));
    }

    /**
     * No other line within one line height: not a piece of a text block (an age beside a sex, a split word). A box
     * without writing ({@link #noWriting}: anatomy the detector boxed) is no line: a CT's brain boxed beside a speck
     * made the speck look like part of a block.
     */
    private static boolean isolated(ReadLine line, List<ReadLine> lines) {
        Box b = line.box();
        int d = b.height();
        Box around = new Box(Math.max(0, b.x() - d), Math.max(0, b.y() - d), b.width() + 2 * d, b.height() + 2 * d);
        return lines.stream().noneMatch(other -> other != line && other.box().intersects(around) && !noWriting(other));
    }

    /**
     * Whether a box of this height, read so, may be let go as a blob too short to identify anyone ({@link #tooShortForPhi}):
     * such a box is first examined for a run of letter-like marks ({@link GlyphEvidence}), and one that holds them is
     * text, not a blob. Detector boxes around small text on a backdrop or over anatomy are loose (22 px around 7-10 px
     * {@code 74M} and {@code 24Y F} on tuning seeds 41 and 43), so OCR's nothing or one letter there says nothing about
     * how much is written.
     */
    static boolean mayBeShortBlob(int letterHeight, OcrLine ocr) {
        return letterHeight <= SHORT_BLOB_MAX_HEIGHT && ocr.alphanumerics() < 3;
    }

    /**
     * The tallest box the short-blob rule lets go ({@link #tooShortForPhi}). A taller box that OCR read as one character
     * or nothing is no proof of a short blob: the detector draws loose boxes around small text on a backdrop or over
     * anatomy (36x41 px around a 7 px {@code 76F}, 49x35 around {@code D H}, 41x28 around {@code 24Y F}: their width
     * holds four or five such letters, not the two its height suggests), and OCR misreads such crops as a letter.
     * Those stay unknown. Measured on synthetic tuning seed 41: initials hidden 24/28 -> 26/28.
     */
    static final int SHORT_BLOB_MAX_HEIGHT = 24;

    /**
     * A blob narrower than three characters in which OCR saw at most one letter or digit, or saw characters it could not
     * stand behind (mean confidence under {@link #TRUSTED_OCR}), and whose box holds no run of letter-like marks
     * ({@link #mayBeShortBlob}): a marker, a digit, speckle or anatomy the detector took for a glyph. Standing alone, it
     * cannot carry an identifier. Two characters read with confidence are text (initials, an age) and keep the
     * classifier's verdict. Never let go here: a character or two nothing explains in a file whose header holds a value
     * that short ({@link PhiClassifier#SHORT_HEADER_VALUE}). Keeping every pair read unsurely once unknown instead hid an
     * operator's initials {@code CC} at 6 px, read "oo", on 18 frames of a cine (tuning seed 43), but cost three real
     * MR cines their byte identity; the header rule does not reach that case, whose header holds the operator's full
     * name. Measured on synthetic seeds 41 and 43 (tuning): turning
     * every such blob UNKNOWN hid no more PHI and cost 2-3 of 14 byte-identical clean images and 13-20 kept device
     * annotations (unreadable markers and counters on cines), which would break the test seed's floors. So is a reading
     * of one or two characters under {@link #SMALL_LINE} px, of any width, that two preparations read unsurely and
     * differently ({@link #unsureTwice}: a speck of a CT's brain, 10 px, read "r a" and "r").
     */
    private static boolean tooShortForPhi(ReadLine line) {
        if (line.letterHeight() > SHORT_BLOB_MAX_HEIGHT || line.writing()) {
            return false;
        }
        long alphanumerics = line.ocr().alphanumerics();
        // The line's own ink beyond its box counts ({@link LineEnds}): a blob that is the piece of a longer line OCR
        // saw is no short blob.
        int length = line.vertical() ? line.cover().height() : line.cover().width();
        boolean narrow = alphanumerics < 3 && length < MIN_WORD_ASPECT * line.letterHeight();
        return narrow && (alphanumerics <= 1 || line.ocr().confidence() < TRUSTED_OCR)
                || alphanumerics < 3 && line.letterHeight() < SMALL_LINE && unsureTwice(line.ocr(), line.second());
    }
}
