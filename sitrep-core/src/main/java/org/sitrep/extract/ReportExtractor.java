package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stage;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMatcher;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.CoveredWeek;
import org.sitrep.resolve.time.TimeResolver;
import org.sitrep.resolve.time.TimeValue;

/**
 * Reads an annotated report sentence by sentence and returns its event mentions, tallies and statements, with
 * actors, places and dates resolved. Sentences are read in order because reports refer back: "the same group",
 * "he said", "hours later", "the assault".
 *
 * <p>Departure from a strict extract-then-resolve order: place and time finding run here, because whether a trigger
 * names a specific event depends on whether it has a place or a date. The resolvers stay in their own packages
 * behind small classes; this stage only calls them. Immutable; thread-safe (per-report state is local to a call).
 */
public final class ReportExtractor implements Stage<AnnotatedReport, ExtractedReport> {
    private final Lexicon lexicon;
    private final ActorRegistry registry;
    private final ActorResolver actors;
    private final PlaceMatcher places;
    private final TimeResolver times = new TimeResolver();
    private final SpeakerFinder speakers;
    private final TriggerFinder triggers;
    private final MentionFinder mentions;
    private final ReportAttacker reportAttacker;
    private final FollowUpReader followUps;
    private final TallyFinder tallies;
    private final StatementFinder statements;
    private final ReportTopic topic;
    private final StatementText statementText;
    private final RegionFollowUp regionFollowUp;

    public ReportExtractor(Lexicon lexicon, ActorRegistry registry, PlaceMatcher places) {
        this.lexicon = lexicon;
        this.tallies = new TallyFinder(lexicon);
        this.registry = registry;
        this.actors = new ActorResolver(registry);
        this.places = places;
        this.speakers = new SpeakerFinder(lexicon);
        WeaponReader weapons = new WeaponReader(lexicon);
        this.triggers = new TriggerFinder(lexicon, weapons);
        this.mentions = new MentionFinder(lexicon, actors, triggers, weapons);
        this.reportAttacker = new ReportAttacker(actors, registry);
        this.followUps = new FollowUpReader(lexicon, actors, weapons);
        this.regionFollowUp = new RegionFollowUp(lexicon, places::within);
        this.statements = new StatementFinder(lexicon);
        this.topic = new ReportTopic(lexicon);
        this.statementText = new StatementText(lexicon);
    }

    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[\"\u201c\u201d]");

