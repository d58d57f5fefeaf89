package io.pixelscrub.cli;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.models.HeaderView;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For {@code verify --originals IN}: the deny-list of each output's original, found where scrub put it (scrub mirrors the
 * input tree, so OUT/x came from IN/x) and keyed by the output's SOP Instance UID. Judged against its own de-identified
 * header an output proves little: a burned-in name that matched only the original header would pass. Only the small
 * deny-lists are kept, not the headers.
 */
final class OriginalHeaders {

    private final Map<String, HeaderDenyList> byOutputUid;
    private final List<Path> missing;
    private final int found;

    private OriginalHeaders(Map<String, HeaderDenyList> byOutputUid, List<Path> missing, int found) {
        this.byOutputUid = byOutputUid;
        this.missing = missing;
        this.found = found;
    }

    static OriginalHeaders index(List<InputFiles.Entry> outputs, Path originals) {
        if (!Files.isDirectory(originals)) {
            throw new UserInputException("--originals is not a folder: " + originals);
        }
        Map<String, HeaderDenyList> map = new HashMap<>();
        List<Path> missing = new ArrayList<>();
        int found = 0;
        for (InputFiles.Entry e : outputs) {
            Path original = originals.resolve(e.relative().toString());
            try {
                String uid = sopInstanceUid(e.file());
                if (uid.isEmpty() || !Files.isRegularFile(original)) {
                    missing.add(e.file());
                    continue;
                }
                try (DicomInput in = DicomFileReader.open(original)) {
                    // Copies of one instance (the same image in several syntaxes) share a UID and a header.
                    map.put(uid, HeaderDenyList.from(new AttributeListHeaderView(in.header())));
                }
                found++;
            } catch (Exception unreadable) {
                missing.add(e.file()); // the batch reports an unreadable output itself; an unreadable original is missing
            }
        }
        return new OriginalHeaders(map, missing, found);
    }

    /** Outputs without a readable original at the mirrored path: they cannot be judged against it. */
    List<Path> missing() {
        return missing;
    }

    /** Outputs with an original. */
    int found() {
        return found;
    }

    /** The original's deny-list for an output's header, or the output's own when there is no original. */
    Function<HeaderView, HeaderDenyList> denyLists() {
        return header -> {
            List<String> uid = header.values("SOPInstanceUID");
            HeaderDenyList original = uid.isEmpty() ? null : byOutputUid.get(uid.get(0));
            return original != null ? original : HeaderDenyList.from(header);
        };
    }

    private static String sopInstanceUid(Path file) throws Exception {
        try (DicomInput in = DicomFileReader.open(file)) {
            return Attribute.getSingleStringValueOrEmptyString(in.header(), TagFromName.SOPInstanceUID);
        }
    }
}
