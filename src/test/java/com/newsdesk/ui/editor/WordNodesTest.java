package com.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNodesTest {
    @Test
    void rightToLeftTextIsCutAfterEachRunOfSpacesAndNothingIsLost() {
        assertEquals(List.of("قال  ", "الوزير ", "« ", "la ", "croissance ", "» ", "هذا."),
                WordNodes.words("قال  الوزير « la croissance » هذا."));
        assertEquals(List.of(" ", "שלום ", "עולם"), WordNodes.words(" שלום עולם"), "Hebrew too; a leading space is kept");
        assertEquals(List.of("كلمة"), WordNodes.words("كلمة"));
    }

    @Test
    void leftToRightTextStaysWhole() {
        assertEquals(List.of("The council voted on Tuesday "), WordNodes.words("The council voted on Tuesday "));
        assertEquals(List.of(""), WordNodes.words(""));
    }
}
