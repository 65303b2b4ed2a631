package org.commsafe.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML file as a node tree (composition only: no Java object is ever constructed from
 * the file, so a file cannot instantiate classes) and keeps each key's line for error messages.
 */
public final class YamlFile {
    /** A value of a mapping with the line its key is on. */
    public record Entry(String key, Node value, int line) {
    }

    private YamlFile() {
    }

    /**
     * A problem with a file as a whole (missing, not a regular file, too large, not UTF-8 text,
     * malformed YAML, not a mapping): its message never quotes the file's content.
     */
    public static final class FileProblem extends ScenarioException {
        private static final long serialVersionUID = 1L;

        FileProblem(Path file, int line, String message) {
            super(file, line, null, message);
        }
    }

    /**
     * Parses a file whose top level must be a mapping; returns its entries in file order. The file
     * must be a regular file (a FIFO or device is refused without being opened) of at most
     * {@link Limits#MAX_FILE_BYTES} bytes of UTF-8 text, nested at most {@link Limits#MAX_NESTING}
     * deep, with at most {@link Limits#MAX_ALIASES} aliases.
     */
    public static Map<String, Entry> load(Path file) throws ScenarioException {
        String text = read(file);
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setAllowRecursiveKeys(false);
        opts.setMaxAliasesForCollections(Limits.MAX_ALIASES);
        opts.setNestingDepthLimit(Limits.MAX_NESTING);
        opts.setCodePointLimit((int) Limits.MAX_FILE_BYTES + 1);
        Node root;
        try {
            root = new Yaml(opts).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new FileProblem(file, m == null ? 0 : m.getLine() + 1, "malformed YAML: "
                + (problem == null ? "syntax error" : clip(problem.trim(), 120)));
        } catch (YAMLException e) {
            throw new FileProblem(file, 0, "malformed YAML: " + yamlProblem(e));
        } catch (StackOverflowError e) {
            throw new FileProblem(file, 0, "malformed YAML: nested too deeply");
        }
        if (root == null) {
            throw new FileProblem(file, 1, "the file is empty");
        }
        if (!(root instanceof MappingNode)) {
            throw new FileProblem(file, line(root), "the top level must be a mapping of 'key: value' lines, got "
                + (root instanceof SequenceNode ? "a list" : "a single value"));
        }
        return mapping(file, root, null);
    }

