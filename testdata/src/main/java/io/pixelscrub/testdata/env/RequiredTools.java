package io.pixelscrub.testdata.env;

import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ToolRunner;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.Arrays;
import java.util.List;

/**
 * What a test needs from the machine (native tools, a server, a browser). Missing on a developer's machine, the test
 * is skipped with the reason; missing in CI ({@code CI=true}) it fails, naming what is missing: a quality test that
 * skips silently in CI proves nothing, and a green run would hide it.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    /** dcmtk and GDCM, the independent decoders every decoder and redaction test compares against. */
    public static void referenceDecoders() {
        onPath("reference decoders", "dcmtk libgdcm-tools", ReferenceDecoder.tools());
    }

    /** dcmtk and OpenJPEG encoders the synthetic corpus writes its compressed syntaxes with, and the decoders. */
    public static void encodersAndDecoders() {
        onPath("encoders of the synthetic corpus", "dcmtk libgdcm-tools libopenjp2-tools", Encoding.tools());
        referenceDecoders();
    }

    /** Each of {@code tools} must be an executable on PATH. */
    public static void onPath(String neededFor, String debianPackages, String... tools) {
        onPath(neededFor, debianPackages, Arrays.asList(tools));
    }

    public static void onPath(String neededFor, String debianPackages, List<String> tools) {
        List<String> missing = tools.stream().filter(t -> !ToolRunner.onPath(t)).distinct().toList();
        if (!missing.isEmpty()) {
            unavailable("missing " + String.join(", ", missing) + " (" + neededFor + "; scripts/setup.sh installs Debian "
                    + debianPackages + ")");
        }
    }

    /** {@code present} or else skip (developer machine) or fail (CI) with {@code what}. */
    public static void require(boolean present, String what) {
        if (!present) {
            unavailable(what);
        }
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void unavailable(String what) {
        if (inCi()) {
            throw new AssertionFailedError("CI=true, but the test cannot run: " + what);
        }
        throw new TestAbortedException(what);
    }
}
