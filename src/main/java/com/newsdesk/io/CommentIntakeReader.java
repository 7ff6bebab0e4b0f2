package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.domain.Limits;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Slugs;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads reader comments from other tools: a WordPress export (WXR 1.2) or JSON (a Newsdesk export's {@code comments},
 * or a plain array of comment objects). Streams: one WordPress post, or one JSON comment, at a time.
 */
public final class CommentIntakeReader {
    /** A comment as the source holds it; ids are the source's, used only to thread replies. */
    public record IncomingComment(Long sourceId, Long sourceParentId, String articleSlug, Long articleId,
            String authorName, String authorEmail, String authorIp, String body, Instant submittedAt,
            CommentStatus sourceDecision, String where, boolean bodyIsHtml) {}

    /** A WordPress post with the comments on it; {@code slug} is how the newsroom finds or creates it. */
    /**
     * A post with its comments; {@code sourceStatus} is what it is on the site: WordPress's post status, with
     * "+password" when it is password-protected (then its text is not read).
     */
    public record IncomingPost(String slug, ImportedArticle article, List<IncomingComment> comments, int pingbacks,
            String where, String sourceStatus, int notes, String postType) {}

    public interface Handler {
        /** A WordPress post with its reader comments (pingbacks and trackbacks already left out and counted). */
        void post(IncomingPost post);

        /** A comment from JSON, naming its article by slug or id. */
        void comment(IncomingComment comment);

        /** A comment that cannot be read (no date, say): left out, with where it is and why; the rest go on. */
        void invalid(String where, String reason);

        /** Whether posts without comments come too (reading articles); by default only posts with comments. */
        default boolean wantsEveryPost() {
            return false;
        }
    }

    public enum Format { WXR, JSON }

    /** WordPress's export namespaces: {@code http(s)://wordpress.org/export/1.x/} and its excerpt sibling. */
    private static final Pattern WP_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/(\\d+\\.\\d+)/(excerpt/)?");
    /** The WXR versions WordPress has written; a newer one may hold what Newsdesk cannot read. */
    private static final List<String> WXR_VERSIONS = List.of("1.0", "1.1", "1.2");
    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Set<String> JSON_FIELDS = Set.of("id", "articleId", "articleSlug", "parentId", "authorName",
            "authorEmail", "authorIp", "body", "bodyFormat", "status", "reason", "submittedAt", "decidedBy", "decidedAt",
            "html");

    private CommentIntakeReader() {}

