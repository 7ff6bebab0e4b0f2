package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {
    private static ImportedArticle page(String name) throws IOException {
        try (InputStream in = ArticleFileReaderTest.class.getResourceAsStream("/pages/" + name)) {
            return ArticleFileReader.read(name, in.readAllBytes());
        }
    }

    @Test
    void readsANewsPageAndDropsEverythingAroundTheStory() throws IOException {
        ImportedArticle article = page("tram-en.html");
        assertEquals("City council approves new tram line", article.headline());
        assertEquals("The 12-kilometre line will link the port to the university.", article.dek());
        assertEquals("Emma Clarke", article.byline());
        assertEquals(Instant.parse("2026-03-14T08:30:00Z"), article.publishedAt());
        assertEquals("en", article.language());
        assertEquals(List.of("transport"), article.tags());
        assertEquals(Document.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("The council voted "), Run.of("31 to 9", Mark.BOLD),
                        Run.plain(" on Tuesday to build the line.")),
                Block.of(BlockType.HEADING_2, Run.plain("What happens next")),
                Block.of(BlockType.PARAGRAPH, Run.plain("Work starts in "), Run.of("spring", Mark.ITALIC),
                        Run.plain(", according to "), Run.link("the plan", "https://example.org/plan"), Run.plain(".")),
                Block.of(BlockType.QUOTE, Run.plain("We have waited for this for years.")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("Twelve stops")),
                Block.of(BlockType.BULLETED_ITEM, Run.plain("Trams every six minutes"))), article.body());
        String text = article.body().plainText();
        for (String clutter : new String[] {"watches", "Share", "newsletter", "Related", "covers the city", "comment",
            "tracking", "Home"}) {
            assertFalse(text.contains(clutter), clutter + " was left in: " + text);
        }
    }

    @Test
    void readsAWordPressPostInFrench() throws IOException {
        ImportedArticle article = page("wordpress-fr.html");
        assertEquals("Budget municipal : le conseil adopte le plan", article.headline());
        assertEquals("Le budget 2027 prévoit 40 millions pour les transports.", article.dek());
        assertEquals("Léa Martin", article.byline());
        assertEquals(Instant.parse("2026-10-02T17:00:00Z"), article.publishedAt());
        assertEquals("fr", article.language());
        assertEquals(Document.of(
                Block.of(BlockType.PARAGRAPH, Run.plain("Le conseil municipal a adopté "), Run.of("mardi soir", Mark.ITALIC),
                        Run.plain(" le budget 2027, qui prévoit 40 millions d'euros pour les transports.")),
                Block.of(BlockType.HEADING_3, Run.plain("Les principales mesures")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("Une nouvelle ligne de bus")),
                Block.of(BlockType.NUMBERED_ITEM, Run.plain("La rénovation des écoles")),
                Block.paragraph("L'opposition a voté contre, estimant que « le compte n'y est pas ».")), article.body());
    }

    @Test
    void detectsArabicAndKeepsItsText() throws IOException {
        ImportedArticle article = page("rain-ar.html");
        assertEquals("الأمطار الغزيرة تعطل حركة السير في الدار البيضاء", article.headline());
        assertEquals("ar", article.language());
        assertEquals(Instant.parse("2026-01-20T08:00:00Z"), article.publishedAt());
        assertEquals(2, article.body().blocks().size());
        assertFalse(article.body().plainText().contains("شارك"));
    }

    @Test
    void readsMarkdownWithItsFirstHeadingAsTheHeadline() throws IOException {
        ImportedArticle article = page("note-fr.md");
        assertEquals("Le festival revient à Marrakech", article.headline());
        assertEquals("fr", article.language());
        List<Block> blocks = article.body().blocks();
        assertEquals(Run.of("revient", Mark.BOLD), blocks.get(0).runs().get(1));
        assertEquals(BlockType.HEADING_2, blocks.get(1).type());
        assertEquals(BlockType.BULLETED_ITEM, blocks.get(2).type());
        assertEquals(BlockType.QUOTE, blocks.get(4).type());
        assertTrue(blocks.get(5).runs().contains(Run.link("le site", "https://example.org/festival")));
    }

    @Test
    void plainTextKeepsItsParagraphs() {
        ImportedArticle article = ArticleFileReader.read("note.txt",
                "Headline here\n\nFirst paragraph\nstill first.\r\n\r\nSecond one.".getBytes());
        assertEquals("Headline here", article.headline());
        assertEquals(Document.of(Block.paragraph("First paragraph still first."), Block.paragraph("Second one.")),
                article.body());
    }

    @Test
    void markdownOutReadsBackIn() throws IOException {
        Document body = page("tram-en.html").body();
        assertEquals(body, ArticleFileReader.fromMarkdown(MarkdownRenderer.render(body)).body());
    }

    /**
     * Issue 13: a page in the ways Readability's news test pages fail simpler readers (JSON-LD in CDATA, the site's
     * name after the title, chrome inside the article, a declared language).
     */
    @Test
    void aNewsPageKeepsItsStoryAndLosesTheSitesChrome() throws Exception {
        ImportedArticle article = ArticleFileReader.read("noticia-es.html",
                getClass().getResourceAsStream("/pages/noticia-es.html").readAllBytes());
        assertEquals("El metro llega al barrio norte, tras diez años de obras", article.headline(),
                "the site's name leaves the headline");
        assertEquals("Lucía Fernández", article.byline());
        assertEquals("es", article.language(), "the page's own language, not a guess");
        String text = article.body().plainText();
        assertTrue(text.startsWith("La nueva línea del metro abrió el martes"), text);
        assertTrue(text.contains("Lo que cambia") && text.endsWith("durante el primer año de servicio."), text);
        for (String chrome : List.of("Advertisement", "Compartir", "boletín", "relacionados", "tranvía", "Portada",
                "Transporte", "©")) {
            assertFalse(text.contains(chrome), chrome + " reached the body: " + text);
        }
    }

    @Test
    void theSitesNameLeavesAHeadlineOnlyWhenItIsTheSite() {
        assertEquals("Obama admits US gun laws are his 'biggest frustration'", ArticleFileReader.withoutSiteName(
                "Obama admits US gun laws are his 'biggest frustration' - BBC News", "BBC News", false));
        assertEquals("Whale strandings | Eleanor Ainge Roy", ArticleFileReader.withoutSiteName(
                "Whale strandings | Eleanor Ainge Roy", "the Guardian", false), "a columnist's name stays");
        assertEquals("Council approves the new tram line", ArticleFileReader.withoutSiteName(
                "Council approves the new tram line | Gazette.ma", "", true), "a window title is cleaned harder");
    }
}
