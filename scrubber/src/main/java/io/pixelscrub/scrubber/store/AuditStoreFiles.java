package io.pixelscrub.scrubber.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Recognises an audit store on disk without changing it: by the name pixelscrub gives it, or as an SQLite database
 * holding pixelscrub's schema. A store holds keyed lookups of original identifiers (and maybe sealed originals), so
 * verify flags one found in a folder meant for release, and audit/verify refuse to open a file that is not one.
 */
public final class AuditStoreFiles {

    /** The name scrub gave the store inside OUT before it moved beside OUT; still recognised in old outputs. */
    public static final String LEGACY_NAME = "pixelscrub-audit.sqlite";
    /** The default store is {@code OUT-audit.sqlite}; SQLite may leave -wal, -shm or -journal files beside it. */
    public static final String DEFAULT_SUFFIX = "-audit.sqlite";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private AuditStoreFiles() {
    }

    /** A store or one of its SQLite side files, by name or by content. */
    public static boolean isStore(Path file) {
        return hasStoreName(file) || hasStoreSchema(file);
    }

    /** The name pixelscrub gives a store (or its side files): {@code *-audit.sqlite} or {@code pixelscrub-audit.sqlite}. */
    public static boolean hasStoreName(Path file) {
        String name = file.getFileName().toString();
        for (String side : SIDE_FILES) {
            if (name.endsWith(side)) {
                name = name.substring(0, name.length() - side.length());
            }
        }
        return name.equals(LEGACY_NAME) || name.endsWith(DEFAULT_SUFFIX);
    }

    /** An SQLite database with pixelscrub's meta table, read as immutable so no -wal/-shm file appears beside it. */
    public static boolean hasStoreSchema(Path file) {
        if (!isSqlite(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String uri = "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?immutable=1";
        try (Connection c = DriverManager.getConnection(uri, config.toProperties()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'pixelscrub_meta'")) {
            return r.next() && r.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Starts with SQLite's 16-byte header string. */
    public static boolean isSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