    /** The format from the first characters: XML starts with "<", JSON with "{" or "[". */
    public static Format detect(BufferedInputStream in) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("<")) {
            return Format.WXR;
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return Format.JSON;
        }
        throw new InvalidInputException("line 1", "neither a WordPress export (XML) nor JSON");
    }

    public static void read(InputStream raw, Handler handler) {
        BufferedInputStream in = new BufferedInputStream(raw);
        try {
            if (detect(in) == Format.WXR) {
                readWxr(in, handler);
            } else {
                readJson(in, handler);
            }
        } catch (IOException e) {
            throw new InvalidInputException("", "could not read the file: " + e.getMessage(), e);
        }
    }

    // --- WordPress ---------------------------------------------------------------------------------------------

    /** XML with DTDs and external entities refused: a WordPress export has neither, a hostile file may. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public static void readWxr(InputStream in, Handler handler) {
        XMLStreamReader xml = null;
        try {
            xml = safeFactory().createXMLStreamReader(in);
            boolean sawChannel = false;
            String version = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException(line(xml), "the file declares a DTD; WordPress exports have none,"
                            + " and Newsdesk does not read them");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("channel")) {
                        sawChannel = true;
                    } else if (name.equals("item") && sawChannel) {
                        readItem(xml, handler);
                    } else if (sawChannel && key(xml).equals("wp:wxr_version")) {
                        String where = line(xml);
                        version = xml.getElementText().strip();
                        if (!WXR_VERSIONS.contains(version)) {
                            throw new InvalidInputException(where, "WXR version \"" + version + "\": Newsdesk reads"
                                    + " WordPress exports of WXR 1.0, 1.1 and 1.2");
                        }
                    }
                }
            }
            if (!sawChannel) {
                throw new InvalidInputException("line 1", "not a WordPress export: no <channel> element");
            }
            if (version == null) {
                throw new InvalidInputException("line 1", "not a WordPress export: it has no <wp:wxr_version>, which"
                        + " every WordPress export states");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new InvalidInputException(where, "not well-formed XML: " + cleanMessage(e.getMessage()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing after a failure: the failure is what matters
                }
            }
        }
    }

    private static void readItem(XMLStreamReader xml, Handler handler) throws XMLStreamException {
        String where = line(xml);
        Map<String, String> post = new HashMap<>();
        List<String> tags = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Map<String, String>> comments = new ArrayList<>();
        List<String> commentLines = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = key(xml);
            if (name.equals("wp:comment")) {
                commentLines.add(line(xml));
                comments.add(readFields(xml, "comment"));
            } else if (name.equals("category")) {
                String domain = xml.getAttributeValue(null, "domain");
                String text = text(xml).strip();
                if ("post_tag".equals(domain) && !text.isEmpty()) {
                    tags.add(text);
                } else if ("category".equals(domain) && !text.isEmpty()) {
                    categories.add(text);
                }
            } else if (name.equals("wp:postmeta")) {
                readFields(xml, "postmeta");
            } else {
                post.put(name, text(xml));
            }
        }
        String title = post.getOrDefault("title", "").strip();
        String slug = post.getOrDefault("wp:post_name", "").strip();
        if (slug.isEmpty()) {
            slug = Slugs.fromHeadline(title.isEmpty() ? "post-" + post.getOrDefault("wp:post_id", "") : title);
        }
        Long postId = longOrNull(post.get("wp:post_id"), where, "wp:post_id");
        List<IncomingComment> read = new ArrayList<>();
        int pingbacks = 0;
        int notes = 0;
        for (int i = 0; i < comments.size(); i++) {
            Map<String, String> fields = comments.get(i);
            String commentWhere = commentLines.get(i) + " (wp:comment in the post \"" + slug + "\")";
            String type = fields.getOrDefault("wp:comment_type", "").strip();
            if (type.equals("pingback") || type.equals("trackback")) {
                pingbacks++;
                continue;
            }
            if (type.equals("note")) { // WordPress 6.9's editorial notes: the staff's, never a reader's
                notes++;
                continue;
            }
            try {
                Long parent = longOrNull(fields.get("wp:comment_parent"), commentWhere, "wp:comment_parent");
                read.add(new IncomingComment(longOrNull(fields.get("wp:comment_id"), commentWhere, "wp:comment_id"),
                        parent == null || parent == 0 ? null : parent, slug, null,
                        limited(commentWhere + " wp:comment_author", "the name",
                                fields.getOrDefault("wp:comment_author", "").strip(), Limits.NAME),
                        fields.getOrDefault("wp:comment_author_email", "").strip(),
                        fields.getOrDefault("wp:comment_author_IP", "").strip(),
                        limited(commentWhere + " wp:comment_content", "the comment",
                                fields.getOrDefault("wp:comment_content", ""), Limits.COMMENT),
                        wpTime(fields.get("wp:comment_date_gmt"), fields.get("wp:comment_date"), commentWhere),
                        wpDecision(fields.getOrDefault("wp:comment_approved", "0").strip()), commentWhere,
                        true)); // WordPress stores comments as HTML
            } catch (InvalidInputException bad) { // one bad comment does not refuse the file
                handler.invalid(bad.location(), bad.problem());
            }
        }
        if (read.isEmpty() && pingbacks == 0 && notes == 0 && !handler.wantsEveryPost()) {
            return; // a post without comments has nothing to bring in
        }
        boolean passwordProtected = !post.getOrDefault("wp:post_password", "").isEmpty();
        String html = passwordProtected ? "" : post.getOrDefault("content:encoded", ""); // not ours to read
        com.newsdesk.domain.document.Document body = HtmlDocumentParser.parse(html);
        boolean dated = post.get("wp:post_date_gmt") != null || post.get("wp:post_date") != null;
        Instant published = dated ? wpTime(post.get("wp:post_date_gmt"), post.get("wp:post_date"), where) : null;
        ImportedArticle article = new ImportedArticle(title.isEmpty() ? slug : title,
                HtmlDocumentParser.parse(post.getOrDefault("excerpt:encoded", "")).plainText().strip(),
                post.getOrDefault("dc:creator", "").strip(), published,
                ArticleFileReader.languageOf("", body), tags, body, slug, categories.isEmpty() ? "" : categories.get(0));
        handler.post(new IncomingPost(slug, article, read, pingbacks,
                where + (postId == null ? "" : " (post " + postId + ")"),
                "wordpress:" + post.getOrDefault("wp:status", "publish").strip() + (passwordProtected ? "+password" : ""),
                notes, post.getOrDefault("wp:post_type", "post").strip()));
    }

    /** The child elements of a wp:comment or wp:postmeta, by prefixed name. */
    private static Map<String, String> readFields(XMLStreamReader xml, String element) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = key(xml);
                if (name.equals("wp:commentmeta")) {
                    readFields(xml, "commentmeta");
                } else {
                    fields.put(name, text(xml));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return fields;
    }

    /** "wp:comment" whatever prefix the file binds to WordPress's namespace; other names as written. */
    /**
     * The text of the element at the cursor, leaving the cursor on its end. Unlike {@code getElementText}, an element
     * that holds elements (an extension's, say) is read for its text instead of failing the whole file.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private static String key(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        java.util.regex.Matcher wordpress = namespace == null ? null : WP_NAMESPACE.matcher(namespace);
        if (wordpress != null && wordpress.matches()) {
            return (wordpress.group(2) != null ? "excerpt" : "wp") + ":" + xml.getLocalName();
        }
        if ("http://purl.org/rss/1.0/modules/content/".equals(namespace)) {
            return "content:" + xml.getLocalName();
        }
        if ("http://purl.org/dc/elements/1.1/".equals(namespace)) {
            return "dc:" + xml.getLocalName();
        }
        return xml.getLocalName();
    }

    private static CommentStatus wpDecision(String approved) {
        return switch (approved) {
            case "1", "approve", "approved" -> CommentStatus.APPROVED;
            case "0", "hold" -> CommentStatus.PENDING; // held by the site: the site's decision stands
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.TRASH;
            default -> null; // no decision: the rules sort it
        };
    }

    /** WordPress times: the GMT one when set ("0000-00-00 00:00:00" means unset), else the site's local time. */
    private static Instant wpTime(String gmt, String local, String where) {
        for (String value : new String[] {gmt, local}) {
            if (value != null && !value.isBlank() && !value.startsWith("0000")) {
                try {
                    return LocalDateTime.parse(value.strip(), WP_TIME).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(where, "the time \"" + value.strip()
                            + "\" is not in WordPress's form 2024-05-01 09:30:00");
                }
            }
        }
        throw new InvalidInputException(where, "no date");
    }

    private static Long longOrNull(String text, String where, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where, field + " \"" + text.strip() + "\" is not a number");
        }
    }

    private static String line(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber();
    }

    private static String cleanMessage(String message) {
        String text = message == null ? "" : message;
        int detail = text.indexOf("Message: ");
        return detail >= 0 ? text.substring(detail + "Message: ".length()).strip() : text.strip();
    }

    // --- JSON --------------------------------------------------------------------------------------------------

    /**
     * A Newsdesk export ({@code articles} map its article ids to slugs, so the comments find their articles in
     * another newsroom), an {@code export-comments} file, or a plain array of comment objects.
     */
    public static void readJson(InputStream in, Handler handler) {
        NewsroomJsonReader.withParser(in, parser -> {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException("$", "the file is empty");
            }
            Map<Long, String> slugsById = new HashMap<>();
            if (first == JsonToken.START_ARRAY) {
                readComments(parser, "$", slugsById, handler);
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidInputException("$", "expected an array of comments or a Newsdesk export, found "
                        + NewsroomJsonReader.describe(first));
            }
            boolean sawComments = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("articles") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode article = parser.readValueAsTree();
                        if (article.path("id").canConvertToLong() && article.path("slug").isTextual()) {
                            slugsById.put(article.get("id").asLong(), article.get("slug").asText());
                        }
                    }
                } else if (field.equals("comments")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new InvalidInputException("$.comments", "expected an array, found "
                                + NewsroomJsonReader.describe(value));
                    }
                    readComments(parser, "$.comments", slugsById, handler);
                    sawComments = true;
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawComments) {
                throw new InvalidInputException("$", "no \"comments\" array in this object");
            }
        });
    }

    private static void readComments(JsonParser parser, String path, Map<Long, String> slugsById, Handler handler)
            throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String at = path + "[" + index++ + "]";
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidInputException(at, "expected a comment object, found "
                        + NewsroomJsonReader.describe(token));
            }
            JsonNode node = parser.readValueAsTree();
            IncomingComment read;
            try {
                read = comment(node, at, slugsById);
            } catch (InvalidInputException bad) { // one bad comment does not refuse the file
                handler.invalid(bad.location(), bad.problem());
                continue;
            }
            handler.comment(read);
        }
    }

    static IncomingComment comment(JsonNode node, String path, Map<Long, String> slugsById) {
        JsonFields f = new JsonFields(node, path).allowOnly(JSON_FIELDS);
        Long articleId = f.optionalLong("articleId");
        String slug = f.optionalText("articleSlug");
        if (slug == null && articleId != null) {
            slug = slugsById.get(articleId);
        }
        if (slug == null && articleId == null) {
            throw new InvalidInputException(path, "the comment names no article: give \"articleSlug\" or \"articleId\"");
        }
        String status = f.optionalText("status");
        CommentStatus decision = null;
        if (status != null) {
            try {
                CommentStatus given = CommentStatus.fromCode(status);
                decision = given == CommentStatus.PENDING ? null : given;
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(f.at("status"), e.getMessage());
            }
        }
        String body = f.requiredText("body");
        Limits.check(f.at("body"), "the comment", body, Limits.COMMENT);
        Limits.check(f.at("authorName"), "the name", f.optionalText("authorName"), Limits.NAME);
        return new IncomingComment(f.optionalLong("id"), f.optionalLong("parentId"), slug,
                slug == null ? articleId : null, nullToEmpty(f.optionalText("authorName")),
                nullToEmpty(f.optionalText("authorEmail")), nullToEmpty(f.optionalText("authorIp")), body,
                f.requiredInstant("submittedAt"), decision, path, NewsroomJsonReader.bodyIsHtml(f));
    }

    private static String limited(String where, String what, String value, int limit) {
        Limits.check(where, what, value, limit);
        return value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
