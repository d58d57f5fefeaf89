package io.pixelscrub.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The header de-identification options of {@code scrub}: profile, PS3.15 options, pseudonyms, audit store. */
final class DeidentificationArgs {

    @Option(names = "--profile", paramLabel = "NAME", description = "Confidentiality profile: basic (PS3.15 Basic Application "
            + "Level Confidentiality Profile, the only one; default).")
    String profile = "basic";

    @Option(names = "--option", paramLabel = "NAME", description = "A PS3.15 profile option, repeatable, by its standard name "
            + "(\"Retain Device Identity\", \"Retain Longitudinal Temporal Information with Modified Dates\"), its hyphenated "
            + "form (retain-device-identity) or its CID 7050 code (113109).")
    List<String> options = new ArrayList<>();

    @Option(names = "--audit", paramLabel = "DB", description = "Mapping store and audit trail: an SQLite file path or a JDBC URL "
            + "(jdbc:postgresql://host/db?user=...; password from PIXELSCRUB_AUDIT_PASSWORD). Default: OUT-audit.sqlite beside OUT, "
            + "outside the folder you release; a store inside OUT is refused unless " + AuditStoreLocation.ALLOW_INSIDE_OUTPUT + ".")
    String audit;

    @Option(names = AuditStoreLocation.ALLOW_INSIDE_OUTPUT, description = "Permit --audit inside the output folder. The store "
            + "holds keyed lookups of original identifiers: never release it with the images.")
    boolean allowAuditInsideOutput;

    @Option(names = "--pseudonym-scheme", paramLabel = "counter|hash", description = "Replacement patient names/IDs: prefix and a "
            + "counter (default), or prefix and a keyed hash.")
    String pseudonymScheme = "counter";

    @Option(names = "--pseudonym-prefix", paramLabel = "PREFIX", description = "Prefix of replacement patient names/IDs (default PSEUDO-).")
    String pseudonymPrefix = io.pixelscrub.scrubber.run.Pipeline.PSEUDONYM_PREFIX;

    @Option(names = "--keep-originals", description = "Keep the original values, sealed with AES-GCM under the passphrase in "
            + "PIXELSCRUB_ORIGINALS_KEY (or --originals-key-file), for re-identification by an honest broker.")
    boolean keepOriginals;

    @Option(names = "--originals-key-file", paramLabel = "FILE", description = "File holding the originals passphrase (first line).")
    Path originalsKeyFile;

    @Option(names = "--remove-attribute", paramLabel = "TAG", description = "Override the profile: remove this attribute from "
            + "every output, e.g. (0018,1030) or a path (0040,0275)/(0032,1060); repeatable. Recorded in the audit trail.")
    List<String> removeAttributes = new ArrayList<>();

    @Option(names = "--overrides", paramLabel = "FILE", description = "Override the profile with the attributes marked on the "
            + "review site (its needs-attention.json, pixelscrub-marks/2) or an overrides file (pixelscrub-overrides/1): each "
            + "marked attribute is removed (for its device, or where it holds the marked value). Recorded in the audit trail.")
    Path overrides;

    /** The library's header options: these flags, the key, and the store's JDBC URL (where the CLI put it). */
    io.pixelscrub.HeaderOptions toHeaderOptions(String key, String auditUrl) throws java.io.IOException {
        return new io.pixelscrub.HeaderOptions(profile, options, pseudonymScheme, pseudonymPrefix, ProfileOverrides.of(this),
                auditUrl, System.getenv("PIXELSCRUB_AUDIT_PASSWORD"), key, keepOriginals ? originalsKey() : null);
    }

    private char[] originalsKey() throws java.io.IOException {
        if (originalsKeyFile != null && !java.nio.file.Files.isRegularFile(originalsKeyFile)) {
            throw new UserInputException("--originals-key-file not found: " + originalsKeyFile);
        }
        String k = originalsKeyFile != null
                ? java.nio.file.Files.readAllLines(originalsKeyFile, java.nio.charset.StandardCharsets.UTF_8).stream()
                        .findFirst().orElse("")
                : System.getenv("PIXELSCRUB_ORIGINALS_KEY");
        if (k == null || k.isBlank()) {
            throw new UserInputException("--keep-originals needs a passphrase in PIXELSCRUB_ORIGINALS_KEY or --originals-key-file");
        }
        return k.trim().toCharArray();
    }
}
