package io.pixelscrub.scrubber.inspect;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import java.util.List;

/**
 * A file's released header, from the header step to the review recorder (the batch's listener), inside the file's
 * {@code HeaderOutcome}; the batch drops it once the listener has seen it.
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
}
