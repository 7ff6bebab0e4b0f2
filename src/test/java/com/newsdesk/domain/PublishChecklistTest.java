package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishChecklistTest {
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-29T10:00:00Z");

    private static List<PublishChecklist.Item> check(ArticleDraft draft) {
        return PublishChecklist.check(draft, NOW);
    }

    @Test
    void blocksAnEmbargoInTheFutureAnImageWithoutAltAndFieldsOverTheirLimits() {
        ArticleExtras extras = new ArticleExtras("e".repeat(301), "", "m".repeat(501), "1-photo.jpg", "", "",
                NOW.plusSeconds(3600));
        List<String> blocking = PublishChecklist.blocking(new ArticleDraft("H", "d", "b", "", List.of(), "s", "en",
                Document.of(Block.paragraph("Body.")), null, extras), NOW).stream().map(PublishChecklist.Item::message)
                .toList();
        assertEquals(List.of("The excerpt is 301 characters; the limit is 300.",
                "The meta description is 501 characters; the limit is 500.", "The featured image has no alt text.",
                "The article is under embargo until 2026-11-29T11:00:00Z."), blocking);
        ArticleExtras past = new ArticleExtras("", "", "", "", "", "", NOW.minusSeconds(1));
        assertEquals(List.of(), PublishChecklist.blocking(new ArticleDraft("H", "d", "b", "", List.of(), "s", "en",
                Document.of(Block.paragraph("Body.")), null, past), NOW));
    }

    private static ArticleDraft draft(String headline, String dek, Document body) {
        return new ArticleDraft(headline, dek, "Amina", "", List.of(), "slug", "en", body);
    }

    @Test
    void aCompleteArticleIsReady() {
        assertEquals(List.of(), check(draft("Tram approved", "A dek.",
                Document.of(Block.paragraph("TKO is a word; so is ATK.")))));
    }

    @Test
    void blocksAndWarns() {
        Document body = Document.of(Block.paragraph("The mayor said TK."),
                Block.of(BlockType.PARAGRAPH, Run.link("here", "javascript:alert(1)"), Run.link(" there", "https://")));
        List<PublishChecklist.Item> items = check(draft("", "", body));
        assertEquals(List.of(
                new PublishChecklist.Item(true, "The headline is empty."),
                new PublishChecklist.Item(true, "\"TK\" placeholders are left in the text."),
                new PublishChecklist.Item(true, "The link \"here\" goes to \"javascript:alert(1)\", which an article may not carry."),
                new PublishChecklist.Item(true, "The link \" there\" has no valid address (https://)."),
                new PublishChecklist.Item(false, "There is no dek.")), items);
        assertEquals(true, check(draft("x".repeat(256), "d", Document.of(Block.paragraph("b"))))
                .get(0).message().startsWith("The headline is 256 characters"));
        assertEquals("The body is empty.", check(draft("H", "d", Document.EMPTY)).get(0).message());
    }
}
