package io.pixelscrub.cli;

import io.pixelscrub.scrubber.store.AuditStoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the audit store is. It holds keyed lookups of original identifiers (and, with --keep-originals, the sealed
 * originals), so scrub keeps it out of the folder a curator releases: by default {@code OUT-audit.sqlite} beside OUT,
 * as {@code OUT-quarantine} is, and a store inside OUT only when the user says so. verify and audit only open a store
 * that exists; they never create one.
 */
final class AuditStoreLocation {

    static final String ALLOW_INSIDE_OUTPUT = "--allow-audit-inside-output";

    private AuditStoreLocation() {
    }

    /** {@code OUT-audit.sqlite} beside OUT: one file, named after the output it belongs to. */
    static Path defaultFor(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return o.resolveSibling(o.getFileName() + AuditStoreFiles.DEFAULT_SUFFIX);
    }

    /**
     * scrub's store as a JDBC URL: in memory for a dry run without --audit, else the given store or the default. A
     * SQLite file inside OUT is refused unless allowed; its folder is created so that SQLite can make the file.
     */
    static String forScrub(String audit, Path out, boolean dryRun, boolean allowInsideOutput) throws IOException {
        Optional<Path> store = scrubFile(audit, out, dryRun);
        if (store.isEmpty()) {
            return audit == null ? "jdbc:sqlite::memory:" : audit;
        }
        Path file = store.get();
        if (!allowInsideOutput && file.startsWith(out.toAbsolutePath().normalize())) {
            throw new UserInputException("the audit store " + file + " is inside the output folder, which is meant for "
                    + "release; put it elsewhere (default: OUT-audit.sqlite beside OUT) or pass " + ALLOW_INSIDE_OUTPUT);
        }
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return audit != null && audit.startsWith("jdbc:") ? audit : "jdbc:sqlite:" + file;
    }

    /** The SQLite file scrub's store is (absolute), if any: none for a dry run without --audit or a server URL. */
    static Optional<Path> scrubFile(String audit, Path out, boolean dryRun) {
        if (audit == null) {
            return dryRun ? Optional.empty() : Optional.of(defaultFor(out));
        }
        return sqliteFile(audit);
    }

    /** An existing store (verify, audit): a server URL as given, a file only if it is a pixelscrub store. */
    static String existing(String audit) {
        Optional<Path> file = sqliteFile(audit);
        if (file.isEmpty()) {
            return audit;
        }
        Path f = file.get();
        if (!Files.exists(f)) {
            throw new UserInputException("no audit store at " + f);
        }
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            throw new UserInputException("cannot read the audit store " + f + " (a folder, or permission denied)");
        }
        // A store that scrub left mid-run may hold its schema only in the -wal file beside it; SQLite recovers that.
        boolean pending = Files.exists(f.resolveSibling(f.getFileName() + "-wal"));
        if (!AuditStoreFiles.hasStoreSchema(f) && !pending) {
            throw new UserInputException("not a pixelscrub audit store: " + f);
        }
        return audit.startsWith("jdbc:") ? audit : "jdbc:sqlite:" + f;
    }

    /** The SQLite file behind a path or a {@code jdbc:sqlite:} URL (absolute); empty for in-memory or server URLs. */
    static Optional<Path> sqliteFile(String audit) {
        if (!audit.startsWith("jdbc:")) {
            return Optional.of(Path.of(audit).toAbsolutePath().normalize());
        }
        if (!audit.startsWith("jdbc:sqlite:")) {
            if (!audit.startsWith("jdbc:postgresql:")) {
                throw new UserInputException("unsupported audit store URL (use a file path, jdbc:sqlite:... or jdbc:postgresql://...)");
            }
            return Optional.empty();
        }
        String rest = audit.substring("jdbc:sqlite:".length());
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int q = rest.indexOf('?');
        rest = q < 0 ? rest : rest.substring(0, q);
        return rest.isEmpty() || rest.startsWith(":memory:") ? Optional.empty() : Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }
}
