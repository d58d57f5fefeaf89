package io.pixelscrub.scrubber.analysis;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.background.BackgroundField;
import io.pixelscrub.testdata.synthetic.background.BackgroundKind;
import io.pixelscrub.testdata.synthetic.dicom.NativeDicom;
import io.pixelscrub.testdata.synthetic.dicom.Uids;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A generated 8-bit grey ultrasound cine for tests and benchmarks: the synthetic generator's B-mode fan (speckle
 * redrawn every frame, as in a real cine) under a static header bar, and text items drawn with a shipped font, each on
 * the frames its text function says (null: not on that frame). Knows, per frame, the pixels each item changed.
 */
final class GeneratedCine {

    /** Rows of the header bar across the top. */
    static final int BAR_HEIGHT = 44;
    static final int BAR_GREY = 24;
    static final int TEXT_GREY = 235;

    /** A text item: what it says on each frame (null where it is not shown), where its baseline starts, how big. */
    record Item(IntFunction<String> text, int x, int baseline, int sizePx) { }

    /** The header values the items draw, so the classifier has a deny-list. */
    record Patient(String dicomName, String id, String birthDate, String studyDate) { }

    private final int width;
    private final int height;
    private final int frames;
    private final boolean fan;
    private final List<Item> items;
    /** Per frame, per item: the box of pixels the item's glyphs changed, or null. */
    private final Box[][] truth;
    private final byte[] pixels;

    private final long seed;

    private GeneratedCine(int width, int height, int frames, boolean fan, List<Item> items, long seed) {
        this.seed = seed;
        this.width = width;
        this.height = height;
        this.frames = frames;
        this.fan = fan;
        this.items = List.copyOf(items);
        this.truth = new Box[frames][items.size()];
        this.pixels = new byte[width * height * frames];
        render();
    }

    /**
     * @param fan a speckled ultrasound fan that changes every frame; false for a static grey picture
     */
    static GeneratedCine of(int width, int height, int frames, boolean fan, List<Item> items) {
        return of(width, height, frames, fan, items, 20261205L);
    }

    /** @param seed the picture's (another seed, another fan and speckle) */
    static GeneratedCine of(int width, int height, int frames, boolean fan, List<Item> items, long seed) {
        return new GeneratedCine(width, height, frames, fan, items, seed);
    }

    private void render() {
        var background = BackgroundKind.ULTRASOUND_SECTOR.generated(width, height, seed);
        BackgroundField still = background.frame(0);
        for (int f = 0; f < frames; f++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            float[] grey = (fan ? background.frame(f) : still).grey();
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) Math.round(grey[i] * 200);
            }
            for (int y = 0; y < BAR_HEIGHT; y++) {
                java.util.Arrays.fill(data, y * width, (y + 1) * width, (byte) BAR_GREY);
            }
            for (int k = 0; k < items.size(); k++) {
                String text = items.get(k).text().apply(f);
                if (text != null) {
                    truth[f][k] = draw(data, items.get(k), text);
                }
            }
            System.arraycopy(data, 0, pixels, f * width * height, data.length);
        }
    }

    /** Draws one item into the frame; returns the box of the pixels it changed. */
    private Box draw(byte[] frame, Item item, String text) {
        BufferedImage layer = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = layer.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FontCatalog.font("DejaVu Sans", false, item.sizePx()));
        g.setColor(java.awt.Color.WHITE);
        g.drawString(text, item.x(), item.baseline());
        g.dispose();
        byte[] alpha = ((DataBufferByte) layer.getRaster().getDataBuffer()).getData();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int i = 0; i < alpha.length; i++) {
            int a = alpha[i] & 0xFF;
            if (a == 0) {
                continue;
            }
            int under = frame[i] & 0xFF;
            int blended = (under * (255 - a) + TEXT_GREY * a + 127) / 255;
            if (blended != under) {
                frame[i] = (byte) blended;
                int x = i % width, y = i / width;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        return x1 < 0 ? null : Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }

    int frames() {
        return frames;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The stored value of a pixel of the generated (input) frame. */
    int pixel(int frame, int x, int y) {
        return pixels[frame * width * height + y * width + x] & 0xFF;
    }

    /** The pixels item {@code item} changed on {@code frame}, or null where it is not drawn there. */
    Box truth(int frame, int item) {
        return truth[frame][item];
    }

    /** Every box any item changed on any frame. */
    List<Box> allTruth() {
        List<Box> out = new ArrayList<>();
        for (Box[] perFrame : truth) {
            for (Box b : perFrame) {
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /** Writes the cine as an 8-bit MONOCHROME2 ultrasound image, explicit VR little endian. */
    void write(Path out, Patient patient) throws IOException {
        try {
            AttributeList list = new AttributeList();
            NativeDicom.secondaryCapture(list, new Uids(7), "US");
            NativeDicom.put(list, new PersonNameAttribute(TagFromName.PatientName), patient.dicomName());
            NativeDicom.put(list, new LongStringAttribute(TagFromName.PatientID), patient.id());
            NativeDicom.put(list, new DateAttribute(TagFromName.PatientBirthDate), patient.birthDate());
            NativeDicom.put(list, new DateAttribute(TagFromName.StudyDate), patient.studyDate());
            if (frames > 1) {
                NativeDicom.put(list, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(frames));
            }
            NativeDicom.write8Bit(list, height, width, "MONOCHROME2", pixels, out);
        } catch (DicomException e) {
            throw new IOException(e);
        }
    }
}
