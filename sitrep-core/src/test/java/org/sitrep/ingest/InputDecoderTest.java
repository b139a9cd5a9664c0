package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.RejectedInputException;

class InputDecoderTest {
    private static String decode(byte[] bytes) throws RejectedInputException {
        return InputDecoder.decode("x.txt", bytes, false).text();
    }

    private static String rejection(byte[] bytes, boolean html) {
        return assertThrows(RejectedInputException.class, () -> InputDecoder.decode("x.txt", bytes, html))
                .getMessage();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    @Test
    void utf8IsDecodedAndItsByteOrderMarkDropped() throws Exception {
        byte[] body = "Café in Kraków".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xef;
        withMark[1] = (byte) 0xbb;
        withMark[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withMark, 3, body.length);
        assertEquals("Café in Kraków", decode(body));
        assertEquals("Café in Kraków", decode(withMark));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        assertEquals("Front line", decode("\uFEFFFront line".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Front line", decode("Front line".getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void windows1252IsTheFallbackForBytesThatAreNotUtf8() throws Exception {
        // 0xe9 is é and 0x93/0x94 are curly quotes in windows-1252; alone, none of them is valid UTF-8.
        assertEquals("caf\u00e9 \u201cquoted\u201d", decode(bytes('c', 'a', 'f', 0xe9, ' ', 0x93, 'q', 'u', 'o', 't',
                'e', 'd', 0x94)));
        assertEquals("not valid UTF-8, read as windows-1252", InputDecoder.decode("x.txt", bytes('c', 0xe9), false)
                .warning());
        assertEquals(null, InputDecoder.decode("x.txt", bytes('c', 'a'), false).warning());
    }

    @Test
    void htmlDeclaredCharsetIsTriedBeforeWindows1252() throws Exception {
        Charset cyrillic = Charset.forName("windows-1251");
        byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Киев</p></body></html>"
                .getBytes(cyrillic);
        assertEquals(true, InputDecoder.decode("p.html", page, true).text().contains("Киев"));
        assertEquals(null, InputDecoder.decode("p.html", page, true).warning(), "a declared charset is no surprise");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRejected() {
        // 0x81 and 0x8d are invalid as UTF-8 lead bytes and unassigned in windows-1252.
        assertEquals("x.txt: not valid UTF-8", rejection(bytes('a', 'b', 0x81, 'c', 0x8d), false));
    }

    @Test
    void emptyOrBlankContentIsRejected() {
        assertEquals("x.txt: empty file", rejection(new byte[0], false));
        assertEquals("x.txt: empty file", rejection(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), false));
        assertEquals("x.txt: empty file", rejection(bytes(0xef, 0xbb, 0xbf, '\n'), false));
    }

    @Test
    void nulBytesOrManyControlBytesAreBinary() {
        assertEquals("x.txt: binary content, not a report", rejection(bytes('a', 'b', 0, 'c'), false));
        byte[] controls = "some words here ".repeat(4).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < controls.length; i += 8) controls[i] = 0x02;
        assertEquals("x.txt: binary content, not a report", rejection(controls, false));
    }

    @Test
    void aStrayControlByteInTextIsNotBinary() throws Exception {
        // A form feed or an old end-of-file marker survives in exports from some word processors.
        String content = "A long enough line of ordinary report text. ".repeat(5) + "\u0001\u001a";
        assertEquals(content, decode(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textWithoutLettersIsRejected() {
        assertEquals("x.txt: no letters, not a report", rejection("12 -- 34 ... 56\n".getBytes(StandardCharsets.UTF_8),
                false));
    }
}
