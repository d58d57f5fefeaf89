package io.pixelscrub.scrubber.header;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryUidMapperTest {

    private static final String VALID_UID = "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*";

    @Test
    void mapsConsistentlyToValidUuidDerivedUids() {
        InMemoryUidMapper m = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String in = "1.2.3.4." + i;
            String uid = m.map(in);
            assertEquals(uid, m.map(in));
            assertTrue(uid.startsWith("2.25."));
            assertTrue(uid.matches(VALID_UID), "invalid UID syntax");
            assertTrue(uid.length() <= 64);
            out.add(uid);
        }
        assertEquals(2000, out.size(), "collisions");
    }

    @Test
    void sameKeyReproducesAcrossInstancesAndAnotherKeyDoesNot() {
        String uid = "1.2.840.113619.2.1.1.1";
        assertEquals(new InMemoryUidMapper(HeaderFixtures.UID_KEY).map(uid), new InMemoryUidMapper(HeaderFixtures.UID_KEY).map(uid));
        assertNotEquals(new InMemoryUidMapper(HeaderFixtures.UID_KEY).map(uid),
                new InMemoryUidMapper("another-key-of-enough-length!!".getBytes(StandardCharsets.US_ASCII)).map(uid));
        assertNotEquals(InMemoryUidMapper.withRandomKey().map(uid), InMemoryUidMapper.withRandomKey().map(uid));
    }

    @Test
    void isThreadSafe() throws Exception {
        InMemoryUidMapper shared = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        InMemoryUidMapper reference = new InMemoryUidMapper(HeaderFixtures.UID_KEY);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> r = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        r.add(shared.map("1.9." + i));
                    }
                    return r;
                }));
            }
            for (Future<List<String>> f : results) {
                List<String> r = f.get();
                for (int i = 0; i < 500; i++) {
                    assertEquals(reference.map("1.9." + i), r.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsShortKeys() {
        assertThrows(IllegalArgumentException.class, () -> new InMemoryUidMapper(new byte[8]));
    }

    @Test
    void standardUidsAreRecognised() {
        assertTrue(UidMapper.isStandardUid("1.2.840.10008.5.1.4.1.1.7"));
        assertTrue(!UidMapper.isStandardUid("1.2.840.113619.2.1"));
    }
}
