package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.scrubber.inspect.ReleasedHeaderRecorder;
import io.pixelscrub.scrubber.inspect.ReleasedHeaders;
import io.pixelscrub.scrubber.pipeline.BatchScrubber;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import java.io.IOException;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
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
    private final ReleasedHeaderRecorder headers;

    public ReviewRecorder(BatchScrubber.Listener next, ThumbnailMaker maker) {
        this(next, maker, null);
    }

    /** @param headers keeps each written file's released header for review, or null */
    public ReviewRecorder(BatchScrubber.Listener next, ThumbnailMaker maker, ReleasedHeaderRecorder headers) {
        this.next = next;
        this.maker = maker;
        this.headers = headers;
    }

    @Override
    public void started(int total) {
        next.started(total);
    }

    @Override
    public void finished(FileOutcome outcome) {
        ReleasedHeaders released = outcome.header() == null ? null : outcome.header().released();
        FileDetails d = maker.details(outcome);
        boolean written = outcome.status() == FileStatus.SCRUBBED || outcome.status() == FileStatus.CLEAN_UNTOUCHED;
        if (headers != null && released != null && written) {
            try {
                d = d.withHeader(headers.record(ThumbnailMaker.id(outcome.input()), released));
            } catch (IOException | RuntimeException e) {
                d = d.withHeader(null);
            }
        }
        details.put(outcome.input(), d);
        next.finished(outcome);
    }

    /** Details by input path, for the report. */
    public Map<Path, FileDetails> details() {
        return Map.copyOf(details);
    }

    /** The released-header recorder, or null. */
    public ReleasedHeaderRecorder headers() {
        return headers;
    }

    public ThumbnailMaker maker() {
        return maker;
    }
}
