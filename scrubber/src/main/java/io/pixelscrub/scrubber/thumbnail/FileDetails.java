package io.pixelscrub.scrubber.thumbnail;

import io.pixelscrub.scrubber.inspect.HeaderSummary;
import io.pixelscrub.scrubber.thumbnail.Thumbnail;
import java.util.List;

/**
 * What the report says about a file beyond its outcome: identity and device (from the input header; the new UID from
 * the written output), image size, and the review thumbnails. No header value here is PHI under the basic profile
 * except the original UID, which links the report to the originals (the report is kept with them).
 *
 * @param header the released header's summary (scrub with a report), or null
 * @param note why thumbnails are missing or incomplete, or null; never a value from the file
 * @param softwareVersions the device's Software Versions (values joined with a backslash), or null
 * @param photometric Photometric Interpretation, or null
 * @param patientDigest SHA-256 of the patient's ID and name, in memory only (the report writes a keyed token), or null
 */
public record FileDetails(String originalSopInstanceUid, String newSopInstanceUid, String modality, String manufacturer,
                          String model, int columns, int rows, List<Thumbnail> thumbnails, String note, long thumbnailMs,
                          HeaderSummary header, String softwareVersions, String photometric, byte[] patientDigest) {

    public static final FileDetails NONE = new FileDetails(null, null, null, null, null, 0, 0, List.of(), null, 0);

    public FileDetails {
        thumbnails = List.copyOf(thumbnails);
    }

    public FileDetails(String originalSopInstanceUid, String newSopInstanceUid, String modality, String manufacturer,
                       String model, int columns, int rows, List<Thumbnail> thumbnails, String note, long thumbnailMs,
                       HeaderSummary header) {
        this(originalSopInstanceUid, newSopInstanceUid, modality, manufacturer, model, columns, rows, thumbnails, note,
                thumbnailMs, header, null, null, null);
    }

    /** With the device's software and picture and the patient digest (since report 1.4). */
    public FileDetails withDevice(String software, String photometricInterpretation, byte[] digest) {
        return new FileDetails(originalSopInstanceUid, newSopInstanceUid, modality, manufacturer, model, columns, rows,
                thumbnails, note, thumbnailMs, header, software, photometricInterpretation, digest);
    }

    /** Without a released header (scan, verify, or no header recorder). */
    public FileDetails(String originalSopInstanceUid, String newSopInstanceUid, String modality, String manufacturer,
                       String model, int columns, int rows, List<Thumbnail> thumbnails, String note, long thumbnailMs) {
        this(originalSopInstanceUid, newSopInstanceUid, modality, manufacturer, model, columns, rows, thumbnails, note,
                thumbnailMs, null);
    }

    /** @param h the released header's summary, or null */
    public FileDetails withHeader(HeaderSummary h) {
        return new FileDetails(originalSopInstanceUid, newSopInstanceUid, modality, manufacturer, model, columns, rows,
                thumbnails, note, thumbnailMs, h, softwareVersions, photometric, patientDigest);
    }
}
