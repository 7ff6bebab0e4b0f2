package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentRulesTest {
    private static final CommentRules RULES = new CommentRules(Map.of(
            CommentRules.Kind.BLOCKED_WORD, List.of("viagra", "Café Noir", "كلب"),
            CommentRules.Kind.SUSPECT_WORD, List.of("crypto", "élection", "حرب"),
            CommentRules.Kind.BLOCKED_EMAIL, List.of("Spammer@Example.com"),
            CommentRules.Kind.BLOCKED_DOMAIN, List.of("spam.example"),
            CommentRules.Kind.BLOCKED_IP, List.of("203.0.113.0/24", "2001:db8::1")), 2, true);

    private static CommentRules.Verdict judge(String body) {
        return RULES.judge("Ana", "ana@example.org", "198.51.100.4", body, false);
    }

    @Test
    void aCleanFirstCommentWaitsAndAKnownAuthorIsApproved() {
        assertEquals(new CommentRules.Verdict(CommentStatus.PENDING, "first comment from this address"),
                judge("Thank you for this piece."));
        assertEquals(new CommentRules.Verdict(CommentStatus.APPROVED, "an earlier comment by this author was approved"),
                RULES.judge("Ana", "ana@example.org", "", "Thank you again.", true));
        CommentRules off = new CommentRules(Map.of(), 2, false);
        assertEquals(new CommentRules.Verdict(CommentStatus.PENDING, null),
                off.judge("Ana", "ana@example.org", "", "Thank you again.", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buy VIAGRA now", "buy viagra.", "«Viagra»", "vi<b></b>agra here", "v&#105;agra",
            "ｖｉａｇｒａ", "<p>viagra</p>", "a café noir please", "CAFE NOIR", "café\n  noir",
            "هذا كلب", "هذا كَلْب", "كلب!"})
    void blockedWordsMatchAcrossCaseAccentsMarkupAndScripts(String body) {
        CommentRules.Verdict verdict = judge(body);
        assertEquals(CommentStatus.SPAM, verdict.status(), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Niagara falls", "viagras", "cafés noirs", "الكلب", "كلبة", "bioviagra"})
    void wordsMatchOnlyWhole(String body) {
        assertEquals(CommentStatus.PENDING, judge(body).status(), body);
    }

    @Test
    void suspectWordsHoldTheCommentAndAreNamed() {
        assertEquals("suspect word “crypto”", judge("Invest in CRYPTO today").reason());
        assertEquals("suspect word “élection”", judge("avant l'election de demain").reason());
        assertEquals("suspect word “حرب”", judge("عن الحرب و حرب أخرى").reason());
    }

    @Test
    void blockedAuthorsGoToSpam() {
        assertEquals("blocked email spammer@example.com",
                RULES.judge("X", " SPAMMER@example.com ", "", "hello", false).reason());
        assertEquals("blocked email domain spam.example",
                RULES.judge("X", "bob@mail.spam.example", "", "hello", false).reason());
        assertEquals(CommentStatus.PENDING, RULES.judge("X", "bob@notspam.example", "", "hello", false).status());
        assertEquals("blocked IP 203.0.113.0/24", RULES.judge("X", "a@b.org", "203.0.113.77", "hi", false).reason());
        assertEquals("blocked IP 2001:db8::1", RULES.judge("X", "a@b.org", "2001:DB8:0:0:0:0:0:1", "hi", false)
                .reason());
        assertEquals(CommentStatus.PENDING, RULES.judge("X", "a@b.org", "203.0.114.1", "hi", false).status());
    }

    @Test
    void missingNamesAndBadAddressesAreHeld() {
        assertEquals("no name", RULES.judge(" ", "a@b.org", "", "hi", false).reason());
        assertEquals("no email address", RULES.judge("A", "", "", "hi", false).reason());
        assertEquals("invalid email address: it has no @", RULES.judge("A", "nobody", "", "hi", false).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "see http://a.example.com and https://b.example.org/x",
        "<a href=\"http://x.com\">one</a> <a href='http://y.com'>two</a>",
        "<a href=\"http://x.com\">http://x.com</a> and www.y.com",
        "go to cheap-pills.com or best-deal.ru now",
        "cheap-pills[.]com and best(dot)ru",
        "ｈｔｔｐ://a.com ｈｔｔｐ://b.com",
        "hxxp://evil.com/ and hxxps://worse.com",
        "&lt;a href=http://a.com&gt; http://b.com"})
    void twoLinksInAnyFormHoldAComment(String body) {
        CommentRules.Verdict verdict = judge(body);
        assertEquals(CommentStatus.PENDING, verdict.status(), body);
        assertEquals(true, verdict.reason().contains("links (2 or more are held)"), body + " → " + verdict.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"One link: https://example.com/story", "Node.js and e.g. this", "mail me: ana@site.com",
            "<a href=\"https://example.com\">https://example.com</a>"})
    void oneLinkOrNoneIsNotHeldForLinks(String body) {
        assertEquals(false, String.valueOf(judge(body).reason()).contains("link"), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "<IFRAME src=//evil>", "&lt;script&gt;alert(1)&lt;/script&gt;"})
    void htmlThatCouldRunIsHeld(String body) {
        assertEquals(true, judge(body).reason().contains("HTML that could run a script"), body);
    }

    @Test
    void badIpEntriesAreRefusedByName() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> new CommentRules(
                Map.of(CommentRules.Kind.BLOCKED_IP, List.of("example.com")), 2, true));
        assertEquals(true, bad.getMessage().contains("\"example.com\" is not an IP address"), bad.getMessage());
        assertThrows(InvalidInputException.class, () -> new CommentRules(
                Map.of(CommentRules.Kind.BLOCKED_IP, List.of("10.0.0.0/33")), 2, true));
        assertThrows(InvalidInputException.class, () -> new CommentRules(Map.of(), 0, true));
    }
}
