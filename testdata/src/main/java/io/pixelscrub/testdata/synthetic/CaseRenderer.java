package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.background.BackgroundField;
import io.pixelscrub.testdata.synthetic.pixels.PixelFormat;
import io.pixelscrub.testdata.synthetic.plan.Backdrop;
import io.pixelscrub.testdata.synthetic.plan.CasePlan;
import io.pixelscrub.testdata.synthetic.plan.PlacedText;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a case frame by frame and measures what each text item changed. With {@code withText} false it
 * draws the same picture and backdrops without any text: the reference a perfect redaction is judged by.
 */
public final class CaseRenderer {

    /** Receives each frame's stored samples (interleaved, {@code samplesPerPixel} per pixel). */
    public interface FrameSink {
        void accept(int frame, int[] stored);
    }

    private CaseRenderer() {
    }

    /** Renders all frames into {@code sink}; returns the truth of every text item that changed a pixel. */
    public static List<TextTruth> render(CasePlan plan, boolean withText, FrameSink sink) {
        PixelFormat format = plan.format();
        List<PlacedText> texts = withText ? plan.texts() : List.of();
        List<Changes> changes = texts.stream().map(t -> new Changes()).toList();
        for (int f = 0; f < plan.frames(); f++) {
            int[] display = picture(plan, plan.background().frame(f));
            for (Backdrop b : plan.backdrops()) {
                fill(display, plan.width(), b.box(), format.colour(b.colour()));
            }
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).frames().contains(f)) {
                    draw(display, plan, texts.get(i), changes.get(i), f);
                }
            }
            sink.accept(f, stored(format, display));
        }
        List<TextTruth> truths = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Changes c = changes.get(i);
            if (c.box != null) {
                PlacedText t = texts.get(i);
                truths.add(new TextTruth(t.content().text(), t.content().kind(), t.content().category(),
                        t.content().headerAttribute(), c.frames, c.box, t.style(), t.rotation()));
            }
        }
        return truths;
    }

    private static int[] picture(CasePlan plan, BackgroundField field) {
        PixelFormat format = plan.format();
        float[] tint = plan.tint();
        int[] display = new int[plan.width() * plan.height()];
        for (int i = 0; i < display.length; i++) {
            float g = field.grey()[i];
            display[i] = field.rgb() != null
                    ? format.background(g, field.rgb()[3 * i], field.rgb()[3 * i + 1], field.rgb()[3 * i + 2])
                    : format.background(g, g * tint[0], g * tint[1], g * tint[2]);
        }
        return display;
    }

    private static void fill(int[] display, int width, Box box, int value) {
        for (int y = box.y(); y <= box.bottom(); y++) {
            for (int x = box.x(); x <= box.right(); x++) {
                display[y * width + x] = value;
            }
        }
    }

    /** Composites the glyph mask; only pixels whose stored samples change count towards the box. */
    private static void draw(int[] display, CasePlan plan, PlacedText text, Changes changes, int frame) {
        PixelFormat format = plan.format();
        int fg = format.colour(text.colour());
        var mask = text.mask();
        for (int my = 0; my < mask.height(); my++) {
            int y = text.y() + my;
            for (int mx = 0; mx < mask.width(); mx++) {
                int a = mask.alphaAt(mx, my);
                int x = text.x() + mx;
                if (a == 0 || x < 0 || y < 0 || x >= plan.width() || y >= plan.height()) {
                    continue;
                }
                int i = y * plan.width() + x;
                int blended = format.blend(display[i], fg, a);
                if (!format.sameStored(display[i], blended)) {
                    display[i] = blended;
                    changes.add(x, y, frame);
                }
            }
        }
    }

    private static int[] stored(PixelFormat format, int[] display) {
        int spp = format.samplesPerPixel;
        int[] out = new int[display.length * spp];
        for (int i = 0; i < display.length; i++) {
            format.toStored(display[i], out, i * spp);
        }
        return out;
    }

    /** The pixels one item changed: their bounding box and the frames they were on. */
    private static final class Changes {
        Box box;
        final List<Integer> frames = new ArrayList<>();

        void add(int x, int y, int frame) {
            Box pixel = new Box(x, y, 1, 1);
            box = box == null ? pixel : box.contains(x, y) ? box : box.union(pixel);
            if (frames.isEmpty() || frames.get(frames.size() - 1) != frame) {
                frames.add(frame);
            }
        }
    }
}
