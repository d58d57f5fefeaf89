package io.pixelscrub.scrubber.inspect;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import java.util.List;

/**
 * Hands a file's released header from the header step to the review recorder (the batch's listener), which runs on the
 * same worker thread once the file is written: a thread-local, like {@code HeaderResults} for the audit trail, so the
 * header travels neither through every outcome of the batch (10,000 headers in memory) nor through the engines.
 *
 * @param released  the de-identified attribute list (the file's own; the writer adds the file meta information to it)
 * @param actions   what the header step did, by tag path
 * @param inspector describes the list once the file is written
 * @param flags     the file's flagger (its original identifying values, the store's lookups)
 * @param originals the original values of the attributes the profile changed or removed (PHI), by tag path, only
 *                  for a run that keeps originals for review (--thumbnails-of-originals); else null
 */
public record ReleasedHeaders(AttributeList released, List<AppliedAction> actions, HeaderInspector inspector,
                              ReleasedFlags flags, java.util.Map<String, String> originals) {

    /** The header as written, described for review. */
    public ReleasedHeader header() {
        return inspector.inspect(released, actions, flags);
    }

    private static final ThreadLocal<ReleasedHeaders> CURRENT = new ThreadLocal<>();

    public static void offer(ReleasedHeaders r) {
        CURRENT.set(r);
    }

    /** What the header step of the current file offered, cleared on reading; null when it offered nothing. */
    public static ReleasedHeaders take() {
        ReleasedHeaders r = CURRENT.get();
        CURRENT.remove();
        return r;
    }
}
