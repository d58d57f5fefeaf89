package io.pixelscrub.scrubber.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * {@link MappingStore} over JDBC, the same SQL for SQLite and PostgreSQL ({@link SqlDialect} holds the differences).
 * One connection, serialised by this object; writes that may race with another process use
 * INSERT ... ON CONFLICT DO NOTHING and read back what won. Error messages name the operation, never a value.
 */
public final class JdbcMappingStore implements MappingStore {

    private final Connection connection;
    private final SqlDialect dialect;

    private JdbcMappingStore(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /**
     * Opens (and creates if needed) a store.
     *
     * @param password for PostgreSQL when the URL carries none; may be null
     */
    public static JdbcMappingStore open(String jdbcUrl, String password) {
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        try {
            Properties p = new Properties();
            if (password != null && !password.isEmpty()) {
                p.setProperty("password", password);
            }
            Connection c = DriverManager.getConnection(jdbcUrl, p);
            try {
                if (dialect == SqlDialect.SQLITE) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA journal_mode=WAL"); // readers (audit queries) do not block the run
                        s.execute("PRAGMA busy_timeout=30000");
                        s.execute("PRAGMA foreign_keys=ON");
                    }
                }
                JdbcMappingStore store = new JdbcMappingStore(c, dialect);
                store.createSchema();
                return store;
            } catch (SQLException | RuntimeException e) {   // a damaged or foreign store: the connection is not kept open
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the audit store (" + e.getClass().getSimpleName() + ": "
                    + safeMessage(e) + ")", e);
        }
    }

    /** JDBC messages can quote SQL parameters; keep only the SQL state and vendor code. */
    private static String safeMessage(SQLException e) {
        return "SQL state " + e.getSQLState() + ", code " + e.getErrorCode();
    }

