package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.content.DeviceAnnotations;
import io.pixelscrub.testdata.synthetic.content.TextContent;
import io.pixelscrub.testdata.synthetic.pixels.GlyphMask;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.TextKind;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Lays out one case's text: an optional header bar, PHI in a home corner (sometimes over the anatomy),
 * device annotations in columns and corners, and a frame counter on cines. Items that do not fit are
 * dropped, so the plan only holds text that is really drawn.
 */
final class TextPlanner {
    private static final Placement[] PHI_HOMES = {Placement.TOP_LEFT, Placement.TOP_LEFT, Placement.TOP_RIGHT,
        Placement.BOTTOM_LEFT};
    private static final Placement[] DEVICE_HOMES = {Placement.LEFT_COLUMN, Placement.RIGHT_COLUMN,
        Placement.BOTTOM_RIGHT, Placement.TOP_RIGHT, Placement.BOTTOM_LEFT};

    private final SplittableRandom r;
    private final double rotated;
    private final CaseShape shape;
    private final int height;
    private final int frames;
    private final Layout layout;
    private final TextStyle house;
    private final List<Backdrop> backdrops = new ArrayList<>();
    private final List<PlacedText> texts = new ArrayList<>();

    /** @param rotated share of single items drawn rotated; 0 draws no extra random numbers (the legacy plan) */
    TextPlanner(SplittableRandom r, CaseShape shape, int width, int height, int frames, double rotated) {
        this.r = r;
        this.rotated = rotated;
        this.shape = shape;
        this.height = height;
        this.frames = frames;
        this.house = StylePicker.house(r, shape, height);
        int margin = Math.max(3, Math.min(width, height) / 60);
        this.layout = new Layout(width, height, margin, Math.max(2, house.sizePx() / 4));
    }

    List<Backdrop> backdrops() {
        return backdrops;
    }

    List<PlacedText> texts() {
        return texts;
    }

    void plan(List<TextContent> phi, List<TextContent> device) {
        List<TextContent> rest = new ArrayList<>(phi);
        List<TextContent> barSource = phi.isEmpty() ? device : phi;
        // Cines always get the static header bar that repeats on every frame; single frames sometimes do.
        if (barSource.size() >= 2 && (frames > 1 || r.nextInt(10) < 4)) {
            int n = Math.min(barSource.size(), 2 + r.nextInt(4));
            topBar(barSource.subList(0, n));
            if (!phi.isEmpty()) {
                rest = new ArrayList<>(phi.subList(n, phi.size()));
            } else {
                device = device.subList(n, device.size());
            }
        }
        Placement phiHome = PHI_HOMES[r.nextInt(PHI_HOMES.length)];
        for (TextContent t : rest) {
            int roll = r.nextInt(100);
            Placement p = roll < 15 ? Placement.OVER_ANATOMY : roll < 22 ? Placement.RIGHT_COLUMN : phiHome;
            single(t, p);
        }
        Placement deviceHome = DEVICE_HOMES[r.nextInt(DEVICE_HOMES.length)];
        for (TextContent t : device) {
            single(t, devicePlacement(t, deviceHome));
        }
        if (frames > 1) {
            frameCounter();
        }
    }

    private Placement devicePlacement(TextContent t, Placement home) {
        return switch (t.category()) {
            case "marker" -> r.nextBoolean() ? Placement.OVER_ANATOMY : Placement.TOP_RIGHT;
            case "depth" -> Placement.BOTTOM_RIGHT;
            case "vendor" -> Placement.TOP_RIGHT;
            default -> r.nextInt(10) == 0 ? Placement.OVER_ANATOMY : home;
        };
    }

