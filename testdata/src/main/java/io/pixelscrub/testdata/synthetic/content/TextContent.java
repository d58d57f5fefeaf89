package io.pixelscrub.testdata.synthetic.content;

import io.pixelscrub.testdata.synthetic.truth.TextKind;

/** What one text item says and what it is, before it is given a style and a place. */
public record TextContent(String text, TextKind kind, String category, String headerAttribute) {

    static TextContent phi(String text, String category, String headerAttribute) {
        return new TextContent(text, TextKind.PHI, category, headerAttribute);
    }

    static TextContent device(String text, String category) {
        return new TextContent(text, TextKind.DEVICE, category, null);
    }
}
