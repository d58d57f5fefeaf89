package io.pixelscrub.scrubber.run;

import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.PixelTextReader;
import io.pixelscrub.detector.text.TextEngineConfig;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.analysis.PerThread;
import java.util.function.Function;

/** The text engines of a run: one detector + OCR reader per worker thread, and a classifier judging against each header. */
public final class TextStack {

    private TextStack() {
    }

    /** Engines are opened lazily on each worker's first frame, so a run without text never loads native libraries. */
    public static PerThread<FrameTextReader> readers(int intraOpThreads) {
        TextEngineConfig config = TextEngineConfig.defaults().withDetectorThreads(Math.max(1, intraOpThreads));
        return new PerThread<>(() -> PixelTextReader.open(config));
    }

    /**
     * Opens and closes one reader, so a machine without the native engines fails once, at the start, with one line,
     * instead of quarantining every file.
     */
    public static void check() {
        PixelTextReader.open(TextEngineConfig.defaults()).close();
    }

    public static Function<HeaderView, LineJudge> judges() {
        return judges(HeaderDenyList::from);
    }

    /** Judges against the deny-list {@code denyLists} gives for a file's header (verify --originals: the original's). */
    public static Function<HeaderView, LineJudge> judges(Function<HeaderView, HeaderDenyList> denyLists) {
        PhiClassifier classifier = PhiClassifier.standard();
        return header -> {
            HeaderDenyList deny = denyLists.apply(header);
            return text -> classifier.classify(text, deny);
        };
    }
}
