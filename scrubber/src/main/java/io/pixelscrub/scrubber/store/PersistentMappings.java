package io.pixelscrub.scrubber.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.scrubber.header.DateShifter;
import io.pixelscrub.scrubber.header.InMemoryUidMapper;
import io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer;
import io.pixelscrub.scrubber.header.PatientMapper;
import io.pixelscrub.scrubber.header.UidMapper;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The run's UID and patient mappings, backed by a {@link MappingStore} so that a later run (next month, another
 * machine sharing a PostgreSQL store) maps the same originals the same way.
 *
 * <p>The secret: the user's key when given; otherwise one generated on first use and kept in the store (then the
 * store is itself the key, see docs/header.md). A store remembers which kind it was made with and a check value of the key,
 * and refuses a different one, because a different key would silently give different UIDs.
 */
public final class PersistentMappings {

    private static final String GENERATED_SECRET = "generated_secret";
    private static final String KEY_CHECK = "key_check";
    private static final String ORIGINALS_SALT = "originals_salt";
    private static final String ORIGINALS_CHECK = "originals_check";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MappingStore store;
    private final LookupKeys lookups;
    private final InMemoryUidMapper uidDerivation;
    private final KeyedPatientPseudonymizer hashPseudonyms;
    private final PseudonymScheme scheme;
    private final OriginalsCipher originals;
    private final Map<String, String> uidCache = new ConcurrentHashMap<>();

    private PersistentMappings(MappingStore store, byte[] secret, PseudonymScheme scheme, OriginalsCipher originals) {
        this.store = store;
        this.lookups = new LookupKeys(secret);
        this.uidDerivation = new InMemoryUidMapper(secret);
        this.hashPseudonyms = new KeyedPatientPseudonymizer(scheme.prefix(), secret);
        this.scheme = scheme;
        this.originals = originals;
    }

    /**
     * @param userKey           the user's secret, or null to use (or create) the store's own
     * @param originalsPassword passphrase to keep originals sealed for re-identification, or null to keep none
     */
    public static PersistentMappings open(MappingStore store, String userKey, PseudonymScheme scheme, char[] originalsPassword) {
        byte[] secret = secret(store, userKey);
        OriginalsCipher cipher = originalsPassword == null ? null : originalsCipher(store, originalsPassword);
        return new PersistentMappings(store, secret, scheme, cipher);
    }

    private static byte[] secret(MappingStore store, String userKey) {
        Optional<String> generated = store.meta(GENERATED_SECRET);
        if (userKey == null || userKey.isEmpty()) {
            if (generated.isEmpty() && store.meta(KEY_CHECK).isPresent()) {
                throw new StoreException("this audit store was created with --key; give the same key", null);
            }
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            byte[] secret = stored(GENERATED_SECRET, store.metaIfAbsent(GENERATED_SECRET, Base64.getEncoder().encodeToString(fresh)),
                    Base64.getDecoder()::decode);
            if (secret.length < 16) {
                throw damaged(GENERATED_SECRET);
            }
            return secret;
        }
        if (generated.isPresent()) {
            throw new StoreException("this audit store was created without --key and holds its own; run without --key", null);
        }
        byte[] secret = userKey.getBytes(StandardCharsets.UTF_8);
        if (secret.length < 16) {
            throw new IllegalArgumentException("the key must have at least 16 bytes");
        }
        String check = new LookupKeys(secret).check();
        if (!store.metaIfAbsent(KEY_CHECK, check).equals(check)) {
            throw new StoreException("this audit store was created with a different --key", null);
        }
        return secret;
    }

    /** The cipher of a store that keeps originals (its salt and check value decide); refuses a wrong passphrase. */
    public static OriginalsCipher originalsCipher(MappingStore store, char[] password) {
        byte[] salt = stored(ORIGINALS_SALT, store.metaIfAbsent(ORIGINALS_SALT, HexFormat.of().formatHex(OriginalsCipher.newSalt())),
                HexFormat.of()::parseHex);
        if (salt.length == 0) {
            throw damaged(ORIGINALS_SALT);
        }
        OriginalsCipher cipher = new OriginalsCipher(password, salt);
        String sealedCheck = store.metaIfAbsent(ORIGINALS_CHECK, Base64.getEncoder().encodeToString(cipher.seal("pixelscrub", "check")));
        try {
            cipher.open(stored(ORIGINALS_CHECK, sealedCheck, Base64.getDecoder()::decode), "check");
        } catch (OriginalsCipher.WrongKeyException e) {
            throw new StoreException("this audit store keeps originals under a different originals key", null);
        }
        return cipher;
    }

