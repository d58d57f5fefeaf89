package io.pixelscrub;

import io.pixelscrub.scrubber.header.HeaderOverrides;
import io.pixelscrub.scrubber.run.Pipeline;
import java.util.List;

/**
 * How a {@link Scrubber} de-identifies headers: the PS3.15 profile and its options, the pseudonym scheme, the
 * reviewer's overrides, and where the mapping store and audit trail live.
 *
 * @param profile         the confidentiality profile: only {@code basic}
 * @param options         PS3.15 profile options by name, hyphenated name or CID 7050 code
 * @param pseudonymScheme {@code counter} or {@code hash}
 * @param pseudonymPrefix prefix of replacement patient names and IDs
 * @param overrides       attributes removed after the profile (review marks, --remove-attribute)
 * @param auditStore      JDBC URL of the mapping store and audit trail; null for in-memory mappings and no audit
 * @param auditPassword   the store's password (PostgreSQL), or null
 * @param key             secret for UIDs and pseudonyms; null: PIXELSCRUB_KEY, else the store's own (or a random one)
 * @param originalsKey    passphrase sealing original values in the audit trail, or null to keep none
 */
public record HeaderOptions(String profile, List<String> options, String pseudonymScheme, String pseudonymPrefix,
                            HeaderOverrides overrides, String auditStore, String auditPassword, String key,
                            char[] originalsKey) {

    public HeaderOptions {
        options = List.copyOf(options);
        overrides = overrides == null ? new HeaderOverrides(List.of()) : overrides;
    }

    /**
     * Checks the names a user typed (profile, options, pseudonym scheme) before anything is opened or created.
     *
     * @throws IllegalArgumentException naming the first unknown one
     */
    public HeaderOptions validate() {
        if (!"basic".equalsIgnoreCase(profile)) {
            throw new IllegalArgumentException("unknown profile: " + profile + " (only basic)");
        }
        io.pixelscrub.scrubber.header.ProfileOptions.parse(options);
        io.pixelscrub.scrubber.store.PseudonymScheme.parseKind(pseudonymScheme);
        return this;
    }

    /** The basic profile without options, counter pseudonyms, in-memory mappings keyed by {@code key}. */
    public static HeaderOptions inMemory(String key) {
        return new HeaderOptions("basic", List.of(), "counter", Pipeline.PSEUDONYM_PREFIX, null, null, null, key, null);
    }

    public HeaderOptions withOptions(List<String> names) {
        return new HeaderOptions(profile, names, pseudonymScheme, pseudonymPrefix, overrides, auditStore, auditPassword, key,
                originalsKey);
    }

    public HeaderOptions withAuditStore(String jdbcUrl, String password) {
        return new HeaderOptions(profile, options, pseudonymScheme, pseudonymPrefix, overrides, jdbcUrl, password, key,
                originalsKey);
    }

    public HeaderOptions withPseudonyms(String scheme, String prefix) {
        return new HeaderOptions(profile, options, scheme, prefix, overrides, auditStore, auditPassword, key, originalsKey);
    }
}
