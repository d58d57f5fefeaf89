package io.pixelscrub.models.template;

/** A rule file line that could not be understood; parsers fail rather than silently skip rules. */
public class TemplateParseException extends RuntimeException {

    public TemplateParseException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }

    public TemplateParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
