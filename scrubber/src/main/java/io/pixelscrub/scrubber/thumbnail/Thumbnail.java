package io.pixelscrub.scrubber.thumbnail;

/**
 * The review images of one frame, as file names inside the thumbnails folder.
 *
 * @param after  the frame as released (decoded from the output, or a preview with the regions filled black)
 * @param before the original frame (PHI), or null when nothing on this frame was redacted and before equals after
 */
public record Thumbnail(int frame, String after, String before) {
}
