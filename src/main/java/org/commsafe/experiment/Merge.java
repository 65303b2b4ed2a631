package org.commsafe.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the shards of a sweep into one output, byte-identical to the same sweep run on one
 * machine. Refuses shards whose fingerprints differ (another experiment, other options or
 * build), runs whose parts are damaged, and any run that is missing or present in more than
 * one shard.
 */
public final class Merge {
    /** A refusal, with a message that names what is wrong. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private Merge() {
    }

    /** The files a merge writes (removed by --overwrite; nothing else is). */
    public static final List<String> OWN = List.of(SweepFiles.RUNS, SweepFiles.DAILY, SweepFiles.POINTS, SweepFiles.MANIFEST,
        "experiment.yaml", Fingerprint.FILE);

    public static List<Integer> merge(List<Path> shards, Path out, String commandLine) throws IOException, RefusedException {
        return merge(shards, out, commandLine, false);
    }

    /** As above; {@code overwrite} removes a previous merge's files from {@code out} once the shards are checked. */
    public static List<Integer> merge(List<Path> shards, Path out, String commandLine, boolean overwrite)
            throws IOException, RefusedException {
        if (shards.isEmpty()) {
            throw new RefusedException("no shard directories given");
        }
        String fingerprint = null;
        Fingerprint first = null;
        String points = null;
        int total = -1;
        Map<Integer, Path> owner = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Path s : shards) {
            if (!Files.isDirectory(s)) {
                throw new RefusedException(s + ": no such directory");
            }
            Path manifest = s.resolve(SweepFiles.MANIFEST);
            if (!Files.exists(manifest)) {
                throw new RefusedException(s + ": no manifest.json (not a sweep output, or the shard has not finished)");
            }
            Fingerprint f = Fingerprint.read(s);
            if (f == null) {
                throw new RefusedException(s + ": no " + Fingerprint.FILE + " (not a sweep output of this commsafe version)");
            }
            String fp = SweepFiles.manifestField(manifest, "fingerprint");
            if (first == null) {
                first = f;
                fingerprint = fp;
                for (String name : List.of(SweepFiles.POINTS, SweepFiles.RUNS)) {
                    if (!Files.isRegularFile(s.resolve(name))) {
                        throw new RefusedException(s + ": no " + name + " (not a complete sweep output)");
                    }
                }
                points = Files.readString(s.resolve(SweepFiles.POINTS), StandardCharsets.UTF_8);
                try {
                    total = Integer.parseInt(number(Files.readString(manifest, StandardCharsets.UTF_8), "total_runs"));
                } catch (NumberFormatException e) {
                    throw new RefusedException(manifest + ": total_runs is not a whole number");
                }
            } else {
                List<String> diff = f.differences(first, "in " + s, "in " + shards.get(0), List.of("shard"));
                if (!diff.isEmpty()) {
                    throw new RefusedException(s + " belongs to another experiment or other settings than " + shards.get(0) + ": "
                        + String.join("; ", diff));
                }
            }
            SweepFiles.Scan scan = SweepFiles.scan(s);
            java.util.SortedMap<Integer, String> damaged = scan.damaged();
            if (!damaged.isEmpty()) {
                List<String> what = new ArrayList<>();
                damaged.forEach((run, why) -> what.add("run " + run + ": " + why));
                throw new RefusedException(s + ": " + damaged.size() + " run(s) with damaged or incomplete parts ("
                    + String.join("; ", head(what)) + "); rerun that shard with --resume (it redoes them), then merge again");
            }
            for (int run : scan.complete()) {
                Path before = owner.putIfAbsent(run, s);
                if (before != null) {
                    duplicates.add("run " + run + " in " + before + " and " + s);
                }
            }
        }
        if (!duplicates.isEmpty()) {
            throw new RefusedException("runs present in more than one shard: " + String.join("; ", head(duplicates)));
        }
        List<String> missing = new ArrayList<>();
        for (int run = 0; run < total; run++) {
            if (!owner.containsKey(run)) {
                missing.add(Integer.toString(run));
            }
        }
        if (!missing.isEmpty()) {
            throw new RefusedException(missing.size() + " of " + total + " runs are missing (e.g. run "
                + String.join(", ", head(missing)) + "); resubmit their shard with --resume, then merge again");
        }
        String header;
        try (BufferedReader r = Files.newBufferedReader(shards.get(0).resolve(SweepFiles.RUNS), StandardCharsets.UTF_8)) {
            header = r.readLine();
        }
        if (header == null || !header.startsWith("run,point,point_name,")) {
            throw new RefusedException(shards.get(0).resolve(SweepFiles.RUNS) + ":1: not a runs.csv header");
        }
        header += "\n";
        if (overwrite) {
            try {
                OutputDirectory.refuseOther(out, "a sweep's or shard's parts or a run's output", SweepFiles.PARTS, "summary.csv");
            } catch (OutputDirectory.RefusedException e) {
                throw new RefusedException(e.getMessage());
            }
            OutputDirectory.removeOwn(out, OWN);
        }
        Files.createDirectories(out);
        List<Integer> runs = new ArrayList<>(owner.keySet());
        SweepFiles.assemble(header, runs, shards, out);
        AtomicFiles.writeString(out.resolve(SweepFiles.POINTS), points);
        if (Files.exists(shards.get(0).resolve("experiment.yaml"))) {
            AtomicFiles.writeBytes(out.resolve("experiment.yaml"), Files.readAllBytes(shards.get(0).resolve("experiment.yaml")));
        }
        Map<String, String> merged = new LinkedHashMap<>(first.fields());
        merged.remove("shard");
        new Fingerprint(merged).write(out);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "sweep");
        m.put("status", "finished");
        m.put("merged_from", shards.stream().map(Path::toString).toList());
        m.put("fingerprint", fingerprint);
        for (String key : List.of("experiment", "design")) {
            m.put(key, SweepFiles.manifestField(shards.get(0).resolve(SweepFiles.MANIFEST), key));
        }
        m.put("total_runs", total);
        m.put("commsafe_version", BuildInfo.version());
        m.put("git_commit", BuildInfo.gitCommit());
        m.put("command_line", commandLine);
        m.put("merged", Instant.now().toString());
        AtomicFiles.writeString(out.resolve(SweepFiles.MANIFEST), Json.write(m));
        return runs;
    }

    private static List<String> head(List<String> xs) {
        return xs.size() <= 10 ? xs : xs.subList(0, 10);
    }

    private static String number(String json, String key) throws RefusedException {
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("\"" + key + "\": (-?\\d+)").matcher(json);
        if (!mm.find()) {
            throw new RefusedException("a shard's manifest.json lacks " + key);
        }
        return mm.group(1);
    }
}
