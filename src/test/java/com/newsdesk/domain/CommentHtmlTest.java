package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Reader text becomes HTML that a browser shows as typed and never runs. */
class CommentHtmlTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "javascript:alert(1)",
        "<iframe src=//evil.example></iframe>",
        "\"><script>alert(1)</script>",
        "'><body onload=alert(1)>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "<style>body{display:none}</style>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "https://example.org/\"onmouseover=\"alert(1)",
        "https://example.org/<script>alert(1)</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    })
    void nothingTheReaderTypedIsInterpreted(String text) {
        String html = CommentHtml.render(text);
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(text, body.wholeText(), "the text reads exactly as typed");
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertTrue(element.normalName().equals("a") || element.normalName().equals("br"), element.outerHtml());
            element.attributes().forEach(attribute -> assertTrue(
                    attribute.getKey().equals("href") || attribute.getKey().equals("rel"), element.outerHtml()));
            if (element.normalName().equals("a")) {
                assertTrue(element.attr("href").startsWith("http"), element.outerHtml());
                assertEquals("nofollow ugc", element.attr("rel"));
            }
        }
    }

    @Test
    void keepsLineBreaksAndLinksBareAddresses() {
        assertEquals("First line<br>second: see <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"
                + "https://example.org/a?b=1&amp;c=2</a>.", CommentHtml.render(
                        "First line\r\nsecond: see https://example.org/a?b=1&c=2."));
        assertFalse(CommentHtml.render("ftp://example.org and mailto:a@b.c").contains("<a"));
    }
}
