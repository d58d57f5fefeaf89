package io.pixelscrub.cli;

import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.template.TemplateDetector;
import io.pixelscrub.models.template.TemplateLibrary;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.InMemoryUidMapper;
import io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer;
import io.pixelscrub.scrubber.header.UidMapper;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.HeaderProcessor;
import io.pixelscrub.scrubber.pipeline.ProfileHeaderProcessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Wires the engines for one run: templates and detectors around the run's header step. */
final class Pipeline {
    static final String PSEUDONYM_PREFIX = "PSEUDO-";

    private final TemplateLibrary library;
    private final FileScrubber fileScrubber;

    private Pipeline(TemplateLibrary library, FileScrubber fileScrubber) {
        this.library = library;
        this.fileScrubber = fileScrubber;
    }

    static TemplateLibrary templates(List<Path> extra, boolean builtIn) {
        TemplateLibrary library = builtIn ? TemplateLibrary.builtIn() : new TemplateLibrary(List.of());
        return extra.isEmpty() ? library : library.plus(TemplateLibrary.load(extra.toArray(Path[]::new)));
    }

    /** The basic profile with in-memory mappings keyed by {@code key} (or a random key): no store, no audit. */
    static Pipeline create(List<Path> extraTemplates, boolean builtInTemplates, String key) {
        String secret = key != null ? key : System.getenv("PIXELSCRUB_KEY");
        UidMapper uids;
        KeyedPatientPseudonymizer pseudonyms;
        if (secret != null && !secret.isEmpty()) {
            byte[] k = secret.getBytes(StandardCharsets.UTF_8);
            uids = new InMemoryUidMapper(k);
            pseudonyms = new KeyedPatientPseudonymizer(PSEUDONYM_PREFIX, k);
        } else {
            uids = InMemoryUidMapper.withRandomKey();
            pseudonyms = KeyedPatientPseudonymizer.withRandomKey(PSEUDONYM_PREFIX);
        }
        return create(extraTemplates, builtInTemplates, new ProfileHeaderProcessor(new HeaderDeidentifier(), uids, pseudonyms, null));
    }

    /** A pipeline whose header step is {@code header} (the profile with the run's options, store and audit). */
    static Pipeline create(List<Path> extraTemplates, boolean builtInTemplates, HeaderProcessor header) {
        TemplateLibrary library = templates(extraTemplates, builtInTemplates);
        List<HeaderRegionDetector> detectors = List.of(new TemplateDetector(library)::detect);
        return new Pipeline(library, new FileScrubber(detectors, header));
    }

    TemplateLibrary library() { return library; }

    FileScrubber fileScrubber() { return fileScrubber; }
}
