package com.newsdesk.io.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * WordPress's REST API (wp/v2) for comments and posts, signed in with an application password (HTTP Basic, as
 * WordPress defines it). Routes are reached as {@code ?rest_route=/wp/v2/…}, which works whether or not the site has
 * pretty permalinks. Certificates are checked by the JDK; the password is sent only in the Authorization header and
 * kept nowhere else.
 */
public final class WordPressClient {
    public static final int PAGE = 100;

    private final String base;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;

    public WordPressClient(String base, String user, String password, Duration timeout) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password.replace(" ", "")).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Checks that the address is WordPress and the password signs in; returns the signed-in user's name. */
    public String signIn() {
        JsonNode me = get("/wp/v2/users/me", "context=edit", true);
        if (!me.path("id").canConvertToLong() || !me.has("capabilities")) {
            throw notWordPress();
        }
        if (!me.path("capabilities").path("moderate_comments").asBoolean(false)) {
            throw new SiteException(SiteException.Kind.SIGN_IN, "the site's user " + me.path("slug").asText()
                    + " may not moderate comments there; use an Editor's or Administrator's application password");
        }
        return me.path("name").asText(me.path("slug").asText());
    }

    /** The site's id of the signed-in user. */
    public long myId() {
        return get("/wp/v2/users/me", "", true).path("id").asLong();
    }

    /** Comments of every status, newest first (by id), a page at a time from 1. */
    public List<RemoteComment> newestComments(int page) {
        return comments(get("/wp/v2/comments", "context=edit&status=any&orderby=id&order=desc&per_page=" + PAGE
                + "&page=" + page, true));
    }

    /** How many comments the site holds for moderation (one light request: the site's own total). */
    public long heldCount() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/wp/v2/comments", "status=hold&per_page=1&_fields=id"))
                .GET().header("Authorization", authorization);
        long[] total = {-1};
        exchange(request, headers -> total[0] = headers.firstValueAsLong("X-WP-Total").orElse(-1));
        if (total[0] < 0) {
            throw notWordPress();
        }
        return total[0];
    }

    /** These comments as the site has them now; a comment the site deleted for good is not among them. */
    public List<RemoteComment> comments(Collection<Long> ids) {
        List<RemoteComment> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            String include = all.subList(from, Math.min(all.size(), from + PAGE)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            found.addAll(comments(get("/wp/v2/comments", "context=edit&status=any&per_page=" + PAGE + "&include="
                    + include, true)));
        }
        return found;
    }

    public Optional<RemoteComment> comment(long id) {
        try {
            return Optional.of(comment(get("/wp/v2/comments/" + id, "context=edit", true)));
        } catch (SiteException e) {
            if (e.kind() == SiteException.Kind.GONE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The replies under a comment, of every status. */
    public List<RemoteComment> replies(long parent) {
        return comments(get("/wp/v2/comments", "context=edit&status=any&per_page=" + PAGE + "&parent=" + parent,
                true));
    }

    /** Changes a comment's status ({@code approved}, {@code hold}, {@code spam}, {@code trash}) or text. */
    public RemoteComment update(long id, String status, String content) {
        ObjectNode body = JsonTrees.object();
        if (status != null) {
            body.put("status", status);
        }
        if (content != null) {
            body.put("content", content);
        }
        return comment(send("/wp/v2/comments/" + id, "context=edit", body));
    }

    /** Posts a reply as the signed-in user, approved, under {@code parent} on {@code post}. */
    public RemoteComment reply(long post, long parent, String content) {
        ObjectNode body = JsonTrees.object();
        body.put("post", post);
        body.put("parent", parent);
        body.put("content", content);
        body.put("status", "approved");
        return comment(send("/wp/v2/comments", "context=edit", body));
    }

    /** Posts and pages with these ids, of every status; ids that are neither are left out. */
    public List<RemotePost> posts(Collection<Long> ids) {
        List<RemotePost> found = new ArrayList<>();
        List<Long> missing = new ArrayList<>(ids);
        for (String kind : List.of("posts", "pages")) {
            for (int from = 0; from < missing.size(); from += PAGE) {
                String include = missing.subList(from, Math.min(missing.size(), from + PAGE)).stream()
                        .map(String::valueOf).collect(Collectors.joining(","));
                for (JsonNode post : get("/wp/v2/" + kind, "context=edit&status=any&per_page=" + PAGE + "&include="
                        + include, true)) {
                    found.add(new RemotePost(post.path("id").asLong(), post.path("slug").asText(""),
                            post.path("title").path("raw").asText(post.path("title").path("rendered").asText("")),
                            post.path("status").asText(""), date(post.path("date_gmt")), post.path("link").asText("")));
                }
            }
            missing.removeIf(id -> found.stream().anyMatch(post -> post.id() == id));
        }
        return found;
    }

    /** A post (or page) whole; empty when the site has no such post. */
    public Optional<RemoteArticle> post(long id) {
        for (String kind : List.of("posts", "pages")) {
            try {
                return Optional.of(article(get("/wp/v2/" + kind + "/" + id, "context=edit", true)));
            } catch (SiteException e) {
                if (e.kind() != SiteException.Kind.GONE) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }

    /** The post with this slug, of any status. */
    public Optional<RemoteArticle> postWithSlug(String slug) {
        JsonNode found = get("/wp/v2/posts", "context=edit&status=any&slug=" + URLEncoder.encode(slug,
                StandardCharsets.UTF_8), true);
        return found.size() == 0 ? Optional.empty() : Optional.of(article(found.get(0)));
    }

    /** Creates a post ({@code id} 0) or updates one with these fields; returns it as the site now has it. */
    public RemoteArticle savePost(long id, PostFields post) {
        ObjectNode fields = JsonTrees.object().put("title", post.title()).put("excerpt", post.excerpt())
                .put("slug", post.slug()).put("status", post.status()).put("content", post.content());
        if (post.author() != 0) {
            fields.put("author", post.author());
        }
        if (!post.dateGmt().isEmpty()) {
            fields.put("date_gmt", post.dateGmt());
        }
        post.categories().forEach(fields.putArray("categories")::add);
        post.tags().forEach(fields.putArray("tags")::add);
        if (post.featuredMedia() != 0) {
            fields.put("featured_media", post.featuredMedia());
        }
        return article(send(id == 0 ? "/wp/v2/posts" : "/wp/v2/posts/" + id, "context=edit", fields));
    }

    /** The id of the category or tag with this name, made when the site has none ({@code kind}: categories, tags). */
    public long term(String kind, String name) {
        for (JsonNode term : get("/wp/v2/" + kind, "context=edit&per_page=" + PAGE + "&search="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), true)) {
            if (com.newsdesk.domain.CommentHtml.toPlainText(term.path("name").asText()).equalsIgnoreCase(name)) {
                return term.path("id").asLong();
            }
        }
        return send("/wp/v2/" + kind, "", JsonTrees.object().put("name", name)).path("id").asLong();
    }

    /** The names of these categories or tags. */
    public List<String> termNames(String kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode term : get("/wp/v2/" + kind, "per_page=" + PAGE + "&include=" + ids.stream()
                .map(String::valueOf).collect(Collectors.joining(",")), true)) {
            names.add(com.newsdesk.domain.CommentHtml.toPlainText(term.path("name").asText())); // "Arts &amp; culture"
        }
        return names;
    }

    /** The site's user whose display name is this one, if there is exactly such a user. */
    public Optional<Long> userNamed(String name) {
        for (JsonNode user : get("/wp/v2/users", "context=edit&per_page=" + PAGE + "&search="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), true)) {
            if (user.path("name").asText().equalsIgnoreCase(name)) {
                return Optional.of(user.path("id").asLong());
            }
        }
        return Optional.empty();
    }

    /** Uploads an image to the media library with its alt text and caption; returns its id. */
    public long upload(String fileName, String mediaType, byte[] bytes, String alt, String caption) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        JsonNode media = exchange(HttpRequest.newBuilder(uri("/wp/v2/media", "")).header("Authorization", authorization)
                .header("Content-Type", mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        long id = media.path("id").asLong();
        describeMedia(id, alt, caption);
        return id;
    }

    /** Sets a media item's alt text and caption. */
    public void describeMedia(long id, String alt, String caption) {
        send("/wp/v2/media/" + id, "", JsonTrees.object().put("alt_text", alt).put("caption", caption));
    }

    /** The media item's alt text and caption as the site has them (raw). */
    public Optional<String[]> media(long id) {
        try {
            JsonNode media = get("/wp/v2/media/" + id, "context=edit", true);
            return Optional.of(new String[] {media.path("alt_text").asText(""),
                media.path("caption").path("raw").asText("")});
        } catch (SiteException e) {
            if (e.kind() == SiteException.Kind.GONE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static RemoteArticle article(JsonNode post) {
        return new RemoteArticle(post.path("id").asLong(), post.path("slug").asText(""), post.path("status").asText(""),
                raw(post.path("title")), raw(post.path("content")), raw(post.path("excerpt")),
                date(post.path("date_gmt")), post.path("modified_gmt").asText(""), post.path("link").asText(""),
                post.path("author").asLong(), post.path("featured_media").asLong(), ids(post.path("categories")),
                ids(post.path("tags")));
    }

    private static String raw(JsonNode field) {
        return field.path("raw").asText(field.path("rendered").asText(""));
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static List<RemoteComment> comments(JsonNode array) {
        List<RemoteComment> list = new ArrayList<>();
        for (JsonNode node : array) {
            list.add(comment(node));
        }
        return list;
    }

    private static RemoteComment comment(JsonNode node) {
        JsonNode content = node.path("content");
        return new RemoteComment(node.path("id").asLong(), node.path("post").asLong(), node.path("parent").asLong(),
                node.path("author").asLong(), node.path("author_name").asText(""),
                node.path("author_email").asText(""), node.path("author_ip").asText(""), date(node.path("date_gmt")),
                node.path("status").asText(""), content.path("raw").asText(content.path("rendered").asText("")),
                node.path("type").asText("comment"));
    }

    private static Instant date(JsonNode gmt) {
        try {
            return gmt.isTextual() ? LocalDateTime.parse(gmt.asText()).toInstant(ZoneOffset.UTC) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private JsonNode get(String route, String query, boolean signed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(route, query)).GET();
        return exchange(signed ? request.header("Authorization", authorization) : request);
    }

    private JsonNode send(String route, String query, ObjectNode body) {
        try {
            return exchange(HttpRequest.newBuilder(uri(route, query)).header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JsonTrees.write(body))));
        } catch (IOException e) {
            throw new SiteException(SiteException.Kind.FAILED, "the change could not be put into words for the site");
        }
    }

    private URI uri(String route, String query) {
        String path = base + "/?rest_route=" + URLEncoder.encode(route, StandardCharsets.UTF_8).replace("%2F", "/");
        return URI.create(query.isEmpty() ? path : path + "&" + query);
    }

    private JsonNode exchange(HttpRequest.Builder request) {
        return exchange(request, headers -> { });
    }

    private JsonNode exchange(HttpRequest.Builder request, java.util.function.Consumer<java.net.http.HttpHeaders> headers) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SiteException(SiteException.Kind.AWAY, "the site " + base + " could not be reached"
                    + (e instanceof javax.net.ssl.SSLException ? " securely (its certificate was not accepted)" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException(SiteException.Kind.AWAY, "the sync was stopped before the site answered");
        }
        int status = response.statusCode();
        JsonNode answer;
        try {
            answer = JsonTrees.read(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (status >= 200 && status < 300) {
            if (answer == null || answer.isMissingNode()) {
                throw notWordPress();
            }
            headers.accept(response.headers());
            return answer;
        }
        String code = answer == null ? "" : answer.path("code").asText("");
        if (status == 401 || code.equals("incorrect_password") || code.equals("invalid_username")
                || code.equals("rest_not_logged_in")) {
            throw new SiteException(SiteException.Kind.SIGN_IN, "the site refused the sign-in: check the user name"
                    + " and the application password (WordPress: Users → Profile → Application Passwords)");
        }
        if (status == 404 && code.startsWith("rest_") && code.endsWith("_invalid_id")) {
            throw new SiteException(SiteException.Kind.GONE, "the site no longer has it");
        }
        if (status == 403) {
            throw new SiteException(SiteException.Kind.REFUSED, "the site's user may not do this there");
        }
        if (answer == null || code.isEmpty()) {
            throw status >= 500 ? new SiteException(SiteException.Kind.FAILED, "the site failed (HTTP " + status
                    + "); try again later") : notWordPress();
        }
        if (status >= 500) {
            throw new SiteException(SiteException.Kind.FAILED, "the site failed (HTTP " + status + "); try again later");
        }
        List<String> fields = new ArrayList<>();
        answer.path("data").path("params").fieldNames().forEachRemaining(fields::add);
        throw new SiteException(SiteException.Kind.REFUSED, "the site refused the request (" + code
                + (fields.isEmpty() ? "" : ": " + String.join(", ", fields)) + ")");
    }

    private SiteException notWordPress() {
        return new SiteException(SiteException.Kind.NOT_WORDPRESS, base + " does not answer as a WordPress site"
                + " (no REST API at " + base + "/?rest_route=/)");
    }
}
