package com.newsdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappingTextTest {
    @Test
    void rightToLeftTextIsCutAfterEachRunOfSpacesAndNothingIsLost() {
        assertEquals(List.of("قال  ", "الوزير ", "« ", "la ", "croissance ", "» ", "هذا."),
                WrappingText.words("قال  الوزير « la croissance » هذا."));
        assertEquals(List.of(" ", "שלום ", "עולם"), WrappingText.words(" שלום עולם"), "Hebrew too; a leading space is kept");
        assertEquals(List.of("كلمة"), WrappingText.words("كلمة"));
    }

    @Test
    void leftToRightTextStaysWhole() {
        assertEquals(List.of("The council voted on Tuesday "), WrappingText.words("The council voted on Tuesday "));
        assertEquals(List.of(""), WrappingText.words(""));
    }

    @Test
    void theFirstStrongLetterDecidesTheSide() {
        assertTrue(WrappingText.startsRightToLeft("« قال الوزير » in Rabat"));
        assertFalse(WrappingText.startsRightToLeft("On “قال الوزير”"));
        assertFalse(WrappingText.startsRightToLeft("123 ..."));
    }
}
