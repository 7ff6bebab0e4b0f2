package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Run;
import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;

/**
 * Our document model to RichTextFX's and back: a block is a paragraph whose style is its block type, a run is a
 * text segment whose style is its marks and link. RichTextFX's own codec is never stored.
 */
public final class DocumentMapping {
    static final TextOps<String, TextStyle> SEGMENTS = SegmentOps.styledTextOps();

    private DocumentMapping() {}

    public static StyledDocument<BlockType, String, TextStyle> toEditor(Document document) {
        ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENTS, BlockType.PARAGRAPH);
        if (document.blocks().isEmpty()) {
            return ReadOnlyStyledDocument.fromString("", BlockType.PARAGRAPH, TextStyle.PLAIN, SEGMENTS);
        }
        for (Block block : document.blocks()) {
            List<StyledSegment<String, TextStyle>> segments = new ArrayList<>();
            for (Run run : block.runs()) {
                segments.add(new StyledSegment<>(run.text(), new TextStyle(run.marks(), run.href())));
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", TextStyle.PLAIN));
            }
            builder.addParagraph(segments, block.type());
        }
        return builder.build();
    }

    public static Document fromEditor(StyledDocument<BlockType, String, TextStyle> styled) {
        List<Block> blocks = new ArrayList<>(styled.getParagraphs().size());
        for (Paragraph<BlockType, String, TextStyle> paragraph : styled.getParagraphs()) {
            List<Run> runs = new ArrayList<>();
            for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
                runs.add(new Run(segment.getSegment(), segment.getStyle().marks(), segment.getStyle().href()));
            }
            blocks.add(new Block(paragraph.getParagraphStyle(), runs));
        }
        // One empty paragraph is how an editor shows an empty body.
        if (blocks.size() == 1 && blocks.get(0).isEmpty() && blocks.get(0).type() == BlockType.PARAGRAPH) {
            return Document.EMPTY;
        }
        return new Document(blocks);
    }
}
