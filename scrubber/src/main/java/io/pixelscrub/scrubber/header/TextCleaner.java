package io.pixelscrub.scrubber.header;

/**
 * Action C on free text: the value stays, with every identifying value of the same header and every PHI-shaped
 * token (dates, long numbers, phone numbers, e-mail) overwritten by X of the same length, so the result is never
 * longer than the original and stays valid for its VR.
 */
final class TextCleaner {

    private final IdentifyingValues identifying;

    TextCleaner(IdentifyingValues identifying) {
        this.identifying = identifying;
    }

    String clean(String value) {
        return PhiPatterns.mask(identifying.mask(value));
    }
}
