package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.RejectedInputException;

/**
 * Turns the bytes of one input into text, or rejects the input with one line naming it.
 *
 * <p>Checks, in order: empty; a UTF-16 byte-order mark (decoded as UTF-16); binary content (a NUL byte, or more
 * than 2% control bytes); strict UTF-8 (a UTF-8 byte-order mark is dropped). Bytes that are not UTF-8 are decoded
 * with the charset an HTML page declares, else as windows-1252 (old pages and Word exports), and rejected as
 * "not valid UTF-8" when that fails too. Finally, text without a single letter is rejected.
 */
final class InputDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** Only the start of a page is searched for its charset, as browsers do. */
    private static final int CHARSET_SNIFF_BYTES = 2048;
    private static final int CONTROL_SAMPLE_BYTES = 64 * 1024;

    private InputDecoder() {
    }

    /**
     * @param html whether the input is HTML, whose declared charset is tried before windows-1252
     */
    static Decoded decode(String source, byte[] bytes, boolean html) throws RejectedInputException {
        if (isBlank(bytes)) throw new RejectedInputException(source, "empty file");
        String text;
        String warning = null;
        if (hasUtf16Mark(bytes)) {
            text = decodeStrictly(bytes, 0, StandardCharsets.UTF_16);
            if (text == null) throw new RejectedInputException(source, "not valid UTF-16");
        } else {
            if (looksBinary(bytes)) throw new RejectedInputException(source, "binary content, not a report");
            int start = hasUtf8Mark(bytes) ? 3 : 0;
            text = decodeStrictly(bytes, start, StandardCharsets.UTF_8);
            if (text == null) {
                Decoded fallback = decodeFallback(bytes, html);
                if (fallback == null) throw new RejectedInputException(source, "not valid UTF-8");
                text = fallback.text();
                warning = fallback.warning();
            }
        }
        if (text.isBlank()) throw new RejectedInputException(source, "empty file");
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new RejectedInputException(source, "no letters, not a report");
        }
        return new Decoded(text, warning);
    }

    /** Decoded text, with a warning when it was not UTF-8 and had to be read in another charset. */
    record Decoded(String text, @Nullable String warning) {
    }

    private static @Nullable Decoded decodeFallback(byte[] bytes, boolean html) {
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                String text = decodeStrictly(bytes, 0, declared);
                // A page that declares its charset is read as declared: nothing to warn about.
                if (text != null) return new Decoded(text, null);
            }
        }
        String text = decodeStrictly(bytes, 0, WINDOWS_1252);
        return text == null ? null : new Decoded(text, "not valid UTF-8, read as windows-1252");
    }

    private static @Nullable Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static @Nullable String decodeStrictly(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        int start = hasUtf8Mark(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
        }
        return true;
    }

    /** NUL never occurs in text; other control bytes occur by the odd one in text, by the thousand in binaries. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, CONTROL_SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (i < sample && isControl(b)) control++;
        }
        return control > 1 && control * 50 > sample;
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b && b != 0x1b) || b == 0x7f;
    }

    private static boolean hasUtf8Mark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static boolean hasUtf16Mark(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe));
    }
}
