package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A distinct gold event, tally or statement, with the gold files (report keys) that mention it. */
public record GoldItem(String id, JsonNode fields, List<String> documents) {
    public GoldItem {
        documents = List.copyOf(documents);
    }

    public @Nullable String text(String field) {
        JsonNode v = fields.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    public @Nullable Integer integer(String field) {
        JsonNode v = fields.path(field);
        return v.isNumber() ? v.asInt() : null;
    }

    public @Nullable Double number(String field) {
        JsonNode v = fields.path(field);
        return v.isNumber() ? v.asDouble() : null;
    }

    /** The field's value and its {@code <field>_aliases}. */
    public List<String> names(String field) {
        List<String> out = new java.util.ArrayList<>();
        String main = text(field);
        if (main != null) out.add(main);
        for (JsonNode a : fields.path(field + "_aliases")) out.add(a.asText());
        return out;
    }
}
