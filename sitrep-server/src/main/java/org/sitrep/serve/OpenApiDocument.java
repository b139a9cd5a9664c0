package org.sitrep.serve;

import java.io.IOException;
import java.io.InputStream;

/** The API's OpenAPI 3.0 document, written by hand and shipped as {@code org/sitrep/serve/openapi.json}. */
record OpenApiDocument(byte[] bytes) {
    static OpenApiDocument bundled() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/serve/openapi.json");
            return new OpenApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/sitrep/serve/openapi.json", e);
        }
    }
}
