package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.WordDiff.Kind;
import com.newsdesk.domain.WordDiff.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void marksWordsRemovedAndAdded() {
        assertEquals(List.of(new Piece(Kind.SAME, "The council "), new Piece(Kind.REMOVED, "voted"),
                new Piece(Kind.ADDED, "agreed"), new Piece(Kind.SAME, " on Tuesday"), new Piece(Kind.ADDED, " evening"),
                new Piece(Kind.SAME, ".")), WordDiff.between("The council voted on Tuesday.",
                "The council agreed on Tuesday evening."));
    }

    @Test
    void longTextsAreComparedLineByLineThenWordByWord() {
        String paragraph = "word ".repeat(600).strip();
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            before.append(paragraph).append(i).append('\n');
            after.append(i == 7 ? paragraph + "changed" : paragraph + i).append('\n');
        }
        List<Piece> pieces = WordDiff.between(before.toString(), after.toString());
        assertEquals(List.of(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME), pieces.stream().map(Piece::kind).toList());
        assertEquals("word7", pieces.get(1).text());
        assertEquals("wordchanged", pieces.get(2).text());
    }

    @Test
    void worksOnArabicAndIdenticalTexts() {
        assertEquals(List.of(new Piece(Kind.SAME, "قال الوزير "), new Piece(Kind.REMOVED, "اليوم"),
                new Piece(Kind.ADDED, "أمس")), WordDiff.between("قال الوزير اليوم", "قال الوزير أمس"));
        assertEquals(List.of(new Piece(Kind.SAME, "same text")), WordDiff.between("same text", "same text"));
    }
}
