package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The short load test of every {@code mvn verify}: 50 requests/s for 5 s (after 2 s of warm-up) over the 10,000
 * synthetic events, open loop; no error and the rate held. The full run (200 requests/s for 60 s) is the command
 * {@code sitrep bench-load} in EVALUATION.md. Latency is printed, never asserted.
 */
class BenchLoadIT {
    @Test
    void theServerHoldsFiftyRequestsASecondWithoutAnError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench-load", "--rate", "50",
                "--seconds", "5", "--warmup", "2");
        System.out.print(out);
        assertEquals(0, code, out + "\n" + err);
        Matcher row = Pattern.compile("\\n\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+)\\s").matcher(out.toString());
        assertTrue(row.find(), out.toString());
        assertEquals("250", row.group(1), "sent");
        assertEquals("250", row.group(2), "answered 200");
        assertEquals("0", row.group(3), "errors");
        assertTrue(out.toString().contains("rate limit off"), "the bench turns the per-client limit off");
    }

    @Test
    void badOptionsAreAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "bench-load",
                "--rate", "0"));
        assertTrue(err.toString().contains("--rate"), err.toString());
    }
}
