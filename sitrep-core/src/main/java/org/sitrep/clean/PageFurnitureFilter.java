package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.refdata.TsvRows;

/**
 * Removes the lines of a page that are not the report's text: photo captions ("FILE PHOTO: ...", "... (AP
 * Photo/Name)", "... REUTERS/Name"), credit lines ("Reporting by ...; Editing by ...") and promotion ("Read more:
 * ..."). A caption of a file photo tells an older event in the words of news, so it would make a false event; a
 * current photo's caption repeats the text. The patterns are in {@code page-furniture.tsv}. Runs on lines before
 * broken lines are rejoined, as a caption seldom ends with a full stop and would be joined to the next sentence.
 * Immutable; safe to share.
 */
public final class PageFurnitureFilter {
    private final List<Pattern> patterns;

    private PageFurnitureFilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The bundled patterns. */
    public static PageFurnitureFilter bundled() {
        return new PageFurnitureFilter(TsvRows.map(TsvRows.resource(PageFurnitureFilter.class, "page-furniture.tsv"),
                r -> Pattern.compile(r.required("pattern"))));
    }

    /** The lines kept, in order, and how many were removed. */
    public RepeatedParagraphFilter.Result filter(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) if (!isFurniture(line.strip())) kept.add(line);
        return new RepeatedParagraphFilter.Result(kept, lines.size() - kept.size());
    }

    boolean isFurniture(String line) {
        for (Pattern p : patterns) if (p.matcher(line).find()) return true;
        return false;
    }
}
