package io.pixelscrub.testdata.synthetic.dicom;

import java.math.BigInteger;
import java.util.SplittableRandom;

/** Deterministic UIDs under the UUID-derived root 2.25 (PS3.5 B.2), drawn from a seeded stream. */
public final class Uids {
    private final SplittableRandom r;

    public Uids(long seed) {
        this.r = new SplittableRandom(seed);
    }

    public String next() {
        byte[] bytes = new byte[16];
        r.nextBytes(bytes);
        bytes[0] &= 0x7F;
        return "2.25." + new BigInteger(1, bytes);
    }
}
