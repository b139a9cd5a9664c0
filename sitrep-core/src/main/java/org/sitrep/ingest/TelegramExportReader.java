package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads a Telegram channel export: the {@code result.json} that Telegram Desktop writes for one chat,
 * {@code {name, type, id, messages: [{id, type, date, text, ...}]}}. Armed groups post their claims on channels,
 * so each message with text is one report.
 *
 * <ul>
 *   <li>text: {@code text}, a string or an array of strings and entity objects ({@code {"type": "bold",
 *       "text": "..."}}) whose texts are joined; a photo's caption is exported as its text;
 *   <li>url: {@code https://t.me/USERNAME/MSG} when the export names the channel's {@code username}, else
 *       {@code https://t.me/c/ID/MSG}, the link Telegram gives a post by the channel's numeric id;
 *   <li>published: the message's {@code date} (the exporting machine's local time, as written), else
 *       {@code date_unixtime} as a UTC date; outlet: the channel's {@code name}; no title;
 *   <li>source: {@code result.json#MSG}.
 * </ul>
 * Service messages (joins, pins) and messages without text are skipped and counted in one note. An export whose
 * messages all lack text is rejected: {@code result.json: no Telegram message has text (12 messages)}.
 */
final class TelegramExportReader {
    /** The shape of an export: an object with a {@code messages} array (a report object never has one). */
    static boolean isExport(JsonNode node) {
        return node.isObject() && node.path("messages").isArray();
    }

    void read(String source, JsonNode export, ReportSink sink) throws RejectedInputException {
        String outlet = string(export.get("name"));
        String username = string(export.get("username"));
        String channelId = export.path("id").isValueNode() ? export.path("id").asText() : null;
        int accepted = 0;
        int withoutText = 0;
        for (JsonNode message : export.path("messages")) {
            String text = text(message.get("text"));
            JsonNode id = message.get("id");
            if (text == null || !"message".equals(message.path("type").asText("message")) || id == null
                    || !id.isValueNode()) {
                withoutText++;
                continue;
            }
            String messageId = id.asText();
            String url = username != null ? "https://t.me/" + username + "/" + messageId
                    : channelId != null && !channelId.isBlank() ? "https://t.me/c/" + channelId + "/" + messageId
                    : null;
            sink.accept(new RawReport(source + "#" + messageId, url, outlet, null, date(message), text));
            accepted++;
        }
        if (accepted == 0) {
            throw new RejectedInputException(source, "no Telegram message has text (" + withoutText + " messages)");
        }
        if (withoutText > 0) sink.note(source, "skipped " + withoutText + " Telegram messages without text");
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null) return null;
        StringBuilder text = new StringBuilder();
        if (node.isTextual()) {
            text.append(node.asText());
        } else if (node.isArray()) {
            for (JsonNode part : node) {
                if (part.isTextual()) text.append(part.asText());
                else if (part.path("text").isTextual()) text.append(part.path("text").asText());
            }
        }
        String s = text.toString().strip();
        return s.codePoints().anyMatch(Character::isLetter) ? s : null;
    }

    private static @Nullable LocalDate date(JsonNode message) {
        LocalDate date = PublishedDateParser.parse(string(message.get("date")));
        if (date != null) return date;
        JsonNode unix = message.get("date_unixtime");
        if (unix != null && unix.asText().matches("\\d{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(unix.asText())), ZoneOffset.UTC);
        }
        return null;
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
