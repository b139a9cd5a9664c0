package org.sitrep.resolve.place;

/**
 * Prints the load time and retained heap of {@link Gazetteer#bundled()}. Run in a fresh JVM for clean figures:
 * {@code java -cp sitrep-core/target/classes:sitrep-core/target/test-classes:<jspecify jar>
 * org.sitrep.resolve.place.GazetteerFootprint}.
 */
public final class GazetteerFootprint {
    private GazetteerFootprint() {
    }

    public static void main(String[] args) {
        long[] m = measure();
        Gazetteer g = Gazetteer.bundled();
        System.out.printf("Gazetteer.bundled(): %d ms (first load in this JVM), %d MB retained heap, %d places%n",
                m[0], m[1], g.size());
        long t = System.nanoTime();
        Gazetteer.bundled();
        System.out.printf("second load: %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }

    /** {load milliseconds, retained megabytes} of one {@link Gazetteer#bundled()}. */
    static long[] measure() {
        long before = used();
        long t = System.nanoTime();
        Gazetteer g = Gazetteer.bundled();
        long ms = (System.nanoTime() - t) / 1_000_000;
        long after = used();
        if (g.size() == 0) throw new AssertionError();
        return new long[] {ms, Math.max(0, after - before) / (1024 * 1024)};
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.totalMemory() - r.freeMemory();
    }
}
