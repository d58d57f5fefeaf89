package io.pixelscrub.scrubber.thumbnail;

/**
 * The review images of one frame, as file names: {@code after} in the thumbnails folder, {@code before} in the
 * originals folder.
 *
 * @param after    the frame as released (decoded from the output, or a preview with the regions filled black)
 * @param before   the original frame (PHI), only with --thumbnails-of-originals and only where something on this frame
 *                 was redacted; otherwise null
 * @param redacted whether something on this frame was redacted (so before and after differ)
 */
public record Thumbnail(int frame, String after, String before, boolean redacted) {
}
