package com.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Model → editor → model keeps every block, run, mark and link. */
class DocumentMappingProperties {
    @Property(tries = 500)
    void editorRoundTripIsExact(@ForAll("documents") Document document) {
        assertEquals(document, DocumentMapping.fromEditor(DocumentMapping.toEditor(document)));
    }

    @Example
    void anEmptyBodyIsOneEmptyParagraphInTheEditor() {
        var editor = DocumentMapping.toEditor(Document.EMPTY);
        assertEquals(1, editor.getParagraphs().size());
        assertEquals(Document.EMPTY, DocumentMapping.fromEditor(editor));
    }

    @Example
    void mapsStylesBothWays() {
        Document document = Document.of(Block.of(BlockType.HEADING_3, Run.plain("Réactions ")),
                Block.of(BlockType.QUOTE, Run.of("قال", Mark.BOLD), Run.link(" ici", "https://example.org", Mark.ITALIC)));
        var editor = DocumentMapping.toEditor(document);
        assertEquals(BlockType.QUOTE, editor.getParagraphs().get(1).getParagraphStyle());
        assertEquals(new TextStyle(Set.of(Mark.BOLD), null), editor.getParagraphs().get(1).getStyleOfChar(0));
        assertEquals(document, DocumentMapping.fromEditor(editor));
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<Run> run = Combinators.combine(
                Arbitraries.of("Hello", " world", "مرحبا", "L'été ", "x < y", "  two  spaces "),
                Arbitraries.of(Mark.class).set().ofMaxSize(3).map(set -> set.isEmpty() ? Set.<Mark>of() : EnumSet.copyOf(set)),
                Arbitraries.of("https://example.org", "/local").injectNull(0.7)).as(Run::new);
        Arbitrary<Block> block = Combinators.combine(Arbitraries.of(BlockType.class), run.list().ofMaxSize(4)).as(Block::new);
        return block.list().ofMaxSize(8).map(Document::new)
                .filter(document -> !(document.blocks().size() == 1 && document.blocks().get(0).isEmpty()
                        && document.blocks().get(0).type() == BlockType.PARAGRAPH));
    }
}
