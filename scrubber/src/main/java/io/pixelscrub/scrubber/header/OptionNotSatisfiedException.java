package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.DicomException;

/**
 * A requested option cannot honestly be claimed for this instance (e.g. Clean Recognizable Visual Features on an
 * image flagged as showing them). The message names the option and attributes only, never values; the file is
 * quarantined with it.
 */
public final class OptionNotSatisfiedException extends DicomException {

    private static final long serialVersionUID = 1L;

    public OptionNotSatisfiedException(String message) {
        super(message);
    }
}
