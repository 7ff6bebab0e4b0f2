package com.newsdesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.ArticleRevision;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.Comment;
import com.newsdesk.domain.CommentStatus;
import com.newsdesk.domain.Correction;
import com.newsdesk.domain.EmailAddresses;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Limits;
import com.newsdesk.domain.Slugs;
import com.newsdesk.domain.Subscriber;
import com.newsdesk.domain.SubscriberStatus;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Newsdesk export as a stream, handing each record to a {@link Handler} as soon as it is read and checked.
 * {@code format} and {@code version} must come before the data, as Newsdesk writes them. Every refusal is an
 * {@link InvalidInputException} that names the JSON path ({@code $.subscribers[12].email}) and what is wrong.
 */
public final class NewsroomJsonReader {
    /** A key given twice in an object is refused (read last-wins it would silently drop the first). */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "slug", "headline", "dek", "byline", "section",
            "tags", "language", "status", "body", "bodyText", "createdAt", "updatedAt", "publishedAt", "scheduledAt",
            "version", "createdBy", "excerpt", "seoTitle", "metaDescription", "featuredImage", "embargoAt", "stubOf");
    private static final Set<String> PENDING_FIELDS = Set.of("articleId", "slug", "headline", "dek", "byline",
            "section", "tags", "language", "body", "scheduledAt", "excerpt", "seoTitle", "metaDescription",
            "featuredImage", "embargoAt", "savedBy", "savedAt");
    private static final Set<String> CONFLICT_FIELDS = union(PENDING_FIELDS, Set.of("revisionId"));
    private static final Set<String> TRASH_FIELDS = Set.of("articleId", "deletedAt", "deletedBy");
    private static final Set<String> WORD_FIELDS = Set.of("word", "addedBy", "addedAt");
    private static final Set<String> RULE_FIELDS = Set.of("rule", "addedBy", "addedAt");
    private static final Set<String> STYLE_FIELDS = Set.of("avoid", "prefer", "note");
    private static final Set<String> IMAGE_FIELDS = Set.of("file", "alt", "caption");
    private static final Set<String> CORRECTION_FIELDS = Set.of("id", "articleId", "at", "author", "note");
    private static final Set<String> REVISION_FIELDS =
            Set.of("id", "articleId", "headline", "body", "author", "note", "createdAt");
    private static final Set<String> COMMENT_FIELDS = Set.of("id", "articleId", "parentId", "authorName", "authorIp",
            "authorEmail", "body", "bodyFormat", "status", "reason", "submittedAt", "decidedBy", "decidedAt");
    private static final Set<String> SUBSCRIBER_FIELDS = Set.of("id", "email", "name", "status", "labels", "source",
            "subscribedAt", "unsubscribedAt", "createdAt", "updatedAt", "note", "attributes");

    /** Receives the records in file order, each with its JSON path. */
    public interface Handler {
        void article(Article article, String path);

        void revision(ArticleRevision revision, String path);

        void correction(Correction correction, String path);

        /** A published article's changes not yet live; comes after the articles. */
        void pendingChanges(com.newsdesk.domain.PendingChanges pending, String path);

        /** An offline version kept in conflict with its article; comes after the articles and revisions. */
        default void offlineConflict(com.newsdesk.domain.offline.OfflineConflict conflict, String path) {}

        /** A deleted draft in the trash; comes after the articles. */
        void deleted(com.newsdesk.domain.DeletedArticle deleted, String path);

        void comment(Comment comment, String path);

        void subscriber(Subscriber subscriber, String path);

        /** A word of the newsroom's dictionary. */
        default void dictionaryWord(com.newsdesk.domain.writing.WritingLists.Entry word, String path) {}

        /** A checker rule the newsroom ignores. */
        default void ignoredRule(com.newsdesk.domain.writing.WritingLists.Entry rule, String path) {}

        /** An entry of the house style. */
        default void styleRule(com.newsdesk.domain.writing.StyleRule rule, String path) {}
    }

    private NewsroomJsonReader() {}

    public static void read(InputStream in, Handler handler) {
        withParser(in, parser -> readDocument(parser, handler));
    }

    interface ParserWork {
        void read(JsonParser parser) throws IOException;
    }

    /** Runs a streaming read; a syntax error, a truncated file or a read failure is reported with its JSON path. */
    static void withParser(InputStream in, ParserWork work) {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            work.read(parser);
        } catch (JsonEOFException e) {
            throw new InvalidInputException(pathOf(e.getProcessor()), "the file ends too early (is it truncated?)");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            java.util.regex.Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                throw new InvalidInputException(pathOf(e.getProcessor()), "the key \"" + duplicate.group(1)
                        + "\" appears twice in one object" + where(e.getLocation()));
            }
            throw new InvalidInputException(pathOf(e.getProcessor()),
                    "not valid JSON" + where(e.getLocation()) + ": " + message);
        } catch (IOException e) {
            throw new InvalidInputException("", "could not read the file: " + e.getMessage(), e);
        }
    }

    private static void readDocument(JsonParser parser, Handler handler) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InvalidInputException("$", "the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new InvalidInputException("$", "expected an object with \"format\": \"newsdesk\", found "
                    + describe(first) + "; this is not a Newsdesk export");
        }
        boolean formatSeen = false;
        boolean versionSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            String path = "$." + field;
            JsonToken value = parser.nextToken();
            switch (field) {
                case "format" -> {
                    if (value != JsonToken.VALUE_STRING || !NewsroomJson.FORMAT.equals(parser.getText())) {
                        throw new InvalidInputException(path, "expected \"" + NewsroomJson.FORMAT + "\", found "
                                + (value == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : describe(value))
                                + "; this is not a Newsdesk export");
                    }
                    formatSeen = true;
                }
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw new InvalidInputException(path, "expected an integer, found " + describe(value));
                    }
                    if (parser.getLongValue() != NewsroomJson.VERSION) {
                        throw new InvalidInputException(path, "version " + parser.getText()
                                + " is not supported; this Newsdesk reads version " + NewsroomJson.VERSION
                                + " (a newer Newsdesk may have written the file)");
                    }
                    versionSeen = true;
                }
                case "exportedAt" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new InvalidInputException(path, "expected a time, found " + describe(value));
                    }
                    try {
                        Timestamps.parse(parser.getText());
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException(path, e.getMessage());
                    }
                }
                case NewsroomJson.ARTICLES, NewsroomJson.REVISIONS, NewsroomJson.CORRECTIONS,
                        NewsroomJson.PENDING_CHANGES, NewsroomJson.OFFLINE_CONFLICTS, NewsroomJson.TRASH,
                        NewsroomJson.DICTIONARY,
                        NewsroomJson.IGNORED_RULES, NewsroomJson.STYLE, NewsroomJson.COMMENTS,
                        NewsroomJson.SUBSCRIBERS -> {
                    if (!formatSeen || !versionSeen) {
                        throw new InvalidInputException(path, "\"format\" and \"version\" must come before the data;"
                                + " this is not a Newsdesk export, or it was rearranged");
                    }
                    readSection(parser, field, path, value, handler);
                }
                default -> throw new InvalidInputException(path, "unknown field");
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new InvalidInputException("$", "the file ends too early (is it truncated?)");
        }
        if (!formatSeen) {
            throw new InvalidInputException("$.format", "missing; this is not a Newsdesk export");
        }
        if (!versionSeen) {
            throw new InvalidInputException("$.version", "missing");
        }
        if (parser.nextToken() != null) {
            throw new InvalidInputException("$", "unexpected content after the end of the document"
                    + where(parser.currentTokenLocation()));
        }
    }

    private static void readSection(JsonParser parser, String section, String path, JsonToken start, Handler handler)
            throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw new InvalidInputException(path, "expected an array, found " + describe(start));
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new InvalidInputException(path + "[" + index + "]", "the file ends too early (is it truncated?)");
            }
            String recordPath = path + "[" + index + "]";
            JsonNode node = MAPPER.readTree(parser);
            switch (section) {
                case NewsroomJson.ARTICLES -> handler.article(article(node, recordPath), recordPath);
                case NewsroomJson.REVISIONS -> handler.revision(revision(node, recordPath), recordPath);
                case NewsroomJson.CORRECTIONS -> handler.correction(correction(node, recordPath), recordPath);
                case NewsroomJson.PENDING_CHANGES -> handler.pendingChanges(pending(node, recordPath), recordPath);
                case NewsroomJson.OFFLINE_CONFLICTS -> handler.offlineConflict(conflict(node, recordPath), recordPath);
                case NewsroomJson.TRASH -> handler.deleted(deleted(node, recordPath), recordPath);
                case NewsroomJson.DICTIONARY -> handler.dictionaryWord(listEntry(node, recordPath, "word"),
                        recordPath);
                case NewsroomJson.IGNORED_RULES -> handler.ignoredRule(listEntry(node, recordPath, "rule"),
                        recordPath);
                case NewsroomJson.STYLE -> handler.styleRule(styleRule(node, recordPath), recordPath);
                case NewsroomJson.COMMENTS -> handler.comment(comment(node, recordPath), recordPath);
                default -> handler.subscriber(subscriber(node, recordPath), recordPath);
            }
            index++;
        }
    }

    static Article article(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(ARTICLE_FIELDS);
        String slug = f.requiredText("slug");
        Slugs.problem(slug).ifPresent(problem -> {
            throw new InvalidInputException(f.at("slug"), problem);
        });
        String headline = f.requiredText("headline");
        String language = f.optionalText("language");
        if (language == null) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException(f.at("language"), "\"" + language + "\" is not a language code such as"
                    + " en, fr or ar");
        }
        Document body = DocumentJson.read(f.node("body"), f.at("body"));
        Limits.check(f.at("body"), "the article's text", body.plainText(), Limits.ARTICLE_TEXT);
        Limits.check(f.at("headline"), "the headline", headline, Limits.NAME * 5);
        Long version = f.optionalLong("version");
        if (version != null && version < 1) {
            throw new InvalidInputException(f.at("version"), "a version counts saves from 1, found " + version);
        }
        return new Article(f.requiredPositiveId("id"), slug, headline, f.optionalText("dek"), f.optionalText("byline"),
                f.optionalText("section"), f.textList("tags"), language,
                f.code("status", ArticleStatus::fromCode, true), body, f.requiredInstant("createdAt"),
                f.requiredInstant("updatedAt"), f.optionalInstant("publishedAt"), f.optionalInstant("scheduledAt"),
                version == null ? 1 : version, f.optionalText("createdBy"), extras(f));
    }

    static com.newsdesk.domain.PendingChanges pending(JsonNode node, String path) {
        return pending(new JsonFields(node, path).allowOnly(PENDING_FIELDS));
    }

    static com.newsdesk.domain.offline.OfflineConflict conflict(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(CONFLICT_FIELDS);
        return new com.newsdesk.domain.offline.OfflineConflict(f.requiredPositiveId("revisionId"), pending(f));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new java.util.HashSet<>(first);
        both.addAll(second);
        return Set.copyOf(both);
    }

    private static com.newsdesk.domain.PendingChanges pending(JsonFields f) {
        String slug = f.requiredText("slug");
        Slugs.problem(slug).ifPresent(problem -> {
            throw new InvalidInputException(f.at("slug"), problem);
        });
        String headline = f.requiredText("headline");
        Limits.check(f.at("headline"), "the headline", headline, Limits.NAME * 5);
        String language = f.optionalText("language");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException(f.at("language"), "\"" + language + "\" is not a language code such as"
                    + " en, fr or ar");
        }
        Document body = DocumentJson.read(f.node("body"), f.at("body"));
        Limits.check(f.at("body"), "the article's text", body.plainText(), Limits.ARTICLE_TEXT);
        ArticleExtras extras = extras(f);
        return new com.newsdesk.domain.PendingChanges(f.requiredPositiveId("articleId"),
                new com.newsdesk.domain.ArticleDraft(headline, f.optionalText("dek"), f.optionalText("byline"),
                        f.optionalText("section"), f.textList("tags"), slug, language, body,
                        f.optionalInstant("scheduledAt"), extras),
                f.optionalText("savedBy"), f.requiredInstant("savedAt"));
    }

    /** A dictionary word ({@code field} "word") or an ignored rule ("rule"), checked as the desk checks them. */
    static com.newsdesk.domain.writing.WritingLists.Entry listEntry(JsonNode node, String path, String field) {
        JsonFields f = new JsonFields(node, path).allowOnly(field.equals("word") ? WORD_FIELDS : RULE_FIELDS);
        String value = f.requiredText(field);
        try {
            value = field.equals("word") ? com.newsdesk.domain.writing.WritingLists.word(value)
                    : com.newsdesk.domain.writing.WritingLists.rule(value);
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(f.at(field), invalid.problem());
        }
        return new com.newsdesk.domain.writing.WritingLists.Entry(value, f.optionalText("addedBy"),
                f.requiredInstant("addedAt"));
    }

    static com.newsdesk.domain.writing.StyleRule styleRule(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(STYLE_FIELDS);
        try {
            return new com.newsdesk.domain.writing.StyleRule(f.requiredText("avoid"), f.optionalText("prefer"),
                    f.optionalText("note"));
        } catch (InvalidInputException invalid) {
            throw new InvalidInputException(f.at(invalid.location()), invalid.problem());
        }
    }

    static com.newsdesk.domain.DeletedArticle deleted(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(TRASH_FIELDS);
        return new com.newsdesk.domain.DeletedArticle(f.requiredPositiveId("articleId"), "",
                f.requiredInstant("deletedAt"), f.optionalText("deletedBy"));
    }

    private static ArticleExtras extras(JsonFields f) {
        String imageFile = "";
        String imageAlt = "";
        String imageCaption = "";
        JsonNode image = f.node("featuredImage");
        if (image != null && !image.isNull()) {
            JsonFields i = new JsonFields(image, f.at("featuredImage")).allowOnly(IMAGE_FIELDS);
            imageFile = i.requiredText("file");
            if (imageFile.contains("/") || imageFile.contains("\\") || imageFile.startsWith(".")) {
                throw new InvalidInputException(i.at("file"), "a file name in the assets folder, not a path");
            }
            imageAlt = i.optionalText("alt");
            imageCaption = i.optionalText("caption");
        }
        return new ArticleExtras(f.optionalText("excerpt"), f.optionalText("seoTitle"), f.optionalText("metaDescription"),
                imageFile, imageAlt, imageCaption, f.optionalInstant("embargoAt"), f.optionalText("stubOf"));
    }

    static Correction correction(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(CORRECTION_FIELDS);
        return new Correction(f.requiredPositiveId("id"), f.requiredPositiveId("articleId"), f.requiredInstant("at"),
                f.optionalText("author"), f.requiredText("note"));
    }

    static ArticleRevision revision(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(REVISION_FIELDS);
        return new ArticleRevision(f.requiredPositiveId("id"), f.requiredPositiveId("articleId"),
                f.requiredText("headline"), DocumentJson.read(f.node("body"), f.at("body")),
                f.optionalText("author"), f.optionalText("note"), f.requiredInstant("createdAt"));
    }

    static Comment comment(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(COMMENT_FIELDS);
        Long parentId = f.optionalLong("parentId");
        long id = f.requiredPositiveId("id");
        if (parentId != null && parentId == id) {
            throw new InvalidInputException(f.at("parentId"), "a comment cannot reply to itself");
        }
        String body = f.requiredText("body");
        Limits.check(f.at("body"), "the comment", body, Limits.COMMENT);
        String authorName = f.optionalText("authorName");
        Limits.check(f.at("authorName"), "the name", authorName, Limits.NAME);
        return new Comment(id, f.requiredPositiveId("articleId"), parentId,
                authorName, f.optionalText("authorEmail"), body,
                f.code("status", CommentStatus::fromCode, true), f.optionalText("reason"),
                f.requiredInstant("submittedAt"), f.optionalText("decidedBy"), f.optionalInstant("decidedAt"),
                f.optionalText("authorIp"), bodyIsHtml(f));
    }

    /** {@code "bodyFormat": "html"} marks a body stored as its site's HTML; absent or "text", plain text. */
    static boolean bodyIsHtml(JsonFields f) {
        String format = f.optionalText("bodyFormat");
        if (format == null || format.equals("text")) {
            return false;
        }
        if (!format.equals("html")) {
            throw new InvalidInputException(f.at("bodyFormat"), "\"" + format + "\" is not text or html");
        }
        return true;
    }

    static Subscriber subscriber(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path).allowOnly(SUBSCRIBER_FIELDS);
        String email = EmailAddresses.clean(f.requiredText("email"));
        EmailAddresses.problem(email).ifPresent(problem -> {
            throw new InvalidInputException(f.at("email"), EmailAddresses.INVALID + " \"" + email + "\": " + problem);
        });
        String name = f.optionalText("name");
        Limits.check(f.at("name"), "the name", name, Limits.NAME);
        List<String> labels = f.textList("labels");
        Limits.labelTooLong(labels).ifPresent(problem -> {
            throw new InvalidInputException(f.at("labels"), problem);
        });
        String note = f.optionalText("note");
        Limits.check(f.at("note"), "the note", note, Limits.NOTE);
        JsonNode attributes = f.node("attributes");
        if (attributes != null && !attributes.isNull() && !attributes.isObject()) {
            throw new InvalidInputException(f.at("attributes"), "expected an object of attributes");
        }
        String attributeText = attributes == null || attributes.isNull() || attributes.isEmpty() ? ""
                : attributes.toString();
        Limits.check(f.at("attributes"), "the attributes", attributeText, Limits.NOTE);
        return new Subscriber(f.requiredPositiveId("id"), email, name,
                f.code("status", SubscriberStatus::fromCode, true), labels, f.optionalText("source"),
                f.optionalInstant("subscribedAt"), f.optionalInstant("unsubscribedAt"),
                f.requiredInstant("createdAt"), f.requiredInstant("updatedAt")).withNoteAndAttributes(note,
                        attributeText);
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The JSON path the parser stands at, as {@code $.comments[3].body}. */
    static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "$";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.add("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add("." + context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.toString();
    }
}
