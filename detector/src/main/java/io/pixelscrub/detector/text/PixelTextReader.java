package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Frame in, read lines out: renders the frame ({@link DisplayMapper}), locates text in every rendering, joins what
 * the renderings found for one line into the union of their boxes (so no rendering's extent is lost), splits boxes
 * that hold stacked lines ({@link StackedLines}), and reads each line on the rendering where the detector was surest;
 * a reading Tesseract is unsure of is read a second way, and confirmed where both agree. One instance per worker thread.
 */
public final class PixelTextReader implements FrameTextReader {

    private final DisplayMapper mapper;
    private final TextLocator locator;
    private final LineReader reader;

    public PixelTextReader(DisplayMapper mapper, TextLocator locator, LineReader reader) {
        this.mapper = mapper;
        this.locator = locator;
        this.reader = reader;
    }

    /** The DBNet locator and the Tesseract reader as {@code config} says; native load failures are one-line. */
    public static PixelTextReader open(TextEngineConfig config) {
        DbnetTextLocator locator = new DbnetTextLocator(config.detection());
        try {
            Path tessdata = config.tessdata().or(() -> Tessdata.find(config.language()))
                    .orElseThrow(() -> new TextEngineUnavailableException("no tessdata folder with "
                            + config.language() + ".traineddata (install tesseract-ocr-" + config.language()
                            + " or set TESSDATA_PREFIX)", null));
            return new PixelTextReader(new DisplayMapper(), locator, new TesseractLineReader(tessdata, config.language()));
        } catch (RuntimeException | Error e) {
            locator.close();
            throw e;
        }
    }

    /** A box found in one rendering. */
    private record Found(TextBox text, int view) { }

    @Override
    public List<ReadLine> read(RawFrame frame) {
        List<DisplayImage> views = mapper.render(frame);
        List<Found> found = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            for (TextBox box : locator.locate(views.get(v))) {
                found.add(new Found(box, v));
            }
        }
        List<ReadLine> lines = new ArrayList<>();
        for (LineGroups.Group<Found> group : LineGroups.of(found, f -> f.text().box())) {
            Found best = group.members().stream().max(Comparator.comparingDouble(f -> f.text().score())).orElseThrow();
            DisplayImage view = views.get(best.view());
            List<Box> pieces = StackedLines.split(view, group.box());
            List<OcrLine> readings = new ArrayList<>(pieces.size());
            pieces.forEach(p -> readings.add(reader.read(view, p)));
            if (pieces.size() > 1 && readings.stream().anyMatch(PixelTextReader::holdsNoWord)) {
                // A band that reads as nothing was no line (a film edge, speckle under small text): read it whole.
                pieces = List.of(group.box());
                readings.clear();
                readings.add(reader.read(view, group.box()));
            }
            for (int i = 0; i < pieces.size(); i++) {
                OcrLine ocr = readings.get(i);
                boolean confirmed = !ocr.isBlank() && ocr.confidence() < TextFindings.TRUSTED_OCR
                        && ReadingAgreement.same(ocr, reader.readAgain(view, pieces.get(i)));
                boolean writing = !TextFindings.needsWritingEvidence(pieces.get(i), ocr)
                        || GlyphEvidence.looksLikeWriting(view, pieces.get(i));
                lines.add(new ReadLine(pieces.get(i), best.text().score(), ocr, view.mapping(), confirmed, writing));
            }
        }
        lines.sort(Comparator.comparingInt((ReadLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return lines;
    }

    /** Fewer than two letters or digits: no line of its own. */
    private static boolean holdsNoWord(OcrLine ocr) {
        return ocr.text().chars().filter(Character::isLetterOrDigit).count() < 2;
    }

    @Override
    public void close() {
        try {
            locator.close();
        } finally {
            reader.close();
        }
    }
}
