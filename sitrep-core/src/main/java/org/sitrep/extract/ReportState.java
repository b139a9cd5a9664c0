package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeValue;

/** The running state of one report while its sentences are read in order; local to one extraction call. */
final class ReportState {
    TimeValue anchor = TimeValue.UNKNOWN;
    @Nullable Speaker lastSpeaker;
    @Nullable Actor lastActor;
    /** The speaker of the sentence just read, known to the registry or not: "It blamed the RSF" after it. */
    @Nullable Speaker priorSentenceSpeaker;
    /** Who holds the floor in a transcript ("GEN. RYDER: ... we hold Iran responsible"); null outside one. */
    @Nullable Speaker transcriptSpeaker;
    /** The author of a statement the report reproduces, who speaks every sentence of it; null outside one. */
    @Nullable Speaker statementAuthor;
    /** The state body whose own statement the whole report is, for claims its unattributed sentences make; or null. */
    @Nullable Speaker voice;
    /** The speaker of the sentence just read when it quoted them, for a quote that runs on into the next. */
    @Nullable Speaker quoteSpeaker;
    /** The person a sentence named as the subject of a verb, for "he" or "she" in the next sentence. */
    @Nullable Speaker lastPersonNamed;
    /** The party that the main verb of the sentence just read had for its subject, for "it" or "they" after it. */
    @Nullable Speaker priorMainSubject;
    /** The armed group named last, what "the group" as a speaker refers to. */
    @Nullable Actor lastGroupNamed;
    /** The fullest words each unnamed speaker was given ("a local official"), by head noun, for "the official". */
    final java.util.Map<String, String> unnamedSpeakers = new java.util.HashMap<>();
    final List<EventMention> mentions = new ArrayList<>();
    /** The two sentences read before this one, latest first, for "the strike" that names again the attack they told. */
    List<Parse> priorParses = List.of();
    /** Ids of the mentions dated only by the day someone told of them ("said on Thursday that ..."). */
    final java.util.Set<String> datedBySaying = new java.util.HashSet<>();
    /** The town the report named last where an event could be, for a district or valley the gazetteer lacks. */
    @Nullable PlaceMention lastTown;
    /** The country most of the report's places lie in, for "the army" and "security forces"; null if none. */
    @Nullable String country;
    /** A party's bare word just read ("The military denied any involvement."), for the person the next sentence names for it. */
    @Nullable PartyWord partyWord;

    /** The statement at {@code index} of the report's list, said by {@code party} in sentence {@code sentence}. */
    record PartyWord(int index, int sentence, Actor party) {}
}
