package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores CAMEO codings per record against PETRARCH's gold:
 * <ul>
 *   <li>a gold coding has its root right when Sitrep coded the same sentence with the same root;
 *   <li>it is all right when one of Sitrep's codings of the sentence has the same root, source and target codes;
 *   <li>a "no event" record is wrongly coded when Sitrep coded anything in it.
 * </ul>
 * Codes are compared exactly: PETRARCH composes agents into codes ("ARNMIL" for Arnor's soldiers), so a coder
 * that finds the country alone gets "ARN" and misses.
 */
public final class CameoScorer {
    /**
     * The figures. {@code codable} counts gold codings whose root Sitrep can code at all, {@code codableRootRight}
     * those of them with the root right; {@code predicted} counts Sitrep's codings in sentences with gold codings,
     * {@code predictedRootInGold} those whose root the sentence's gold has.
     */
    public record Scores(int sentences, int goldCodings, int rootRight, int allRight, int codable, int codableRootRight,
                         int noEventRecords,
                         int noEventCoded, int predicted, int predictedRootInGold, List<String> rightLines) {
        public Scores {
            rightLines = List.copyOf(rightLines);
        }

        public double rootShare() { return share(rootRight, goldCodings); }

        public double allShare() { return share(allRight, goldCodings); }

        private static double share(int n, int of) { return of == 0 ? 0 : (double) n / of; }
    }

    /**
     * {@code predicted} maps a record id to Sitrep's codings of it (absent or empty: nothing coded);
     * {@code codableRoots} are the roots Sitrep can produce.
     */
    public Scores score(List<CameoSentence> gold, Map<String, List<CameoCoding>> predicted, Set<String> codableRoots) {
        int codings = 0, root = 0, all = 0, codable = 0, codableRight = 0, noEvent = 0, noEventCoded = 0, pred = 0, predRoot = 0;
        List<String> lines = new ArrayList<>();
        for (CameoSentence s : gold) {
            List<CameoCoding> ps = predicted.getOrDefault(s.id(), List.of());
            if (s.noEvents()) {
                noEvent++;
                if (!ps.isEmpty()) noEventCoded++;
                continue;
            }
            for (CameoCoding g : s.codings()) {
                codings++;
                boolean rootRight = ps.stream().anyMatch(p -> p.root().equals(g.root()));
                if (rootRight) root++;
                if (codableRoots.contains(g.root())) {
                    codable++;
                    if (rootRight) codableRight++;
                }
                if (ps.stream().anyMatch(p -> p.root().equals(g.root()) && Objects.equals(p.source(), g.source())
                        && Objects.equals(p.target(), g.target()))) {
                    all++;
                    lines.add(s.id() + " " + g.source() + " " + g.target() + " " + g.code());
                }
            }
            pred += ps.size();
            for (CameoCoding p : ps) if (s.codings().stream().anyMatch(g -> g.root().equals(p.root()))) predRoot++;
        }
        return new Scores(gold.size(), codings, root, all, codable, codableRight, noEvent, noEventCoded, pred, predRoot, lines);
    }
}
