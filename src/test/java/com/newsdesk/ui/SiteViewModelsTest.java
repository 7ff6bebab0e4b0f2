package com.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleDraft;
import com.newsdesk.domain.ArticleSummary;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.Document;
import com.newsdesk.service.ArticleService;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.site.RealWordPress;
import com.newsdesk.storage.Database;
import com.newsdesk.ui.common.BackgroundExecutor;
import com.newsdesk.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's site flows without a toolkit (issue 19), against a real WordPress: the dialogs are scripted. */
class SiteViewModelsTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir Path dir;
    private RealWordPress wordpress;
    private Database database;
    private ShellViewModel shell;

    @BeforeEach
    void setUp() {
        wordpress = RealWordPress.start();
        database = TestNewsrooms.open(dir.resolve("newsroom.db"));
        shell = new ShellViewModel(TestNewsrooms.OWNER, false, ShellViewModelTest.services(database),
                BackgroundExecutor.direct(), dialogs);
    }

    @AfterEach
    void tearDown() {
        database.close();
        wordpress.close();
    }

    @Test
    void aSiteAddedInSettingsIsListedAndRemovedOnlyWhenConfirmed() {
        var sites = shell.sitesSettings();
        sites.add("Our site", wordpress.url, wordpress.user, "wrong password".toCharArray());
        assertThat(sites.messageProperty().get()).startsWith("Not done: The site was not added: the site refused the"
                + " sign-in");
        assertThat(sites.sites()).isEmpty();

        sites.add("Our site", wordpress.url + "/", wordpress.user, wordpress.password.toCharArray());
        assertThat(sites.sites()).extracting(site -> site.url()).containsExactly(wordpress.url);
        assertThat(shell.siteSync().availableProperty().get()).isTrue();
        assertThat(shell.siteSync().stateProperty().get()).isEqualTo("Not synced with Our site yet");

        dialogs.answering(false);
        sites.removeAsked(sites.sites().get(0));
        assertThat(sites.sites()).hasSize(1);
        dialogs.answering(true);
        sites.removeAsked(sites.sites().get(0));
        assertThat(sites.sites()).isEmpty();
    }

    @Test
    void syncAsksThePasswordOnceAndAgainAfterTheSiteRefusedIt() {
        new com.newsdesk.service.site.SiteService(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "Our site",
                wordpress.url, wordpress.user, wordpress.password);
        shell.siteSync().refresh();

        dialogs.answering("abcd efgh ijkl mnop qrst uvwx");
        shell.siteSync().syncAsked();
        assertThat(shell.statusMessageProperty().get()).contains("sync stopped: the site refused the sign-in");

        dialogs.answering(wordpress.password);
        shell.siteSync().syncAsked();
        assertThat(shell.statusMessageProperty().get()).isEqualTo("Our site: 1 pulled, 0 pushed.");
        assertThat(dialogs.asked).hasSize(2);

        shell.siteSync().syncAsked(); // known now: nothing asked
        assertThat(dialogs.asked).hasSize(2);
        assertThat(shell.siteSync().stateProperty().get()).startsWith("Synced ");
    }

    @Test
    void publishToSiteSaysWhatHappensAsksOnceAndShowsASiteChangeBeforeReplacingIt() {
        new com.newsdesk.service.site.SiteService(database, TestNewsrooms.CLOCK).add(TestNewsrooms.OWNER, "Our site",
                wordpress.url, wordpress.user, wordpress.password);
        ArticleService articles = new ArticleService(database, TestNewsrooms.CLOCK);
        Article made = articles.create(TestNewsrooms.OWNER, "Tram line 2");
        Article article = articles.save(TestNewsrooms.OWNER, made.id(), new ArticleDraft("Tram line 2", "", "", "",
                List.of(), made.slug(), "en", Document.of(Block.paragraph("The tram runs again."))), made.version(),
                null);
        ArticleSummary row = new ArticleSummary(article.id(), article.slug(), article.headline(), "", "", "en",
                article.status(), article.updatedAt(), null, false, null, "", false);

        dialogs.answering(true, wordpress.password);
        shell.articles().publishToSiteAsked(row);

        assertThat(dialogs.asked.get(0)).contains("as a draft there, not visible to readers");
        assertThat(shell.articles().messageProperty().get()).startsWith("Made post ").contains("(draft)");
        long post = Long.parseLong(shell.articles().messageProperty().get().split(" ")[2]);
        wordpress.php("wp_update_post(array('ID' => " + post + ", 'post_content' => '<p>The tram runs again, said"
                + " the mayor.</p>'));");

        dialogs.answering(true, false); // publish; then, shown the site's change: keep it
        shell.articles().publishToSiteAsked(row);
        assertThat(dialogs.asked).hasSize(4); // the password was not asked again
        assertThat(dialogs.asked.get(2)).startsWith("confirm: Publish to Our site");
        assertThat(dialogs.asked.get(3)).contains("changed there since it was last published from here")
                .contains("[The tram runs again[-, said the mayor-].]");
        assertThat(wordpress.php("echo get_post(" + post + ")->post_content;")).contains("mayor");

        dialogs.answering(true, true); // publish; replace the site's version
        shell.articles().publishToSiteAsked(row);
        assertThat(shell.articles().messageProperty().get()).startsWith("Updated post " + post);
        assertThat(wordpress.php("echo get_post(" + post + ")->post_content;")).doesNotContain("mayor");
    }
}
