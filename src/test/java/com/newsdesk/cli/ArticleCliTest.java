package com.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCliTest {
    @TempDir Path dir;
    private final CliTest cli = new CliTest();

    @Test
    void importSearchAndExportAnArticle() throws Exception {
        String db = dir.resolve("n.db").toString();
        Path page = dir.resolve("tram-en.html");
        try (var in = getClass().getResourceAsStream("/pages/tram-en.html")) {
            Files.write(page, in.readAllBytes());
        }
        CliTest.Run imported = cli.run("import-article", page.toString(), "--db", db, "--json");
        assertEquals(0, imported.code(), imported.err());
        JsonNode created = new ObjectMapper().readTree(imported.out());
        assertEquals("city-council-approves-new-tram-line", created.get("slug").asText());

        assertEquals(0, cli.run("demo", "--db", dir.resolve("other.db").toString(), "--articles", "1").code());
        CliTest.Run found = cli.run("articles", "--db", db, "--search", "university TRAM", "--json");
        assertEquals(0, found.code(), found.err());
        JsonNode hits = new ObjectMapper().readTree(found.out());
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).get("snippet").asText().contains("["), hits.toString());
        assertEquals(0, new ObjectMapper().readTree(cli.run("articles", "--db", db, "--search", "\"OR AND(",
                "--json").out()).size(), "query syntax typed by a person is just words");

        CliTest.Run html = cli.run("export-article", "city-council-approves-new-tram-line", "--format", "html", "--db", db);
        assertTrue(html.stdoutText().contains("<h1>City council approves new tram line</h1>"), html.stdoutText());
        assertTrue(html.stdoutText().contains("<strong>31 to 9</strong>"));
        CliTest.Run markdown = cli.run("export-article", created.get("id").asText(), "--format", "md", "--db", db);
        assertTrue(markdown.stdoutText().startsWith("---\ntitle: \"City council approves new tram line\"\n"),
                markdown.stdoutText());
        Path json = dir.resolve("a.json");
        assertEquals(0, cli.run("export-article", "1", "--format", "json", "--out", json.toString(), "--db", db).code());
        assertEquals("draft", new ObjectMapper().readTree(json.toFile()).get("status").asText());
        assertEquals(1, cli.run("export-article", "no-such-slug", "--format", "md", "--db", db).code());
        assertEquals(2, cli.run("export-article", "1", "--format", "pdf", "--db", db).code());
    }

    @Test
    void exportsCommentsForTheSiteWithSafeHtml() throws Exception {
        String db = dir.resolve("c.db").toString();
        assertEquals(0, cli.run("demo", "--db", db, "--articles", "5", "--comments", "300", "--subscribers", "0").code());
        CliTest.Run spam = cli.run("export-comments", "--db", db, "--status", "spam", "--out", "-");
        assertEquals(0, spam.code(), spam.err());
        JsonNode comments = new ObjectMapper().readTree(spam.stdout());
        assertTrue(comments.size() > 0);
        for (JsonNode comment : comments) {
            assertEquals("spam", comment.get("status").asText());
            assertTrue(comment.has("articleSlug"));
            assertTrue(!comment.get("html").asText().contains("<script"), comment.get("html").asText());
        }
        CliTest.Run missing = cli.run("export-comments", "--db", db, "--article", "no-such-article", "--out", "-");
        assertEquals(1, missing.code());
        assertEquals("newsdesk: --article: no article with the slug \"no-such-article\"\n", missing.err());
    }

    @Test
    void emptyCommentsEmptiesSpamOrTrashOnlyAndSaysHowMany() throws Exception {
        String db = dir.resolve("e.db").toString();
        assertEquals(0, cli.run("demo", "--db", db, "--articles", "5", "--comments", "300", "--subscribers", "0").code());
        long spam = new ObjectMapper().readTree(cli.run("export-comments", "--db", db, "--status", "spam", "--out", "-")
                .stdout()).size();
        assertTrue(spam > 0);
        CliTest.Run emptied = cli.run("empty-comments", "spam", "--db", db);
        assertEquals(0, emptied.code(), emptied.err());
        assertEquals(String.format("Deleted %,d comments from spam.%n", spam), emptied.out());
        assertEquals(0, new ObjectMapper().readTree(cli.run("export-comments", "--db", db, "--status", "spam",
                "--out", "-").stdout()).size());

        CliTest.Run pending = cli.run("empty-comments", "pending", "--db", db);
        assertEquals(1, pending.code());
        assertEquals("newsdesk: status: only the spam and trash queues can be emptied, not pending\n", pending.err());
        CliTest.Run unknown = cli.run("empty-comments", "junk", "--db", db);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown comment status \"junk\" (expected one of pending, approved, spam,"
                + " trash)"), unknown.err());
    }

    @Test
    void updatesDiscardsDeletesAndRestoresFromTheCommandLine() throws Exception {
        String db = dir.resolve("a.db").toString();
        assertEquals(0, cli.run("demo", "--db", db, "--articles", "8", "--comments", "0", "--subscribers", "0").code());
        var list = new ObjectMapper().readTree(cli.run("articles", "--db", db, "--json").out());
        String published = null;
        String draft = null;
        for (var article : list) {
            if (published == null && article.get("status").asText().equals("published")) {
                published = article.get("id").asText();
            }
            if (draft == null && article.get("status").asText().equals("draft")) {
                draft = article.get("id").asText();
            }
        }
        CliTest.Run nothing = cli.run("article", "update", published, "--db", db);
        assertEquals(1, nothing.code());
        assertEquals("newsdesk: changes: there are no changes waiting to go live\n", nothing.err());

        try (var file = com.newsdesk.service.TestNewsrooms.open(dir.resolve("a.db"))) {
            var articles = new com.newsdesk.service.ArticleService(file, com.newsdesk.service.TestNewsrooms.CLOCK);
            var live = articles.find(com.newsdesk.service.TestNewsrooms.OWNER, published);
            articles.autosave(com.newsdesk.service.TestNewsrooms.OWNER, live.id(), new com.newsdesk.domain.ArticleDraft("Changed headline", live.dek(),
                    live.byline(), live.section(), live.tags(), live.slug(), live.language(), live.body()),
                    live.version());
        }
        assertTrue(cli.run("articles", "--db", db).out().contains("  (changes not yet live)\n"));
        CliTest.Run updated = cli.run("article", "update", published, "--db", db);
        assertEquals(0, updated.code(), updated.err());
        assertEquals("Updated \u201CChanged headline\u201D: its changes are live.\n", updated.out());

        CliTest.Run deleted = cli.run("article", "delete", draft, "--db", db);
        assertEquals(0, deleted.code(), deleted.err());
        assertTrue(deleted.out().contains(": in the trash until "), deleted.out());
        assertTrue(cli.run("article", "trash", "--db", db).out().contains("deleted "));
        assertEquals(0, cli.run("article", "undelete", draft, "--db", db).code());
        assertEquals("", cli.run("article", "trash", "--db", db).out());
        CliTest.Run zone = cli.run("article", "time-zone", "Africa/Casablanca", "--db", db);
        assertEquals("The newsroom's time zone is now Africa/Casablanca.\n", zone.out(), zone.err());
        assertEquals("Africa/Casablanca\n", cli.run("article", "time-zone", "--db", db).out());
        assertEquals("newsdesk: time zone: \"Casablanca\" is not a time zone such as Africa/Casablanca, Europe/Paris"
                + " or UTC\n", cli.run("article", "time-zone", "Casablanca", "--db", db).err());
        CliTest.Run notDraft = cli.run("article", "delete", published, "--db", db);
        assertEquals("newsdesk: status: only drafts can be deleted; this one is published (unpublish it first)\n",
                notDraft.err());
    }
}
