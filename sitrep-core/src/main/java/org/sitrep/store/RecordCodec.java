package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;

/**
 * Turns the model's records (Event, Tally, Statement) into the JSON kept in the {@code record} columns and back,
 * with one mapper configured here. Jackson reads records through their canonical constructors, so a record's
 * invariants are checked again on the way out of the database. Enums are written by name. Unknown properties are
 * ignored so that a database written before a field was removed from a record can still be read; a field added
 * later reads as null.
 */
final class RecordCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .build();

    String write(Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialise " + record.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** As {@link #read(String, Class, String)}, for generic types (a list of records). */
    <T> T read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type, String id) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("stored history of " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    <T> T read(String json, Class<T> type, String id) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("stored " + type.getSimpleName().toLowerCase(Locale.ROOT) + " " + id
                    + " cannot be read: " + e.getMessage(), e);
        }
    }
}