    private void createSchema() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String ddl : dialect.schema()) {
                s.execute(ddl);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        String version = metaIfAbsent("schema_version", "1");
        if (!version.equals("1")) {
            throw new StoreException("audit store schema version " + version + " is not supported by this pixelscrub", null);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction, serialised with every other call on this store. */
    private synchronized <T> T tx(String what, Work<T> work) {
        try {
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("audit store: " + what + " failed (" + safeMessage(e) + ")", e);
        }
    }

    private static String now() {
        return Instant.now().toString();
    }

    @Override
    public Optional<String> meta(String name) {
        return tx("read meta", () -> Optional.ofNullable(single("SELECT value FROM pixelscrub_meta WHERE name = ?", name)));
    }

    @Override
    public String metaIfAbsent(String name, String value) {
        return tx("write meta", () -> {
            update("INSERT INTO pixelscrub_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name, value);
            return single("SELECT value FROM pixelscrub_meta WHERE name = ?", name);
        });
    }

    @Override
    public String uid(String lookup, Supplier<String> fresh, byte[] originalSealed) {
        return tx("map a UID", () -> {
            String existing = single("SELECT new_uid FROM uid_map WHERE lookup = ?", lookup);
            if (existing != null) {
                return existing;
            }
            update("INSERT INTO uid_map (lookup, new_uid, original_sealed, created_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (lookup) DO NOTHING", lookup, fresh.get(), originalSealed, now());
            return single("SELECT new_uid FROM uid_map WHERE lookup = ?", lookup);
        });
    }

    @Override
    public StoredPatient patient(String lookup, LongFunction<StoredPatient> create, byte[] originalSealed) {
        return tx("map a patient", () -> {
            StoredPatient p = findPatient(lookup);
            if (p != null) {
                return p;
            }
            long seq;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO counters (name, value) VALUES ('patient', 1) "
                    + "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
            StoredPatient n = create.apply(seq);
            update("INSERT INTO patient_map (lookup, seq, pseudonym_name, pseudonym_id, date_offset_days, original_sealed, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lookup) DO NOTHING",
                    lookup, seq, n.pseudonymName(), n.pseudonymId(), n.dateOffsetDays(), originalSealed, now());
            return findPatient(lookup);
        });
    }

    private StoredPatient findPatient(String lookup) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT seq, pseudonym_name, pseudonym_id, date_offset_days FROM patient_map WHERE lookup = ?")) {
            s.setString(1, lookup);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new StoredPatient(rs.getLong(1), required(rs, 2, "patient_map.pseudonym_name"),
                        required(rs, 3, "patient_map.pseudonym_id"), rs.getInt(4)) : null;
            }
        }
    }

    @Override
    public long startRun(String tool, String profile, String options, String pseudonymScheme) {
        return tx("start a run", () -> insertReturningId(
                "INSERT INTO runs (started_at, tool, profile, options, pseudonym_scheme) VALUES (?, ?, ?, ?, ?) RETURNING id",
                now(), tool, profile, options, pseudonymScheme));
    }

    @Override
    public void record(AuditRecord r) {
        tx("record the audit", () -> {
            long id = insertReturningId("INSERT INTO audit_files (run_id, output_sop_instance_uid, output_path, status, reason, "
                            + "options_used, originals_sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    r.runId(), r.outputSopInstanceUid(), r.outputPath(), r.status(), r.reason(), r.optionsUsed(),
                    r.originalsSealed(), r.createdAt());
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO audit_actions (file_id, seq, tag_path, action, step, rule) VALUES (?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (AuditRecord.Action a : r.actions()) {
                    bind(s, id, i++, a.tagPath(), a.action(), a.step(), a.rule());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO audit_regions (file_id, seq, x, y, width, height, "
                    + "frames, source, verdict, confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (AuditRecord.Region g : r.regions()) {
                    bind(s, id, i++, g.x(), g.y(), g.width(), g.height(), g.frames(), g.source(), g.verdict(), g.confidence(), g.rule());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<AuditRecord> audit(String outputSopInstanceUid) {
        return tx("query the audit", () -> {
            List<AuditRecord> out = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, run_id, output_sop_instance_uid, output_path, status, "
                    + "reason, options_used, originals_sealed, created_at FROM audit_files WHERE output_sop_instance_uid = ? ORDER BY id")) {
                s.setString(1, outputSopInstanceUid);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.add(new AuditRecord(rs.getLong(2), rs.getString(3), rs.getString(4), required(rs, 5, "audit_files.status"),
                                rs.getString(6), required(rs, 7, "audit_files.options_used"), actions(id), regions(id), rs.getBytes(8),
                                required(rs, 9, "audit_files.created_at")));
                    }
                }
            }
            return out;
        });
    }

    private List<AuditRecord.Action> actions(long fileId) throws SQLException {
        List<AuditRecord.Action> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT tag_path, action, step, rule FROM audit_actions WHERE file_id = ? ORDER BY seq")) {
            s.setLong(1, fileId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRecord.Action(required(rs, 1, "audit_actions.tag_path"), required(rs, 2, "audit_actions.action").trim(),
                            required(rs, 3, "audit_actions.step"), required(rs, 4, "audit_actions.rule")));
                }
            }
        }
        return out;
    }

    private List<AuditRecord.Region> regions(long fileId) throws SQLException {
        List<AuditRecord.Region> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT x, y, width, height, frames, source, verdict, confidence, "
                + "rule FROM audit_regions WHERE file_id = ? ORDER BY seq")) {
            s.setLong(1, fileId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRecord.Region(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), required(rs, 5, "audit_regions.frames"),
                            required(rs, 6, "audit_regions.source"), required(rs, 7, "audit_regions.verdict"), rs.getDouble(8),
                            required(rs, 9, "audit_regions.rule")));
                }
            }
        }
        return out;
    }

    @Override
    public Optional<byte[]> sealedOriginalOfUid(String newUid) {
        return tx("look up a UID", () -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT original_sealed FROM uid_map WHERE new_uid = ?")) {
                s.setString(1, newUid);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean hasUid(String lookup) {
        return tx("look up a UID", () -> single("SELECT new_uid FROM uid_map WHERE lookup = ?", lookup) != null);
    }

    @Override
    public boolean hasPatient(String lookup) {
        return tx("look up a patient", () -> findPatient(lookup) != null);
    }

    @Override
    public Optional<FinishedFile> finished(String outputLookup) {
        return tx("read a finished file", () -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT input_lookup, output_sha256, status FROM finished_files WHERE output_lookup = ?")) {
                s.setString(1, outputLookup);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new FinishedFile(required(rs, 1, "finished_files.input_lookup"),
                            required(rs, 2, "finished_files.output_sha256"), required(rs, 3, "finished_files.status")))
                            : Optional.<FinishedFile>empty();
                }
            }
        });
    }

    @Override
    public void recordFinished(long runId, String outputLookup, FinishedFile f) {
        tx("record a finished file", () -> {
            update("INSERT INTO finished_files (output_lookup, input_lookup, output_sha256, status, run_id, finished_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (output_lookup) DO UPDATE SET input_lookup = excluded.input_lookup, "
                    + "output_sha256 = excluded.output_sha256, status = excluded.status, run_id = excluded.run_id, "
                    + "finished_at = excluded.finished_at", outputLookup, f.inputLookup(), f.outputSha256(), f.status(), runId, now());
            return null;
        });
    }

    @Override
    public Counts counts() {
        return tx("count", () -> new Counts(count("uid_map"), count("patient_map"), count("runs"), count("audit_files")));
    }

    private long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A column the schema declares NOT NULL. A store that is damaged or was written by something else can still hold a
     * null there (SQLite keeps the file's own table definitions); that is refused as a damaged store, in one line,
     * rather than passed on to fail later.
     */
    private static String required(ResultSet rs, int column, String name) throws SQLException {
        String value = rs.getString(column);
        if (value == null) {
            throw new StoreException("audit store is damaged: " + name + " is empty", null);
        }
        return value;
    }

    private String single(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        }
    }

    private long insertReturningId(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                s.setNull(i + 1, java.sql.Types.NULL);
            } else if (a instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("audit store: close failed (" + safeMessage(e) + ")", e);
        }
    }
}
