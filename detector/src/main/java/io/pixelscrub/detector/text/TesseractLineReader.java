package io.pixelscrub.detector.text;

import com.sun.jna.Pointer;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI1;

/**
 * Reads one text line per box with Tesseract (Tess4J's direct binding to libtesseract), page segmentation mode 7
 * (single line). The engine is initialised once per instance: re-initialising per call costs ~100 ms, a line
 * costs a few ms. Not thread-safe (one instance per worker). What it reads is PHI: it is returned, never logged.
 */
public final class TesseractLineReader implements LineReader {

    private final ITessAPI.TessBaseAPI handle;
    private boolean closed;

    /** English, tessdata found by {@link Tessdata}. */
    public TesseractLineReader() {
        this(Tessdata.find("eng").orElseThrow(() -> new TextEngineUnavailableException(
                "no tessdata folder with eng.traineddata (install tesseract-ocr-eng or set TESSDATA_PREFIX)", null)), "eng");
    }

    public TesseractLineReader(Path tessdata, String language) {
        try {
            handle = TessAPI1.TessBaseAPICreate();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw new TextEngineUnavailableException("Tesseract native library (libtesseract) could not be loaded", e);
        }
        if (TessAPI1.TessBaseAPIInit3(handle, tessdata.toString(), language) != 0) {
            TessAPI1.TessBaseAPIDelete(handle);
            throw new TextEngineUnavailableException("Tesseract could not load language " + language + " from " + tessdata, null);
        }
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        // Crops arrive dark-on-light already; Tesseract's own second, inverted try would only cost time.
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_do_invert", "0");
        // Its diagnostics ("Empty page", resolution guesses) would go to stderr.
        TessAPI1.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    }

    /** Ink height of the second reading: far enough from the first that resampling and binarisation differ. */
    static final int SECOND_INK_HEIGHT = 40;

    @Override
    public OcrLine read(DisplayImage image, Box box) {
        return read(image, box, OcrCrop.TARGET_INK_HEIGHT);
    }

    @Override
    public OcrLine readAgain(DisplayImage image, Box box) {
        return read(image, box, SECOND_INK_HEIGHT);
    }

    /**
     * Read at the first reading's scale, and where that reads no word surely, at the second reading's: small text drawn
     * over anatomy read better at one or the other, line by line (synthetic tuning seed 43).
     */
    @Override
    public OcrLine readLevelled(DisplayImage image, Box box) {
        OcrLine first = readLevelled(image, box, OcrCrop.TARGET_INK_HEIGHT);
        if (first.isSureWord()) {
            return first;
        }
        OcrLine second = readLevelled(image, box, SECOND_INK_HEIGHT);
        return second.confidence() > first.confidence() ? second : first;
    }

    private OcrLine readLevelled(DisplayImage image, Box box, int inkHeight) {
        return read(OcrCrop.levelled(image, box, inkHeight));
    }

    private OcrLine read(DisplayImage image, Box box, int inkHeight) {
        return read(OcrCrop.of(image, box, inkHeight));
    }

    private OcrLine read(OcrCrop crop) {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        if (crop == null) {
            return OcrLine.NOTHING;
        }
        ByteBuffer pixels = ByteBuffer.allocateDirect(crop.grey.length);
        pixels.put(crop.grey).flip();
        TessAPI1.TessBaseAPISetImage(handle, pixels, crop.width, crop.height, 1, crop.width);
        TessAPI1.TessBaseAPISetSourceResolution(handle, 300);
        Pointer utf8 = TessAPI1.TessBaseAPIGetUTF8Text(handle);
        try {
            String text = utf8 == null ? "" : utf8.getString(0, "UTF-8").replaceAll("\\s+", " ").trim();
            if (text.isEmpty()) {
                return OcrLine.NOTHING;
            }
            int confidence = TessAPI1.TessBaseAPIMeanTextConf(handle);
            return new OcrLine(text, Math.max(0, Math.min(100, confidence)) / 100.0);
        } finally {
            if (utf8 != null) {
                TessAPI1.TessDeleteText(utf8);
            }
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
        }
    }
}
