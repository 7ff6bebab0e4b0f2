package com.newsdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads one article from a saved web page, Markdown or plain text. From a page it takes the headline, dek, byline
 * and date from the markup and its og:/JSON-LD metadata, keeps the article body and drops navigation, ads, share
 * buttons, newsletter boxes, comment forms, related links, author boxes and scripts.
 */
public final class ArticleFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLUTTER = Pattern.compile(
            "(?i).*(share|social|newsletter|subscribe|signup|related|recommend|comment|advert|\\bads?\\b|ad-|promo|"
                    + "author-?box|author-bio|breadcrumb|cookie|paywall|outbrain|taboola|sponsor|popup|modal).*");

    private ArticleFileReader() {}

    /**
     * The article in a file, by its extension. A file that holds binary data, or no words once read, is refused: an
     * empty draft is nobody's article.
     */
    public static ImportedArticle read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean page = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
        if (!page && !markdown && !name.endsWith(".txt") && !name.endsWith(".text")) {
            throw new InvalidInputException(fileName, "not an article file Newsdesk reads: use .html, .md or .txt");
        }
        if (isBinary(content)) {
            throw new InvalidInputException(fileName, "it is not a text file (it holds binary data)");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        ImportedArticle article = page ? fromPage(text) : markdown ? fromMarkdown(text) : fromPlainText(text);
        if (article.body().wordCount() == 0) {
            throw new InvalidInputException(fileName, "no article text found in it");
        }
        return article;
    }

    /** A NUL byte in the first 8 KB, as git and diff tell text from binary. */
    static boolean isBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static ImportedArticle fromPage(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        JsonNode linkedData = linkedData(page);
        String headline = first(meta(page, "og:title"), text(linkedData, "headline"), text(page.selectFirst("h1")),
                page.title());
        String dek = first(meta(page, "og:description"), meta(page, "description"), text(linkedData, "description"),
                text(page.selectFirst(".dek, .standfirst, .subtitle, .summary, [itemprop=description]")));
        String byline = first(authorOf(linkedData), meta(page, "author"),
                text(page.selectFirst("[rel=author], [itemprop=author], .byline, .author")));
        Instant published = instant(first(text(linkedData, "datePublished"), meta(page, "article:published_time"),
                attribute(page.selectFirst("time[datetime]"), "datetime")));
        List<String> tags = new ArrayList<>();
        page.select("meta[property=article:tag]").forEach(tag -> tags.add(tag.attr("content")));

        Element body = page.selectFirst("[itemprop=articleBody], article .article-body, article .entry-content, "
                + ".article-body, .entry-content, .post-content, article, main, [role=main]");
        if (body == null) {
            body = page.body();
        }
        body = body.clone();
        body.select("script, style, noscript, nav, aside, footer, form, iframe, button, header, figure, svg, template,"
                + " [aria-hidden=true], [hidden]").remove();
        // The headline, dek, byline and date are fields of their own, not body text.
        body.select("h1, .byline, .author, .dateline, .dek, .standfirst, .subtitle, [itemprop=author], time").remove();
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element != body && element.parent() != null
                    && CLUTTER.matcher(element.className() + " " + element.id()).matches()) {
                element.remove();
            }
        }
        removeLeadingRepeat(body, dek);
        removeLeadingRepeat(body, byline);
        Document document = HtmlDocumentParser.parse(body.html());
        String language = first(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                meta(page, "og:locale"), text(linkedData, "inLanguage"));
        return new ImportedArticle(headline, dek, byline, published, languageOf(language, document), tags, document);
    }

    static ImportedArticle fromMarkdown(String markdown) {
        FrontMatter.Split split = FrontMatter.split(markdown);
        FrontMatter front = split.frontMatter();
        var parsed = Parser.builder().build().parse(split.body());
        Document document = HtmlDocumentParser.parse(HtmlRenderer.builder().escapeHtml(true).build().render(parsed));
        String headline = front.title();
        List<Block> blocks = new ArrayList<>(document.blocks());
        if (!blocks.isEmpty() && blocks.get(0).type().isHeading()
                && (headline.isEmpty() || blocks.get(0).text().strip().equals(headline))) {
            headline = blocks.remove(0).text(); // "# Title" becomes the headline
        }
        Document body = new Document(blocks);
        return new ImportedArticle(headline, front.dek(), front.byline(), front.date(), languageOf(front.language(), body),
                front.tags(), body, front.slug(), front.section());
    }

    static ImportedArticle fromPlainText(String text) {
        String[] paragraphs = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                blocks.add(Block.paragraph(paragraph.replace('\n', ' ')));
            }
        }
        String headline = blocks.isEmpty() ? "" : blocks.remove(0).text();
        Document body = new Document(blocks);
        return new ImportedArticle(headline, "", "", null, languageOf("", body), List.of(), body);
    }

    /** The page's language, else a guess from the text: Arabic script, else French words, else English. */
    static String languageOf(String declared, Document body) {
        String code = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (code.matches("[a-z]{2,3}(-.*)?")) {
            return code.substring(0, code.indexOf('-') < 0 ? code.length() : code.indexOf('-'));
        }
        String text = body.plainText();
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && arabic * 3 > letters) {
            return "ar";
        }
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        int french = 0;
        for (String word : new String[] {" le ", " la ", " les ", " des ", " est ", " une ", " et ", " du ", " que "}) {
            french += lower.split(word, -1).length - 1;
        }
        int english = 0;
        for (String word : new String[] {" the ", " and ", " of ", " is ", " to ", " in ", " that "}) {
            english += lower.split(word, -1).length - 1;
        }
        return french > english ? "fr" : "en";
    }

    private static void removeLeadingRepeat(Element body, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (Element element : body.select("p, div, span")) {
            if (element.text().strip().equals(text.strip())) {
                element.remove();
                return;
            }
        }
    }

    private static JsonNode linkedData(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                JsonNode article = findArticle(node);
                if (article != null) {
                    return article;
                }
            } catch (Exception e) {
                // a broken JSON-LD block is skipped: the markup still says enough
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").asText("");
        return type.endsWith("Article") || type.equals("BlogPosting") || node.has("headline") ? node : null;
    }

    private static String authorOf(JsonNode article) {
        if (article == null || !article.has("author")) {
            return "";
        }
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode one : author.isArray() ? author : JSON.createArrayNode().add(author)) {
            names.add(one.isTextual() ? one.asText() : one.path("name").asText(""));
        }
        return String.join(", ", names.stream().filter(name -> !name.isBlank()).toList());
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asText("");
    }

    private static String text(Element element) {
        return element == null ? "" : element.text();
    }

    private static String attribute(Element element, String name) {
        return element == null ? "" : element.attr(name);
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    private static Instant instant(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Timestamps.parse(text);
            } catch (IllegalArgumentException notATime) {
                return null; // a date we cannot read is left out rather than guessed
            }
        }
    }
}
