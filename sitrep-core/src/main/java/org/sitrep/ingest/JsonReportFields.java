package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * One report as a JSON object: {@code url, outlet, title, published, text} or {@code html}. Fields that are not
 * strings are ignored; {@code published} is an ISO date or date-time (an unreadable date is left out). With
 * {@code html} and no {@code text}, the page's article body is the text and its metadata fills the fields the
 * object leaves out.
 */
final class JsonReportFields {
    private static final int MAX_REASON_LENGTH = 100;

    private final HtmlReportReader html = new HtmlReportReader();

    /** A mapper that also rejects trailing content ({@code {"a":1} x}); immutable once built. */
    static ObjectMapper newMapper() {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    RawReport toReport(String source, JsonNode node) throws RejectedInputException {
        if (!node.isObject()) throw new RejectedInputException(source, "not a JSON object");
        String text = string(node, "text");
        String page = string(node, "html");
        String url = string(node, "url");
        String outlet = string(node, "outlet");
        String title = string(node, "title");
        LocalDate published = PublishedDateParser.parse(string(node, "published"));
        if (text != null) return new RawReport(source, url, outlet, title, published, text);
        if (page == null) throw new RejectedInputException(source, "no text or html field");
        RawReport fromPage = html.toReport(source, page);
        return new RawReport(source, url, outlet, title != null ? title : fromPage.title(), published,
                fromPage.text()).withMetadata(fromPage.url(), fromPage.outlet(), fromPage.published());
    }

    /** Jackson's own message without its location suffix, cut to one short line. */
    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) return e.getClass().getSimpleName();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH) + "...";
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) return null;
        return value.asText();
    }
}
