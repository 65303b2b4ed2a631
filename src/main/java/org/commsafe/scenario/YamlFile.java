package org.commsafe.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
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

    /** Parses a file whose top level must be a mapping; returns its entries in file order. */
    public static Map<String, Entry> load(Path file) throws ScenarioException {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(file, 0, null, "is a directory, not a YAML file");
        }
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setMaxAliasesForCollections(10);
        opts.setCodePointLimit(1 << 20);
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(opts).compose(r);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, 0, null, "file not found");
        } catch (MalformedInputException e) {
            throw new ScenarioException(file, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, null, "cannot read: " + e.getMessage());
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ScenarioException(file, m == null ? 0 : m.getLine() + 1, null, "malformed YAML: " + problem.trim());
        } catch (YAMLException e) {
            throw new ScenarioException(file, 0, null, "malformed YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ScenarioException(file, 1, null, "the file is empty");
        }
        return mapping(file, root, null);
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
                throw new ScenarioException(file, line(t.getKeyNode()), key, "keys must be plain words");
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

    /** A real number. */
    public static double number(Path file, Entry e) throws ScenarioException {
        String raw = scalar(file, e);
        try {
            return Double.parseDouble(raw.trim());
        } catch (NumberFormatException ex) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a number, got '" + raw + "'");
        }
    }

    /** A whole number in [min, max] ('_' separators allowed). */
    public static long integer(Path file, Entry e, long min, long max) throws ScenarioException {
        String raw = scalar(file, e);
        long v;
        try {
            v = Long.parseLong(raw.trim().replace("_", ""));
        } catch (NumberFormatException ex) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a whole number, got '" + raw + "'");
        }
        if (v < min || v > max) {
            throw new ScenarioException(file, e.line(), e.key(), "value " + v + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** A base seed: a whole number in [0, 2^49) ({@link Scenario#SEED_LIMIT}). */
    public static long seed(Path file, Entry e) throws ScenarioException {
        long v;
        String raw = scalar(file, e);
        try {
            v = Long.parseLong(raw.trim().replace("_", ""));
        } catch (NumberFormatException ex) {
            throw new ScenarioException(file, e.line(), e.key(), "expected a whole number, got '" + raw + "'");
        }
        String problem = Scenario.seedProblem(v);
        if (problem != null) {
            throw new ScenarioException(file, e.line(), e.key(), problem);
        }
        return v;
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
        return n instanceof ScalarNode s ? "'" + s.getValue() + "'" : "nothing";
    }
}
