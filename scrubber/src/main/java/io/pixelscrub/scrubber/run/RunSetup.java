package io.pixelscrub.scrubber.run;

import io.pixelscrub.HeaderOptions;
import io.pixelscrub.scrubber.audit.AuditTrail;
import io.pixelscrub.scrubber.audit.AuditingFileProcessor;
import io.pixelscrub.scrubber.audit.FinishedFilesJournal;
import io.pixelscrub.scrubber.pipeline.OutputJournal;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.inspect.OriginalLookup;
import io.pixelscrub.scrubber.header.ProfileOption;
import io.pixelscrub.scrubber.header.ProfileOptions;
import io.pixelscrub.scrubber.pipeline.FileProcessor;
import io.pixelscrub.scrubber.pipeline.ProfileHeaderProcessor;
import io.pixelscrub.scrubber.store.JdbcMappingStore;
import io.pixelscrub.scrubber.store.MappingStore;
import io.pixelscrub.scrubber.store.PersistentMappings;
import io.pixelscrub.scrubber.store.PseudonymScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens what a run's header step needs when it keeps a mapping store: the options, the store (any JDBC URL; the CLI
 * puts SQLite beside the output folder, in memory for a dry run), the run's mappings and the audit trail. Closing it
 * closes the store.
 */
public final class RunSetup implements AutoCloseable {

    private final MappingStore store;
    private final ProfileHeaderProcessor header;
    private final AuditTrail trail;
    private final OutputJournal journal;
    private final String storeDescription;
    private PersistentMappings mappings;

    private RunSetup(MappingStore store, ProfileHeaderProcessor header, AuditTrail trail, OutputJournal journal,
                     String storeDescription) {
        this.store = store;
        this.header = header;
        this.trail = trail;
        this.journal = journal;
        this.storeDescription = storeDescription;
    }

    /**
     * @param settings what else decides the outputs (detection, templates...): resume keeps only outputs made alike
     * @throws IllegalArgumentException an unknown profile, option or pseudonym scheme (the user's words)
     */
    public static RunSetup open(HeaderOptions args, boolean dryRun, String settings) {
        args.validate();
        ProfileOptions options = ProfileOptions.parse(args.options());
        PseudonymScheme scheme = new PseudonymScheme(PseudonymScheme.parseKind(args.pseudonymScheme()), args.pseudonymPrefix());
        String url = args.auditStore();
        String secret = args.key() != null ? args.key() : System.getenv("PIXELSCRUB_KEY");
        MappingStore store = JdbcMappingStore.open(url, args.auditPassword());
        try {
            PersistentMappings mappings = PersistentMappings.open(store, secret, scheme, args.originalsKey());
            ProfileHeaderProcessor header = new ProfileHeaderProcessor(new HeaderDeidentifier(options).withOverrides(args.overrides()),
                    mappings.uidMapper(), mappings.patientMapper(), mappings.originals().orElse(null));
            String optionNames = options.ordered().stream().map(ProfileOption::cliName).collect(Collectors.joining(" "));
            long run = store.startRun("pixelscrub 0.1.0", "basic", optionNames, scheme.kind().name().toLowerCase() + ":" + scheme.prefix());
            OutputJournal journal = dryRun ? OutputJournal.NONE : new FinishedFilesJournal(store, run, mappings::lookup, settings);
            RunSetup setup = new RunSetup(store, header, new AuditTrail(store, run), journal, dryRun ? "none (dry run)" : describe(url));
            setup.mappings = mappings;
            return setup;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** For the console: the file, or the JDBC URL without its query (which may carry a user or password). */
    private static String describe(String url) {
        String u = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
        int q = u.indexOf('?');
        return q < 0 ? u : u.substring(0, q);
    }

    public ProfileHeaderProcessor header() {
        return header;
    }

    /** Keyed lookups of original identifiers in this run's store (for the review's header flags). */
    public OriginalLookup originalLookup() {
        PersistentMappings m = mappings;
        return new OriginalLookup() {
            @Override
            public boolean isOriginalUid(String value) { return m.isOriginalUid(value); }

            @Override
            public boolean isOriginalPatient(String value) { return m.isOriginalPatient(value); }
        };
    }

    /** The batch's per-file step: {@code inner} with every file recorded in the audit trail. */
    public FileProcessor audited(FileProcessor inner, Path outputRoot) {
        return new AuditingFileProcessor(inner, trail, outputRoot);
    }

    /** Which outputs this and earlier runs finished (scrub --resume); nothing for a dry run. */
    public OutputJournal journal() {
        return journal;
    }

    public String storeDescription() {
        return storeDescription;
    }

    public List<String> summaryLines() {
        MappingStore.Counts c = store.counts();
        return List.of("audit store: " + storeDescription + " (run " + trail.runId() + "; " + c.files() + " files, " + c.uids()
                + " UIDs, " + c.patients() + " patients recorded; keep it private, do not release it with the images)");
    }

    @Override
    public void close() {
        store.close();
    }
}
