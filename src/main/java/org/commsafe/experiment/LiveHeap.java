package org.commsafe.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The largest live heap seen: heap in use just after a garbage collection (garbage not yet
 * collected is not counted). Sampled once a second during sweeps; a sweep's memory should not
 * grow with its number of runs.
 */
public final class LiveHeap {
    private static long peak;

    private LiveHeap() {
    }

    public static synchronized void sample() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = b.getType() == MemoryType.HEAP ? b.getCollectionUsage() : null;
            if (u != null) {
                sum += u.getUsed();
            }
        }
        peak = Math.max(peak, sum);
    }

    public static synchronized long peak() {
        return peak;
    }
}
