package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.truth.Box;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Finds room for text boxes so that no two overlap (each item's changed pixels are then its own):
 * corners and side columns stack lines, OVER_ANATOMY tries random spots in the middle of the image.
 */
final class Layout {
    private static final int TRIES = 40;

    private final int width;
    private final int height;
    private final int margin;
    private final int gap;
    private final List<Box> taken = new ArrayList<>();
    private final Map<Placement, Integer> cursor = new EnumMap<>(Placement.class);
    private int topReserved;

    Layout(int width, int height, int margin, int gap) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.gap = gap;
    }

    int width() {
        return width;
    }

    int margin() {
        return margin;
    }

    /** Keeps the top {@code rows} for a header bar; corner stacks start below it. */
    void reserveTop(int rows) {
        topReserved = rows;
        taken.add(new Box(0, 0, width, rows));
    }

    Optional<Box> place(Placement placement, int w, int h, SplittableRandom r) {
        if (w > width - 2 * margin || h > height - 2 * margin) {
            return Optional.empty();
        }
        if (placement == Placement.OVER_ANATOMY) {
            return overAnatomy(w, h, r);
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            int offset = cursor.getOrDefault(placement, 0);
            Box box = stacked(placement, offset, w, h);
            cursor.put(placement, offset + h + gap);
            if (box != null && fits(box)) {
                taken.add(box);
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }

    private Box stacked(Placement placement, int offset, int w, int h) {
        int top = topReserved + margin + offset;
        int column = height * 3 / 10 + offset;
        int bottom = height - margin - offset - h;
        int left = margin;
        int right = width - margin - w;
        return switch (placement) {
            case TOP_LEFT -> new Box(left, top, w, h);
            case TOP_RIGHT -> new Box(right, top, w, h);
            case BOTTOM_LEFT -> new Box(left, bottom, w, h);
            case BOTTOM_RIGHT -> new Box(right, bottom, w, h);
            case LEFT_COLUMN -> new Box(left, column, w, h);
            case RIGHT_COLUMN -> new Box(right, column, w, h);
            default -> null;
        };
    }

    private Optional<Box> overAnatomy(int w, int h, SplittableRandom r) {
        int x0 = width / 5;
        int y0 = Math.max(topReserved + margin, height / 4);
        int xSpan = width * 4 / 5 - w - x0;
        int ySpan = height * 3 / 4 - h - y0;
        if (xSpan <= 0 || ySpan <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < TRIES; i++) {
            Box box = new Box(x0 + r.nextInt(xSpan), y0 + r.nextInt(ySpan), w, h);
            if (fits(box)) {
                taken.add(box);
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }

    private boolean fits(Box box) {
        if (box.x() < 0 || box.y() < topReserved || box.right() >= width || box.bottom() >= height) {
            return false;
        }
        Box spaced = box.grow(gap);
        return taken.stream().noneMatch(spaced::intersects);
    }
}
