package com.newsdesk.io.wordpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode index = get("/", "", false);
        JsonNode namespaces = index.path("namespaces");
        boolean wp = false;
        for (JsonNode namespace : namespaces) {
            wp |= namespace.asText().equals("wp/v2");
        }
        if (!wp) {
            throw notWordPress();
        }
        JsonNode me = get("/wp/v2/users/me", "context=edit", true);
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
        ObjectNode body = JSON.createObjectNode();
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
        ObjectNode body = JSON.createObjectNode();
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
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new SiteException(SiteException.Kind.FAILED, "the change could not be put into words for the site");
        }
    }

    private URI uri(String route, String query) {
        String path = base + "/?rest_route=" + URLEncoder.encode(route, StandardCharsets.UTF_8).replace("%2F", "/");
        return URI.create(query.isEmpty() ? path : path + "&" + query);
    }

    private JsonNode exchange(HttpRequest.Builder request) {
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
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            answer = null;
        }
        if (status >= 200 && status < 300) {
            if (answer == null || answer.isMissingNode()) {
                throw notWordPress();
            }
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
        throw new SiteException(SiteException.Kind.REFUSED, "the site refused the request (" + code + ")");
    }

    private SiteException notWordPress() {
        return new SiteException(SiteException.Kind.NOT_WORDPRESS, base + " does not answer as a WordPress site"
                + " (no REST API at " + base + "/?rest_route=/)");
    }
}
