package io.pixelscrub.scrubber.header;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UID mapper keyed by a secret: the new UID is derived from HMAC-SHA256(key, original UID), so a later run
 * (or a persistent store) with the same key yields the same UIDs, while nobody without the key can link them.
 * The first 128 bits of the MAC are shaped as an RFC 9562 version-8 (custom) UUID and written as "2.25.<decimal>"
 * (PS3.5 B.2), at most 44 characters. The map only caches; the mapping itself is a pure function of key and UID.
 */
public final class InMemoryUidMapper implements UidMapper {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public InMemoryUidMapper(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("UID mapping key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A mapper with a fresh random key: consistent within this run only. */
    public static InMemoryUidMapper withRandomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new InMemoryUidMapper(k);
    }

    @Override
    public String map(String originalUid) {
        return cache.computeIfAbsent(originalUid.trim(), this::derive);
    }

    private String derive(String uid) {
        byte[] mac = hmac(uid);
        byte[] uuid = new byte[16];
        System.arraycopy(mac, 0, uuid, 0, 16);
        uuid[6] = (byte) ((uuid[6] & 0x0f) | 0x80); // version 8
        uuid[8] = (byte) ((uuid[8] & 0x3f) | 0x80); // RFC variant
        return "2.25." + new BigInteger(1, uuid);
    }

    private byte[] hmac(String uid) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // Mac is not thread-safe: one per derivation
            mac.init(key);
            return mac.doFinal(uid.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
