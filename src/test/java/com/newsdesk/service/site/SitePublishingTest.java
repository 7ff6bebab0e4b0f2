package com.newsdesk.service.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleExtras;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TaskMonitor;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.storage.Database;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles to a real WordPress and back (issue 19): made once, updated after, never overwriting the site unseen. */
class SitePublishingTest {
    private static final Actor EDITOR = Actor.staff("ed", Role.EDITOR);

    @TempDir Path dir;
    private RealWordPress wordpress;
    private Database database;
    private SitePublishing publishing;
    private ArticleService articles;

    @BeforeEach
    void setUp() {
        wordpress = RealWordPress.start();
        database = TestNewsrooms.open(dir.resolve("newsroom.db"));
        new SiteService(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "Our site", wordpress.url,
                wordpress.user, wordpress.password);
        publishing = new SitePublishing(database, TestNewsrooms.CLOCK);
        articles = new ArticleService(database, TestNewsrooms.CLOCK);
    }

    @AfterEach
    void tearDown() {
        database.close();
        wordpress.close();
    }

    private Article written(String headline, String byline, String body, Instant scheduledAt, ArticleExtras extras) {
        Article made = articles.create(EDITOR, headline);
        return articles.save(EDITOR, made.id(), new ArticleDraft(headline, "Roads closed & buses late", byline, "City",
                List.of("rain", "traffic"), made.slug(), "en", Document.of(Block.paragraph(body)), scheduledAt,
                extras), made.version(), null);
    }

    private SitePublishing.Published publish(Article article, String status, boolean replace) {
        return publishing.publish(EDITOR, null, wordpress.password, article.slug(), status, replace);
    }

    private String post(long id, String field) {
        return wordpress.php("echo get_post(" + id + ")->" + field + ";");
    }

    @Test
    void theFirstPublishMakesThePostAndTheNextUpdatesTheSamePost() {
        Article article = written("Rain floods the old town", "Amina Idrissi", "Water rose on Rue des Consuls.", null,
                ArticleExtras.NONE);

        SitePublishing.Published first = publish(article, "publish", false);

        assertThat(first.created()).isTrue();
        assertThat(first.status()).isEqualTo("publish");
        assertThat(post(first.postId(), "post_title")).isEqualTo("Rain floods the old town");
        assertThat(post(first.postId(), "post_excerpt")).isEqualTo("Roads closed & buses late");
        assertThat(post(first.postId(), "post_content")).isEqualTo("<p class=\"byline\">Amina Idrissi</p>\n"
                + "<p>Water rose on Rue des Consuls.</p>");
        assertThat(wordpress.php("echo implode(',', wp_get_post_categories(" + first.postId() + ", array('fields'"
                + " => 'names')));")).isEqualTo("City");
        assertThat(wordpress.php("echo implode(',', wp_get_post_tags(" + first.postId() + ", array('fields'"
                + " => 'names')));")).isEqualTo("rain,traffic");

        Article edited = articles.save(EDITOR, article.id(), new ArticleDraft(article.headline(), article.dek(),
                article.byline(), article.section(), article.tags(), article.slug(), "en",
                Document.of(Block.paragraph("Water rose on Rue des Consuls overnight."))), article.version(), null);
        SitePublishing.Published second = publish(edited, "publish", false);

        assertThat(second.created()).isFalse();
        assertThat(second.postId()).isEqualTo(first.postId());
        assertThat(post(first.postId(), "post_content")).contains("overnight");
        assertThat(wordpress.php("echo wp_count_posts()->publish;")).isEqualTo("2"); // Hello world! and ours
    }

    @Test
    void aBylineOfTheSitesUserMakesThemTheAuthorAndAScheduleIsFuture() {
        String user = wordpress.php("echo wp_insert_user(array('user_login' => 'amina', 'user_pass' => 'x',"
                + " 'display_name' => 'Amina Idrissi', 'role' => 'author'));");
        Instant later = Instant.parse("2030-01-15T08:00:00Z");
        Article article = written("Budget vote", "Amina Idrissi", "The council votes on Monday.", later,
                ArticleExtras.NONE);

        SitePublishing.Published published = publish(article, "future", false);

        assertThat(published.status()).isEqualTo("future");
        assertThat(post(published.postId(), "post_author")).isEqualTo(user);
        assertThat(post(published.postId(), "post_date_gmt")).isEqualTo("2030-01-15 08:00:00");
        assertThat(post(published.postId(), "post_content")).doesNotContain("byline");
    }

