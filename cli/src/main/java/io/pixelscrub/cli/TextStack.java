package io.pixelscrub.cli;

import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.analysis.PerThread;
import java.util.function.Function;

/** The text engines of a run: one detector + OCR reader per worker thread, and a classifier judging against each header. */
final class TextStack {

    private TextStack() {
    }

    static PerThread<FrameTextReader> readers(int intraOpThreads) {
        throw new IllegalStateException("text detection is being integrated");
    }

    static Function<HeaderView, LineJudge> judges() {
        throw new IllegalStateException("text classification is being integrated");
    }
}