    private static boolean opensQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\u201c');
    }

    @Override
    public ExtractedReport apply(AnnotatedReport annotated) {
        Report report = annotated.report();
        ReportState state = new ReportState();
        List<Tally> tallyList = new ArrayList<>();
        List<Statement> statementList = new ArrayList<>();
        // Places are chosen with the whole report as context (its countries, regions and nearby places).
        java.util.Set<String> groups = groupCountries(annotated.sentences());
        List<List<PlaceMention>> placesBySentence = places.findInReport(annotated.sentences(), groups);
        state.country = dominantCountry(placesBySentence);
        // A report that names no place but armed groups of one country ("the RSF accused the army") is about it.
        if (state.country == null && groups.size() == 1) state.country = groups.iterator().next();
        state.voice = ReportVoice.of(report.title(), annotated.sentences(), registry);
        // A roundup's weekdays are of the week it covers, as its headline or lead states it.
        java.time.LocalDate weekEnd = CoveredWeek.end(report.title(), report.published());
        for (Sentence s : annotated.sentences()) {
            if (weekEnd != null || s.paragraph() > 2) break;
            weekEnd = CoveredWeek.end(s.text(), report.published());
        }
        int index = 0;
        java.util.Set<Integer> recaps = new java.util.HashSet<>();
        int recapParagraph = -1;
        for (Sentence s : annotated.sentences()) {
            // A recap runs from its label to the end of its paragraph ("SUMMARY: ... . US forces say ... the same day.").
            if (Recaps.opens(s.text(), lexicon)) recapParagraph = s.paragraph();
            if (s.paragraph() == recapParagraph) recaps.add(s.index());
            Parse parse = new Parse(s);
            List<PlaceMention> ps = placesBySentence.get(index++);
            List<TimeMention> ts = times.find(s, report.published(), state.anchor, weekEnd);
            SentenceContext c = new SentenceContext(parse, ps, ts, report.published(), state, actors, lexicon);
            c.speaker = speakers.find(c);
            // A quote that runs on: a sentence that opens inside quotation marks right after one that quoted a named
            // speaker is still theirs ("\"...,\" said Abu Obeida. \"The occupation will pay dearly.\"").
            if (c.speaker == null && opensQuote(s.text())) c.speaker = state.quoteSpeaker;
            // Inside a statement the report reproduces, a sentence with no speaker of its own is its author's.
            if (statementText.ends(c)) state.statementAuthor = null;
            if (c.speaker == null) c.speaker = state.statementAuthor;
            Speaker author = statementText.opens(c);
            if (author != null) state.statementAuthor = author;
            List<TriggerFinder.Candidate> candidates = new ArrayList<>(triggers.candidates(parse));
            boolean tallied = false;
            for (TallyFinder.Found t : tallies.find(c, candidates, report.id(), tallyList.size())) {
                tallyList.add(t.tally());
                candidates.removeIf(x -> x.token() == t.trigger());
                tallied = true;
            }
            // A count the sentence gives as a tally is no toll of the event before it.
            List<PlaceMention> eventPlaces = eventPlaces(parse, ps, c.speaker);
            int made = state.mentions.size();
            if (!candidates.isEmpty()) mentions.find(c, candidates, eventPlaces, report.id());
            else if (!tallied) followUps.outcomeOnly(c, report.id());
            if (state.mentions.size() == made) followUps.weaponNamed(c, report.id());
            if (state.mentions.size() == made) followUps.confirmation(c, report.id());
            // "The military said it had targeted a militant": an account that retells an attack but places none.
            // Not "said it was looking into the report": an account must tell the attack.
            List<EventMention> placeless = state.mentions.subList(made, state.mentions.size());
            if (!placeless.isEmpty() && placeless.stream().allMatch(m -> m.place() == null)) {
                followUps.sideAccount(c, made, report.id());
            }
            if (state.mentions.size() == made) regionFollowUp.placeNamed(c, eventPlaces, report.id());
            followUps.blame(c, report.id());
            followUps.victimsSide(c, report.id());
            followUps.rebut(c, report.id());
            followUps.claimResponsibility(c, report.id());
            statements.giveToSpokesperson(c, statementList);
            statementList.addAll(statements.find(c, report.id(), statementList.size()));
            if (c.speaker != null && (c.speaker.match() != null || c.speaker.time().isKnown())) state.lastSpeaker = c.speaker;
            state.quoteSpeaker = c.speaker != null && QUOTE_MARK.matcher(s.text()).find() ? c.speaker : null;
            // A group that speaks of attacks is what "the same group" in the next sentence refers to.
            if (c.speaker != null && c.speaker.match() != null && c.speaker.match().actor().isArmedGroup()) {
                state.lastActor = c.speaker.match().actor();
            }
            for (PlaceMention pm : eventPlaces) {
                if (pm.place().kind() == org.sitrep.resolve.place.Place.Kind.TOWN && !EventPlaceChooser.offsetFrom(parse, pm)) {
                    state.lastTown = pm;
                }
            }
            // The story's time carries on to the next sentences ("shortly before 11 p.m.", "hours later"); the day
            // the news was told ("residents said on Tuesday") and a quoted speaker's own "today" (said on a day the
            // report may not be of) do so only while the story has given none, or when the sentence's events took it
            // ("On Wednesday, CENTCOM said it had struck launchers": the strikes are Wednesday's).
            List<EventMention> toldHere = state.mentions.subList(Math.min(made, state.mentions.size()), state.mentions.size());
            for (TimeMention tm : ts) {
                boolean telling = (c.datesSaying(tm) || quoted(s, tm))
                        && toldHere.stream().noneMatch(m -> m.time().equals(tm.value()));
                if (tm.value().isKnown() && (!state.anchor.isKnown() || !telling)) state.anchor = tm.value();
            }
            if (!state.anchor.isKnown() && c.speaker != null && c.speaker.time().isKnown()) state.anchor = c.speaker.time();
            state.priorParses = state.priorParses.isEmpty() ? List.of(parse) : List.of(parse, state.priorParses.get(0));
        }
        // "hundreds gathered in Bokkos to protest ... The protest turned violent": the two words of one gathering are one
        // protest, which a later sentence made a riot.
        ProtestRules.oneGathering(state.mentions);
        // "Summary: three killed in this morning's strike on ...": a recap's events are those the report tells at length.
        List<EventMention> unrecapped = Recaps.fold(state.mentions, recaps);
        state.mentions.retainAll(unrecapped);
        // A report whose headline or body is about sport, markets, culture, a trial, the weather or a drill tells no event.
        if (topic.offTopic(report.title(), annotated.sentences())) state.mentions.clear();
        // A report that tells only of events long past retells them: a trial, an anniversary, a film, a history.
        if (ReportTopic.onlyHistory(state.mentions, report.published())) state.mentions.clear();
        // An earlier attack retold with only its month ("In July, its fighters attacked a church") is background.
        state.mentions.removeIf(m -> ReportTopic.isRetold(m, report.published()));
        List<EventMention> told = UnverifiedClaims.mark(reportAttacker.fill(state.mentions, annotated.sentences()),
                annotated.sentences(), actors);
        return new ExtractedReport(annotated, told, tallyList, statementList);
    }

    /** Whether the time stands inside quotation marks the sentence opens before it and has not closed. */
    private static boolean quoted(Sentence s, TimeMention tm) {
        int at = tm.phrase().start() - s.start(), open = 0, straight = 0;
        for (int k = 0; k < at && k < s.text().length(); k++) {
            char ch = s.text().charAt(k);
            if (ch == '\u201c') open++;
            else if (ch == '\u201d') open = Math.max(0, open - 1);
            else if (ch == '"') straight++;
        }
        return open > 0 || straight % 2 == 1;
    }

    /**
     * The countries of the armed groups the report names by a capitalised name ("the ADF", "M23 rebels"): where
     * they fight is a hint to which of two same-named places the report means ({@link PlaceMatcher#findInReport}).
     * A name that groups of several countries share gives none.
     */
    private java.util.Set<String> groupCountries(List<Sentence> sentences) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (var actors : RegistryNames.in(registry, s)) {
                java.util.Set<String> cs = new java.util.HashSet<>();
                for (var a : actors) if (a.isArmedGroup() && a.country() != null) cs.add(a.country());
                if (cs.size() == 1) out.addAll(cs);
            }
        }
        return out;
    }

    /** The country most place mentions of the report lie in, or null when it names none. */
    private static @org.jspecify.annotations.Nullable String dominantCountry(List<List<PlaceMention>> places) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (List<PlaceMention> sentence : places) {
            for (PlaceMention pm : sentence) if (pm.place().country() != null) counts.merge(pm.place().country(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /**
     * A town or district named in front of a place noun is still where things happen: "the Nuseirat refugee camp",
     * "Mogadishu's Hodan district", "the Haret Hreik neighbourhood". A country there ("Syria's Deir ez-Zor
     * province") only adds the country the more precise place already has.
     */
    private boolean namesArea(Parse p, int last, PlaceMention pm, List<PlaceMention> found) {
        int head = p.head(last);
        if (head < 0 || pm.place().kind() == org.sitrep.resolve.place.Place.Kind.COUNTRY || !lexicon.isPlaceHead(p.lemma(head))) {
            return false;
        }
        // "the Red Sea port city of Hodeidah": the place the noun is "of" is the more precise one; but in "the Karari
        // locality of Omdurman", "Lubero territory of North Kivu" the place it is "of" holds the named one.
        int of = p.child(head, "nmod:of");
        return of < 0 || holdsIt(p, of, pm, found);
    }

    /** Whether the place named at token {@code of} is another mention of the sentence that holds {@code pm}. */
    private boolean holdsIt(Parse p, int of, PlaceMention pm, List<PlaceMention> found) {
        for (PlaceMention o : found) {
            // The name itself, or a name that modifies it ("of Hodeidah governorate").
            int last = p.sentence().tokenAt(o.phrase().end() - 1);
            if (o != pm && last >= 0 && (last == of || p.head(last) == of) && !o.place().equals(pm.place())
                    && places.within(pm.place(), o.place())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place name standing for its government: the subject of an active verb ("Ankara uses the word", "Moscow
     * said"), or the one accused, urged or told ("accused Ankara of targeting"). "Kyiv came under attack" and
     * "Odesa was hit" stay places.
     */
    private boolean isMetonymy(Parse p, int last) {
        int head = p.head(last);
        if (head < 0 || !p.token(head).isVerb()) return false;
        String rel = p.relation(last), verb = p.lemma(head);
        if (rel.equals("nsubj")) return !verb.equals("come") && !verb.equals("be") && !verb.equals("remain");
        return (rel.equals("obj") || rel.equals("iobj")) && (lexicon.isReportingVerb(verb)
                || lexicon.statementCues().containsKey(verb) || lexicon.claimCue(verb) != null);
    }

    /**
     * Places that can be where an event happened: not a modifier ("US troops", "Iraq's prime minister") and not
     * inside an actor's name ("the Islamic Resistance in Iraq").
     */
    private List<PlaceMention> eventPlaces(Parse p, List<PlaceMention> found, @org.jspecify.annotations.Nullable Speaker speaker) {
        List<PlaceMention> out = new ArrayList<>();
        // "..., a resident who fled to Ouagadougou said": a place in a relative clause describing the speaker is
        // where the speaker went or lives, not where the event happened.
        int speakerNoun = speaker == null || speaker.verb() < 0 ? -1 : p.child(speaker.verb(), "nsubj");
        for (PlaceMention pm : found) {
            int first = p.sentence().tokenAt(pm.phrase().start());
            int last = p.sentence().tokenAt(pm.phrase().end() - 1);
            if (first < 0 || last < 0) continue;
            String rel = p.relation(last);
            // "the Idlib countryside" names an area by its province; "near Tyre hours later", where the parser makes
            // the town a modifier of "hours", is still the town.
            boolean ofTime = p.head(last) >= 0 && EventTimeChooser.SPANS.contains(p.lemma(p.head(last)));
            if ((rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("amod")) && !ofTime
                    && !namesArea(p, last, pm, found) && !longerPlaceName(p, last)) continue;
            // "the Tripoli-based government", "a Kyiv-backed force": the place describes who someone is.
            if (last + 2 < p.size() && p.token(last + 1).word().equals("-") && p.token(last + 2).tag().equals("VBN")) continue;
            if (insideActorName(p, first, last)) continue;
            if (isMetonymy(p, last)) continue;
            if (speakerNoun >= 0 && inClauseOf(p, last, speakerNoun)) continue;
            out.add(pm);
        }
        return out;
    }

    /**
     * "a bar in Bali Nyonga": the gazetteer holds the first word of a longer place name that the tagger reads as one
     * location; the name is a place, not a modifier of a noun, and its known part locates it.
     */
    private static boolean longerPlaceName(Parse p, int last) {
        int head = p.head(last);
        return head == last + 1 && p.relation(last).equals("compound") && "LOCATION".equals(p.token(last).ner())
                && "LOCATION".equals(p.token(head).ner()) && p.token(head).tag().startsWith("NNP");
    }

    /**
     * Whether the token hangs in a relative clause that describes the noun ("residents who fled to X"), not in its
     * name ("police in X").
     */
    private static boolean inClauseOf(Parse p, int token, int noun) {
        List<Integer> chain = p.headChain(token);
        int at = chain.indexOf(noun);
        return token > noun && at > 0 && p.relation(chain.get(at - 1)).equals("acl:relcl");
    }

    private boolean insideActorName(Parse p, int first, int last) {
        int reach = registry.longestKey();
        String own = spanKey(p, first, last);
        String division = last + 1 < p.size() && lexicon.isPlaceHead(p.lemma(last + 1)) ? spanKey(p, first, last + 1) : null;
        for (int lo = Math.max(0, first - reach); lo <= first; lo++) {
            for (int hi = last; hi < Math.min(p.size(), last + reach); hi++) {
                if (lo == first && hi == last) continue;
                // "Kirkuk governorate": a place and a word for its division still name the place, even when a
                // government goes by the same words.
                String key = spanKey(p, lo, hi);
                if (key.equals(division)) continue;
                // "in Kyiv." keys as "Kyiv" alone (an alias of its government): punctuation makes no longer name.
                if (!key.equals(own) && !registry.actorsByKey(key).isEmpty()) return true;
            }
        }
        return false;
    }

    private static String spanKey(Parse p, int lo, int hi) {
        return Names.key(p.sentence().text().substring(p.token(lo).start() - p.sentence().start(),
                p.token(hi).end() - p.sentence().start()));
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
