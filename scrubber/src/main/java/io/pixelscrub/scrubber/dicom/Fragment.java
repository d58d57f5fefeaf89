package io.pixelscrub.scrubber.dicom;

/** One item of encapsulated pixel data: where its bytes lie in the file. */
public record Fragment(long offset, int length) {
}
