package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.newsdesk.domain.Article;
import com.newsdesk.domain.ArticleStatus;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13, Markdown front matter: read as Jekyll, Hugo and Ghost write it; our own export reads back whole. */
class FrontMatterTest {
    @Test
    void ourMarkdownExportImportsBackToTheSameArticle() {
        Instant published = Instant.parse("2026-11-29T10:07:42Z");
        Document body = Document.of(Block.paragraph("Le conseil a voté: 31 voix contre 9."),
                Block.of(BlockType.HEADING_2, Run.plain("Ce qui change")),
                Block.of(BlockType.PARAGRAPH, Run.plain("Le tram passera par "), Run.of("la médina", Mark.BOLD),
                        Run.plain(", dit \"le maire\".")));
        Article article = new Article(7, "tram-vote", "Le tram: \"oui\" à 31 voix [officiel]", "Un vote serré & attendu",
                "Amina El Idrissi", "Ville", List.of("transport", "conseil municipal"), "fr", ArticleStatus.PUBLISHED,
                body, published, published, published, null, 1, "amina");
        String markdown = ArticleFileWriter.markdown(article);
        ImportedArticle back = ArticleFileReader.read("tram.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertEquals(article.headline(), back.headline());
        assertEquals(article.dek(), back.dek());
        assertEquals(article.byline(), back.byline());
        assertEquals(article.tags(), back.tags());
        assertEquals(article.section(), back.section());
        assertEquals(article.slug(), back.slug());
        assertEquals("fr", back.language());
        assertEquals(published, back.publishedAt());
        assertEquals(body, back.body());
    }

    @Test
    void jekyllHugoAndGhostFrontMatterIsRead() {
        FrontMatter jekyll = FrontMatter.split("""
                ---
                layout: post
                title:  "Welcome to Jekyll!"
                date:   2024-03-01 10:00:00 +0100
                categories: jekyll update
                author: Jane Doe
                excerpt: A first post.
                ---
                Body.
                """).frontMatter();
        assertEquals("Welcome to Jekyll!", jekyll.title());
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), jekyll.date());
        assertEquals("jekyll", jekyll.section(), "Jekyll's space-separated categories: the first is the section");
        assertEquals("Jane Doe", jekyll.byline());
        assertEquals("A first post.", jekyll.dek());

        FrontMatter hugo = FrontMatter.split("""
                ---
                title: "Hugo post"
                date: 2024-03-01T10:00:00Z
                tags: ["news", "rabat"]
                authors: [Ana, Bo]
                description: "Short."
                slug: hugo-post
                lang: ar
                ---
                Body.
                """).frontMatter();
        assertEquals(List.of("news", "rabat"), hugo.tags());
        assertEquals("Ana, Bo", hugo.byline());
        assertEquals("hugo-post", hugo.slug());
        assertEquals("ar", hugo.language());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), hugo.date());

        FrontMatter plainDate = FrontMatter.split("---\ntitle: T\ndate: 2024-03-01\n---\nx").frontMatter();
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), plainDate.date());
        assertEquals("No front matter", FrontMatter.split("No front matter").body());
        assertEquals("---\n\nNot closed", FrontMatter.split("---\n\nNot closed").body(), "a rule, not front matter");
    }

    @Test
    void brokenFrontMatterIsRefusedWithItsPlace() {
        InvalidInputException yaml = assertThrows(InvalidInputException.class,
                () -> FrontMatter.split("---\ntitle: [unclosed\n---\nx"));
        assertEquals("front matter", yaml.location());
        InvalidInputException date = assertThrows(InvalidInputException.class,
                () -> FrontMatter.split("---\ntitle: T\ndate: yesterday\n---\nx"));
        assertEquals("front matter date", date.location());
    }
}
