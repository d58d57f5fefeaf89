package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a cine once: the first frame is searched whole; each later frame is compared with the previous one, tile by
 * tile and byte for byte, in every rendering. A frame with no changed tile is the previous frame and has its lines; a
 * frame that changed in part is searched only in the regions around the changes ({@link SearchRegions}; a live
 * ultrasound fan is one such region), and keeps the previous frame's lines elsewhere; a frame whose regions would cost
 * the detector as much as the whole frame, or whose renderings differ in number or size, is searched whole. Line readings are shared through the reader's {@link LineCache}, so a line image read on
 * any earlier frame (or image) is not read again. Every frame is covered: searched, in part or whole, or proven unchanged.
 */
final class ChangedRegionSequence implements FrameSequence {

    /** Side of the tiles compared between frames. */
    static final int TILE = 32;
    /** Context around changed tiles that the detector sees; more than the tallest line a header bar holds. */
    static final int MARGIN = 32;
    /**
     * Pixels the detector adds around every picture it searches (its border margin on each side): the cost of a
     * region is its area with this margin, and regions costing more than the whole frame give way to it.
     */
    static final int DETECTOR_BORDER = 2 * DbnetTextLocator.BORDER_PAD;

    private final DisplayMapper mapper;
    private final PixelTextReader reader;
    private final LineCache cache;
    private List<DisplayImage> previous;
    private List<ReadLine> previousLines;

    /** @param cache the reader's line readings, shared with its other images */
    ChangedRegionSequence(DisplayMapper mapper, PixelTextReader reader, LineCache cache) {
        this.mapper = mapper;
        this.reader = reader;
        this.cache = cache;
    }

    @Override
    public FrameStep next(RawFrame frame) {
        List<DisplayImage> views = mapper.render(frame);
        FrameStep step = step(views);
        previous = views;
        previousLines = step.lines();
        return step;
    }

    private FrameStep step(List<DisplayImage> views) {
        if (previous == null || !sameShape(previous, views)) {
            return FrameStep.whole(reader.read(views, cache));
        }
        int width = views.get(0).width();
        int height = views.get(0).height();
        boolean[] changed = ChangedTiles.between(previous, views, TILE);
        boolean any = false;
        for (boolean c : changed) {
            any |= c;
        }
        if (!any) {
            return new FrameStep(previousLines, FrameStep.Coverage.UNCHANGED, List.of());
        }
        List<Box> regions = SearchRegions.around(changed, width, height, TILE, MARGIN, previousLines);
        long cost = regions.stream().mapToLong(ChangedRegionSequence::detectorCost).sum();
        if (cost >= detectorCost(new Box(0, 0, width, height))) {
            return FrameStep.whole(reader.read(views, cache));
        }
        List<ReadLine> lines = new ArrayList<>();
        for (ReadLine l : previousLines) {
            if (regions.stream().noneMatch(r -> r.intersects(l.box()))) {
                lines.add(l);
            }
        }
        for (Box r : regions) {
            List<DisplayImage> crops = views.stream().map(v -> crop(v, r)).toList();
            reader.read(crops, cache).forEach(l -> lines.add(l.movedBy(r.x(), r.y())));
        }
        lines.sort(Comparator.comparingInt((ReadLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        return new FrameStep(lines, FrameStep.Coverage.REGIONS, regions);
    }

    /** Pixels the detector sees for a picture of {@code r}'s size. */
    private static long detectorCost(Box r) {
        return (long) (r.width() + DETECTOR_BORDER) * (r.height() + DETECTOR_BORDER);
    }

    private static boolean sameShape(List<DisplayImage> a, List<DisplayImage> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            DisplayImage x = a.get(i);
            DisplayImage y = b.get(i);
            if (x.width() != y.width() || x.height() != y.height() || x.channels() != y.channels()
                    || !x.mapping().equals(y.mapping())) {
                return false;
            }
        }
        return true;
    }

    /** The part {@code r} of a rendering, as a picture of its own. */
    static DisplayImage crop(DisplayImage v, Box r) {
        int row = r.width() * v.channels();
        byte[] out = new byte[row * r.height()];
        for (int y = 0; y < r.height(); y++) {
            System.arraycopy(v.pixels(), ((r.y() + y) * v.width() + r.x()) * v.channels(), out, y * row, row);
        }
        return new DisplayImage(r.width(), r.height(), v.channels(), out, v.mapping());
    }
}
