package io.pixelscrub.testdata.synthetic;

import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one case of a generated corpus, without the others: a test that needs a single generated file. */
public final class OneSyntheticCase {

    private OneSyntheticCase() {
    }

    /** Case {@code index} of the corpus {@code spec} describes, written into {@code dir}; its truth. */
    public static CaseTruth write(CorpusSpec spec, int index, Path dir) throws IOException {
        Path work = Files.createTempDirectory(dir, ".work");
        return SyntheticCorpus.of(spec).writeCase(index, dir, work);
    }
}
