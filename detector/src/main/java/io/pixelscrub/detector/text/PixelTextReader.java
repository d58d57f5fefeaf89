package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Frame in, read lines out: renders the frame ({@link DisplayMapper}), locates text in every rendering, joins what
 * the renderings found for one line into the union of their boxes (so no rendering's extent is lost), covers the rest
 * of a line the detector's box ended short of ({@link LineEnds}), splits boxes that hold stacked lines
 * ({@link StackedLines}), reads each line on the rendering where the detector was surest and places its own writing
 * in its box ({@link OwnInk}); a reading Tesseract is unsure of is read a second way, and confirmed where both agree,
 * and a line both readings leave open is read by a second engine ({@link EngineReading}). One instance per worker thread.
 */
public final class PixelTextReader implements FrameTextReader {

    /** A turned box is a vertical line only when it is this many times longer than its letters are tall. */
    static final double VERTICAL_ASPECT = 2.0;

    private final DisplayMapper mapper;
    private final TextLocator locator;
    private final LineReader reader;
    /**
     * Whether lines Tesseract cannot read surely are read by a second engine: vertical ones it reads no sure word in
     * ({@link #recognised}), upright ones its two readings leave open ({@link EngineReading}).
     */
    private final boolean secondEngine;
    /** That engine, opened when first needed: many images hold no line Tesseract leaves open, and its model is 10 MB. */
    private PpOcrRecognizer recognizer;
    private final OcrClock ocrClock;
    /**
     * Readings of the line images this reader has read, over all the images it reads (a worker's files): a series'
     * header bar (name, ID, date) is the same line image on every instance, and is read once.
     */
    private final LineCache cache = new LineCache();

    /** Tesseract alone (a test's reader around its own locator). */
    public PixelTextReader(DisplayMapper mapper, TextLocator locator, LineReader reader) {
        this(mapper, locator, reader, false, OcrClock.NONE);
    }

    /** With {@code reader}'s time counted on {@code ocrClock}. */
    private PixelTextReader(DisplayMapper mapper, TextLocator locator, LineReader reader, boolean secondEngine,
                            OcrClock ocrClock) {
        this.mapper = mapper;
        this.locator = locator;
        this.reader = ocrClock == OcrClock.NONE ? reader : ocrClock.counting(reader);
        this.secondEngine = secondEngine;
        this.ocrClock = ocrClock;
    }

    /** The DBNet locator and the Tesseract reader as {@code config} says; native load failures are one-line. */
    public static PixelTextReader open(TextEngineConfig config) {
        DbnetTextLocator locator = new DbnetTextLocator(config.detection());
        try {
            Path tessdata = config.tessdata().or(() -> Tessdata.find(config.language()))
                    .orElseThrow(() -> new TextEngineUnavailableException("no tessdata folder with "
                            + config.language() + ".traineddata (install tesseract-ocr-" + config.language()
                            + " or set TESSDATA_PREFIX)", null));
            return new PixelTextReader(new DisplayMapper(), locator, new TesseractLineReader(tessdata, config.language()),
                    true, new OcrClock());
        } catch (RuntimeException | Error e) {
            locator.close();
            throw e;
        }
    }

    /** A box found in one rendering. */
    private record Found(TextBox text, int view) { }

    @Override
    public List<ReadLine> read(RawFrame frame) {
        return read(mapper.render(frame), cache);
    }

    /**
     * The frames of one image, one after another: only the tiles that changed since the previous frame are searched
     * again, and a line whose pixels were read before is not read again ({@link ChangedRegionSequence}).
     */
    @Override
    public FrameSequence sequence() {
        return new ChangedRegionSequence(mapper, this, cache);
    }

    /**
     * The lines in {@code views} (renderings of one picture, the primary first). {@code cache} holds readings of
     * earlier line images: a line whose pixels are the same as one read before takes that reading.
     */
    List<ReadLine> read(List<DisplayImage> views, LineCache cache) {
        List<Found> found = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            for (TextBox box : locator.locate(views.get(v))) {
                found.add(new Found(box, v));
            }
        }
        found = onlyNewFromAddingViews(found, views);
        List<Turned> turned = views.stream().map(Turned::new).toList();
        List<ReadLine> lines = new ArrayList<>();
        List<DisplayImage> lineViews = new ArrayList<>(); // the view each line was read in, null for a vertical one
        List<LineGroups.Group<Found>> groups = LineGroups.of(found, f -> f.text().box());
        List<Box> groupBoxes = groups.stream().map(LineGroups.Group::box).toList();
        for (LineGroups.Group<Found> group : groups) {
            Found best = group.members().stream().max(Comparator.comparingDouble(f -> f.text().score())).orElseThrow();
            DisplayImage view = views.get(best.view());
            // The detector's box may end short of the line's ink: the line is covered to its ends. It is read as
            // boxed: reading the grown box too cost device lines and a text-free image on held-out seed 7.
            List<Box> others = groupBoxes.stream().filter(b -> b != group.box()).toList();
            Box ends = LineEnds.grow(view, group.box(), others);
            LineCache.Key key = LineCache.key(view, best.view(), false, group.box());
            List<ReadLine> groupLines = cache.get(key, group.box());
            if (groupLines == null) {
                groupLines = readGroup(view, turned.get(best.view()), group.box(), best.text().score());
                cache.put(key, group.box(), groupLines);
            }
            for (ReadLine l : groupLines) {
                lineViews.add(l.vertical() ? null : view);
                if (l.vertical()) {
                    lines.add(l.withCover(turned.get(best.view()).ends(l.box(), others)));
                } else if (groupLines.size() == 1) {
                    // Whole: a box inside its letters is covered over the rows of the line around it too.
                    lines.add(l.withCover(l.box().union(ends)));
                } else {
                    // A line cut from a stacked box may run on past the box where the others do not: its own ends
                    // count too.
                    Box own = LineEnds.grow(view, l.box(), others);
                    lines.add(l.withCover(alongRow(alongRow(l.box(), ends), own)));
                }
            }
        }
        List<Box> inks = OwnInk.of(lineViews, lines.stream().map(ReadLine::box).toList());
        for (int i = 0; i < inks.size(); i++) {
            lines.set(i, lines.get(i).withInk(inks.get(i)));
        }
        lines.addAll(verticalLines(turned, lines, cache));
        lines.sort(Comparator.comparingInt((ReadLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return lines;
    }

    /**
     * {@code found} less the boxes of views that only add lines ({@link DisplayMapper#addsLinesOnly}) that lie at least
     * half inside a box another view found (those lines are read as the other views show them, whole) or that are no
     * single line of text: at most {@link #ADDED_LINE_HEIGHT} tall and at least as wide as tall (values of a
     * picture's own, scattered over anatomy, show there as patches of dots, not as lines).
     */
    private static List<Found> onlyNewFromAddingViews(List<Found> found, List<DisplayImage> views) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Box b = f.text().box();
            boolean adding = DisplayMapper.addsLinesOnly(views.get(f.view()));
            if (!adding || b.height() <= ADDED_LINE_HEIGHT && b.width() >= b.height()
                    && found.stream().noneMatch(o -> !DisplayMapper.addsLinesOnly(views.get(o.view()))
                            && 2 * o.text().box().sharedArea(b) >= b.area())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The tallest box a view that only adds lines may add: one line of 36 px text with the detector's padding. */
    static final int ADDED_LINE_HEIGHT = 48;

    /** {@code piece} of a line's box, grown left and right as far as {@code ends}, the whole line's grown box. */
    private static Box alongRow(Box piece, Box ends) {
        return Box.fromCorners(Math.min(piece.x(), ends.x()), piece.y(), Math.max(piece.right(), ends.right()),
                piece.bottom());
    }

    /** {@code piece} of a vertical line's box, grown up and down as far as {@code ends}. */
    private static Box alongColumn(Box piece, Box ends) {
        return Box.fromCorners(piece.x(), Math.min(piece.y(), ends.y()), piece.right(),
                Math.max(piece.bottom(), ends.bottom()));
    }

    /** The lines of one upright group: split where lines are stacked, each piece read (and confirmed when unsure). */
    private List<ReadLine> readGroup(DisplayImage view, Turned turnedView, Box box, double score) {
        List<ReadLine> lines = new ArrayList<>();
        List<Box> pieces = new ArrayList<>(StackedLines.split(view, box));
        List<OcrLine> readings = new ArrayList<>(pieces.size());
        pieces.forEach(p -> readings.add(readFitted(view, p)));
        joinWordlessPieces(view, pieces, readings);
        boolean byStrokes = pieces.size() == 1 && !readings.get(0).isSureWord() && splitByStrokes(view, box, pieces, readings);
        for (int i = 0; i < pieces.size(); i++) {
            OcrLine ocr = readings.get(i);
            OcrLine sideways = readIfTall(turnedView, pieces.get(i), ocr);
            if (sideways != null) {
                lines.add(new ReadLine(pieces.get(i), score, sideways, view.mapping() + "-turned",
                        false, true, true));
                continue;
            }
            OcrLine again = SecondReading.wanted(ocr)
                    ? reader.readAgain(view, LineInk.tighten(view, pieces.get(i), NEIGHBOURS_OWN)) : OcrLine.NOTHING;
            boolean confirmed = !ocr.isBlank() && ocr.confidence() < TextFindings.TRUSTED_OCR
                    && ReadingAgreement.same(ocr, again) && !piecesOfWriting(view, pieces.get(i), ocr, again);
            boolean blob = TextFindings.mayBeShortBlob(pieces.get(i).height(), ocr);
            boolean examined = TextFindings.needsWritingEvidence(pieces.get(i).height(), ocr) || blob;
            // A band of a split by strokes is writing: it must not be let go as a blob or a picture.
            boolean writing = !examined || byStrokes || GlyphEvidence.looksLikeWriting(view, pieces.get(i))
                    || turnedWriting(turnedView, pieces.get(i), blob);
            ReadLine line = new ReadLine(pieces.get(i), score, ocr, view.mapping(), confirmed, writing, false, again);
            if (secondEngine && EngineReading.wanted(ocr, again, confirmed)) {
                line = line.withEngine(engineReading(view, pieces.get(i)));
            }
            // Cut by strokes, a line keeps the box's margin beyond the box (TextFindings): those boxes were redacted
            // whole, margin and all, before they were cut.
            lines.add(byStrokes ? line.cutFrom(box) : line);
        }
        return lines;
    }

    /**
     * Whether two readings that agree on a letter or two of a long box ({@link PartialReadings#readTooLittle}) agree on
     * a piece of the line only: the box holds a chain of letter-like marks ({@link GlyphEvidence#holdsChainOf}) at
     * least {@link #UNREAD_GLYPHS} longer than what they read. Their agreement then says nothing of the rest (a 34 px
     * {@code Exam 8093914374} running from black onto a phantom's grey was read {@code 20%} twice, seed 9494); a label
     * read whole in a loose box (a real EPIQ 5G's {@code 60%}) or beside a graphic shows no such chain.
     */
    static boolean piecesOfWriting(DisplayImage view, Box box, OcrLine first, OcrLine second) {
        if (!PartialReadings.readTooLittle(box, false, first, second)) {
            return false;
        }
        long glyphs = Math.max(glyphs(first), glyphs(second));
        return GlyphEvidence.holdsChainOf(view, box, (int) glyphs + UNREAD_GLYPHS);
    }

    /**
     * Letter-like marks beyond those read that show a reading left out writing: two, not one (a graphic beside a label
     * may make one mark more; the EPIQ's {@code 60%} shows a chain of exactly its three, the phantom's exam line, boxed
     * tight, five).
     */
    static final int UNREAD_GLYPHS = 2;

    private static long glyphs(OcrLine reading) {
        return reading.text().chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    /**
     * Lines written along a vertical edge, bottom to top or top to bottom: the detector finds no text turned a quarter
     * turn, so every rendering is turned clockwise and searched again, and what the renderings found for one line is
     * joined as for upright lines. Only lines that lie along the turned picture's rows (at least
     * {@link #VERTICAL_ASPECT} times longer than tall there) and that upright lines do not already cover count: a
     * column of upright labels (a depth scale) also reads as one line when turned. Each is read both ways up (text
     * written top to bottom is upside down after a clockwise turn), and the surer reading kept. Only a word read
     * surely makes a line, because in a turned picture the detector also boxes anatomy and film edges: on synthetic
     * tuning seed 41, keeping every turned box cost 2 of 28 text-free images their byte identity for one more vertical
     * line; also keeping unsure readings where the box held letter-like marks ({@link GlyphEvidence}) boxed four
     * stretches of the lossy WG04 SC1 film's left edge.
     * Short vertical words, which the upright pass boxes as blobs, are read turned there ({@link #readIfTall}).
     */
    private List<ReadLine> verticalLines(List<Turned> turned, List<ReadLine> upright, LineCache cache) {
        List<Found> found = new ArrayList<>();
        for (int v = 0; v < turned.size(); v++) {
            for (TextBox box : locator.locate(turned.get(v).clockwise())) {
                found.add(new Found(box, v));
            }
        }
        int uprightHeight = turned.get(0).upright().height();
        // An upright box that read nothing did not explain its ink as upright writing: vertical writing there is
        // boxed upright too, as blobs OCR cannot read.
        List<ReadLine> readUpright = upright.stream().filter(l -> !l.ocr().isBlank()).toList();
        List<ReadLine> out = new ArrayList<>();
        List<LineGroups.Group<Found>> groups = LineGroups.of(found, f -> f.text().box());
        List<Box> groupBoxes = groups.stream().map(LineGroups.Group::box).toList();
        for (LineGroups.Group<Found> group : groups) {
            if (group.box().width() < VERTICAL_ASPECT * group.box().height()
                    || coveredShare(QuarterTurn.toUpright(group.box(), uprightHeight), readUpright) > 0.3) {
                continue;
            }
            Found best = group.members().stream().max(Comparator.comparingDouble(f -> f.text().score())).orElseThrow();
            Turned view = turned.get(best.view());
            Box line = group.box();
            Box ends = QuarterTurn.toUpright(LineEnds.grow(view.clockwise(), line,
                    groupBoxes.stream().filter(b -> b != group.box()).toList()), uprightHeight);
            Box uprightBox = QuarterTurn.toUpright(line, uprightHeight);
            LineCache.Key key = LineCache.key(view.clockwise(), best.view(), true, line);
            List<ReadLine> known = cache.get(key, uprightBox);
            if (known == null) {
                known = readVertical(view, line, best.text().score(), uprightHeight);
                if (known.isEmpty() && group.members().size() > 1) {
                    known = readMembersAlone(group, turned, uprightHeight);
                }
                cache.put(key, uprightBox, known);
            }
            known.forEach(l -> out.add(l.withCover(alongColumn(l.box(), ends))));
        }
        return out;
    }

    /**
     * The lines read in each box of a turned group alone that lies along the turned picture's rows, where the group
     * read as a whole read no sure word: the group can take in the ends of upright lines beside a vertical one (a
     * vertical {@code Accession 9412} down the right edge of a generated cine, whose group took in the turned ends of
     * the device lines below it, read as nothing, and the PHI line was half covered, by those lines' unreadable
     * boxes, on each of its 18 frames: synthetic seed 3141).
     */
    private List<ReadLine> readMembersAlone(LineGroups.Group<Found> group, List<Turned> turned, int uprightHeight) {
        List<ReadLine> out = new ArrayList<>();
        for (Found f : group.members()) {
            Box b = f.text().box();
            if (b.width() >= VERTICAL_ASPECT * b.height()) {
                out.addAll(readVertical(turned.get(f.view()), b, f.text().score(), uprightHeight));
            }
        }
        return out;
    }

    /**
     * The PP-OCR model's reading of a turned piece Tesseract read no sure word in, both ways up, where it reads
     * one with at least {@link #RECOGNISED} confidence; else {@link OcrLine#NOTHING}. Only vertical lines: Tesseract
     * reads small sideways text worst (a 9 px vertical {@code 2007-12-23} read {@code 20} F-12-23} at 0.07). A line
     * only this reading makes counts only where it is judged PHI ({@link ReadLine#phiOnly}): the model leaves out the
     * spaces of small English text ({@code ET 26  NEX 4} read {@code ET26NEX4}), and such a vertical device line,
     * left undecided, was redacted with the device lines around it (synthetic seed 8888).
     */
    private OcrLine recognised(Turned view, Box clockwiseBox) {
        if (!secondEngine) {
            return OcrLine.NOTHING;
        }
        PpOcrRecognizer engine = recognizer();
        // Counted as OCR, as Tesseract's readings are, so that the bench's stages say where the time went.
        OcrLine down = ocrClock.timed(() -> engine.read(view.clockwise(), clockwiseBox));
        OcrLine up = ocrClock.timed(() -> engine.read(view.anticlockwise(),
                QuarterTurn.halfTurned(clockwiseBox, view.clockwise().width(), view.clockwise().height())));
        OcrLine best = up.confidence() > down.confidence() ? up : down;
        return best.alphanumerics() >= 3 && best.confidence() >= RECOGNISED ? best : OcrLine.NOTHING;
    }

    /** The second engine's reading of {@code box} of an upright {@code view} ({@link EngineReading}). */
    private OcrLine engineReading(DisplayImage view, Box box) {
        PpOcrRecognizer engine = recognizer();
        return ocrClock.timed(() -> engine.read(view, box));
    }

    /** The second engine, opened when first needed. */
    private PpOcrRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new PpOcrRecognizer(); // a reader serves one worker thread at a time
        }
        return recognizer;
    }

    /** The PP-OCR mean character probability that makes a vertical reading sure. */
    static final double RECOGNISED = 0.9;

    /** The pieces of one turned line that read as a sure word, in upright coordinates. */
    private List<ReadLine> readVertical(Turned view, Box line, double score, int uprightHeight) {
        List<ReadLine> out = new ArrayList<>();
        for (Box piece : StackedLines.split(view.clockwise(), line)) {
            OcrLine ocr = reader.read(view.clockwise(), piece);
            if (ocr.confidence() < TextFindings.TRUSTED_OCR) {
                ocr = surer(ocr, view, piece);
            }
            boolean byTesseract = ocr.isSureWord();
            if (!byTesseract) {
                ocr = recognised(view, piece);
            }
            if (!ocr.isSureWord()) {
                continue; // in a turned picture the detector also boxes anatomy and film edges: only a sure word
            }
            ReadLine read = new ReadLine(QuarterTurn.toUpright(piece, uprightHeight), score, ocr,
                    view.clockwise().mapping(), false, true, true);
            out.add(byTesseract ? read : read.asPhiOnly());
        }
        return out;
    }

    /**
     * A rendering, turned a quarter turn clockwise once per frame (the turned pass searches every turned rendering),
     * and turned a further half turn when first needed (a reading of text written top to bottom).
     */
    private static final class Turned {
        private final DisplayImage upright;
        private final DisplayImage clockwise;
        private DisplayImage anticlockwise;

        Turned(DisplayImage upright) {
            this.upright = upright;
            this.clockwise = QuarterTurn.clockwise(upright);
        }

        DisplayImage upright() {
            return upright;
        }

        DisplayImage clockwise() {
            return clockwise;
        }

        /**
         * {@code box} of a vertical line, in upright coordinates, grown up and down over its own ink as the turned
         * picture shows it ({@link LineEnds}); {@code others} are the other lines' upright boxes.
         */
        Box ends(Box box, List<Box> others) {
            int h = upright.height();
            Box grown = LineEnds.grow(clockwise, QuarterTurn.toTurned(box, h),
                    others.stream().map(o -> QuarterTurn.toTurned(o, h)).toList());
            return alongColumn(box, QuarterTurn.toUpright(grown, h));
        }

        DisplayImage anticlockwise() {
            if (anticlockwise == null) {
                anticlockwise = QuarterTurn.halfTurn(clockwise);
            }
            return anticlockwise;
        }
    }

    /** The surer of {@code clockwiseReading} and a reading of the same box the other way up. */
    private OcrLine surer(OcrLine clockwiseReading, Turned view, Box clockwiseBox) {
        OcrLine other = reader.read(view.anticlockwise(),
                QuarterTurn.halfTurned(clockwiseBox, view.clockwise().width(), view.clockwise().height()));
        return other.confidence() > clockwiseReading.confidence() ? other : clockwiseReading;
    }

    /**
     * A box much taller than wide that OCR read as little or nothing may be a short word written along a vertical
     * edge, which the detector boxes as a blob: it is read again turned both ways, and the turned reading replaces the
     * upright one when it reads a word (three or more letters and digits, read surely) where the upright reading read
     * none or read less surely. Tesseract is often sure of one letter in a turned word, so the upright reading's
     * confidence alone decides nothing. Null when the upright reading stands.
     */
    private OcrLine readIfTall(Turned view, Box box, OcrLine uprightReading) {
        if (box.height() < TALL * box.width() || uprightReading.isSureWord()) {
            return null;
        }
        Box turned = QuarterTurn.toTurned(box, view.upright().height());
        OcrLine better = surer(reader.read(view.clockwise(), turned), view, turned);
        boolean word = better.isSureWord()
                && (uprightReading.alphanumerics() < 3 || better.confidence() > uprightReading.confidence());
        return word ? better : null;
    }

    /**
     * Whether a box much taller than wide holds writing along a vertical edge: its letters stand side by side only in
     * the turned picture, so the upright look for letter-like marks ({@link GlyphEvidence}) misses them. An unreadable
     * 48x90 box over an identifier written bottom to top was kept as "no writing" (tuning seed 41). A short blob
     * ({@code blob}: OCR read a character or two) is looked at turned unless it is clearly wider than tall: the
     * detector boxes a short vertical word ({@code 19F}, a sex and an age in a 21x21 box, read "8" and let go as too
     * short, tuning seed 43) about as wide as tall. Three letter-like marks in a chain are asked for either way, so a
     * lone marker or a digit is not made writing by being turned.
     */
    private static boolean turnedWriting(Turned view, Box box, boolean blob) {
        boolean shape = blob ? box.height() * TALL >= box.width() : box.height() >= TALL * box.width();
        return shape && GlyphEvidence.looksLikeTurnedWriting(view.clockwise(), box, view.upright().height());
    }

    /**
     * A box this many times taller than wide may hold a vertical word: the detector pads a short word (three letters)
     * so much that its box is barely taller than wide.
     */
    static final double TALL = 1.1;


    /** Share of {@code box} inside upright lines' boxes (overlaps counted once per line; an upper bound). */
    private static double coveredShare(Box box, List<ReadLine> upright) {
        long covered = 0;
        for (ReadLine l : upright) {
            Box b = l.box();
            long w = Math.max(0, Math.min(box.right(), b.right()) - Math.max(box.x(), b.x()));
            long h = Math.max(0, Math.min(box.bottom(), b.bottom()) - Math.max(box.y(), b.y()));
            covered += w * h;
        }
        return (double) covered / Math.max(1, box.area());
    }

    /**
     * A box read as one line that read no sure word may hold stacked small lines that the ink profile did not part
     * ({@link StackedLines#splitByStrokes}): it is cut between its bands of writing and each band read alone. The cut
     * stands only when a band reads a sure word ({@link OcrLine#isSureWord}); otherwise {@code pieces} and {@code readings}
     * keep the box and its reading (a patch of anatomy shows bands of steps too, and a large box the cut would make
     * into pieces under {@link TextFindings#LARGE_LINE} would escape the rule that keeps pictures). A band that reads
     * nothing stays a line of its own, never joined to a neighbour that reads a word: reading them together read both
     * as garbage; apart, the word is judged on its own and the band stays unknown (redacted).
     *
     * @return whether the box was cut
     */
    private boolean splitByStrokes(DisplayImage view, Box box, List<Box> pieces, List<OcrLine> readings) {
        List<Box> bands = StackedLines.splitByStrokes(view, box);
        if (bands.size() < 2) {
            return false;
        }
        List<OcrLine> read = bands.stream().map(b -> readFitted(view, b)).toList();
        if (read.stream().noneMatch(OcrLine::isSureWord)) {
            return false;
        }
        pieces.clear();
        pieces.addAll(bands);
        readings.clear();
        readings.addAll(read);
        return true;
    }

    /**
     * A band that reads as nothing (fewer than two letters or digits) was no line of its own: a film edge, speckle
     * under small text, the descenders of the line above. It is joined to the piece above it (the one below for the
     * first) and that piece is read again; the pieces that read words stay apart, so a device line stacked with a PHI
     * line keeps its own reading and verdict. (Reading the whole box again, as before, read two lines as one: garbage,
     * unknown, and both redacted.) The pieces still tile the box.
     */
    private void joinWordlessPieces(DisplayImage view, List<Box> pieces, List<OcrLine> readings) {
        for (int i = 0; pieces.size() > 1 && i < pieces.size(); ) {
            if (!holdsNoWord(readings.get(i))) {
                i++;
                continue;
            }
            int into = i == 0 ? 1 : i - 1;
            Box joined = pieces.get(into).union(pieces.get(i));
            int first = Math.min(i, into);
            pieces.remove(first + 1);
            readings.remove(first + 1);
            pieces.set(first, joined);
            readings.set(first, readFitted(view, joined));
            i = 0; // the joined piece may read nothing either
        }
    }

    /**
     * The reading of {@code piece} on the rows of its writing ({@link LineInk}), or where that reads no sure word, a
     * reading prepared from the level the text is drawn in ({@link LineReader#readLevelled}) when that one reads a sure
     * word: small lines on a backdrop inside anatomy, or over anatomy, have three levels or more in their crops, and
     * the threshold the first reading is prepared by parts the wrong two (a light {@code Slice 2.0mm} over grey tissue
     * beside a black backdrop's corner read as nothing, and read surely this way; tuning seed 43). Only a sure word
     * replaces the first reading, so a line that read well keeps its reading and one that neither way reads stays as
     * read. Never for a box of two bands of writing or more ({@link StackedLines#splitByStrokes}): a levelled
     * reading reads the lines drawn in the level it found, and a fainter line beside them (a grey name under a white
     * setting) would go unread while the box was judged by the other line. The detector's box of small text is about three times taller than its line and takes in slivers and
     * backdrop bars of the lines above and below, which OCR read as nothing (`FOV 43.0 cm`, 7 px on a 151 px CT, in a
     * 23 px box). Only the reading: the line keeps the detector's box, and so its redaction. Cutting the line box
     * itself too (so its margin and the row and stack judgements followed the line) kept more device text but lost
     * PHI on tuning seed 41 and the legacy corpus, where badly found lines were covered by their neighbours' tall
     * boxes and margins.
     */
    private OcrLine readFitted(DisplayImage view, Box piece) {
        Box fit = LineInk.tighten(view, piece, NEIGHBOURS_OWN);
        OcrLine ocr = reader.read(view, fit);
        if (ocr.isSureWord() || StackedLines.splitByStrokes(view, fit).size() > 1) {
            return ocr; // a levelled reading of several lines reads the lines of the text's level only
        }
        OcrLine levelled = reader.readLevelled(view, fit);
        return levelled.isSureWord() && levelled.confidence() > ocr.confidence() ? levelled : ocr;
    }

    /** For reading only, a sliver of another line at a box's edge is that line's, and goes. */
    private static final Predicate<Box> NEIGHBOURS_OWN = strip -> true;

    /** Fewer than two letters or digits: no line of its own. */
    private static boolean holdsNoWord(OcrLine ocr) {
        return ocr.alphanumerics() < 2;
    }

    @Override
    public OcrClock ocrClock() {
        return ocrClock;
    }

    @Override
    public void close() {
        try {
            locator.close();
        } finally {
            try {
                reader.close();
            } finally {
                if (recognizer != null) {
                    recognizer.close();
                }
            }
        }
    }
}
