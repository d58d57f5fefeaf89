package io.pixelscrub.models.vocab;

/** The shipped word lists of {@code io/pixelscrub/models/vocab/}; each is a set of upper-case words. */
public enum Vocabulary {
    /** Units and measurement tokens (MHz, cm, %, kV...). */
    UNITS("units.txt"),
    /** Acquisition and processing labels of imaging devices (Gain, MI, TIS, DFOV, TR...). */
    DEVICE_LABELS("device-labels.txt"),
    /** Side and orientation markers (L, R, A, P...). */
    ORIENTATION("orientation.txt"),
    /** Body parts, exam and finding labels (LIVER, THYROID...). */
    ANATOMY("anatomy.txt"),
    /** Manufacturers and product lines (PHILIPS, LOGIQ...). */
    VENDORS("vendors.txt"),
    /** User-interface and test-image words (On, Off, Page, SMPTE...). */
    COMMON_WORDS("common-words.txt"),
    /** Words that end company and institution names alike (MEDICAL, HEALTHCARE, SYSTEMS...): neither list. */
    ORGANISATION_WORDS("organisation-words.txt"),
    /** Words that name a care institution (HOSPITAL, KLINIKUM...): evidence of PHI, not an allow-list. */
    INSTITUTION_WORDS("institution-words.txt"),
    /** Words that introduce an identifier (ID, MRN, Acc, Ex, Exam, Study...): a value with a digit after one is PHI. */
    IDENTIFIER_LABELS("identifier-labels.txt"),
    /** Common first names (see SOURCES.txt). */
    FIRST_NAMES("first-names.txt"),
    /** Common surnames (see SOURCES.txt). */
    SURNAMES("surnames.txt");

    private final String fileName;

    Vocabulary(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() { return fileName; }
}
