package com.newsdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.Role;
import com.newsdesk.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a child JVM (SIGKILL) in the middle of autosaving: nothing acknowledged is lost, and it says "recovered". */
class AutosaveKillTest {
    private static final Actor WRITER = Actor.staff("julien", Role.WRITER);
    @TempDir Path dir;

    @Test
    void theLastAutosaveSurvivesAKill() throws Exception {
        Path file = dir.resolve("n.db");
        long id;
        try (Database db = TestNewsrooms.open(file)) {
            id = new ArticleService(db, TestNewsrooms.CLOCK).create(WRITER, "Killed mid-edit").id();
        }
        for (int kill = 0; kill < 3; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AutosaveChild.class.getName(), file.toString(),
                    Long.toString(id)).redirectErrorStream(true).start();
            int acknowledged = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged = Integer.parseInt(line.substring(6));
                        if (acknowledged >= 30 + kill * 17) {
                            child.destroyForcibly(); // SIGKILL, mid-loop
                            break;
                        }
                    }
                }
            }
            child.waitFor();
            try (Database db = TestNewsrooms.open(file)) {
                assertEquals(List.of("ok"), db.read(tx -> tx.integrityCheck()));
                ArticleService articles = new ArticleService(db, TestNewsrooms.CLOCK);
                ArticleService.Opened opened = articles.open(WRITER, id);
                assertNotNull(opened.recoveredFrom(), "the unclosed session is reported as recovered");
                Article article = opened.article();
                int saved = article.body().blocks().size();
                assertTrue(saved >= acknowledged, "acknowledged " + acknowledged + " autosaves, found " + saved);
                assertEquals("word " + saved, article.body().blocks().get(saved - 1).text());
                articles.close(WRITER, id);
            }
        }
    }
}
