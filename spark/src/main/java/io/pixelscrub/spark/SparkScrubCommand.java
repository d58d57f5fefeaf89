package io.pixelscrub.spark;

import io.pixelscrub.cli.ScrubOptions;
import io.pixelscrub.cli.UserInputException;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pixelscrub-spark --in DIR|GLOB --out OUT [scrub options]}: {@code pixelscrub scrub} on Spark. The same flags,
 * the same outputs under OUT, the same quarantine; the report is a Parquet table ({@code report} makes the JSON).
 */
@Command(name = "pixelscrub-spark", mixinStandardHelpOptions = true, version = "pixelscrub 0.1.0",
        description = "Redact burned-in PHI and de-identify headers on Apache Spark; the output mirrors the input tree.",
        subcommands = {ReportTableCommand.class})
public final class SparkScrubCommand implements Callable<Integer> {

    private static final String PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";

    @Option(names = "--in", paramLabel = "DIR|GLOB", description = "Input folder (searched recursively) or glob, on any "
            + "file system Spark reads (file:, hdfs:, s3a:).")
    String in;

    @Option(names = "--out", paramLabel = "OUT", description = "Output folder, a path every executor can write (a shared mount).")
    Path out;

    @Option(names = "--quarantine", paramLabel = "DIR", description = "Where failed files go (default: OUT-quarantine beside OUT).")
    Path quarantine;

    @Option(names = "--report-table", paramLabel = "PATH", description = "The Parquet report table (default: OUT-report.parquet beside OUT).")
    String reportTable;

    @Option(names = "--report-text", description = "Keep the OCR text of every finding in the report table (PHI).")
    boolean reportText;

    @Option(names = "--no-audit", description = "No store: UIDs and pseudonyms from the key in each executor's memory "
            + "(needs --key or PIXELSCRUB_KEY, and --pseudonym-scheme hash); no audit trail.")
    boolean noAudit;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default: local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks of the writing pass (default: 4 per core, at most one per file).")
    int partitions;

    @Option(names = "--record-bytes", paramLabel = "N", hidden = true,
            description = "Files up to this size travel as records; larger ones are read from their path by the task.")
    long recordBytes = SparkScrubJob.DEFAULT_RECORD_BYTES;

    @Option(names = "--force", description = "OUT already holds files: process every file again and replace its output.")
    boolean force;

    @Mixin
    ScrubOptions scrub = new ScrubOptions();

    /** The command line as given, shipped to executors (set by {@link SparkMain}). */
    List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
        if (in == null || out == null) {
            throw new UserInputException("--in DIR|GLOB and --out OUT are required");
        }
        scrub.validate();
        if (scrub.sampled()) {
            throw new UserInputException("--redact templates with text detection (a check sample) is not supported on Spark; "
                    + "use --detect templates,overlays");
        }
        Path outRoot = out.toAbsolutePath().normalize();
        InputLayout layout = InputLayout.of(in);
        if (layout.local() && InputFiles.outputInsideInput(List.of(Path.of(layout.base())), outRoot)) {
            throw new UserInputException("the output folder is inside the input folder; choose another");
        }
        if (!force && nonEmpty(outRoot)) {
            throw new UserInputException("the output folder holds files already: " + out + " (pass --force to replace them)");
        }
        Path q = quarantine != null ? quarantine.toAbsolutePath().normalize() : outRoot.resolveSibling(outRoot.getFileName() + "-quarantine");
        String table = reportTable != null ? reportTable : outRoot.resolveSibling(outRoot.getFileName() + "-report.parquet").toString();
        scrub.templateLibrary();   // a missing template file is one line before Spark starts
        SparkSession spark = session();
        boolean local = spark.sparkContext().isLocal();
        String audit = auditStore(outRoot, local);
        byte[] reportKey = new byte[32];
        new SecureRandom().nextBytes(reportKey);
        long t0 = System.nanoTime();
        JobSettings settings = new JobSettings(args, audit, outRoot.toString(), q.toString(), layout, reportKey, reportText,
                System.currentTimeMillis());
        try {
            SparkScrubJob.run(spark, settings, in, scrub.scrubberOptions(scrub.templateLibrary(), null, outRoot, false)
                    .seriesPropagation(), partitions, recordBytes, table);
        } finally {
            if (local) {
                ExecutorScrubbers.close(settings);   // this JVM was the executor: release the store now
            }
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        return summary(spark, table, q, elapsed);
    }

    /** The store every executor opens: --audit, else OUT-audit.sqlite for a local master, or none with --no-audit. */
    private String auditStore(Path outRoot, boolean local) throws IOException {
        if (noAudit) {
            String key = scrub.key() != null ? scrub.key() : System.getenv("PIXELSCRUB_KEY");
            if (key == null || key.isEmpty() || !"hash".equalsIgnoreCase(scrub.pseudonymScheme())) {
                throw new UserInputException("--no-audit needs a key (--key or PIXELSCRUB_KEY) and --pseudonym-scheme hash, "
                        + "so that every executor derives the same UIDs and pseudonyms");
            }
            return null;
        }
        String url = scrub.auditStoreUrl(outRoot, false);
        if (url.startsWith("jdbc:sqlite:") && !local) {
            throw new UserInputException("an SQLite audit store cannot be shared by executors on several machines; use "
                    + "--audit jdbc:postgresql://... or --no-audit with a key");
        }
        StoreInit.prepare(scrub.headerOptions().withAuditStore(url, scrub.headerOptions().auditPassword()));
        return url;
    }

    private SparkSession session() {
        SparkSession.Builder b = SparkSession.builder().appName("pixelscrub");
        if (master != null) {
            b.master(master);
        } else if (!System.getProperties().containsKey("spark.master")) {
            b.master("local[*]");
        }
        SparkSession spark = b.config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        // A file costs seconds, not bytes: unless told otherwise, read about two small files per task (Spark counts
        // 4 MiB a file) instead of Spark's 128 MiB, so that the first pass spreads over the cores.
        if (!spark.conf().contains(PARTITION_BYTES)) {
            spark.conf().set(PARTITION_BYTES, "8m");
        }
        return spark;
    }

    private int summary(SparkSession spark, String table, Path q, long elapsedMs) {
        List<Row> counts = spark.read().parquet(table).groupBy("status").agg(
                org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("frames")).collectAsList();
        long files = 0;
        long frames = 0;
        long quarantined = 0;
        List<String> parts = new ArrayList<>();
        for (Row r : counts) {
            files += r.getLong(1);
            frames += r.isNullAt(2) ? 0 : r.getLong(2);
            parts.add(r.getLong(1) + " " + r.getString(0));
            if ("quarantined".equals(r.getString(0))) {
                quarantined = r.getLong(1);
            }
        }
        System.out.printf("%d files (%s), %d frames in %.1f s (%.2f frames/s)%n", files, String.join(", ", parts), frames,
                elapsedMs / 1000.0, elapsedMs > 0 ? frames * 1000.0 / elapsedMs : 0);
        System.out.println("report table: " + table);
        if (quarantined > 0) {
            System.out.println("quarantined: " + quarantined + " in " + q);
        }
        return quarantined > 0 ? 1 : 0;
    }

    private static boolean nonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    static List<String> argsOf(String[] a) {
        return List.copyOf(Arrays.asList(a));
    }
}
