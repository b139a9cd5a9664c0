package org.sitrep.resolve.actor;

/**
 * Prints the load time and retained heap of {@link ActorRegistry#bundled()}. Run in a fresh JVM for clean
 * figures: {@code java -cp sitrep-core/target/classes:sitrep-core/target/test-classes:<jspecify jar>
 * org.sitrep.resolve.actor.ActorRegistryFootprint}.
 */
public final class ActorRegistryFootprint {
    private ActorRegistryFootprint() {
    }

    public static void main(String[] args) {
        long before = used();
        long t = System.nanoTime();
        ActorRegistry r = ActorRegistry.bundled();
        long ms = (System.nanoTime() - t) / 1_000_000;
        long mb = Math.max(0, used() - before) / (1024 * 1024);
        System.out.printf("ActorRegistry.bundled(): %d ms (first load in this JVM), %d MB retained heap, %d actors"
                + " (%d derived), %d people, longest key %d words%n", ms, mb, r.size(), r.derivedSize(),
                r.peopleSize(), r.longestKey());
        t = System.nanoTime();
        ActorRegistry.bundled();
        System.out.printf("second load: %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
