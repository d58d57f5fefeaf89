package io.pixelscrub.scrubber.header;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The options of the PS3.15 Basic Application Level Confidentiality Profile (E.3), each with its CID 7050 code and
 * the Table E.1-1 column that carries its actions. Clean Pixel Data and Clean Recognizable Visual Features act on
 * the pixels, not on the header, so they have no column.
 */
public enum ProfileOption {
    CLEAN_PIXEL_DATA("Clean Pixel Data Option", "113101", null),
    CLEAN_RECOGNIZABLE_VISUAL_FEATURES("Clean Recognizable Visual Features Option", "113102", null),
    CLEAN_GRAPHICS("Clean Graphics Option", "113103", "cleanGraphOpt"),
    CLEAN_STRUCTURED_CONTENT("Clean Structured Content Option", "113104", "cleanStructContOpt"),
    CLEAN_DESCRIPTORS("Clean Descriptors Option", "113105", "cleanDescOpt"),
    RETAIN_LONGITUDINAL_FULL_DATES("Retain Longitudinal Temporal Information Full Dates Option", "113106", "rtnLongFullDatesOpt"),
    RETAIN_LONGITUDINAL_MODIFIED_DATES("Retain Longitudinal Temporal Information Modified Dates Option", "113107",
            "rtnLongModifDatesOpt"),
    RETAIN_PATIENT_CHARACTERISTICS("Retain Patient Characteristics Option", "113108", "rtnPatCharsOpt"),
    RETAIN_DEVICE_IDENTITY("Retain Device Identity Option", "113109", "rtnDevIdOpt"),
    RETAIN_UIDS("Retain UIDs Option", "113110", "rtnUIDsOpt"),
    RETAIN_SAFE_PRIVATE("Retain Safe Private Option", "113111", "rtnSafePrivOpt"),
    RETAIN_INSTITUTION_IDENTITY("Retain Institution Identity Option", "113112", "rtnInstIdOpt");

    /** CID 7050 code of the profile itself. */
    public static final String BASIC_PROFILE_CODE = "113100";
    public static final String BASIC_PROFILE_MEANING = "Basic Application Confidentiality Profile";

    private final String meaning;
    private final String code;
    private final String column;

    ProfileOption(String meaning, String code, String column) {
        this.meaning = meaning;
        this.code = code;
        this.column = column;
    }

    /** The code meaning in CID 7050, also the PS3.15 name of the option. */
    public String meaning() { return meaning; }

    public String code() { return code; }

    /** The Table E.1-1 column of this option, if it has one. */
    public Optional<String> column() { return Optional.ofNullable(column); }

    /** The command-line name: the PS3.15 name in lower case with hyphens, e.g. {@code retain-device-identity}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-').replace("longitudinal-", "longitudinal-temporal-information-");
    }

    /**
     * Parses an option by its PS3.15 name, tolerant of case, spaces, hyphens, "with" and a trailing "Option":
     * "Retain Longitudinal Temporal Information with Modified Dates Option", "retain-device-identity",
     * "RETAIN_UIDS" and "113110" all work.
     */
    public static ProfileOption parse(String text) {
        String wanted = normalise(text);
        return Arrays.stream(values())
                .filter(o -> wanted.equals(normalise(o.meaning)) || wanted.equals(normalise(o.name()))
                        || wanted.equals(normalise(o.cliName())) || wanted.equals(o.code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PS3.15 option: " + text + " (known: "
                        + String.join(", ", Arrays.stream(values()).map(ProfileOption::cliName).toList()) + ")"));
    }

    private static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        t = t.replace("with", "").replace("temporalinformation", "");
        return t.endsWith("option") ? t.substring(0, t.length() - "option".length()) : t;
    }
}
