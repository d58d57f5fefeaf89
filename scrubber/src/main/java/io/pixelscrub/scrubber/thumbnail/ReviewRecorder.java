package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.report.FileDetails;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sits between the batch and its progress listener: as each file finishes (on its worker thread), collects what the
 * report needs beyond the outcome and makes its thumbnails, then passes the outcome on.
 */
public final class ReviewRecorder implements BatchScrubber.Listener {
    private final BatchScrubber.Listener next;
    private final ThumbnailMaker maker;
    private final Map<Path, FileDetails> details = new ConcurrentHashMap<>();

    public ReviewRecorder(BatchScrubber.Listener next, ThumbnailMaker maker) {
        this.next = next;
        this.maker = maker;
    }

    @Override
    public void started(int total) {
        next.started(total);
    }

    @Override
    public void finished(FileOutcome outcome) {
        details.put(outcome.input(), maker.details(outcome));
        next.finished(outcome);
    }

    /** Details by input path, for the report. */
    public Map<Path, FileDetails> details() {
        return Map.copyOf(details);
    }

    public ThumbnailMaker maker() {
        return maker;
    }
}
