package io.pixelscrub.scrubber.store;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.header.DeidentificationContext;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.PatientMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The behaviour every back end must have; SQLite and PostgreSQL run the same tests. */
abstract class MappingStoreContract {

    static final String KEY = "contract-test-key-0123456789";
    static final String FILE = "presidio/PT_CT_fused_RGB_ORIGINAL.dcm";

    /** A JDBC URL of a new, empty store. */
    abstract String freshUrl() throws Exception;

    static PersistentMappings mappings(MappingStore store, String key, PseudonymScheme.Kind kind, char[] originals) {
        return PersistentMappings.open(store, key, new PseudonymScheme(kind, "PSEUDO-"), originals);
    }

    private static String value(AttributeList l, com.pixelmed.dicom.AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }

    /** One run: de-identify {@code list} with a fresh store connection, as a separate process would. */
    static void run(String url, AttributeList list, String key) throws Exception {
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            PersistentMappings m = mappings(store, key, PseudonymScheme.Kind.COUNTER, null);
            new HeaderDeidentifier().apply(list, new DeidentificationContext(false, m.uidMapper(), m.patientMapper()));
        }
    }

    @Test
    void sameUidsAndReferencesAcrossTwoRunsSharingAStore() throws Exception {
        String url = freshUrl();
        AttributeList original = RealFiles.read(FILE);
        AttributeList first = RealFiles.read(FILE);
        run(url, first, KEY);

        // next month: another instance of the same study and series that references the first one
        AttributeList second = RealFiles.read(FILE);
        second.put(withValue(TagFromName.SOPInstanceUID, ValueRepresentation.UI, value(original, TagFromName.SOPInstanceUID) + ".2"));
        AttributeList item = new AttributeList();
        item.put(withValue(TagFromName.ReferencedSOPClassUID, ValueRepresentation.UI, value(original, TagFromName.SOPClassUID)));
        item.put(withValue(TagFromName.ReferencedSOPInstanceUID, ValueRepresentation.UI, value(original, TagFromName.SOPInstanceUID)));
        SequenceAttribute seq = new SequenceAttribute(TagFromName.SourceImageSequence);
        seq.addItem(item);
        second.put(seq);
        run(url, second, KEY);

        assertEquals(value(first, TagFromName.StudyInstanceUID), value(second, TagFromName.StudyInstanceUID));
        assertEquals(value(first, TagFromName.SeriesInstanceUID), value(second, TagFromName.SeriesInstanceUID));
        assertNotEquals(value(first, TagFromName.SOPInstanceUID), value(second, TagFromName.SOPInstanceUID));
        AttributeList ref = ((SequenceAttribute) second.get(TagFromName.SourceImageSequence)).getItem(0).getAttributeList();
        assertEquals(value(first, TagFromName.SOPInstanceUID), value(ref, TagFromName.ReferencedSOPInstanceUID),
                "a reference made next month must point at the instance released this month");
        assertEquals(value(first, TagFromName.PatientID), value(second, TagFromName.PatientID));
        assertEquals("PSEUDO-000001", value(second, TagFromName.PatientID));
        assertNotEquals(value(original, TagFromName.StudyInstanceUID), value(first, TagFromName.StudyInstanceUID));
    }

    @Test
    void patientsGetNumbersInOrderAndKeepPseudonymAndDateOffset() throws Exception {
        String url = freshUrl();
        PatientMapper.PatientMapping a;
        PatientMapper.PatientMapping b;
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            PatientMapper p = mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null).patientMapper();
            a = p.map("MRN-1", "DOE^JANE");
            b = p.map("MRN-2", "ROE^RICHARD");
            assertEquals(a, p.map("MRN-1", "DOE^JANE"));
        }
        assertEquals("PSEUDO-000001", a.id());
        assertEquals("PSEUDO-000002", b.id());
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            PatientMapper p = mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null).patientMapper();
            assertEquals(b, p.map("MRN-2", "ROE^RICHARD"));
            assertEquals(a, p.map("MRN-1", "someone else's spelling"), "the ID decides, as the patient is the same");
            assertEquals(2, store.counts().patients());
        }
    }

    @Test
    void hashSchemeGivesTheKeyedPseudonym() throws Exception {
        try (MappingStore store = JdbcMappingStore.open(freshUrl(), null)) {
            PatientMapper.PatientMapping m = mappings(store, KEY, PseudonymScheme.Kind.HASH, null).patientMapper().map("MRN-1", "");
            assertEquals(new io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer("PSEUDO-", KEY.getBytes(StandardCharsets.UTF_8))
                    .pseudonymFor("MRN-1", "").id(), m.id());
        }
    }

    @Test
    void aDifferentKeyOrNoKeyIsRefused() throws Exception {
        String url = freshUrl();
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null);
        }
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            assertThrows(StoreException.class, () -> mappings(store, KEY + "-other", PseudonymScheme.Kind.COUNTER, null));
            assertThrows(StoreException.class, () -> mappings(store, null, PseudonymScheme.Kind.COUNTER, null));
        }
        String keyless = freshUrl();
        String uid;
        try (MappingStore store = JdbcMappingStore.open(keyless, null)) {
            uid = mappings(store, null, PseudonymScheme.Kind.COUNTER, null).uidMapper().map("1.2.3.4");
        }
        try (MappingStore store = JdbcMappingStore.open(keyless, null)) {
            assertEquals(uid, mappings(store, null, PseudonymScheme.Kind.COUNTER, null).uidMapper().map("1.2.3.4"),
                    "a store made without a key keeps its own secret");
            assertThrows(StoreException.class, () -> mappings(store, KEY, PseudonymScheme.Kind.COUNTER, null));
        }
    }

    @Test
    void originalsAreNeverStoredInClearAndOpenOnlyWithTheirKey() throws Exception {
        String url = freshUrl();
        String originalUid = "1.2.826.0.1.3680043.2.1125.987654321";
        char[] secret = "honest-broker-passphrase".toCharArray();
        String newUid;
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            PersistentMappings m = mappings(store, KEY, PseudonymScheme.Kind.COUNTER, secret.clone());
            newUid = m.uidMapper().map(originalUid);
            m.patientMapper().map("MRN-778899", "DOE^JANE");
            store.record(new AuditRecord(store.startRun("t", "basic", "", "counter:PSEUDO-"), newUid, "a.dcm", "scrubbed", null,
                    "113100", List.of(), List.of(), m.originals().orElseThrow().seal("{\"(0010,0010)\":\"DOE^JANE\"}", "file:" + newUid),
                    "2024-01-01T00:00:00Z"));
        }
        String everything = dump(url);
        for (String clear : List.of(originalUid, "MRN-778899", "DOE", "JANE")) {
            assertFalse(everything.contains(clear), "an original value is stored in clear");
        }
        try (MappingStore store = JdbcMappingStore.open(url, null)) {
            byte[] sealed = store.sealedOriginalOfUid(newUid).orElseThrow();
            OriginalsCipher right = mappings(store, KEY, PseudonymScheme.Kind.COUNTER, secret.clone()).originals().orElseThrow();
            String lookup = new LookupKeys(KEY.getBytes(StandardCharsets.UTF_8)).lookup("uid", originalUid);
            assertEquals(originalUid, right.open(sealed, "uid:" + lookup));
            assertThrows(OriginalsCipher.WrongKeyException.class, () -> right.open(sealed, "uid:another-row"));
            assertThrows(StoreException.class, () -> mappings(store, KEY, PseudonymScheme.Kind.COUNTER, "wrong-passphrase".toCharArray()));
        }
    }

    @Test
    void auditIsQueryableByOutputUid() throws Exception {
        try (MappingStore store = JdbcMappingStore.open(freshUrl(), null)) {
            long run = store.startRun("pixelscrub test", "basic", "retain-uids", "counter:PSEUDO-");
            AuditRecord r = new AuditRecord(run, "2.25.42", "dir/a.dcm", "scrubbed", null, "113100 113101",
                    List.of(new AuditRecord.Action("(0010,0010)", "Z", "profile_table", "basicProfile:Z"),
                            new AuditRecord.Action("(0008,1140)[0]/(0008,1155)", "U", "uid_remap", "basicProfile:U")),
                    List.of(new AuditRecord.Region(0, 0, 640, 40, "all", "template", "phi", 1.0, "ctp: US banner")),
                    null, "2024-01-01T00:00:00Z");
            store.record(r);
            store.record(new AuditRecord(run, null, "b.dcm", "quarantined", "not a DICOM file", "", List.of(), List.of(), null,
                    "2024-01-01T00:00:01Z"));
            List<AuditRecord> found = store.audit("2.25.42");
            assertEquals(1, found.size());
            AuditRecord back = found.get(0);
            assertEquals(r.actions(), back.actions());
            assertEquals(r.regions(), back.regions());
            assertEquals("113100 113101", back.optionsUsed());
            assertArrayEquals(null, back.originalsSealed());
            assertTrue(store.audit("2.25.43").isEmpty());
            assertEquals(2, store.counts().files());
        }
    }

    private static Attribute withValue(com.pixelmed.dicom.AttributeTag tag, byte[] vr, String v) throws Exception {
        Attribute a = com.pixelmed.dicom.AttributeFactory.newAttribute(tag, vr);
        a.addValue(v);
        return a;
    }

    /** Every cell of every table, as text and as bytes decoded, for a search for clear originals. */
    static String dump(String url) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String t : List.of("pixelscrub_meta", "uid_map", "patient_map", "counters", "runs", "audit_files",
                    "audit_actions", "audit_regions")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object o = rs.getObject(i);
                            sb.append(o instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(o)).append('|');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
