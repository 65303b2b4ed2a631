package org.commsafe.scenario;

import java.nio.file.Path;

/** Bad input in a scenario or experiment file: names the file, the line and the key. */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String key;

    public ScenarioException(Path file, int line, String key, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String key() {
        return key;
    }

    /** "file:line: key 'k': message", the form compilers use, so editors can jump to it. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "command line" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (key != null) {
            sb.append("key '").append(key).append("': ");
        }
        sb.append(getMessage());
        return sb.toString();
    }
}
