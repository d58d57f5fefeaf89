package io.pixelscrub.testdata.synthetic.pixels;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontCatalogTest {
    /** The font files as copied from Debian bookworm (fonts/README.md); a changed file changes every drawing. */
    private static final Map<String, String> SHA256 = Map.ofEntries(
            Map.entry("DejaVuSans.ttf", "abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322"),
            Map.entry("DejaVuSans-Bold.ttf", "0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96"),
            Map.entry("DejaVuSansMono.ttf", "0f5db4f1749979d961019838b160bec74abdf7f9eca69553fe1aa856bbff49a4"),
            Map.entry("DejaVuSansMono-Bold.ttf", "2964f6dac8e6e9d71613928340f17bf868e9ea51692cca333c79e74962f02233"),
            Map.entry("DejaVuSerif.ttf", "13e61509f5c81d7c3132810f4f903e3523df89c802bf6e0674621e8f659cdfe1"),
            Map.entry("DejaVuSansCondensed.ttf", "2d8aa290adcf1ebcbb35f63e57cf32941b012eaab4b65096b904112cf3bac972"),
            Map.entry("LiberationSans-Regular.ttf", "8d91388f1d3604b3b8ae0e3ee2d140e50cd6122f9214514f4aca772540a4076d"),
            Map.entry("LiberationSans-Bold.ttf", "ba0e0dc3f7aca5b0afbc31e800531ee43be3aa79ae35b2ef1f6470a9547765c4"),
            Map.entry("LiberationSerif-Regular.ttf", "29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba"),
            Map.entry("LiberationMono-Regular.ttf", "6b3809450cf6253b36d157198dc15004a5fbade9abad5543c377feb7bb29139c"),
            Map.entry("LiberationMono-Bold.ttf", "29534b0aad22fa386843365da6f04102df8d6a076e06a2a5ce270f83dd1bf351"),
            Map.entry("NotoMono-Regular.ttf", "41fd7ccc82375e2a1e47f0cc2c941c14d7c99ba2f57cf69c9f738d07fb257686"));

    @Test
    void everyShippedFileIsTheOneThatWasPinned() throws IOException {
        for (Map.Entry<String, String> e : SHA256.entrySet()) {
            try (InputStream in = FontCatalog.class.getResourceAsStream("/io/pixelscrub/testdata/fonts/" + e.getKey())) {
                assertNotNull(in, e.getKey() + " ships");
                assertEquals(e.getValue(), sha256(in.readAllBytes()), e.getKey());
            }
        }
    }

    @Test
    void everyFamilyLoadsFromItsOwnFileNotAMachineFont() {
        assertEquals(8, FontCatalog.families().size());
        for (String family : FontCatalog.families()) {
            Font plain = FontCatalog.font(family, false, 14);
            assertEquals(family, plain.getFamily(), "the shipped face names itself " + plain.getFamily());
            assertEquals(14, plain.getSize());
            assertTrue(plain.canDisplayUpTo("DOE^JOHN 1961-04-23 ID: 12345678") < 0, family + " draws PHI-like text");
        }
    }

    @Test
    void boldIsDrawnBoldEvenWithoutAFileOfItsOwn() {
        for (String family : FontCatalog.families()) {
            Font plain = FontCatalog.font(family, Font.PLAIN, 20);
            Font bold = FontCatalog.font(family, Font.BOLD, 20);
            assertTrue(ink(GlyphMask.render("Hamburg 1961", bold, true)) > 1.1 * ink(GlyphMask.render("Hamburg 1961", plain, true)),
                    family + ": bold puts more ink on the page than plain");
        }
    }

    private static long ink(GlyphMask mask) {
        long sum = 0;
        for (byte a : mask.alpha()) {
            sum += a & 0xFF;
        }
        return sum;
    }

    @Test
    void anUnknownFamilyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> FontCatalog.font("Comic Sans MS", false, 12));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
