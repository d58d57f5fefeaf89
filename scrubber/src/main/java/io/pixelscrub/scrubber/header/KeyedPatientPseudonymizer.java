package io.pixelscrub.scrubber.header;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Default pseudonym scheme: prefix + first 64 bits of HMAC-SHA256(key, patient ID, or name when there is no ID),
 * in upper-case hex (the "keyed hash" scheme). Keyed so that the pseudonym cannot be reversed or recomputed without the key, and derived
 * only from the hash so it never contains the original. Name and ID share the value (PN and LO both fit it).
 */
public final class KeyedPatientPseudonymizer implements PatientPseudonymizer, PatientMapper {

    private final String prefix;
    private final SecretKeySpec key;

    public KeyedPatientPseudonymizer(String prefix, byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("pseudonym key must have at least 16 bytes");
        }
        if (prefix == null || prefix.length() > 40 || !prefix.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("pseudonym prefix must be at most 40 characters of [A-Za-z0-9_-]");
        }
        this.prefix = prefix;
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public static KeyedPatientPseudonymizer withRandomKey(String prefix) {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new KeyedPatientPseudonymizer(prefix, k);
    }

    @Override
    public Pseudonym pseudonymFor(String patientId, String patientName) {
        String basis = PatientMapper.basis(patientId, patientName);
        String value = prefix + HexFormat.of().withUpperCase().formatHex(hmac(basis), 0, 8);
        return new Pseudonym(value, value);
    }

    /** The pseudonym, and a date offset from a separately labelled MAC (the pseudonym does not reveal it). */
    @Override
    public PatientMapping map(String patientId, String patientName) {
        Pseudonym p = pseudonymFor(patientId, patientName);
        byte[] m = hmac("date-offset:" + PatientMapper.basis(patientId, patientName));
        int bits = (m[0] & 0xFF) << 24 | (m[1] & 0xFF) << 16 | (m[2] & 0xFF) << 8 | (m[3] & 0xFF);
        return new PatientMapping(p.name(), p.id(), DateShifter.offsetFrom(bits));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