    private static String yamlProblem(YAMLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Nesting Depth")) {
            return "nested more than " + Limits.MAX_NESTING + " levels deep";
        }
        if (m.contains("aliases")) {
            return "more than " + Limits.MAX_ALIASES + " aliases ('*name') to lists or mappings";
        }
        if (m.contains("code points")) {
            return "longer than " + Limits.MAX_FILE_BYTES + " characters";
        }
        return clip(m.lines().findFirst().orElse("syntax error"), 120);
    }

    /** The text of a file, after checking its type, size and encoding (see {@link #load}). */
    static String read(Path file) throws ScenarioException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileProblem(file, 0, "file not found");
        } catch (IOException | SecurityException e) {
            throw new FileProblem(file, 0, "cannot read it: " + why(e));
        }
        if (a.isDirectory()) {
            throw new FileProblem(file, 0, "is a directory, not a YAML file");
        }
        if (!a.isRegularFile()) {
            throw new FileProblem(file, 0, "is not a regular file (a device, FIFO or socket), not a YAML file");
        }
        if (a.size() > Limits.MAX_FILE_BYTES) {
            throw new FileProblem(file, 0, tooLarge(a.size()));
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new FileProblem(file, 0, "file not found");
        } catch (IOException | SecurityException e) {
            throw new FileProblem(file, 0, "cannot read it: " + why(e));
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new FileProblem(file, 0, tooLarge(bytes.length));
        }
        return decode(file, bytes);
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return clip(f.getReason(), 120);
        }
        return e.getClass().getSimpleName();
    }

    private static String tooLarge(long bytes) {
        return "is too large (" + (bytes > Limits.MAX_FILE_BYTES ? "over " : "") + Limits.MAX_FILE_BYTES
            + " bytes); scenario, experiment and targets files may have at most " + Limits.MAX_FILE_BYTES + " bytes";
    }

    /** Strict UTF-8 (a UTF-8 byte-order mark is skipped); binary and UTF-16 files refused by name. */
    static String decode(Path file, byte[] b) throws ScenarioException {
        int n = b.length;
        if (n >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            throw new FileProblem(file, 0, "is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        int from = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        for (int i = from; i < n; i++) {
            if (b[i] == 0) {
                throw new FileProblem(file, lineAt(b, i), "is not text: it contains NUL bytes (a binary file, or UTF-16"
                    + " text; save it as UTF-8)");
            }
        }
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, from, n - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(n);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new FileProblem(file, lineAt(b, at), String.format("is not UTF-8 text (byte 0x%02X); a binary file,"
                + " or text in another encoding: save it as UTF-8", b[Math.min(at, n - 1)] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] b, int at) {
        int line = 1;
        for (int i = 0; i < at && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A value quoted in a message: control characters escaped, at most 40 characters. */
    public static String clip(String raw) {
        return org.commsafe.model.Decimal.clip(raw);
    }

    public static String clip(String raw, int max) {
        return org.commsafe.model.Decimal.clip(raw, max);
    }

    /** Entries of a mapping node; rejects anything else and duplicate keys. */
    public static Map<String, Entry> mapping(Path file, Node node, String key) throws ScenarioException {
        if (!(node instanceof MappingNode mn)) {
            throw new ScenarioException(file, line(node), key,
                "expected a mapping of 'key: value' lines, got " + describe(node));
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ScenarioException(file, line(t.getKeyNode()), key, "keys must be plain words, not lists or mappings");
            }
            if (out.containsKey(k.getValue())) {
                throw new ScenarioException(file, line(k), k.getValue(), "duplicate key (first on line "
                    + out.get(k.getValue()).line() + ")");
            }
            out.put(k.getValue(), new Entry(k.getValue(), t.getValueNode(), line(k)));
        }
        return out;
    }

    /** The text of a scalar value; rejects lists, mappings and empty values. */
    public static String scalar(Path file, Entry e) throws ScenarioException {
        if (!(e.value() instanceof ScalarNode s)) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a single value, got " + describe(e.value()));
        }
        if (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null")) {
            throw new ScenarioException(file, e.line(), e.key(), "has no value");
        }
        return s.getValue();
    }

    /** Items of a list node. */
    public static java.util.List<Node> sequence(Path file, Node node, String key, int line) throws ScenarioException {
        if (!(node instanceof SequenceNode sn)) {
            throw new ScenarioException(file, line, key, "expected a list, got " + describe(node));
        }
        return sn.getValue();
    }

    /** Text of a scalar node (for list items). */
    public static String scalar(Path file, Node node, String key) throws ScenarioException {
        return scalar(file, new Entry(key, node, line(node)));
    }

    /** A real number (strict decimal: no "3000d", "0x1p10", "NaN" or "Infinity"). */
    public static double number(Path file, Entry e) throws ScenarioException {
        String raw = scalar(file, e);
        try {
            return org.commsafe.model.Decimal.parse(raw);
        } catch (NumberFormatException ex) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a number, got '" + clip(raw) + "' " + ex.getMessage());
        }
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?\\d+(?:_\\d+)*");

    /** A whole number in [min, max] ('_' separators allowed). */
    public static long integer(Path file, Entry e, long min, long max) throws ScenarioException {
        String raw = scalar(file, e);
        String t = raw.trim();
        if (!WHOLE.matcher(t).matches()) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a whole number, got '" + clip(raw) + "'");
        }
        long v;
        try {
            v = Long.parseLong(t.replace("_", ""));
        } catch (NumberFormatException ex) {
            v = t.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            throw new ScenarioException(file, e.line(), e.key(), "value " + clip(t) + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** A base seed: a whole number in [0, 2^49) ({@link Scenario#SEED_LIMIT}). */
    public static long seed(Path file, Entry e) throws ScenarioException {
        try {
            return integer(file, e, 0, Scenario.SEED_LIMIT - 1);
        } catch (ScenarioException ex) {
            throw new ScenarioException(file, e.line(), e.key(), ex.getMessage()
                + (ex.getMessage().startsWith("value") ? " (seeds stay below 2^49 so R, pandas and Excel read them exactly)" : ""));
        }
    }

    /** The summary outcome an entry's key names, with a "did you mean" when it names none. */
    public static org.commsafe.metrics.SummaryMetric outcome(Path file, Entry e) throws ScenarioException {
        org.commsafe.metrics.SummaryMetric m = org.commsafe.metrics.SummaryMetric.byColumn(e.key());
        if (m == null) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (org.commsafe.metrics.SummaryMetric x : org.commsafe.metrics.SummaryMetric.values()) {
                names.add(x.column());
            }
            String s = Suggest.nearest(e.key(), names);
            throw new ScenarioException(file, e.line(), e.key(), "unknown outcome"
                + (s != null ? " (did you mean '" + s + "'?)" : "; 'commsafe columns' lists them"));
        }
        return m;
    }

    /** The model parameter an entry's key names, with a "did you mean" when it names none. */
    public static org.commsafe.model.ParameterSpace.Spec parameter(Path file, Entry e) throws ScenarioException {
        org.commsafe.model.ParameterSpace.Spec spec = org.commsafe.model.ParameterSpace.spec(e.key());
        if (spec == null) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            org.commsafe.model.ParameterSpace.specs().forEach(x -> keys.add(x.key()));
            String s = Suggest.nearest(e.key(), keys);
            throw new ScenarioException(file, e.line(), e.key(), "unknown parameter"
                + (s != null ? " (did you mean '" + s + "'?)" : "; 'commsafe params' lists them all"));
        }
        return spec;
    }

    public static int line(Node n) {
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    static String describe(Node n) {
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        return n instanceof ScalarNode s ? "'" + clip(s.getValue()) + "'" : "nothing";
    }
}
