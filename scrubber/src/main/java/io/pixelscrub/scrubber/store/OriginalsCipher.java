package io.pixelscrub.scrubber.store;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Seals original values for an honest broker: AES-256-GCM with a key derived from the user's passphrase by
 * PBKDF2-HMAC-SHA256 (600,000 iterations, 16-byte salt kept in the store). Each value gets a fresh 12-byte nonce and
 * is bound to its context (e.g. the row it belongs to) as associated data, so a sealed value cannot be moved to
 * another row unnoticed. Format: version byte 1, nonce, ciphertext with its 16-byte tag.
 */
public final class OriginalsCipher {

    static final int ITERATIONS = 600_000;
    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public OriginalsCipher(char[] passphrase, byte[] salt) {
        if (passphrase.length < 8) {
            throw new IllegalArgumentException("the originals key must have at least 8 characters");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, ITERATIONS, 256);
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            this.key = new SecretKeySpec(k, "AES");
            Arrays.fill(k, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    public static byte[] newSalt() {
        byte[] s = new byte[16];
        RANDOM.nextBytes(s);
        return s;
    }

    public byte[] seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[1 + NONCE + ct.length];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE);
            System.arraycopy(ct, 0, out, 1 + NONCE, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plaintext; throws {@link WrongKeyException} when the key or the context does not match. */
    public String open(byte[] sealed, String context) throws WrongKeyException {
        if (sealed.length < 1 + NONCE + 16 || sealed[0] != VERSION) {
            throw new WrongKeyException("not a sealed value");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1, NONCE));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException("wrong originals key (or the value was altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The sealed value cannot be opened with this key. */
    public static final class WrongKeyException extends Exception {
        private static final long serialVersionUID = 1L;

        WrongKeyException(String message) {
            super(message);
        }
    }
}
