package com.newsdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The style sheet JavaFX loads is the binary one the build makes from newsdesk.css: it must say the same. */
class ThemeTest {
    @Test
    void theBinaryStyleSheetHoldsTheSameRulesAsTheText() throws Exception {
        URL text = new URL(Theme.stylesheet());
        URL binary = new URL(Theme.stylesheet().replaceFirst("\\.css$", ".bss"));
        assertNotNull(ThemeTest.class.getResource("/assets/newsdesk.bss"), "the build makes newsdesk.bss");
        Stylesheet parsed = new CssParser().parse(text);
        Stylesheet loaded = Stylesheet.loadBinary(binary);
        assertFalse(parsed.getRules().isEmpty());
        assertEquals(parsed.getRules().size(), loaded.getRules().size());
        for (int i = 0; i < parsed.getRules().size(); i++) {
            Rule expected = parsed.getRules().get(i);
            Rule actual = loaded.getRules().get(i);
            assertEquals(expected.getSelectors().toString(), actual.getSelectors().toString());
            assertEquals(expected.getDeclarations().toString(), actual.getDeclarations().toString());
        }
    }
}
