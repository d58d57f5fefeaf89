package io.pixelscrub.cli;

import com.sun.jna.Pointer;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.text.Tessdata;
import io.pixelscrub.detector.text.TextEngineUnavailableException;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.analysis.DisplayHintsReader;
import io.pixelscrub.scrubber.analysis.RawFrameBuilder;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI1;

/**
 * The bench's stand-in for Presidio's {@code DicomImageRedactorEngine}, built the way it works: the whole frame is
 * rendered for display and OCRed at once (Tesseract, page segmentation mode 11, sparse text), every frame; each word
 * read is matched against the file's header values (names split into their parts, IDs, dates also in the usual
 * printed forms) and against date and time patterns, and the boxes of matching words are redacted. Presidio also
 * runs a named-entity model over the text; this baseline has no NER, which makes it faster, not slower.
 * One instance per worker thread (a Tesseract handle is not thread-safe). What it reads is never logged.
 */
final class PresidioLikeBaseline implements AutoCloseable {

    /** The header attributes Presidio's metadata list takes PHI from (names, IDs, dates, places). */
    static final List<String> PHI_ATTRIBUTES = List.of("PatientName", "PatientID", "OtherPatientIDs", "PatientBirthDate",
            "AccessionNumber", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate", "StudyTime", "SeriesTime",
            "InstitutionName", "InstitutionAddress", "ReferringPhysicianName", "PerformingPhysicianName",
            "OperatorsName", "PhysiciansOfRecord", "StationName", "StudyID", "PatientAge", "PatientSex");

    private static final Pattern DATE = Pattern.compile(
            "\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{8}|\\d{1,2}[-/ ]?[A-Za-z]{3}[-/ ]?\\d{2,4}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?([.,]\\d+)?");
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("MM/dd/yyyy"), DateTimeFormatter.ofPattern("yyyy-MM-dd"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy"), DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("dd/MM/yy"));

    private final ITessAPI.TessBaseAPI handle;
    private final DisplayMapper mapper = new DisplayMapper();

    PresidioLikeBaseline() {
        String tessdata = Tessdata.find("eng").orElseThrow(() -> new TextEngineUnavailableException(
                "no tessdata folder with eng.traineddata", null)).toString();
        handle = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit3(handle, tessdata, "eng") != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new TextEngineUnavailableException("Tesseract could not load eng", null);
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SPARSE_TEXT);
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** Boxes of PHI words on every frame of {@code in}, as findings; decode, OCR and matching time go to {@code times}. */
    List<Finding> find(DicomInput in, StageTimes times) throws IOException, InvalidDicomException {
        if (!in.hasPixelData() || in.module().isEmpty()) {
            return List.of();
        }
        Set<String> deny = denyWords(new AttributeListHeaderView(in.header()));
        List<Finding> out = new ArrayList<>();
        long t = System.nanoTime();
        try (FrameSource frames = Codecs.decoder(in)) {
            RawFrameBuilder builder = new RawFrameBuilder(frames.module(), DisplayHintsReader.read(in.header()));
            t = times.lap(Stage.DECODE, t);
            for (int f = 0; f < frames.frameCount(); f++) {
                byte[] frame = frames.frame(f);
                t = times.lap(Stage.DECODE, t);
                DisplayImage view = mapper.render(builder.build(frame)).get(0);
                t = times.lap(Stage.DETECT, t);
                List<Word> words = words(view);
                t = times.lap(Stage.OCR, t);
                List<Box> matched = new ArrayList<>();
                for (Word w : words) {
                    if (isPhi(w.text, deny)) {
                        matched.add(w.box);
                    }
                }
                for (Box b : joinNeighbours(matched)) {
                    // Grown as pixelscrub grows its text findings, so that the two differ in what they find only.
                    Box grown = b.grow(Math.max(3, (int) Math.round(0.2 * b.height())));
                    out.add(new Finding(grown, Set.of(f), FindingSource.DETECTOR, Verdict.PHI, 1.0, "baseline"));
                }
                t = times.lap(Stage.CLASSIFY, t);
            }
        }
        return out;
    }

    private record Word(String text, Box box) { }

    /** Tesseract over the whole picture, page segmentation mode 11: every word with its box. */
    private List<Word> words(DisplayImage view) {
        ByteBuffer pixels = ByteBuffer.allocateDirect(view.pixels().length);
        pixels.put(view.pixels()).flip();
        TessAPI1.TessBaseAPISetImage(handle, pixels, view.width(), view.height(), view.channels(),
                view.width() * view.channels());
        TessAPI1.TessBaseAPISetSourceResolution(handle, 70);
        List<Word> out = new ArrayList<>();
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
                return out;
            }
            ITessAPI.TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(handle);
            if (ri == null) {
                return out;
            }
            try {
                ITessAPI.TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
                int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
                do {
                    Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(ri, level);
                    if (p == null) {
                        continue;
                    }
                    String text = p.getString(0, "UTF-8").trim();
                    TessAPI1.TessDeleteText(p);
                    IntBuffer l = IntBuffer.allocate(1);
                    IntBuffer tp = IntBuffer.allocate(1);
                    IntBuffer r = IntBuffer.allocate(1);
                    IntBuffer b = IntBuffer.allocate(1);
                    TessAPI1.TessPageIteratorBoundingBox(pi, level, l, tp, r, b);
                    if (!text.isEmpty() && r.get(0) > l.get(0) && b.get(0) > tp.get(0)) {
                        out.add(new Word(text, Box.fromCorners(l.get(0), tp.get(0), r.get(0), b.get(0))));
                    }
                } while (TessAPI1.TessPageIteratorNext(pi, level) == ITessAPI.TRUE);
            } finally {
                TessAPI1.TessResultIteratorDelete(ri);
            }
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
        return out;
    }

