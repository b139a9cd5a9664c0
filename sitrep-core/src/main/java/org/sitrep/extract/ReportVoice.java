package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.time.TimeValue;

/**
 * A report that is itself a state body's statement ("PRESS RELEASE", "PRESS STATEMENT", "IDF statement: ...",
 * "Statement of the Army Spokesperson's Office"): its sentences that name no speaker are the author's own account, so
 * an army's release telling its own strike, or a police service's telling an attack on its station, vouches for the
 * event as an official source (RECORD.md's "confirmed"). The marker may stand in the headline or the opening lines;
 * the author is the first state body or intergovernmental body the opening lines name. Armed groups' communiqués are {@link StatementText}'s. Stateless.
 */
final class ReportVoice {
    /** A headline or an opening line that presents the report as a statement. */
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:(?:official\\s+)?(?:press|news|media)\\s+(?:release|statement)\\b|communiqu[eé]\\b"
                    + "|(?:official\\s+)?statement\\s+(?:of|by|from)\\s+the\\b|(?:\\S+\\s+){1,4}statement\\s*:)",
            Pattern.CASE_INSENSITIVE);
    /** How many opening sentences may carry the marker and the author's name. */
    private static final int OPENING = 3;

    private ReportVoice() {
    }

    /** The state or intergovernmental body whose statement the report is, as a speaker; null for other reports. */
    static @Nullable Speaker of(@Nullable String title, List<Sentence> sentences, ActorRegistry registry) {
        List<Sentence> opening = sentences.subList(0, Math.min(OPENING, sentences.size()));
        boolean marked = title != null && MARKER.matcher(title).find();
        for (Sentence s : opening) marked |= MARKER.matcher(s.text()).find();
        if (!marked) return null;
        for (Sentence s : opening) {
            for (List<Actor> found : RegistryNames.in(registry, s)) {
                for (Actor a : found) {
                    if (!a.isState() && a.type() != Actor.Type.IGO) continue;
                    Phrase phrase = new Phrase(a.name(), s.start(), s.start(), s.index());
                    return new Speaker(phrase, new ActorMatch(a, null, a.name()), -1, "say", TimeValue.UNKNOWN,
                            "statement", true);
                }
            }
        }
        return null;
    }
}
