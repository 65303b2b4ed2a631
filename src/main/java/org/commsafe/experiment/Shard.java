package org.commsafe.experiment;

/**
 * Shard I of N: the runs whose id is I modulo N. Round-robin over run ids (point-major), so
 * every shard gets every point's replications in turn and shard sizes differ by at most one.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard must be I/N with 0 <= I < N, got " + index + "/" + count);
        }
    }

    public boolean contains(int run) {
        return run % count == index;
    }

    /** Parses "I/N". */
    public static Shard parse(String s) {
        String[] p = s.trim().split("/");
        if (p.length != 2) {
            throw new IllegalArgumentException("expected I/N (e.g. 0/4), got '" + s + "'");
        }
        try {
            return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected I/N (e.g. 0/4), got '" + s + "'");
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
