package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.testdata.RepositoryRoot;
import io.pixelscrub.testdata.env.RequiredTools;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder and a file the user may not read, inside an input tree: each is one line, the readable file is processed,
 * the run exits 1 (scrub, scan, verify, sniff), and scrub's report lists both as "unreadable". Permissions are what is
 * tested, and root reads everything: when the tests run as root, the CLI runs as user and group 65534 (nobody) through
 * util-linux {@code setpriv}, on the packaged class path ({@code cli/target/pixelscrub-cli.jar} and
 * {@code cli/target/lib}, copied where that user can read them when the checkout is private; hence a failsafe test,
 * after {@code package}). As another user it runs as that user. Without setpriv as root it is skipped, and fails under
 * {@code CI=true}.
 */
class UnreadableInputIT {

    private static final Map<String, String> UNREADABLE = Map.of(
            "locked.dcm", "cannot be read (permission denied)",
            "secret", "folder cannot be read (permission denied): nothing in it was processed");

    @TempDir
    Path tmp;
    Path in;
    Path work;

    @BeforeEach
    void tree() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        in = Files.createDirectories(tmp.resolve("in"));
        Path real = RepositoryRoot.find().resolve("testdata/real/pydicom");
        Files.copy(real.resolve("CT_small_explicitLE.dcm"), in.resolve("ct.dcm"));
        Files.copy(real.resolve("MR_small_implicitLE.dcm"), in.resolve("locked.dcm"));
        Path secret = Files.createDirectories(in.resolve("secret"));
        Files.copy(real.resolve("MR_small_implicitLE.dcm"), secret.resolve("mr.dcm"));
        Files.setPosixFilePermissions(in.resolve("locked.dcm"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        work = Files.createDirectories(tmp.resolve("work"));   // where the unprivileged run may write
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @Test
    void eachUnreadablePathIsOneLineAndTheRunExits1() throws Exception {
        Path out = work.resolve("out");
        Path report = work.resolve("report.json");
        Run scrub = run("scrub", in.toString(), "-o", out.toString(), "--report", report.toString(), "--no-thumbnails",
                "--detect", "templates,overlays", "--threads", "2");
        assertEquals(1, scrub.code(), scrub.output());
        oneLineEach(scrub);
        assertTrue(scrub.output().contains("3 file(s): 0 scrubbed, 1 clean-untouched, 0 quarantined, 2 unreadable;"),
                scrub.output());
        assertEquals(List.of(out.resolve("ct.dcm")), files(out), "the readable file is written, nothing else");
        Map<String, String> listed = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(report.toFile()).get("files")) {
            if (f.get("status").asText().equals("unreadable")) {
                listed.put(in.relativize(Path.of(f.get("input").asText())).toString(), f.get("reason").asText());
            }
        }
        assertEquals(new TreeMap<>(UNREADABLE), listed, "the report lists each with its reason");

        Run scan = run("scan", in.toString(), "--report", work.resolve("scan.json").toString(), "--no-thumbnails",
                "--detect", "templates,overlays");
        assertEquals(1, scan.code(), scan.output());
        oneLineEach(scan);
        assertTrue(scan.output().contains("2 could not be analysed"), scan.output());

        Run verify = run("verify", in.toString(), "--detect", "overlays");
        assertEquals(1, verify.code(), verify.output());
        oneLineEach(verify);
        assertTrue(verify.output().contains("2 could not be checked"), verify.output());

        Run sniff = run("sniff", in.toString(), "--report", work.resolve("sniff.json").toString());
        assertEquals(1, sniff.code(), sniff.output());
        oneLineEach(sniff);
        assertTrue(sniff.output().contains("1 files read, 2 skipped"), sniff.output());
    }

    /** Exactly one "pixelscrub: PATH: reason" line for each unreadable path. */
    private void oneLineEach(Run r) {
        for (Map.Entry<String, String> e : UNREADABLE.entrySet()) {
            String line = "pixelscrub: " + in.resolve(e.getKey()) + ": " + e.getValue();
            assertEquals(1, r.output().lines().filter(line::equals).count(), line + " in: " + r.output());
        }
        assertFalse(r.output().contains("Exception"), r.output());
    }

    private record Run(int code, String output) { }

    /** The CLI on the packaged class path, as nobody when this JVM is root. */
    private Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        if ("root".equals(System.getProperty("user.name"))) {
            RequiredTools.onPath("running the CLI as an unprivileged user (root reads every file)", "util-linux", "setpriv");
            cmd.addAll(UNPRIVILEGED);
        }
        cmd.addAll(List.of(java, "-Djava.awt.headless=true", "-Dpixelscrub.root=" + RepositoryRoot.find(), "-cp",
                classPath(java), "io.pixelscrub.cli.Main"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(tmp, "child", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(work.toFile());
        pb.environment().put("HOME", work.toString());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private String classPath;

    /**
     * {@code cli/target/pixelscrub-cli.jar} and {@code cli/target/lib/*}; as root, copied where user 65534 can read them
     * when the checkout is not readable to it (under /root, say).
     */
    private String classPath(String java) throws Exception {
        if (classPath != null) {
            return classPath;
        }
        Path root = RepositoryRoot.find();
        Path jar = root.resolve("cli/target/pixelscrub-cli.jar");
        Path lib = root.resolve("cli/target/lib");
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib),
                "run after the package phase (mvn verify): " + jar + " and " + lib + " are needed");
        if ("root".equals(System.getProperty("user.name"))) {
            assertEquals(0, unprivileged(java, "-version"), "user 65534 must be able to run " + java);
            if (unprivileged("test", "-r", jar.toString()) != 0) {
                Path copy = Files.createDirectories(tmp.resolve("classpath/lib"));
                Files.copy(jar, copy.resolveSibling(jar.getFileName()));
                try (Stream<Path> s = Files.list(lib)) {
                    for (Path j : s.toList()) {
                        Files.copy(j, copy.resolve(j.getFileName()));
                    }
                }
                jar = copy.resolveSibling(jar.getFileName());
                lib = copy;
            }
        }
        classPath = jar + File.pathSeparator + lib.resolve("*");
        return classPath;
    }

    private static final List<String> UNPRIVILEGED = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");

    /** The exit status of {@code command} run as user 65534. */
    private static int unprivileged(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(UNPRIVILEGED);
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
    }
}
