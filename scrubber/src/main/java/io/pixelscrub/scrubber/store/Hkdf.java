package io.pixelscrub.scrubber.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/** HKDF-SHA256 (RFC 5869) for deriving independent keys (lookup, key check) from one user secret. */
final class Hkdf {

    private Hkdf() { }

    static byte[] derive(byte[] secret, String salt, String info, int length) {
        try {
            byte[] prk = hmac(salt.getBytes(StandardCharsets.UTF_8), secret);
            byte[] out = new byte[length];
            byte[] t = new byte[0];
            int pos = 0;
            for (int i = 1; pos < length; i++) {
                byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
                byte[] input = new byte[t.length + infoBytes.length + 1];
                System.arraycopy(t, 0, input, 0, t.length);
                System.arraycopy(infoBytes, 0, input, t.length, infoBytes.length);
                input[input.length - 1] = (byte) i;
                t = hmac(prk, input);
                int n = Math.min(t.length, length - pos);
                System.arraycopy(t, 0, out, pos, n);
                pos += n;
            }
            Arrays.fill(prk, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