    /** A value the store keeps in text form, decoded; a value that does not decode means the store file is damaged. */
    private static byte[] stored(String name, String text, Function<String, byte[]> decode) {
        try {
            return decode.apply(text);
        } catch (IllegalArgumentException e) {   // also NumberFormatException, from a bad hex digit
            throw damaged(name);
        }
    }

    private static StoreException damaged(String name) {
        return new StoreException("the audit store is damaged: its " + name + " is not valid", null);
    }

    /** Whether originals were ever kept in this store (it then has a salt for their key). */
    public static boolean keepsOriginals(MappingStore store) {
        return store.meta(ORIGINALS_SALT).isPresent();
    }

    public MappingStore store() {
        return store;
    }

    public PseudonymScheme scheme() {
        return scheme;
    }

    /** The cipher for sealing originals, if the user asked to keep them. */
    public Optional<OriginalsCipher> originals() {
        return Optional.ofNullable(originals);
    }

    /** UIDs: derived by keyed hash, recorded (and thereafter read) by keyed lookup. */
    public UidMapper uidMapper() {
        return uid -> uidCache.computeIfAbsent(uid.trim(), u -> {
            String lookup = lookups.lookup("uid", u);
            return store.uid(lookup, () -> uidDerivation.map(u), seal(u, "uid:" + lookup));
        });
    }

    /** Patients: pseudonym by the scheme and a keyed date offset, both fixed at the patient's first appearance. */
    public PatientMapper patientMapper() {
        return (patientId, patientName) -> {
            String basis = PatientMapper.basis(patientId, patientName);
            String lookup = lookups.lookup("patient", basis);
            byte[] sealed = originals == null ? null : seal(originalPatient(patientId, patientName), "patient:" + lookup);
            MappingStore.StoredPatient p = store.patient(lookup, seq -> {
                String value = scheme.kind() == PseudonymScheme.Kind.COUNTER
                        ? scheme.counterValue(seq) : hashPseudonyms.pseudonymFor(patientId, patientName).id();
                return new MappingStore.StoredPatient(seq, value, value, dateOffset(basis));
            }, sealed);
            return new PatientMapper.PatientMapping(p.pseudonymName(), p.pseudonymId(), p.dateOffsetDays());
        };
    }

    /**
     * A patient's date offset, derived from the secret like the UIDs: unpredictable without it, yet the same for the
     * same key, so two stores made with one key (a repeated run) shift dates alike.
     */
    private int dateOffset(String basis) {
        return DateShifter.offsetFrom((int) Long.parseLong(lookups.lookup("date-offset", basis).substring(0, 8), 16));
    }

    /** The store's keyed lookup of {@code value} as a {@code kind} (row keys; see {@link LookupKeys}). */
    public String lookup(String kind, String value) {
        return lookups.lookup(kind, value);
    }

    /** Whether {@code value} is an original UID this store has mapped (by keyed lookup; the store holds no UIDs in clear). */
    public boolean isOriginalUid(String value) {
        return store.hasUid(lookups.lookup("uid", value.trim()));
    }

    /** Whether {@code value} is the original ID (or, for a patient without one, the name) of a patient in this store. */
    public boolean isOriginalPatient(String value) {
        String v = value.trim();
        return store.hasPatient(lookups.lookup("patient", PatientMapper.basis(v, null)))
                || store.hasPatient(lookups.lookup("patient", PatientMapper.basis(null, v)));
    }

    private static String originalPatient(String id, String name) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("patientId", id == null ? "" : id, "patientName", name == null ? "" : name));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] seal(String value, String context) {
        return originals == null ? null : originals.seal(value, context);
    }
}
