package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelscrub.scrubber.store.AuditRecord;
import io.pixelscrub.scrubber.store.JdbcMappingStore;
import io.pixelscrub.scrubber.store.MappingStore;
import io.pixelscrub.scrubber.store.OriginalsCipher;
import io.pixelscrub.scrubber.store.PersistentMappings;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pixelscrub audit UID --audit DB}: what was done to an output image, as JSON. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show what was done to an output image (by its SOP Instance UID): profile and options, every attribute "
                + "changed with its action and rule, every pixel region redacted and what found it.")
public final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "UID", description = "SOP Instance UID of the output file.")
    String uid;

    @Option(names = "--audit", required = true, paramLabel = "DB", description = "The store given to scrub (file path or JDBC URL).")
    String audit;

    @Option(names = "--reveal-originals", description = "Honest broker: also decrypt the original values kept with --keep-originals "
            + "(passphrase from PIXELSCRUB_ORIGINALS_KEY). The output then contains PHI.")
    boolean reveal;

    @Override
    public Integer call() throws Exception {
        String k = System.getenv("PIXELSCRUB_ORIGINALS_KEY");
        if (reveal && (k == null || k.isBlank())) {
            throw new UserInputException("--reveal-originals needs PIXELSCRUB_ORIGINALS_KEY");
        }
        // Never creates a store: a mistyped path is an error, not a new empty store.
        String url = AuditStoreLocation.existing(audit);
        try (MappingStore store = JdbcMappingStore.open(url, System.getenv("PIXELSCRUB_AUDIT_PASSWORD"))) {
            List<AuditRecord> records = store.audit(uid.trim());
            if (records.isEmpty()) {
                throw new UserInputException("no audit record for that UID in " + audit);
            }
            OriginalsCipher cipher = reveal ? PersistentMappings.originalsCipher(store, k.trim().toCharArray()) : null;
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode out = mapper.createArrayNode();
            for (AuditRecord r : records) {
                ObjectNode n = mapper.valueToTree(r);
                n.remove("originalsSealed");
                n.put("originalsKept", r.originalsSealed() != null);
                if (cipher != null && r.originalsSealed() != null) {
                    n.set("originals", mapper.readTree(cipher.open(r.originalsSealed(), "file:" + r.outputSopInstanceUid())));
                }
                out.add(n);
            }
            System.out.println(mapper.writeValueAsString(out));
            return 0;
        }
    }
}
