package com.newsdesk.service.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.writing.StyleRule;
import com.newsdesk.domain.writing.WritingIssue;
import com.newsdesk.service.TestNewsrooms;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: LanguageTool offline in English, French and Arabic, the newsroom's dictionary, ignored rules, style. */
class WritingAidsTest {
    /** Loading a language takes seconds: one set of checkers for every test here. */
    private static final LanguageCheckers CHECKERS = new LanguageCheckers();
    private static final Actor WRITER = Actor.staff("julien", Role.WRITER);
    private static final Actor EDITOR = Actor.staff("nadia", Role.EDITOR);

    @TempDir Path dir;
    private Database db;
    private WritingAids aids;

    @BeforeEach
    void open() {
        db = TestNewsrooms.open(dir.resolve("n.db"));
        aids = new WritingAids(db, TestNewsrooms.CLOCK, CHECKERS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<WritingIssue> check(String text, String language) {
        return aids.check(WRITER, text, language, aids.known(WRITER));
    }

    private static WritingIssue at(List<WritingIssue> issues, String text) {
        return issues.stream().filter(issue -> issue.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no issue on \"" + text + "\" in " + issues));
    }

    @Test
    void eachLanguageFindsItsMistakesAndSuggestsTheWord() {
        WritingIssue english = at(check("The authoritis closed the road after the storm.", "en"), "authoritis");
        assertEquals(WritingIssue.Kind.SPELLING, english.kind());
        assertEquals("authorities", english.suggestions().get(0));
        assertEquals(4, english.from());

        WritingIssue french = at(check("La demande a été rejetté par les autorités hier.", "fr"), "rejetté");
        assertTrue(french.suggestions().contains("rejeté"), french.suggestions().toString());

        WritingIssue arabic = at(check("قالت الحكومة المغربيه إن المشروع سيبدأ قريبا.", "ar"), "المغربيه");
        assertTrue(arabic.suggestions().contains("المغربية"), arabic.suggestions().toString());
        assertFalse(arabic.message().contains("<"), "messages are words, not markup: " + arabic.message());
    }

    @Test
    void correctTextFromTheSeedHasNoMarks() {
        assertEquals(List.of(), check("Researchers test a cheaper way to desalinate water.", "en"));
        assertEquals(List.of(), check("La banque centrale maintient ses taux à Rabat.", "fr"));
    }

    @Test
    void theParagraphsScriptDecidesItsLanguage() {
        // Arabic in a French article is checked as Arabic, not marked word by word as French spelling.
        List<WritingIssue> issues = check("قالت الحكومة المغربيه إن المشروع سيبدأ.", "fr");
        assertTrue(at(issues, "المغربيه").suggestions().contains("المغربية"));
        assertEquals(1, issues.size(), issues.toString());
    }

    @Test
    void theNewsroomsDictionaryAndIgnoredRulesReachEverySeat() {
        assertThrows(AccessDeniedException.class, () -> aids.addWord(Actor.staff("salma", Role.MODERATOR), "Oujda"));
        assertTrue(aids.addWord(WRITER, "authoritis"));
        assertFalse(aids.addWord(WRITER, "AUTHORITIS"), "once, in any case");
        assertThrows(InvalidInputException.class, () -> aids.addWord(WRITER, "two words"));
        try (Database second = TestNewsrooms.open(dir.resolve("n.db"))) { // another seat on the same newsroom
            WritingAids other = new WritingAids(second, TestNewsrooms.CLOCK, CHECKERS);
            assertEquals(List.of(), other.check(EDITOR, "The authoritis closed the road.", "en",
                    other.known(EDITOR)));
            assertThrows(AccessDeniedException.class, () -> other.ignoreRule(WRITER, "VERY_UNIQUE"));
            assertTrue(other.ignoreRule(EDITOR, "VERY_UNIQUE"));
        }
        assertEquals(List.of(), check("It was a very unique decision.", "en"), "the rule is ignored everywhere");
        assertEquals(List.of("writing.dictionary_add", "writing.rule_ignore"), db.read(tx -> tx.audit()
                .find(new com.newsdesk.domain.AuditFilter(null, null, null, null), 10)).stream().map(entry -> entry.action()).sorted().toList());
    }

    @Test
    void theHouseStyleIsCheckedLikeGrammarAndTravelsAsCsv() throws Exception {
        Path csv = dir.resolve("style.csv");
        Files.writeString(csv, "\uFEFFavoid,prefer,note\r\nTangiers,Tanger,The city's name in French and Arabic\r\n"
                + "e-mail,email,\r\n");
        assertThrows(AccessDeniedException.class, () -> aids.importStyle(WRITER, csv));
        assertEquals(2, aids.importStyle(EDITOR, csv));
        List<WritingIssue> issues = check("Send an E-mail to the office in Tangiers.", "en");
        WritingIssue city = at(issues, "Tangiers");
        assertEquals(WritingIssue.Kind.STYLE, city.kind());
        assertEquals(List.of("Tanger"), city.suggestions());
        assertTrue(city.message().contains("The city's name"), city.message());
        assertEquals(List.of("Email"), at(issues, "E-mail").suggestions(), "the writer's capital is kept");
        assertTrue(check("Tangierstown is elsewhere.", "en").stream().noneMatch(issue -> issue.kind()
                == WritingIssue.Kind.STYLE), "whole words only");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "avoid,prefer\nTangiers,Tanger\n,nothing to avoid\n");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> aids.importStyle(EDITOR,
                bad));
        assertEquals("bad.csv, row 3, avoid: a style entry needs the form to avoid", refused.getMessage());
        assertEquals(2, aids.styleRules(EDITOR).size(), "a refused file changes nothing");

        aids.replaceStyle(EDITOR, List.of(new StyleRule("=cmd", "command", "")));
        Path out = dir.resolve("out.csv");
        aids.exportStyle(EDITOR, OutputTarget.file(out));
        assertEquals("avoid,prefer,note\r\n\"'=cmd\",command,\r\n", Files.readString(out), "formula-safe");
        assertEquals(1, aids.importStyle(EDITOR, out));
        assertEquals("=cmd", aids.styleRules(EDITOR).get(0).avoid(), "and back as it was");
    }
}
