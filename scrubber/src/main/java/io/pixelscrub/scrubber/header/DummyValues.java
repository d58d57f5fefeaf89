package io.pixelscrub.scrubber.header;

import java.util.Optional;

/** Dummy values for action D, one per VR, each valid for its VR and carrying no information. */
final class DummyValues {

    private DummyValues() { }

    /** The dummy for a VR, or empty for VRs without a meaningful dummy (binary, sequences, UIDs). */
    static Optional<String> forVr(String vr) {
        return Optional.ofNullable(switch (vr) {
            case "AE" -> "ANONYMOUS";
            case "AS" -> "000Y";
            case "CS" -> "ANONYMIZED";
            case "DA" -> "19000101";
            case "DT" -> "19000101000000";
            case "TM" -> "000000";
            case "DS", "IS", "US", "SS", "UL", "SL", "FL", "FD", "UV", "SV" -> "0";
            case "LO", "SH", "LT", "ST", "UT", "UC", "PN" -> "ANONYMIZED";
            case "UR" -> "urn:anonymized";
            default -> null;
        });
    }
}