    @Test
    void theFeaturedImageGoesToTheMediaLibraryWithItsAltTextAndCaption() throws Exception {
        Path png = dir.resolve("flood.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Article article = written("Flood pictures", "Omar", "Pictures of the flood.", null, ArticleExtras.NONE);
        String file = articles.copyImage(EDITOR, article.id(), png);
        Article withImage = written("Flood pictures 2", "Omar", "Pictures of the flood.", null,
                new ArticleExtras("", "", "", file, "A flooded street", "Rue des Consuls, Tuesday", null));

        SitePublishing.Published published = publish(withImage, "draft", false);

        String media = wordpress.php("echo get_post_thumbnail_id(" + published.postId() + ");");
        assertThat(Long.parseLong(media)).isPositive();
        assertThat(wordpress.php("echo get_post_meta(" + media + ", '_wp_attachment_image_alt', true);"))
                .isEqualTo("A flooded street");
        assertThat(post(Long.parseLong(media), "post_excerpt")).isEqualTo("Rue des Consuls, Tuesday");
        assertThat(publish(withImage, "draft", false).postId()).isEqualTo(published.postId());
        assertThat(wordpress.php("echo count(get_posts(array('post_type' => 'attachment', 'numberposts' => -1)));"))
                .isEqualTo("1"); // uploaded once
    }

    @Test
    void aPostChangedOnTheSiteIsNotOverwrittenUnseen() {
        Article article = written("Tram line 2", "Omar", "The tram runs again.", null, ArticleExtras.NONE);
        long post = publish(article, "publish", false).postId();
        wordpress.php("wp_update_post(array('ID' => " + post + ", 'post_content' => '<p>The tram runs again, said"
                + " the mayor.</p>'));");

        assertThatThrownBy(() -> publish(article, "publish", false)).isInstanceOf(SiteChangedException.class)
                .hasMessageContaining("changed there since it was last published from here")
                .satisfies(refused -> assertThat(((SiteChangedException) refused).differenceText())
                        .isEqualTo("{+Omar\n+}The tram runs again[-, said the mayor-].")) // the site lost the byline too
                .satisfies(refused -> assertThat(((SiteChangedException) refused).changes())
                        .containsExactly("{+Omar +}The tram runs again", "The tram runs again[-, said the mayor-]."));
        assertThat(post(post, "post_content")).contains("said the mayor");

        publish(article, "publish", true);
        assertThat(post(post, "post_content")).doesNotContain("mayor");
    }

    @Test
    void aPulledPostIsEditedHereAndGoesBackToTheSamePostAndAStubBecomesTheArticle() {
        wordpress.comment(1, 0, "Nadia", "nadia@example.org", "Nice", "1");
        new SiteService(database, TestNewsrooms.CLOCK).sync(EDITOR, null, wordpress.password, TaskMonitor.NONE);
        long stub = database.read(tx -> tx.articles().idOfSlug("hello-world")).orElseThrow();

        Article pulled = publishing.pull(EDITOR, null, wordpress.password, wordpress.url + "/?p=1");

        assertThat(pulled.id()).isEqualTo(stub);
        assertThat(pulled.extras().isStub()).isFalse();
        assertThat(pulled.headline()).isEqualTo("Hello world!");
        assertThat(pulled.body().plainText()).startsWith("Welcome to WordPress.");
        Article edited = articles.save(EDITOR, pulled.id(), new ArticleDraft("Hello, newsroom!", "", "", "",
                List.of(), pulled.slug(), "en", Document.of(Block.paragraph("Edited offline."))), pulled.version(),
                null);

        SitePublishing.Published back = publish(edited, "publish", false);

        assertThat(back.postId()).isEqualTo(1);
        assertThat(back.created()).isFalse();
        assertThat(post(1, "post_title")).isEqualTo("Hello, newsroom!");
        assertThat(post(1, "post_content")).isEqualTo("<p>Edited offline.</p>");
        long onIt = database.read(tx -> tx.comments().countOfArticle(stub));
        assertThat(onIt).isEqualTo(2); // the sample comment and Nadia's stay on it
    }

    @Test
    void theChecklistAndTheRoleApply() {
        Article empty = articles.create(EDITOR, "Nothing yet");
        assertThatThrownBy(() -> publish(empty, "publish", false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The body is empty.");
        Article article = written("Ready", "Omar", "Text.", null, ArticleExtras.NONE);
        assertThatThrownBy(() -> publishing.publish(Actor.staff("wendy", Role.WRITER), null, wordpress.password,
                article.slug(), "draft", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(wordpress.php("echo wp_count_posts()->publish;")).isEqualTo("1");
    }
}
