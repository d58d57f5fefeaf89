package io.pixelscrub.cli;

/**
 * Something the user gave cannot be used: a missing path, an empty folder, a list that is not JSON, a store that is
 * not a store. {@link OneLineErrors} prints the message as one line and exits with 2, the usage-error code. The
 * message names the input (a path, an option), never a value read from a DICOM file.
 */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message, null, false, false); // no stack trace: it is never shown
    }
}
