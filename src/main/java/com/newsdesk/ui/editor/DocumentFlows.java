package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Run;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * A document drawn with JavaFX text nodes, one flow a block, marks and links styled as the editor shows them (the
 * article preview, a comment in the reading pane). Links are shown, with their address on hover, never followed.
 */
public final class DocumentFlows {
    private DocumentFlows() {}

    /** Reader text (a comment): each block aligned by its own first letter, as a browser's {@code dir="auto"}. */
    public static List<TextFlow> ofReaderText(Document document) {
        return of(document, null);
    }

    /** An article's blocks, all aligned as {@code alignment} says (null: each by its own first letter). */
    public static List<TextFlow> of(Document document, TextAlignment alignment) {
        List<TextFlow> flows = new ArrayList<>();
        int number = 0;
        for (Block block : document.blocks()) {
            number = block.type() == BlockType.NUMBERED_ITEM ? number + 1 : 0;
            TextFlow paragraph = new TextFlow();
            paragraph.setTextAlignment(alignment != null ? alignment
                    : com.newsdesk.ui.common.WrappingText.startsRightToLeft(block.text()) ? TextAlignment.RIGHT
                    : TextAlignment.LEFT);
            paragraph.getStyleClass().addAll("preview-block", "block-" + block.type().code());
            if (block.type() == BlockType.BULLETED_ITEM) {
                paragraph.getChildren().add(new Text("•  "));
            } else if (block.type() == BlockType.NUMBERED_ITEM) {
                paragraph.getChildren().add(new Text(number + ".  "));
            }
            for (Run run : block.runs()) {
                TextStyle style = new TextStyle(run.marks(), run.href());
                Tooltip link = run.isLink() ? new Tooltip(run.href()) : null;
                for (String word : WordNodes.words(run.text())) { // right-to-left text wraps only between nodes
                    Text text = new Text(word);
                    text.getStyleClass().add("text");
                    text.setStyle(style.css(word));
                    if (style.slanted(word)) {
                        WordNodes.slant(text);
                    }
                    if (link != null) {
                        Tooltip.install(text, link);
                    }
                    paragraph.getChildren().add(text);
                }
            }
            flows.add(paragraph);
        }
        return flows;
    }
}
