package io.pixelscrub.scrubber.redact.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class HuffmanTableBuilderTest {

    /** Fibonacci frequencies would need codes far longer than 16 bits; K.3 must fold them back. */
    @Test
    void skewedFrequenciesStayWithinSixteenBits() throws Exception {
        int[] freq = new int[256];
        int a = 1;
        int b = 1;
        for (int s = 0; s < 40; s++) {
            freq[s] = a;
            int t = a + b;
            a = b;
            b = Math.min(t, 1 << 28);
        }
        HuffmanTable t = HuffmanTableBuilder.build(freq);
        assertTrue(t.canEncodeAll(freq));
        assertFalse(t.canEncode(200));
        assertRoundTrips(t, freq);
    }

    @Test
    void oneSymbolGetsOneCode() throws Exception {
        int[] freq = new int[256];
        freq[0] = 5;
        HuffmanTable t = HuffmanTableBuilder.build(freq);
        assertTrue(t.canEncode(0));
        assertRoundTrips(t, freq);
    }

    /** Every used symbol encodes and decodes to itself; the table re-parses from its own DHT bytes. */
    private static void assertRoundTrips(HuffmanTable t, int[] freq) throws Exception {
        ByteArrayOutputStream dht = new ByteArrayOutputStream();
        t.writeTo(dht, 1, 0);
        HuffmanTable again = HuffmanTable.parse(dht.toByteArray(), 0, false, new int[1]);
        assertTrue(again.sameAs(t));
        ByteArrayOutputStream bits = new ByteArrayOutputStream();
        EntropyWriter w = new EntropyWriter(bits);
        for (int s = 0; s < 256; s++) {
            if (freq[s] > 0) {
                t.encode(w, s);
            }
        }
        w.flush();
        EntropyReader r = new EntropyReader(bits.toByteArray(), 0);
        for (int s = 0; s < 256; s++) {
            if (freq[s] > 0) {
                assertEquals(s, t.decode(r));
            }
        }
    }
}
