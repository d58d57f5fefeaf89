package io.pixelscrub.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What decides a scrub's output besides the input and the key: detection, policy, profile options, pseudonym scheme,
 * templates and the tool version. {@code --resume} only keeps an output made with the same settings, so changing an
 * option and resuming does the files again instead of mixing outputs made two ways.
 */
final class RunSettings {

    private RunSettings() {
    }

    static String of(DetectionOptions detection, DeidentificationArgs deid, List<Path> templates, boolean builtInTemplates)
            throws IOException {
        StringBuilder sb = new StringBuilder(io.pixelscrub.scrubber.report.ScrubReportWriter.TOOL);
        sb.append('|').append(detection.settings()).append("|series=").append(!detection.noSeriesPropagation);
        if (detection.sampled()) {   // which files get text detection
            sb.append("|checkSample=").append(detection.checkSample);
        }
        sb.append("|profile=").append(deid.profile).append("|options=").append(new TreeSet<>(deid.options));
        sb.append("|scheme=").append(deid.pseudonymScheme).append(':').append(deid.pseudonymPrefix);
        sb.append("|builtin=").append(builtInTemplates);
        if (!deid.removeAttributes.isEmpty()) {
            sb.append("|remove=").append(new TreeSet<>(deid.removeAttributes));
        }
        if (deid.overrides != null && Files.isRegularFile(deid.overrides)) {
            sb.append("|overrides=").append(sha256(Files.readAllBytes(deid.overrides)));
        }
        for (Path t : templates) {
            sb.append("|template=").append(sha256(Files.readAllBytes(t)));
        }
        return sb.toString();
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
