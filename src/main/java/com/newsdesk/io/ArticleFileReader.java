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
import java.util.Map;
import java.util.HashMap;
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

    /**
     * A saved web page: the body as Mozilla's Readability finds it (its Java port), the fields from the page's own
     * metadata first, as Readability reads them (JSON-LD, then Dublin Core, Open Graph and Twitter), the site's name
     * taken off the headline. Should the port fail on a page, the page is read by Newsdesk's simpler rules instead.
     */
    static ImportedArticle fromPage(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        JsonNode linkedData = linkedData(page);
        // Readability reads the page after the chrome Newsdesk knows is gone (newsletter boxes, related lists, share
        // buttons, author boxes …): it keeps what it finds inside the story, and those sit inside it on many sites.
        net.dankito.readability4j.Article readable = readable(withoutClutter(page.clone()).outerHtml());
        net.dankito.readability4j.Article asPublished = readable(html); // its byline: the chrome may hold it
        String site = first(meta(page, "og:site_name"), meta(page, "application-name"),
                text(linkedData == null ? null : linkedData.path("publisher"), "name"));
        String declared = first(text(linkedData, "headline"), text(linkedData, "name"), meta(page, "dc.title"),
                meta(page, "DC.title"), meta(page, "og:title"), meta(page, "twitter:title"));
        // A title the page declares is its headline, less the site's name; the window title is cleaned harder.
        String headline = !declared.isEmpty() ? withoutSiteName(declared, site, false)
                : first(text(page.selectFirst("h1")), withoutSiteName(page.title(), site, true));
        String dek = first(text(linkedData, "description"), meta(page, "og:description"), meta(page, "description"),
                meta(page, "twitter:description"),
                text(page.selectFirst(".dek, .standfirst, .subtitle, .summary, [itemprop=description]")));
        String byline = cleanByline(first(authorOf(linkedData), metaByline(page),
                asPublished == null ? "" : asPublished.getByline(), // the article's own, as Readability finds it
                text(page.selectFirst("[rel=author], [itemprop=author], .byline, .author"))));
        Instant published = instant(first(text(linkedData, "datePublished"), meta(page, "article:published_time"),
                attribute(page.selectFirst("time[datetime]"), "datetime")));
        List<String> tags = new ArrayList<>();
        page.select("meta[property=article:tag]").forEach(tag -> tags.add(tag.attr("content")));
        Document document = readable != null && readable.getContent() != null
                ? withoutChrome(HtmlDocumentParser.parse(readable.getContent()), headline, dek) : null;
        Document ours = byOurRules(page, dek, byline);
        if (document == null || document.wordCount() < Math.min(50, ours.wordCount() / 4)) {
            document = ours; // Readability kept next to nothing of a page that says more: read it by our rules
        }
        String language = first(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"),
                meta(page, "og:locale"), text(linkedData, "inLanguage"), meta(page, "language"),
                attribute(page.selectFirst("meta[http-equiv=content-language]"), "content"));
        return new ImportedArticle(headline, dek, byline, published, languageOf(language, document), tags, document);
    }

    /** The keys a page names its author by, in Readability's order; a value that is an address is no name. */
    private static final List<String> AUTHOR_KEYS = List.of("dc:creator", "dc.creator", "dcterm:creator",
            "dcterms.creator", "author", "parsely-author", "article:author", "og:article:author");

    private static String metaByline(org.jsoup.nodes.Document page) {
        Map<String, String> found = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String key = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).strip()
                    .toLowerCase(Locale.ROOT);
            boolean byName = meta.hasAttr("name");
            if (!byName && key.equals("author") || byName && key.endsWith("article:author")) {
                continue; // as Readability reads them: "author" is a name, "article:author" a property
            }
            String value = meta.attr("content").strip();
            if (AUTHOR_KEYS.contains(key) && !value.isEmpty() && !value.matches("(?i)https?://.*")) {
                found.putIfAbsent(key.equals("og:article:author") ? "article:author" : key, value);
            }
        }
        for (String key : AUTHOR_KEYS) {
            if (found.containsKey(key)) {
                return found.get(key);
            }
        }
        return "";
    }

    /** Readability's article, or null when the port could not read the page (it is older than our jsoup). */
    private static net.dankito.readability4j.Article readable(String html) {
        try {
            return new net.dankito.readability4j.Readability4J("http://localhost/", html).parse();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return null;
        }
    }

    /** Site chrome Readability may leave: advertisement markers, and the headline repeated as the first block. */
    private static Document withoutChrome(Document document, String headline, String dek) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            String text = block.text().strip();
            if (ADVERTISEMENT.matcher(text).matches()) {
                continue;
            }
            if (blocks.isEmpty() && (block.type().isHeading() && text.equalsIgnoreCase(headline.strip())
                    || !dek.isBlank() && text.equals(dek.strip().replaceAll("\\s+", " ")))) {
                continue; // the headline or the dek repeated above the story: fields of their own
            }
            blocks.add(block);
        }
        return new Document(blocks);
    }

    /** Chrome by its markup's own words (whole words of a class or id), before Readability reads the page. */
    private static final Pattern CHROME = Pattern.compile("(?i)(^|[\\s_-])(share|sharing|social|newsletter|subscribe"
            + "|signup|related\\w*|recommended|advert|advertisement|ads?|promo|outbrain|taboola|sponsored|popup|modal"
            + "|cookie|paywall|author-?box|author-bio|breadcrumbs?)([\\s_-]|$)");
    private static final Pattern ADVERTISEMENT = Pattern.compile("(?i)[-–—\\s]*(advertisement|advertising|anzeige"
            + "|publicité|publicidad|reklama)[-–—\\s]*");
    /** " - BBC News", " | Site": a headline's last part after one of these, when it names the site. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»/\\\\]\\s+");

    /** The headline without the site's name after it, as Readability cleans a page title. */
    static String withoutSiteName(String title, String site, boolean windowTitle) {
        java.util.regex.Matcher separator = TITLE_SEPARATOR.matcher(title);
        int last = -1;
        int lastEnd = -1;
        while (separator.find()) {
            last = separator.start();
            lastEnd = separator.end();
        }
        if (last < 0) {
            return title;
        }
        String head = title.substring(0, last).strip();
        String tail = title.substring(lastEnd).strip();
        boolean namesTheSite = !site.isBlank() && (tail.equalsIgnoreCase(site.strip())
                || normalizedSite(tail).equals(normalizedSite(site)));
        boolean looksLikeASite = tail.split("\\s+").length <= 3 && head.split("\\s+").length >= 4
                && (tail.contains(".") || Character.isUpperCase(tail.codePointAt(0)));
        return namesTheSite || windowTitle && looksLikeASite ? head : title;
    }

    private static String normalizedSite(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A byline without "by:" or the date and handle some sites run into it. */
    static String cleanByline(String byline) {
        String cleaned = byline.strip().replaceAll("\\s+", " ");
        cleaned = cleaned.replaceFirst("(?i)^by:\\s*", "");
        cleaned = cleaned.replaceFirst("(?i)^by\\s+(?=\\p{Ll})", ""); // "by steven" (lower case): the page's prose
        cleaned = cleaned.replaceFirst("\\s+(\\p{Lu}\\p{Ll}+ \\d{1,2}, \\d{4}|\\d{1,2} \\p{Ll}+ \\d{4}|před \\d+).*$", "");
        cleaned = cleaned.replaceFirst("\\s+@\\w+$", "");
        cleaned = cleaned.replaceFirst("(?i)\\s+\\d+ (minute|hour|day|week|month)s? ago$", "");
        if (cleaned.matches(".*\\d{1,2}[.:h]\\d{2}.*") && !cleaned.matches(".*\\p{L}{3,}\\s+\\p{L}{3,}.*")) {
            return ""; // a date or a time, not a name
        }
        return cleaned.length() > 200 ? "" : cleaned; // a paragraph is no byline
    }

    /** The page less the chrome Newsdesk recognises by its markup; the headline and byline stay for Readability. */
    private static org.jsoup.nodes.Document withoutClutter(org.jsoup.nodes.Document page) {
        page.select("nav, aside, footer, form, button, template, [aria-hidden=true], [hidden]").remove();
        for (Element time : page.select("time")) { // a dateline of its own (not a date in a sentence) is a field
            if (time.parent() != null && !time.parent().normalName().equals("p") && time.siblingElements().size() > 0) {
                time.remove();
            }
        }
        for (Element element : new ArrayList<>(page.body() == null ? List.of() : page.body().getAllElements())) {
            if (element.parent() != null && element != page.body()
                    && CHROME.matcher(element.className() + " " + element.id()).find()
                    && element.select("h1").isEmpty()) {
                element.remove();
            }
        }
        return page;
    }

    /** The page read by Newsdesk's own rules: the article's element, less navigation, ads and the like. */
    private static Document byOurRules(org.jsoup.nodes.Document page, String dek, String byline) {
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
        return HtmlDocumentParser.parse(body.html());
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
                // Some sites wrap the block in CDATA markers for old XHTML parsers: JSON begins inside them.
                String data = script.data().strip().replaceFirst("^(//\\s*)?<!\\[CDATA\\[", "")
                        .replaceFirst("(//\\s*)?]]>$", "");
                JsonNode node = JSON.readTree(data);
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
