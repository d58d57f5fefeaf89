package io.pixelscrub.scrubber.redact.jpeg;

import java.io.ByteArrayOutputStream;

/**
 * Writes a {@link ParsedJpeg} back out: marker segments as they were, every scan re-coded from the coefficients with
 * its own restart interval. A scan keeps the Huffman tables it had whenever they can code every symbol it now needs;
 * otherwise (an image-optimized table lacking, say, the DC difference category a flattened block produces) a new
 * optimal table for that scan is defined in a DHT segment just before its SOS, which sequential JPEG allows.
 */
final class JpegWriter {
    private final ParsedJpeg jpeg;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final HuffmanTable[][] inForce = new HuffmanTable[2][4];

    private JpegWriter(ParsedJpeg jpeg) {
        this.jpeg = jpeg;
    }

    static byte[] write(ParsedJpeg jpeg) {
        return new JpegWriter(jpeg).run();
    }

    private byte[] run() {
        out.write(0xFF);
        out.write(Markers.SOI);
        for (ParsedJpeg.Part part : jpeg.parts()) {
            if (part instanceof ParsedJpeg.Segment s) {
                segment(s.marker(), s.payload());
                if (s.marker() == Markers.DHT) {
                    track(s.payload());
                }
            } else if (part instanceof ParsedJpeg.Scan scan) {
                scan(scan);
            }
        }
        out.write(0xFF);
        out.write(Markers.EOI);
        return out.toByteArray();
    }

    private void scan(ParsedJpeg.Scan scan) {
        ScanHeader header = scan.header();
        SymbolCounter counts = new SymbolCounter(header);
        ScanCoder.walk(jpeg.frame(), header, scan.restartInterval(), jpeg.coefficients(), counts);
        int n = header.components().size();
        HuffmanTable[][] use = new HuffmanTable[2][n];
        ByteArrayOutputStream dht = new ByteArrayOutputStream();
        for (int tableClass = 0; tableClass < 2; tableClass++) {
            for (int sc = 0; sc < n; sc++) {
                int id = counts.tableId(tableClass, sc);
                HuffmanTable original = tableClass == 0 ? scan.dc()[sc] : scan.ac()[sc];
                int[] freq = counts.frequencies(tableClass, id);
                HuffmanTable wanted = original.canEncodeAll(freq) ? original : HuffmanTableBuilder.build(freq);
                if (!wanted.sameAs(inForce[tableClass][id])) {
                    wanted.writeTo(dht, tableClass, id);
                    inForce[tableClass][id] = wanted;
                }
                use[tableClass][sc] = inForce[tableClass][id];
            }
        }
        if (dht.size() > 0) {
            segment(Markers.DHT, dht.toByteArray());
        }
        segment(Markers.SOS, scan.payload());
        EntropyWriter bits = new EntropyWriter(out);
        ScanCoder.walk(jpeg.frame(), header, scan.restartInterval(), jpeg.coefficients(), new SymbolSink() {
            @Override
            public void symbol(int tableClass, int scanComponent, int symbol) {
                use[tableClass][scanComponent].encode(bits, symbol);
            }

            @Override
            public void extraBits(int value, int n) {
                bits.bits(value, n);
            }

            @Override
            public void restart(int index) {
                bits.restartMarker(index);
            }
        });
        bits.flush();
    }

    private void segment(int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    /** The decoder's view of which tables are defined, after a DHT segment copied through. */
    private void track(byte[] p) {
        int at = 0;
        int[] end = new int[1];
        try {
            while (at < p.length) {
                int tc = (p[at] & 0xFF) >> 4;
                inForce[tc][p[at] & 0x0F] = HuffmanTable.parse(p, at, tc == 0, end);
                at = end[0];
            }
        } catch (CorruptJpegException e) {
            throw new IllegalStateException("a DHT segment that parsed before no longer does", e);
        }
    }

    /** How often each symbol of each (class, table id) occurs in one scan, as it will be written. */
    private static final class SymbolCounter implements SymbolSink {
        private final ScanHeader header;
        private final int[][][] freq = new int[2][4][256];

        SymbolCounter(ScanHeader header) {
            this.header = header;
        }

        int tableId(int tableClass, int sc) {
            ScanHeader.ScanComponent c = header.components().get(sc);
            return tableClass == 0 ? c.dcTable() : c.acTable();
        }

        int[] frequencies(int tableClass, int id) {
            return freq[tableClass][id];
        }

        @Override
        public void symbol(int tableClass, int scanComponent, int symbol) {
            freq[tableClass][tableId(tableClass, scanComponent)][symbol]++;
        }

        @Override
        public void extraBits(int value, int n) {
        }

        @Override
        public void restart(int index) {
        }
    }
}