    /**
     * Matched words side by side on one line (boxes overlapping by half their height, at most a line height apart) as
     * one box: one entity over several words ({@code FAMILY, Given}), whose space between words Presidio's per-word
     * boxes would leave showing. A favour to the baseline, so that an item counts as hidden when its words are.
     */
    static List<Box> joinNeighbours(List<Box> boxes) {
        List<Box> out = new ArrayList<>(boxes);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    Box a = out.get(i);
                    Box b = out.get(j);
                    int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
                    int gap = Math.max(a.x(), b.x()) - Math.min(a.right(), b.right());
                    int height = Math.max(a.height(), b.height());
                    if (overlap >= Math.min(a.height(), b.height()) / 2 && gap <= height) {
                        out.set(i, a.union(b));
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        return out;
    }

    /** A word is PHI when it is one of the header's PHI words or reads as a date or a time. */
    static boolean isPhi(String word, Set<String> deny) {
        String w = word.replaceAll("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$", "");
        if (w.isEmpty()) {
            return false;
        }
        return deny.contains(w.toUpperCase(Locale.ROOT)) || DATE.matcher(w).matches() || TIME.matcher(w).matches();
    }

    /**
     * The header's PHI values as words (upper case): each value, its parts split at {@code ^}, spaces, commas and
     * hyphens (two characters or more), and dates also in the printed forms of {@link #DATE_FORMS}.
     */
    static Set<String> denyWords(HeaderView header) {
        Set<String> out = new HashSet<>();
        for (String attribute : PHI_ATTRIBUTES) {
            for (String v : header.values(attribute)) {
                String value = v.trim().toUpperCase(Locale.ROOT);
                if (value.isEmpty()) {
                    continue;
                }
                out.add(value);
                for (String part : value.split("[\\^\\s,]+")) {
                    if (part.length() >= 2) {
                        out.add(part);
                    }
                }
                if (value.matches("\\d{8}")) {
                    try {
                        LocalDate d = LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
                        DATE_FORMS.forEach(f -> out.add(d.format(f).toUpperCase(Locale.ROOT)));
                    } catch (DateTimeParseException e) {
                        // not a date after all: the value itself is on the list
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(handle);
        TessAPI1.TessBaseAPIDelete(handle);
    }
}
