package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class ParseTest {
    private static Token token(int i, String word, String tag, int start) {
        return new Token(i, word, word.toLowerCase(), tag, "O", start, start + word.length());
    }

    @Test
    void theChainOfHeadsStopsAtACycle() {
        // "the men who fled": enhanced dependencies may hang "men" under "fled" and "fled" under "men".
        List<Token> tokens = List.of(token(0, "the", "DT", 0), token(1, "men", "NNS", 4), token(2, "who", "WP", 8),
                token(3, "fled", "VBD", 12));
        List<Dependency> deps = List.of(new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj"),
                new Dependency(1, 3, "acl:relcl"), new Dependency(3, 2, "ref"));
        Parse p = new Parse(new Sentence(0, 0, 0, 16, "the men who fled", tokens, deps));
        List<Integer> chain = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> p.headChain(0));
        assertEquals(List.of(0, 1, 3), chain);
    }

    @Test
    void theChainOfHeadsEndsAtTheRoot() {
        List<Token> tokens = List.of(token(0, "rockets", "NNS", 0), token(1, "hit", "VBD", 8));
        Parse p = new Parse(new Sentence(0, 0, 0, 11, "rockets hit", tokens, List.of(new Dependency(1, 0, "nsubj"))));
        assertEquals(List.of(0, 1), p.headChain(0));
    }
}
