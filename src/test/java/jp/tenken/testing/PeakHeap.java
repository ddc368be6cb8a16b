package jp.tenken.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The Java heap's peak use from one point on, as the hostile-file child processes report it. */
public final class PeakHeap {
    private final List<MemoryPoolMXBean> pools;

    private PeakHeap(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    /** Collects what can be collected, then counts the peak from here. */
    public static PeakHeap start() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new PeakHeap(heap);
    }

    /** The peak since {@link #start()}, in MB. */
    public long megabytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1024 / 1024;
    }
}
