package io.pixelscrub.scrubber.header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pixelmed.dicom.AttributeTag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The private attributes that the Retain Safe Private Option keeps (PS3.15 E.3.10), loaded from data shipped in
 * models/. An entry names the private creator, the group and the element's low byte: the high byte is the block the
 * creator reserved, which differs between files, so it is not part of the key.
 */
public final class SafePrivateList {

    public static final String RESOURCE = "/io/pixelscrub/models/profile/safe_private_attributes.json";

    private static volatile SafePrivateList standard;

    private final Set<String> keys;

    private SafePrivateList(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public static SafePrivateList standard() {
        SafePrivateList s = standard;
        if (s == null) {
            synchronized (SafePrivateList.class) {
                if (standard == null) {
                    standard = load();
                }
                s = standard;
            }
        }
        return s;
    }

    private static SafePrivateList load() {
        try (InputStream in = SafePrivateList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("safe private list missing: " + RESOURCE);
            }
            Set<String> keys = new HashSet<>();
            for (JsonNode n : new ObjectMapper().readTree(in)) {
                int group = Integer.parseInt(n.path("group").asText(), 16);
                int low = Integer.parseInt(n.path("element").asText().substring(2), 16);
                keys.add(key(n.path("creator").asText(), group, low));
            }
            return new SafePrivateList(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return keys.size();
    }

    /** Whether a private data element (not a creator) of {@code creator} is known to be safe. */
    public boolean isSafe(String creator, AttributeTag tag) {
        return creator != null && keys.contains(key(creator.trim(), tag.getGroup(), tag.getElement() & 0xFF));
    }

    private static String key(String creator, int group, int low) {
        return creator + "|" + group + "|" + low;
    }
}
