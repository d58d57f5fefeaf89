package io.pixelscrub.scrubber.inspect;

import java.util.List;

/** Every attribute of one de-identified header, in file order, nested sequence items included. */
public record ReleasedHeader(List<ReleasedAttribute> attributes) {

    public ReleasedHeader {
        attributes = List.copyOf(attributes);
    }

    public List<ReleasedAttribute> flagged() {
        return attributes.stream().filter(ReleasedAttribute::flagged).toList();
    }
}
