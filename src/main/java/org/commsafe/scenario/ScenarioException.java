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

    /** "file:line: key 'k': message", the form compilers use, so editors can jump to it; always one line. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "command line" : org.commsafe.model.Decimal.clip(file.toString(), 300));
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (key != null) {
            sb.append("key '").append(org.commsafe.model.Decimal.clip(key, 60)).append("': ");
        }
        // one line, whatever a file put in a key or value
        sb.append(getMessage().replace("\n", " ").replace("\r", " "));
        return sb.toString();
    }
}
