package io.pixelscrub.scrubber.header;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A valid set of profile options: the two longitudinal options exclude each other (PS3.15 E.3.6). */
public record ProfileOptions(Set<ProfileOption> chosen) {

    public ProfileOptions {
        chosen = chosen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(chosen));
        if (chosen.contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES)
                && chosen.contains(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES)) {
            throw new IllegalArgumentException("choose either full dates or modified dates, not both");
        }
    }

    public static ProfileOptions basic() {
        return new ProfileOptions(Set.of());
    }

    public static ProfileOptions of(ProfileOption... options) {
        return new ProfileOptions(Set.of(options));
    }

    public static ProfileOptions parse(Collection<String> names) {
        EnumSet<ProfileOption> s = EnumSet.noneOf(ProfileOption.class);
        names.forEach(n -> s.add(ProfileOption.parse(n)));
        return new ProfileOptions(s);
    }

    public boolean has(ProfileOption o) {
        return chosen.contains(o);
    }

    /** The chosen options in the standard's (code) order. */
    public Set<ProfileOption> ordered() {
        return chosen.isEmpty() ? EnumSet.noneOf(ProfileOption.class) : EnumSet.copyOf(chosen);
    }
}
