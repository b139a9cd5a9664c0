package org.sitrep.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;

/**
 * The JSON settings the exporters share. Compact output, no pretty printing, so that one object is one line.
 * U+2028 and U+2029 are escaped as well as JSON's own: they are legal in JSON strings, but some line readers
 * (Python's {@code splitlines}, JavaScript before ES2019) end a line there, and news text does carry them.
 */
final class JsonOutput {
    private JsonOutput() {
    }

    /** A new mapper; each exporter builds its own once. */
    static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder().build();
        mapper.getFactory().setCharacterEscapes(new LineSeparatorEscapes());
        return mapper;
    }

    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
            return null;
        }
    }
}
