package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorResolver;

/**
 * "The army said it killed 12 fighters near Mahaday. The claim could not be independently verified.": a state's
 * forces telling of their own operation confirm it as an official source, unless the report says right after that
 * it could not check their account; then only the perpetrator says so, and the event is claimed (RECORD.md).
 * Stateless.
 */
final class UnverifiedClaims {
    /**
     * "The claim could not be independently verified", "a claim that cannot be confirmed": the account itself in
     * doubt. Not "the figure could not be verified", which doubts the toll of an event an official confirms.
     */
    private static final Pattern DOUBT = Pattern.compile(
            "\\bclaims?\\b[^.;]*?\\b(?:could|can)(?:\\s*not|n['\u2019]t)\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)",
            Pattern.CASE_INSENSITIVE);
    /** How many sentences after the event's own the doubt may come, within its paragraph. */
    private static final int REACH = 2;

    private UnverifiedClaims() {
    }

    static List<EventMention> mark(List<EventMention> mentions, List<Sentence> sentences, ActorResolver actors) {
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) out.add(doubted(m, sentences) ? asClaimed(m, actors) : m);
        return out;
    }

    private static boolean doubted(EventMention m, List<Sentence> sentences) {
        Sentence own = null;
        for (Sentence s : sentences) if (s.index() == m.sentence()) own = s;
        if (own == null || m.actor1() == null || !m.actor1().isState()) return false;
        for (Sentence s : sentences) {
            if (s.paragraph() == own.paragraph() && s.index() >= own.index() && s.index() <= own.index() + REACH
                    && DOUBT.matcher(s.text()).find()) return true;
        }
        return false;
    }

    /** The attacker's own confirmation made a claim, where no one else confirms the event. */
    private static EventMention asClaimed(EventMention m, ActorResolver actors) {
        String attacker = m.actor1().id();
        List<Claim> out = new ArrayList<>();
        boolean changed = false;
        for (Claim c : m.claims()) {
            if (c.kind() != ClaimKind.CONFIRM) {
                out.add(c);
                continue;
            }
            Actor by = c.byId() == null ? null : actors.actor(c.byId()).orElse(null);
            if (by == null || !actors.asCombatant(by).id().equals(attacker)) return m;
            out.add(new Claim(ClaimKind.CLAIM, c.by(), c.byId(), c.date(), c.channel(), c.evidence()));
            changed = true;
        }
        return changed ? m.withClaims(out) : m;
    }
}
