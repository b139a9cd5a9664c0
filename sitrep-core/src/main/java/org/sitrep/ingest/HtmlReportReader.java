package org.sitrep.ingest;

import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads an HTML page ({@code .html}, {@code .htm}) as one report. Lenient: any markup parses (jsoup).
 *
 * <ul>
 *   <li>title: {@code og:title}, else {@code <title>} (without a trailing " | Outlet"), else the first {@code h1};
 *   <li>published: meta {@code article:published_time}, {@code og:published_time}, {@code date}, {@code pubdate},
 *       {@code dc.date}, {@code datePublished}, else the first {@code <time datetime>}; an ISO date or date-time;
 *   <li>outlet: {@code og:site_name}, else {@code application-name};
 *   <li>url: {@code og:url}, else {@code <link rel="canonical">};
 *   <li>text: the article body's paragraphs separated by a blank line (see {@link HtmlArticleExtractor}).
 * </ul>
 * A page with no article text is rejected as {@code page.html: no article text found}.
 */
public final class HtmlReportReader implements ReportReader {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void read(String source, String content, ReportSink sink) throws RejectedInputException {
        sink.accept(toReport(source, content));
    }

    RawReport toReport(String source, String html) throws RejectedInputException {
        HtmlArticleExtractor.HtmlArticle article = extractor.extract(html);
        if (article.text().codePoints().noneMatch(Character::isLetter)) {
            throw new RejectedInputException(source, "no article text found");
        }
        return new RawReport(source, article.url(), article.outlet(), article.title(), article.published(),
                article.text());
    }
}
