package io.pixelscrub.detector.text;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds text lines with a PP-OCR DBNet model in ONNX Runtime (CPU). The picture is cut into overlapping tiles so
 * that large frames keep their small text at full resolution, each tile goes through the model, the probability
 * map becomes boxes ({@link ProbabilityMapBoxes}), pieces of one line are joined across tiles, and every box is
 * padded to cover whole glyphs. One session per instance; not thread-safe (one instance per worker).
 */
public final class DbnetTextLocator implements TextLocator {

    /**
     * Vertical pad as a fraction of the box height. Measured on the test scenes (8-36 px, seven fonts), the unclipped
     * DB box already held every glyph pixel within 1 px; this is margin for deeper descenders and accents.
     */
    static final double PAD_VERTICAL = 0.12;
    /** Horizontal pad as a fraction of the box height: side bearings, italic overhang and antialiasing. */
    static final double PAD_HORIZONTAL = 0.2;

    private final DbnetSettings settings;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final ProbabilityMapBoxes postProcess;
    private final double padVertical;
    private final double padHorizontal;

    public DbnetTextLocator(DbnetSettings settings) {
        this(settings, PAD_VERTICAL, PAD_HORIZONTAL);
    }

    /** With other glyph padding (fractions of the box height): for measuring how much padding coverage needs. */
    DbnetTextLocator(DbnetSettings settings, double padVertical, double padHorizontal) {
        this.padVertical = padVertical;
        this.padHorizontal = padHorizontal;
        this.settings = settings;
        this.env = OnnxSessions.environment();
        this.session = OnnxSessions.open(env, settings.model().resource(), settings.intraOpThreads());
        this.inputName = session.getInputNames().iterator().next();
        this.postProcess = new ProbabilityMapBoxes(settings.binaryThreshold(), settings.boxThreshold(), settings.unclipRatio());
    }

    public DbnetTextLocator() {
        this(DbnetSettings.defaults());
    }

    /** Border margin added before detection ({@link BorderPad}), in picture pixels. */
    static final int BORDER_PAD = 16;

    @Override
    public List<TextBox> locate(DisplayImage image) {
        List<TextBox> found = new ArrayList<>();
        for (TextBox t : locateUnpadded(BorderPad.around(image, BORDER_PAD))) {
            Box box = BorderPad.back(t.box(), BORDER_PAD, image.width(), image.height());
            if (!box.isEmpty()) {
                found.add(new TextBox(box, t.score()));
            }
        }
        return found;
    }

    private List<TextBox> locateUnpadded(DisplayImage image) {
        double scale = Math.max(image.width(), image.height()) <= settings.upscaleBelowSide() ? settings.upscale() : 1.0;
        int scaledWidth = (int) Math.round(image.width() * scale);
        int scaledHeight = (int) Math.round(image.height() * scale);
        List<TextBox> found = new ArrayList<>();
        for (Tile tile : Tile.cover(scaledWidth, scaledHeight, settings.tileSize(), settings.tileOverlap())) {
            for (TextBox box : detect(DbnetInput.of(image, scale, tile), tile)) {
                found.add(new TextBox(toImage(box.box(), tile, scale), box.score()));
            }
        }
        List<TextBox> lines = new ArrayList<>();
        for (LineGroups.Group<TextBox> group : LineGroups.of(found, TextBox::box)) {
            double score = group.members().stream().mapToDouble(TextBox::score).max().orElse(0);
            Box padded = LineBoxes.padForGlyphs(group.box(), padVertical, padHorizontal, image.width(), image.height());
            if (!padded.isEmpty()) {
                lines.add(new TextBox(padded, score));
            }
        }
        return lines;
    }

    private List<TextBox> detect(DbnetInput input, Tile tile) {
        long[] shape = {1, 3, input.height, input.width};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input.chw), shape);
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] prob = new float[out.remaining()];
            out.get(prob);
            if (prob.length != input.width * input.height) {
                throw new IllegalStateException("text-detection output has " + prob.length + " values, "
                        + input.width * input.height + " expected");
            }
            return postProcess.extract(prob, input.width, input.height, tile.width(), tile.height());
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed: " + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }

    /** From tile map coordinates to picture coordinates, rounding outwards. */
    private static Box toImage(Box box, Tile tile, double scale) {
        int x0 = (int) Math.floor((box.x() + tile.x()) / scale);
        int y0 = (int) Math.floor((box.y() + tile.y()) / scale);
        int x1 = (int) Math.ceil((box.right() + tile.x()) / scale);
        int y1 = (int) Math.ceil((box.bottom() + tile.y()) / scale);
        return Box.fromCorners(x0, y0, x1, y1);
    }

    @Override
    public void close() {
        OnnxSessions.close(session, "text-detection");
    }
}
