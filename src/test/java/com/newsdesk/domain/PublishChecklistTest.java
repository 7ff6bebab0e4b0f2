package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishChecklistTest {
    private static ArticleDraft draft(String headline, String dek, Document body) {
        return new ArticleDraft(headline, dek, "Amina", "", List.of(), "slug", "en", body);
    }

    @Test
    void aCompleteArticleIsReady() {
        assertEquals(List.of(), PublishChecklist.check(draft("Tram approved", "A dek.",
                Document.of(Block.paragraph("TKO is a word; so is ATK.")))));
    }

    @Test
    void blocksAndWarns() {
        Document body = Document.of(Block.paragraph("The mayor said TK."),
                Block.of(BlockType.PARAGRAPH, Run.link("here", "javascript:alert(1)"), Run.link(" there", "https://")));
        List<PublishChecklist.Item> items = PublishChecklist.check(draft("", "", body));
        assertEquals(List.of(
                new PublishChecklist.Item(true, "The headline is empty."),
                new PublishChecklist.Item(true, "\"TK\" placeholders are left in the text."),
                new PublishChecklist.Item(true, "The link \"here\" goes to \"javascript:alert(1)\", which an article may not carry."),
                new PublishChecklist.Item(true, "The link \" there\" has no valid address (https://)."),
                new PublishChecklist.Item(false, "There is no dek.")), items);
        assertEquals(true, PublishChecklist.check(draft("x".repeat(256), "d", Document.of(Block.paragraph("b"))))
                .get(0).message().startsWith("The headline is 256 characters"));
        assertEquals("The body is empty.", PublishChecklist.check(draft("H", "d", Document.EMPTY)).get(0).message());
    }
}