    private void single(TextContent content, Placement placement) {
        TextStyle style = StylePicker.item(house, r, shape, height);
        int rotation = rotated > 0 && r.nextDouble() < rotated ? rotation() : 0;
        if (Math.abs(rotation) == 90) {
            // Vertical text runs up a side of the picture, as devices write scales and labels there.
            placement = r.nextBoolean() ? Placement.LEFT_COLUMN : Placement.RIGHT_COLUMN;
        }
        GlyphMask mask = style.mask(content.text(), rotation);
        Placement where = placement;
        int pad = style.backdrop() == null ? 0 : 2 + style.sizePx() / 8;
        layout.place(placement, mask.width() + 2 * pad, mask.height() + 2 * pad, r).ifPresent(box -> {
            if (style.backdrop() != null) {
                backdrops.add(new Backdrop(box, style.backdrop()));
            }
            texts.add(new PlacedText(content, mask, box.x() + pad, box.y() + pad, allFrames(), style.colour(),
                    style.truth(where), rotation));
        });
    }

    /** A third at 90 degrees either way, the rest 2-8 degrees either way. */
    private int rotation() {
        int sign = r.nextBoolean() ? 1 : -1;
        return sign * (r.nextInt(3) == 0 ? 90 : 2 + r.nextInt(7));
    }

    /** Items side by side on one baseline across the top, spread over the width like a device header. */
    private void topBar(List<TextContent> items) {
        SceneColour bar = StylePicker.barColour(r);
        TextStyle style = bar == null ? house : house.withBackdrop(bar);
        List<GlyphMask> masks = items.stream().map(t -> style.mask(t.text())).toList();
        int ascent = masks.stream().mapToInt(GlyphMask::ascent).max().orElseThrow();
        int descent = masks.stream().mapToInt(m -> m.height() - m.ascent()).max().orElseThrow();
        int pad = 2 + style.sizePx() / 5;
        int barHeight = ascent + descent + 2 * pad;
        int margin = layout.margin();
        int total = masks.stream().mapToInt(GlyphMask::width).sum();
        int spacing = masks.size() < 2 ? 0
                : Math.max(style.sizePx(), (layout.width() - 2 * margin - total) / (masks.size() - 1));
        layout.reserveTop(barHeight);
        if (bar != null) {
            backdrops.add(new Backdrop(new Box(0, 0, layout.width(), barHeight), bar));
        }
        int x = margin;
        for (int i = 0; i < items.size(); i++) {
            GlyphMask m = masks.get(i);
            if (x + m.width() > layout.width() - margin) {
                break;
            }
            texts.add(new PlacedText(items.get(i), m, x, pad + ascent - m.ascent(), allFrames(), style.colour(),
                    style.truth(Placement.TOP_BAR)));
            x += m.width() + spacing;
        }
    }

    /** One item per frame ("3/12"), right-aligned in one reserved box so the counter stays put. */
    private void frameCounter() {
        int counterStyle = r.nextInt(3);
        TextStyle style = StylePicker.item(house, r, shape, height).withBackdrop(null);
        List<GlyphMask> masks = IntStream.range(0, frames)
                .mapToObj(f -> style.mask(DeviceAnnotations.frameCounter(f + 1, frames, counterStyle))).toList();
        int w = masks.stream().mapToInt(GlyphMask::width).max().orElseThrow();
        int ascent = masks.stream().mapToInt(GlyphMask::ascent).max().orElseThrow();
        int descent = masks.stream().mapToInt(m -> m.height() - m.ascent()).max().orElseThrow();
        Placement p = r.nextBoolean() ? Placement.BOTTOM_RIGHT : Placement.TOP_RIGHT;
        layout.place(p, w, ascent + descent, r).ifPresent(box -> {
            for (int f = 0; f < frames; f++) {
                GlyphMask m = masks.get(f);
                texts.add(new PlacedText(new TextContent(m.text(), TextKind.DEVICE, "counter", null), m,
                        box.right() + 1 - m.width(), box.y() + ascent - m.ascent(), List.of(f), style.colour(),
                        style.truth(p)));
            }
        });
    }

    private List<Integer> allFrames() {
        return IntStream.range(0, frames).boxed().toList();
    }
}
