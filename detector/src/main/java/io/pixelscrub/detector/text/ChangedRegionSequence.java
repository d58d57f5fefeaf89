package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a cine once: the first frame is searched whole; each later frame is compared with the previous one, tile by
 * tile and byte for byte, in every rendering. A frame with no changed tile is the previous frame and has its lines; a
 * frame that changed in part is searched only in the regions around the changes ({@link SearchRegions}), and keeps the
 * previous frame's lines elsewhere; a frame whose regions would cost the detector as much as the whole frame, or whose
 * renderings differ in number or size, is searched whole. Live picture (tiles that change on every frame, such as an
 * ultrasound fan) is watched rather than searched ({@link LiveTiles}): the whole frame is searched when what holds in
 * it changed or at least every {@link LiveTiles#RECHECK} frames, and lines found new there are backdated to the frames
 * it went unsearched. Line readings are shared through the reader's {@link LineCache}, so a line image read on any earlier
 * frame (or image) is not read again. Every frame is covered: searched, in part or whole, watched, or proven unchanged.
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
    private LiveTiles live;
    /** The frame being read, from 0. */
    private int index = -1;

    /** @param cache the reader's line readings, shared with its other images */
    ChangedRegionSequence(DisplayMapper mapper, PixelTextReader reader, LineCache cache) {
        this.mapper = mapper;
        this.reader = reader;
        this.cache = cache;
    }

    @Override
    public FrameStep next(RawFrame frame) {
        List<DisplayImage> views = mapper.render(frame);
        index++;
        FrameStep step = step(views);
        previous = views;
        previousLines = step.lines();
        return step;
    }

    private FrameStep step(List<DisplayImage> views) {
        int width = views.get(0).width();
        int height = views.get(0).height();
        if (previous == null || !sameShape(previous, views)) {
            live = new LiveTiles(width, height, TILE);
            return whole(views, new boolean[0]);
        }
        boolean[] changed = ChangedTiles.between(previous, views, TILE);
        if (!ChangedTiles.any(changed)) {
            // A repeated frame: the live picture paused, it did not stop being live.
            return new FrameStep(previousLines, FrameStep.Coverage.UNCHANGED, List.of());
        }
        boolean[] liveNow = live.live(changed);
        live.count(previous, views, liveNow);
        boolean[] due = live.due(liveNow, index);
        if (ChangedTiles.any(due)) {
            // Live picture is searched in the whole frame, never in a crop: the detector's boxes over a picture depend
            // on the context it sees (a crop of a colour cine's lower third boxed a line of words as one, where the
            // whole frame split them), so a watched cine is boxed as a cine searched on every frame would be.
            return whole(views, liveNow);
        }
        boolean[] search = new boolean[changed.length];
        for (int t = 0; t < changed.length; t++) {
            search[t] = changed[t] && !liveNow[t];
        }
        if (!ChangedTiles.any(search)) {
            live.searched(search, liveNow, index);
            return new FrameStep(previousLines, FrameStep.Coverage.LIVE, List.of());
        }
        List<Box> regions = SearchRegions.around(search, width, height, TILE, MARGIN, previousLines);
        long cost = regions.stream().mapToLong(ChangedRegionSequence::detectorCost).sum();
        // A region reaching into live picture would show the detector a crop of it: the whole frame instead.
        if (cost >= detectorCost(new Box(0, 0, width, height)) || live.reaches(regions, width, height)) {
            return whole(views, liveNow);
        }
        List<ReadLine> lines = new ArrayList<>();
        for (ReadLine l : previousLines) {
            if (regions.stream().noneMatch(r -> r.intersects(l.box()))) {
                lines.add(l);
            }
        }
        List<ReadLine> found = new ArrayList<>();
        for (Box r : regions) {
            List<DisplayImage> crops = views.stream().map(v -> crop(v, r)).toList();
            reader.read(crops, cache).forEach(l -> found.add(l.movedBy(r.x(), r.y())));
        }
        lines.addAll(found);
        lines.sort(Comparator.comparingInt((ReadLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
        List<FrameStep.Backdated> backdated = backdate(found);
        live.searched(live.inside(regions, width, height), liveNow, index);
        return new FrameStep(lines, FrameStep.Coverage.REGIONS, regions, backdated);
    }

    private FrameStep whole(List<DisplayImage> views, boolean[] liveNow) {
        List<ReadLine> found = reader.read(views, cache);
        List<FrameStep.Backdated> backdated = previousLines == null || liveNow.length == 0 ? List.of() : backdate(found);
        boolean[] all = new boolean[ChangedTiles.count(views.get(0).width(), TILE)
                * ChangedTiles.count(views.get(0).height(), TILE)];
        Arrays.fill(all, true);
        live.searched(all, liveNow.length == 0 ? new boolean[all.length] : liveNow, index);
        return new FrameStep(found, FrameStep.Coverage.WHOLE, List.of(), backdated);
    }

    /**
     * The lines found that the previous frame did not have (not the same text over most of the same box), each with
     * the frames before this one on which the live picture under it went unsearched: it may have been there since.
     */
    private List<FrameStep.Backdated> backdate(List<ReadLine> found) {
        List<FrameStep.Backdated> out = new ArrayList<>();
        for (ReadLine l : found) {
            Box b = l.box();
            boolean known = previousLines.stream().anyMatch(p -> p.box().overlapsMostly(b)
                    && p.ocr().text().equals(l.ocr().text()));
            int frames = known ? 0 : live.unsearchedFrames(b.x(), b.y(), b.right(), b.bottom(), index);
            if (frames > 0) {
                out.add(new FrameStep.Backdated(b, frames));
            }
        }
        return out;
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
