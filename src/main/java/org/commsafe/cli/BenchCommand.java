package org.commsafe.cli;

import ec.util.MersenneTwisterFast;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.commsafe.experiment.Batch;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the model's speed and memory on cities of several sizes (one simulated year each,
 * one thread), relates it to the cost of one random draw, and the throughput of a 2-thread
 * batch of replications. A benchmark, not a test: figures vary with the machine and its load.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark: time per simulated year, household-days/s, bytes per household, batch speed-up.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--households", split = ",", paramLabel = "N",
        description = "City sizes in households (default: 48000,240000,1000000)")
    List<Integer> sizes = new ArrayList<>(List.of(48_000, 240_000, 1_000_000));

    @Option(names = "--repeats", converter = Counts.Positive.class, description = "Timed runs per size; the best is reported (default: 3)")
    int repeats = 3;

    @Option(names = "--batch-reps", converter = Counts.NonNegative.class, description = "Replications in the 1- vs 2-thread batch comparison (default: 8; 0 skips it)")
    int batchReps = 8;

    @Override
    public Integer call() throws Exception {
        double drawNs = randomDrawNs();
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MiB%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
            Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "MersenneTwisterFast.nextDouble(): %.2f ns%n", drawNs);
        System.out.println("households  communities  seconds/year  household-days/s  ns/household-day  draws/household-day  peak_heap_MiB  bytes/household");
        // warm the JIT on a small city first
        runYear(cityOf(12_000), 1);
        double firstSec = 0;
        long firstHh = 0;
        for (int n : sizes) {
            Parameters p = cityOf(n);
            long hh = p.households();
            double best = Double.MAX_VALUE;
            long peak = 0;
            for (int r = 0; r < repeats; r++) {
                resetPeaks();
                double sec = runYear(p, 1 + r);
                best = Math.min(best, sec);
                peak = Math.max(peak, peakHeap());
            }
            double bytesPerHh = bytesPerHousehold(p);
            double hhDays = hh * 365.0;
            double nsPerHhDay = best * 1e9 / hhDays;
            System.out.printf(Locale.ROOT, "%10d  %11d  %12.3f  %16.3e  %15.2f  %19.2f  %13d  %15.1f%n",
                hh, p.communities(), best, hhDays / best, nsPerHhDay, nsPerHhDay / drawNs, peak >> 20, bytesPerHh);
            if (firstHh == 0) {
                firstSec = best;
                firstHh = hh;
            } else {
                System.out.printf(Locale.ROOT, "            scaling vs %d households: %.1fx the households cost %.1fx the time%n",
                    firstHh, (double) hh / firstHh, best / firstSec);
            }
        }
        if (batchReps > 0) {
            Scenario s = new Scenario(null, "bench", "", batchReps, 1, 365, 90, ParameterSpace.defaults());
            Batch.run(s.withReplications(2), 2, null); // warm-up
            long t0 = System.nanoTime();
            Batch.run(s, 1, null);
            double one = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            Batch.run(s, 2, null);
            double two = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "batch of %d baseline replications (455 days each): 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx%n",
                batchReps, one, two, one / two);
        }
        return Main.OK;
    }

    /** The baseline with as many 3,000-household communities as make about n households. */
    static Parameters cityOf(int n) {
        Parameters d = ParameterSpace.defaults();
        int communities = Math.max(1, (int) Math.round((double) n / d.householdsPerCommunity()));
        int w = (int) Math.ceil(Math.sqrt(communities));
        int h = (int) Math.ceil((double) communities / w);
        return ParameterSpace.with(ParameterSpace.with(d, "grid_width", w), "grid_height", h);
    }

    /** Seconds for one simulated year (365 days of hourly steps, no burn-in), build excluded. */
    static double runYear(Parameters p, long seed) {
        CommSafeModel m = new CommSafeModel(seed, p, 0, 365);
        m.start();
        long t0 = System.nanoTime();
        m.runAll();
        double s = (System.nanoTime() - t0) / 1e9;
        m.finish();
        return s;
    }

    static double bytesPerHousehold(Parameters p) {
        long before = usedAfterGc();
        CommSafeModel m = new CommSafeModel(1, p, 0, 365);
        m.start();
        long after = usedAfterGc();
        double per = (double) (after - before) / p.households();
        if (m.city == null) {
            throw new IllegalStateException(); // keeps m reachable until measured
        }
        return per;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                b.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** ns per nextDouble(), best of 5 timed loops of 50 M draws. */
    static double randomDrawNs() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        double best = Double.MAX_VALUE;
        double sink = 0;
        int n = 50_000_000;
        for (int k = 0; k < 6; k++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += r.nextDouble();
            }
            double ns = (System.nanoTime() - t0) / (double) n;
            if (k > 0) {
                best = Math.min(best, ns);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }
}
