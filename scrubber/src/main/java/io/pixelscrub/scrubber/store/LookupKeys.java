package io.pixelscrub.scrubber.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * How the store finds an original without holding it: rows are keyed by HMAC-SHA256 of the original under a key
 * derived (HKDF) from the run's secret, so the store alone cannot confirm a guessed patient ID or UID unless it also
 * holds the secret (it does only when the user gave no key; see README). A check value, derived separately, lets a
 * later run detect that it was given a different secret.
 */
public final class LookupKeys {

    private final byte[] lookupKey;
    private final String check;

    public LookupKeys(byte[] secret) {
        this.lookupKey = Hkdf.derive(secret, "pixelscrub-store", "lookup", 32);
        this.check = HexFormat.of().formatHex(mac(Hkdf.derive(secret, "pixelscrub-store", "key-check", 32), "pixelscrub-store-v1"));
    }

    /** The row key for an original of a kind ("uid", "patient"). */
    public String lookup(String kind, String original) {
        return HexFormat.of().formatHex(mac(lookupKey, kind + ":" + original));
    }

    /** A value that identifies the secret without revealing it. */
    public String check() {
        return check;
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            return Hkdf.hmac(key, text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
