package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pixelscrub.cli.induce.DeviceCollection;
import io.pixelscrub.testdata.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash-safe resume with a real {@code kill -9}: {@code pixelscrub scrub} runs as a child process (the runtime class
 * path the launcher uses: {@code cli/target/pixelscrub-cli.jar} and {@code cli/target/lib/*}, so this is a failsafe
 * test that runs after {@code package}) over 24 generated images with burned-in names, IDs and dates; once a few outputs
 * are in OUT it is killed with SIGKILL (exit status 137). Then:
 * <ul>
 *   <li>every file OUT holds under a real name is complete: byte-identical to the same file of an uninterrupted run
 *       with the same key into another folder with its own store; anything else is a {@code .NAME.*.partial} temp file;
 *   <li>the same command with {@code --resume} keeps the finished files ("already done", not read again), removes the
 *       temp files and does the rest;
 *   <li>the final OUT is byte-identical, file by file, to the uninterrupted run: UIDs, pseudonyms and date offsets are
 *       the same; no temp file, no quarantine.
 * </ul>
 * The child runs on the runtime class path, as users do. (On the full test class path it used to die with SIGSEGV
 * when the text engine started: ONNX Runtime's start-up overflowed a 1 MB stack on a long command line; fixed in
 * {@code OnnxSessions}, tested by {@link LongCommandLineIT}.)
 */
class KillAndResumeIT {

    private static final String KEY = "kill-and-resume-key-0123456789";
    private static final int FILES = 24;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunResumesToTheSameBytesAsAnUninterruptedOne() throws Exception {
        Path root = RepositoryRoot.find();
        Path jar = root.resolve("cli/target/pixelscrub-cli.jar");
        Path lib = root.resolve("cli/target/lib");
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib),
                "run after the package phase (mvn verify): " + jar + " and " + lib + " are needed");

        Path in = Files.createDirectories(tmp.resolve("in"));
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < FILES; i++) {
            DeviceCollection.Device d = DeviceCollection.DEVICES.get(i % DeviceCollection.DEVICES.size());
            Path dir = Files.createDirectories(in.resolve("p" + (i / 6)));
            DeviceCollection.write(d, DeviceCollection.patient(r), i, 1000 + i, dir);
        }

        Path reference = tmp.resolve("reference");
        Child ref = start(jar, lib, List.of("scrub", in.toString(), "-o", reference.toString(), "--audit",
                tmp.resolve("reference-store.sqlite").toString()));
        assertEquals(0, ref.waitFor(600), ref.output());
        TreeMap<Path, byte[]> expected = files(reference);
        assertEquals(FILES, expected.size(), ref.output());

        Path out = tmp.resolve("out");
        Child killed = start(jar, lib, List.of("scrub", in.toString(), "-o", out.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        int seen = 0;
        while (System.nanoTime() < deadline) {
            seen = finished(out).size();
            if (seen >= 3 || !killed.process.isAlive()) {
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(killed.process.isAlive(), "the run ended before it could be killed: " + killed.output());
        long pid = killed.process.pid();
        killed.process.destroyForcibly();   // SIGKILL on Linux; checked below by the exit status
        assertTrue(killed.process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(128 + 9, killed.process.exitValue(), "killed by SIGKILL (pid " + pid + ")");
        assertTrue(runFolders().stream().anyMatch(p -> p.getFileName().toString().startsWith("run-" + pid + "-")),
                "the killed run left its private temporary folder: " + runFolders());

        List<Path> afterKill = finished(out);
        assertTrue(afterKill.size() >= 3 && afterKill.size() < FILES, "killed part-way: " + afterKill.size() + " outputs");
        for (Path p : afterKill) {
            assertArrayEquals(expected.get(out.relativize(p)), Files.readAllBytes(p),
                    p + ": a file under its real name is complete and the same as the uninterrupted run's");
        }
        int partialsLeft = partials(out).size();
        int journalled = finishedRows(tmp.resolve("out-audit.sqlite"));
        assertTrue(journalled <= afterKill.size(), "the store never records a file that is not in OUT");

        Child resumed = start(jar, lib, List.of("scrub", in.toString(), "-o", out.toString(), "--resume"));
        assertEquals(0, resumed.waitFor(600), resumed.output());
        String console = resumed.output();
        if (journalled > 0) {
            assertTrue(console.contains(journalled + " already done"), console);
            assertTrue(console.contains("resumed: " + journalled + " file(s) an earlier run finished were kept"), console);
        } else {
            assertFalse(console.contains("already done"), console);
        }
        int unjournalled = afterKill.size() - journalled;   // renamed into place, killed before the store recorded it
        if (unjournalled > 0) {
            assertTrue(console.contains(unjournalled + " output(s) of an earlier run were replaced"), console);
        }
        if (partialsLeft > 0) {
            assertTrue(console.contains(partialsLeft + " temporary file(s) of an interrupted run were removed"), console);
        }

        assertEquals(List.of(), partials(out), "no temporary file left in OUT");
        assertEquals(List.of(), runFolders(), "the killed run's private temporary folder was removed by the resumed run,"
                + " the resumed run's own at its exit");
        assertFalse(Files.exists(tmp.resolve("out-quarantine")) && Files.list(tmp.resolve("out-quarantine")).findAny().isPresent(),
                "nothing quarantined");
        TreeMap<Path, byte[]> actual = files(out);
        assertEquals(expected.keySet(), actual.keySet());
        for (Path p : expected.keySet()) {
            assertArrayEquals(expected.get(p), actual.get(p), p + ": resumed output byte-identical to the uninterrupted run");
        }
        System.out.printf("KillAndResumeIT: killed (exit 137) with %d of %d outputs in OUT, %d temp file(s), %d journalled;"
                + " resumed; %d files byte-identical%n", afterKill.size(), FILES, partialsLeft, journalled, actual.size());
    }

    /** A child JVM running the CLI on the runtime class path, its console going to a file. */
    private record Child(Process process, Path log) {
        int waitFor(int seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + output());
            }
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    private Child start(Path jar, Path lib, List<String> args) throws IOException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + javaTmp(),
                "-Dpixelscrub.root=" + RepositoryRoot.find(), "-cp", jar + java.io.File.pathSeparator + lib.resolve("*"),
                "io.pixelscrub.cli.Main"));
        cmd.addAll(args);
        cmd.addAll(List.of("--key", KEY, "--pseudonym-scheme", "hash", "--threads", "2"));
        Path log = Files.createTempFile(tmp, "child", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return new Child(pb.start(), log);
    }

    /** The children's temporary folder, so the test sees what a killed run left there. */
    private Path javaTmp() throws IOException {
        return Files.createDirectories(tmp.resolve("java-tmp"));
    }

    /** Run folders (PrivateTemp) in the children's temporary folder. */
    private List<Path> runFolders() throws IOException {
        try (Stream<Path> s = Files.walk(javaTmp(), 2)) {
            return s.filter(p -> p.getFileName().toString().startsWith("run-")).toList();
        }
    }

    /** The outputs OUT holds under their real names. */
    private static List<Path> finished(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p -> !isPartial(p)).toList();
        }
    }

    private static List<Path> partials(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(KillAndResumeIT::isPartial).toList();
        }
    }

    private static boolean isPartial(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(".partial");
    }

    private static TreeMap<Path, byte[]> files(Path dir) throws IOException {
        TreeMap<Path, byte[]> m = new TreeMap<>();
        for (Path p : finished(dir)) {
            m.put(dir.relativize(p), Files.readAllBytes(p));
        }
        return m;
    }

    private static int finishedRows(Path store) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM finished_files")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
