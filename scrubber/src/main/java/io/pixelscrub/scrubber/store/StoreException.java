package io.pixelscrub.scrubber.store;

/** The mapping store or audit trail failed; the message names the operation, never a value. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
