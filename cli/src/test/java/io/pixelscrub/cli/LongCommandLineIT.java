package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.RepositoryRoot;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pixelscrub scrub} given 150 file paths (a command line of over 10,000 characters, as a shell glob gives it)
 * with the text engine on. ONNX Runtime 1.29.0's native start-up uses stack in proportion to the command line; on a
 * default 1 MB thread stack anything over about 5,000 characters killed the JVM with SIGSEGV (exit 139, no hs_err
 * file). The environment is now created on a thread with a large stack ({@code OnnxSessions}). Runs the packaged CLI
 * as a child process (failsafe, after package), as a user does.
 */
class LongCommandLineIT {

    @TempDir
    Path tmp;

    @Test
    void aHundredAndFiftyFilePathsOnTheCommandLine() throws Exception {
        Path root = RepositoryRoot.find();
        Path jar = root.resolve("cli/target/pixelscrub-cli.jar");
        Path lib = root.resolve("cli/target/lib");
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib), "run after the package phase (mvn verify)");
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.awt.headless=true", "-cp", jar + File.pathSeparator + lib.resolve("*"), "io.pixelscrub.cli.Main",
                "scrub"));
        byte[] small = Files.readAllBytes(root.resolve("testdata/real/pydicom/MR_small_RLE.dcm"));
        for (int i = 0; i < 150; i++) {
            Path f = in.resolve(String.format("an_input_file_with_a_long_descriptive_name_as_exported_%03d.dcm", i));
            Files.write(f, small);
            cmd.add(f.toString());
        }
        cmd.addAll(List.of("-o", tmp.resolve("out").toString(), "--key", "long-command-line-key-0123", "--threads", "2"));
        assertTrue(String.join(" ", cmd).length() > 10_000);
        Path log = tmp.resolve("console.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "finished");
        String console = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), console);
        try (var s = Files.list(tmp.resolve("out"))) {
            assertEquals(150, s.count(), console);
        }
    }
}
