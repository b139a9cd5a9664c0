package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.eval.CorefMetrics;
import org.sitrep.merge.EventCombiner;
import org.sitrep.merge.EventCompatibility;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.SyntheticMentions;
import org.sitrep.model.MentionLink;
import org.sitrep.resolve.actor.ActorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-merge}: merges batches of synthetic mentions ({@link SyntheticMentions}) with the
 * EventMerger, blocked (as Sitrep runs) and, up to {@code --linear-max}, comparing every pair (the merger before
 * blocking), in one process after a warm-up, best of {@code --rounds}; prints the time per size, the growth between sizes (1.0 is linear,
 * 2.0 quadratic), the ratio of the two, and B3 F1 of the merged events against the synthetic truth.
 */
@Command(name = "bench-merge", mixinStandardHelpOptions = true,
        description = "Measure merging of synthetic event mentions (10k, 30k, 100k by default).")
final class BenchMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--sizes", split = ",", defaultValue = "10000,30000,100000", paramLabel = "N,N,...",
            description = "Numbers of mentions (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;
    @Option(names = "--linear-max", defaultValue = "10000", paramLabel = "N",
            description = "Also time the unblocked merger up to this size (default: ${DEFAULT-VALUE}; it is quadratic).")
    int linearMax;
    @Option(names = "--rounds", defaultValue = "3", description = "Best of this many blocked runs per size (default: ${DEFAULT-VALUE}).")
    int rounds;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic mentions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (int n : sizes) {
            if (n < 1) {
                spec.commandLine().getErr().println("bench-merge: --sizes must be positive, got " + n);
                return 2;
            }
        }
        ActorRegistry registry = ActorRegistry.bundled();
        EventMerger blocked = new EventMerger(new EventCompatibility(registry), new EventCombiner(registry), true);
        EventMerger linear = new EventMerger(new EventCompatibility(registry), new EventCombiner(registry), false);
        for (int i = 0; i < 3; i++) { // warm-up: let the JIT compile both paths
            var warm = SyntheticMentions.generate(3000, seed + 100 + i).mentions();
            blocked.merge(warm, List.of());
            linear.merge(warm, List.of());
        }
        out.printf(Locale.ROOT, "%9s %8s %10s %12s %8s %12s %8s %7s%n", "mentions", "events", "blocked s", "us/mention",
                "growth", "unblocked s", "ratio", "B3 F1");
        double prevN = 0, prevT = 0;
        for (int n : sizes) {
            SyntheticMentions.Batch batch = SyntheticMentions.generate(n, seed);
            EventMerger.Result r = null;
            double tb = Double.MAX_VALUE;
            for (int round = 0; round < Math.max(1, rounds); round++) {
                long t0 = System.nanoTime();
                r = blocked.merge(batch.mentions(), List.of());
                tb = Math.min(tb, (System.nanoTime() - t0) / 1e9);
            }
            String growth = prevN == 0 ? "-" : String.format(Locale.ROOT, "%.2f", Math.log(tb / prevT) / Math.log(n / prevN));
            String tl = "-", ratio = "-";
            if (n <= linearMax) {
                long t1 = System.nanoTime();
                EventMerger.Result rl = linear.merge(batch.mentions(), List.of());
                double t = (System.nanoTime() - t1) / 1e9;
                if (!rl.equals(r)) {
                    spec.commandLine().getErr().println("bench-merge: blocked and unblocked mergers disagree at " + n);
                    return 1;
                }
                tl = String.format(Locale.ROOT, "%.2f", t);
                ratio = String.format(Locale.ROOT, "%.1fx", t / tb);
            }
            out.printf(Locale.ROOT, "%9d %8d %10.2f %12.1f %8s %12s %8s %7.3f%n", n, r.events().size(), tb, tb * 1e6 / n,
                    growth, tl, ratio, b3(batch, r.links()));
            prevN = n;
            prevT = tb;
        }
        out.flush();
        return 0;
    }

    /** B3 F1 over the mentions the merger kept (a mention without a mappable place is dropped by design). */
    private static double b3(SyntheticMentions.Batch batch, List<MentionLink> links) {
        Map<String, Set<String>> key = new HashMap<>(), response = new HashMap<>();
        for (MentionLink l : links) {
            response.computeIfAbsent(l.event(), x -> new HashSet<>()).add(l.mention());
            key.computeIfAbsent(batch.truth().get(l.mention()), x -> new HashSet<>()).add(l.mention());
        }
        return new CorefMetrics().b3(new ArrayList<>(key.values()), new ArrayList<>(response.values())).f1();
    }
}
