package com.newsdesk.io;

import static com.newsdesk.io.JsonIo.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Slugs;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.HtmlRenderer;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ghost's import file, as its importer reads it ({@code ghost/core/.../importers/data/posts-importer.js}): one
 * {@code db} entry of {@code meta} and {@code data} with {@code posts} (HTML bodies, which Ghost turns into its own
 * editor's format), {@code posts_meta} (search-engine fields, image alt and caption), {@code tags} and
 * {@code posts_tags}, {@code users} and {@code posts_authors}. Written from articles, and read back into them.
 */
public final class GhostImportFile {
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Ghost's internal tags start with "#"; this one carries the article's section. */
    static final String SECTION_TAG = "#section: ";

    private GhostImportFile() {}

    /** What Ghost says of a post's status, from ours: Ghost has drafts, scheduled and published posts only. */
    static String status(ArticleStatus status) {
        return switch (status) {
            case PUBLISHED -> "published";
            case SCHEDULED -> "scheduled";
            default -> "draft";
        };
    }

    /** Writes the articles (already chosen) as one Ghost import file. Holds only ids and names in memory. */
    public static void write(OutputStream stream, Instant now, Consumer<Consumer<Article>> articles) {
        JsonGenerator out = JsonIo.generator(stream);
        Map<String, String> tagIds = new LinkedHashMap<>();
        Map<String, String> userIds = new LinkedHashMap<>();
        List<String[]> postTags = new ArrayList<>();
        List<String[]> postAuthors = new ArrayList<>();
        List<Article> metaOf = new ArrayList<>();
        io(() -> {
            out.writeStartObject();
            out.writeArrayFieldStart("db");
            out.writeStartObject();
            out.writeObjectFieldStart("meta");
            out.writeNumberField("exported_on", now.toEpochMilli());
            out.writeStringField("version", "5.0.0");
            out.writeEndObject();
            out.writeObjectFieldStart("data");
            out.writeArrayFieldStart("posts");
        });
        articles.accept(article -> io(() -> {
            String id = id("post", article.id());
            out.writeRaw('\n');
            out.writeStartObject();
            out.writeStringField("id", id);
            out.writeStringField("title", article.headline());
            out.writeStringField("slug", article.slug());
            out.writeStringField("html", HtmlRenderer.render(article.body()));
            out.writeStringField("type", "post");
            out.writeStringField("status", status(article.status()));
            out.writeStringField("visibility", "public");
            text(out, "custom_excerpt", !article.extras().excerpt().isEmpty() ? article.extras().excerpt()
                    : article.dek());
            text(out, "feature_image", article.extras().hasImage() ? "assets/" + article.extras().imageFile() : "");
            text(out, "locale", article.language());
            out.writeStringField("created_at", Timestamps.format(article.createdAt()));
            out.writeStringField("updated_at", Timestamps.format(article.updatedAt()));
            Instant published = article.status() == ArticleStatus.SCHEDULED ? article.scheduledAt()
                    : article.publishedAt();
            if (published != null) {
                out.writeStringField("published_at", Timestamps.format(published));
            } else {
                out.writeNullField("published_at");
            }
            out.writeEndObject();
            int order = 0;
            for (String tag : article.tags()) {
                String tagId = tagIds.computeIfAbsent(tag, name -> id("tag", tagIds.size() + 1));
                postTags.add(new String[] {id, tagId, Integer.toString(order++)});
            }
            if (!article.section().isEmpty()) { // Ghost has no sections: an internal tag (not shown to readers) keeps it
                String tagId = tagIds.computeIfAbsent(SECTION_TAG + article.section(),
                        name -> id("tag", tagIds.size() + 1));
                postTags.add(new String[] {id, tagId, Integer.toString(order)});
            }
            if (!article.byline().isBlank()) {
                String userId = userIds.computeIfAbsent(article.byline(), name -> id("user", userIds.size() + 1));
                postAuthors.add(new String[] {id, userId, "0"});
            }
            if (hasMeta(article)) {
                metaOf.add(metaOnly(article));
            }
        }));
        io(() -> {
            out.writeEndArray();
            out.writeArrayFieldStart("posts_meta");
            for (Article article : metaOf) {
                out.writeStartObject();
                out.writeStringField("id", id("meta", article.id()));
                out.writeStringField("post_id", id("post", article.id()));
                text(out, "meta_title", article.extras().seoTitle());
                text(out, "meta_description", article.extras().metaDescription());
                text(out, "feature_image_alt", article.extras().imageAlt());
                text(out, "feature_image_caption", article.extras().imageCaption());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("tags");
            for (var tag : tagIds.entrySet()) {
                out.writeStartObject();
                out.writeStringField("id", tag.getValue());
                out.writeStringField("name", tag.getKey());
                out.writeStringField("slug", Slugs.fromHeadline(tag.getKey()));
                out.writeEndObject();
            }
            out.writeEndArray();
            relations(out, "posts_tags", "tag_id", postTags);
            out.writeArrayFieldStart("users");
            for (var user : userIds.entrySet()) {
                String slug = Slugs.fromHeadline(user.getKey());
                out.writeStartObject();
                out.writeStringField("id", user.getValue());
                out.writeStringField("name", user.getKey());
                out.writeStringField("slug", slug);
                out.writeStringField("email", slug + "@newsdesk.invalid"); // Ghost needs one; it is never mailed
                out.writeEndObject();
            }
            out.writeEndArray();
            relations(out, "posts_authors", "author_id", postAuthors);
            out.writeEndObject();
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
            out.flush();
        });
    }

    private static boolean hasMeta(Article article) {
        var extras = article.extras();
        return !extras.seoTitle().isEmpty() || !extras.metaDescription().isEmpty() || extras.hasImage();
    }

    /** Only what posts_meta needs, so that the list does not hold whole bodies. */
    private static Article metaOnly(Article article) {
        return new Article(article.id(), article.slug(), "", "", "", "", List.of(), article.language(),
                article.status(), Document.of(), article.createdAt(), article.updatedAt(), null, null, 1, "",
                article.extras());
    }

    private static void relations(JsonGenerator out, String name, String field, List<String[]> rows)
            throws java.io.IOException {
        out.writeArrayFieldStart(name);
        int n = 0;
        for (String[] row : rows) {
            out.writeStartObject();
            out.writeStringField("id", id(name, ++n));
            out.writeStringField("post_id", row[0]);
            out.writeStringField(field, row[1]);
            out.writeNumberField("sort_order", Integer.parseInt(row[2]));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void text(JsonGenerator out, String field, String value) throws java.io.IOException {
        if (value == null || value.isEmpty()) {
            out.writeNullField(field);
        } else {
            out.writeStringField(field, value);
        }
    }

    /** A 24-hex id as Ghost writes them (MongoDB-style), stable for the same kind and number. */
    static String id(String kind, long number) {
        return String.format(Locale.ROOT, "%08x%016x", Math.abs(kind.hashCode()), number);
    }

    /** A post read from a Ghost file: the article it makes, with the status Ghost gave it. */
    public record GhostPost(ImportedArticle article, ArticleStatus status, String where) {}

    /** Reads the posts of a Ghost export or import file ({@code {"db":[{"data":{"posts":…}}]}} or {@code {"data":…}}). */
    public static List<GhostPost> read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("$", "not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        JsonNode data = root == null ? null : root.path("db").path(0).path("data");
        String base = "$.db[0].data";
        if (data == null || data.isMissingNode()) {
            data = root == null ? null : root.path("data");
            base = "$.data";
        }
        if (data == null || !data.path("posts").isArray()) {
            throw new InvalidInputException("$", "not a Ghost export: no db[0].data.posts");
        }
        Map<String, String> tags = names(data.path("tags"), "name");
        Map<String, String> users = names(data.path("users"), "name");
        Map<String, List<String>> tagsOf = links(data.path("posts_tags"), "tag_id", tags);
        Map<String, List<String>> authorsOf = links(data.path("posts_authors"), "author_id", users);
        List<GhostPost> posts = new ArrayList<>();
        JsonNode list = data.path("posts");
        for (int i = 0; i < list.size(); i++) {
            JsonNode post = list.get(i);
            String where = base + ".posts[" + i + "]";
            if (!"post".equals(post.path("type").asText("post")) || post.path("page").asBoolean(false)) {
                continue; // pages are not articles
            }
            String html = post.path("html").asText("");
            if (html.isBlank() && !post.path("plaintext").asText("").isBlank()) {
                html = "<p>" + HtmlRenderer.escape(post.path("plaintext").asText(), false)
                        .replace("\n\n", "</p><p>") + "</p>";
            }
            Document body = HtmlDocumentParser.parse(html);
            String id = post.path("id").asText("");
            List<String> postTags = new ArrayList<>();
            String section = "";
            for (String tag : tagsOf.getOrDefault(id, List.of())) {
                if (tag.startsWith(SECTION_TAG)) {
                    section = tag.substring(SECTION_TAG.length());
                } else if (!tag.startsWith("#")) { // Ghost's other internal tags are its own business
                    postTags.add(tag);
                }
            }
            Instant published = time(post, "published_at", where);
            ImportedArticle article = new ImportedArticle(post.path("title").asText("").strip(),
                    post.path("custom_excerpt").asText("").strip(), String.join(", ",
                            authorsOf.getOrDefault(id, List.of())), published,
                    ArticleFileReader.languageOf(post.path("locale").asText(""), body), postTags, body,
                    post.path("slug").asText(""), section);
            ArticleStatus status = switch (post.path("status").asText("draft")) {
                case "published" -> ArticleStatus.PUBLISHED;
                case "scheduled" -> ArticleStatus.SCHEDULED;
                default -> ArticleStatus.DRAFT;
            };
            posts.add(new GhostPost(article, status, where));
        }
        return posts;
    }

    private static Map<String, String> names(JsonNode rows, String field) {
        Map<String, String> names = new HashMap<>();
        rows.forEach(row -> names.put(row.path("id").asText(), row.path(field).asText("")));
        return names;
    }

    private static Map<String, List<String>> links(JsonNode rows, String field, Map<String, String> names) {
        Map<String, List<String>> byPost = new HashMap<>();
        List<JsonNode> sorted = new ArrayList<>();
        rows.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparingInt(row -> row.path("sort_order").asInt(0)));
        for (JsonNode row : sorted) {
            String name = names.get(row.path(field).asText());
            if (name != null && !name.isBlank()) {
                byPost.computeIfAbsent(row.path("post_id").asText(), id -> new ArrayList<>()).add(name);
            }
        }
        return byPost;
    }

    private static Instant time(JsonNode post, String field, String where) {
        String text = post.path(field).asText("");
        if (text.isBlank() || post.path(field).isNull()) {
            return null;
        }
        try {
            return Instant.parse(text.replace(' ', 'T').endsWith("Z") || text.contains("+") ? text.replace(' ', 'T')
                    : text.replace(' ', 'T') + "Z");
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(where + "." + field, "\"" + text + "\" is not a time");
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int source = line.indexOf(" at [Source");
        return source > 0 ? line.substring(0, source) : line;
    }
}
