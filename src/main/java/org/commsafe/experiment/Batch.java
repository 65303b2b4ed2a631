package org.commsafe.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.commsafe.scenario.Scenario;

/**
 * Replications of a scenario on a pool of threads. Each replication owns its model and random
 * stream, and results are returned in replication order, so outputs do not depend on the
 * number of threads.
 */
public final class Batch {
    private Batch() {
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static List<RunResult> run(Scenario s, int threads, IntConsumer onDone) throws InterruptedException, ExecutionException {
        return run(s, 0, s.replications(), threads, onDone);
    }

    /**
     * Replications {@code from} .. {@code to - 1} of a scenario (seeds by the usual rule, so
     * replication r is the same whichever batch runs it).
     */
    public static List<RunResult> run(Scenario s, int from, int to, int threads, IntConsumer onDone)
            throws InterruptedException, ExecutionException {
        return run(s, from, to, threads, onDone, false);
    }

    /** Receives replications in replication order. */
    public interface Sink {
        void accept(RunResult r) throws java.io.IOException;
    }

    /**
     * Runs a scenario's replications on a pool and hands each to {@code sink} in replication
     * order, on the calling thread, as soon as it and all before it are done. At most two per
     * thread are held at once, so memory does not grow with the number of replications.
     */
    public static void stream(Scenario s, int threads, IntConsumer onDone, Sink sink)
            throws java.io.IOException, InterruptedException, ExecutionException {
        int t = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "commsafe-replication");
            th.setDaemon(true);
            return th;
        });
        try {
            java.util.ArrayDeque<Future<RunResult>> inFlight = new java.util.ArrayDeque<>();
            int next = 0;
            int n = s.replications();
            while (next < n && inFlight.size() < 2 * t) {
                inFlight.add(submit(pool, s, next++, onDone));
            }
            while (!inFlight.isEmpty()) {
                RunResult r = inFlight.poll().get();
                sink.accept(r);
                if (next < n) {
                    inFlight.add(submit(pool, s, next++, onDone));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<RunResult> submit(ExecutorService pool, Scenario s, int rep, IntConsumer onDone) {
        return pool.submit(() -> {
            RunResult res = Replication.run(s.parameters(), rep, Seeds.replicationSeed(s.seed(), rep), s.burnInDays(), s.days(), false);
            if (onDone != null) {
                onDone.accept(rep);
            }
            return res;
        });
    }

    /** Every replication observed from day 0, burn-in included (the warm-up analysis). */
    public static List<RunResult> runFromDayZero(Scenario s, int threads, IntConsumer onDone)
            throws InterruptedException, ExecutionException {
        return run(s, 0, s.replications(), threads, onDone, true);
    }

    private static List<RunResult> run(Scenario s, int from, int to, int threads, IntConsumer onDone, boolean fromDayZero)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "commsafe-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = from; r < to; r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    RunResult res = Replication.run(s.parameters(), rep, Seeds.replicationSeed(s.seed(), rep),
                        s.burnInDays(), s.days(), fromDayZero);
                    if (onDone != null) {
                        onDone.accept(rep);
                    }
                    return res;
                }));
            }
            List<RunResult> out = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
