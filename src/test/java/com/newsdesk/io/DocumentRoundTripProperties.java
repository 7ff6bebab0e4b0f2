package com.newsdesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.HtmlRenderer;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The document model survives JSON exactly, and HTML exactly for everything the model can express. */
class DocumentRoundTripProperties {
    @Property(tries = 1000)
    void jsonRoundTripIsExact(@ForAll("documents") Document document) {
        assertEquals(document, DocumentJson.fromJson(DocumentJson.toJson(document)));
    }

    @Property(tries = 1000)
    void jsonIsStable(@ForAll("documents") Document document) {
        String json = DocumentJson.toJson(document);
        assertEquals(json, DocumentJson.toJson(DocumentJson.fromJson(json)));
    }

    @Property(tries = 1000)
    void htmlRoundTripIsExact(@ForAll("documents") Document document) {
        assertEquals(document, HtmlDocumentParser.parse(HtmlRenderer.render(document)));
    }

    @Provide
    Arbitrary<Document> documents() {
        return block().list().ofMaxSize(12).map(Document::new);
    }

    private Arbitrary<Block> block() {
        return Combinators.combine(Arbitraries.of(BlockType.class), run().list().ofMaxSize(6)).as(Block::new);
    }

    private Arbitrary<Run> run() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab cé<>&\"'\u00A0").ofMaxLength(12),
                Arbitraries.of("Hello", " world ", "مرحبا بالعالم", "L'été à Fès", "x < y && y > z", "  ", "\t\n"));
        Arbitrary<Set<Mark>> marks = Arbitraries.of(Mark.class).set().ofMaxSize(5)
                .map(set -> set.isEmpty() ? Set.of() : EnumSet.copyOf(set));
        Arbitrary<String> href = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("https://example.org/a?b=1&c=2", "/relative/page", "mailto:desk@example.org",
                        "https://example.org/\"quoted\"", "#section-2"));
        return Combinators.combine(text, marks, href).as(Run::new);
    }
}
