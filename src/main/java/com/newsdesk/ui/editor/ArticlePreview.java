package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Run;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;

/**
 * The article as a reader will see it (headline, dek, byline, date, body), drawn with JavaFX text nodes: WebView
 * cannot join Arabic letters. A right-to-left language lays the whole page out right to left.
 */
public final class ArticlePreview {
    private final VBox page = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(page);
    private TextAlignment alignment = TextAlignment.LEFT;

    public ArticlePreview() {
        page.getStyleClass().add("article-preview");
        page.setPadding(new Insets(24, 48, 48, 48));
        scroll.setFitToWidth(true);
        scroll.setId("article-preview");
    }

    public Node node() { return scroll; }

    public void show(String headline, String dek, String byline, Instant date, String language, Document body) {
        page.getChildren().clear();
        boolean rightToLeft = language.startsWith("ar") || language.startsWith("he") || language.startsWith("fa")
                || language.startsWith("ur");
        // Right-aligned left-to-right flows, as in the editor: JavaFX 21's right-to-left TextFlow duplicates and
        // clips words when it wraps mixed lines (seen here); bidi order inside each line is right either way.
        alignment = rightToLeft ? TextAlignment.RIGHT : TextAlignment.LEFT;
        page.getChildren().add(flow("preview-headline", headline));
        if (!dek.isBlank()) {
            page.getChildren().add(flow("preview-dek", dek));
        }
        String credit = byline.isBlank() ? "" : byline;
        if (date != null) {
            String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                    .withZone(ZoneId.systemDefault()).format(date);
            credit = credit.isEmpty() ? when : credit + " · " + when;
        }
        if (!credit.isEmpty()) {
            page.getChildren().add(flow("preview-byline", credit));
        }
        int number = 0;
        for (Block block : body.blocks()) {
            number = block.type() == BlockType.NUMBERED_ITEM ? number + 1 : 0;
            TextFlow paragraph = new TextFlow();
            paragraph.setTextAlignment(alignment);
            paragraph.getStyleClass().addAll("preview-block", "block-" + block.type().code());
            if (block.type() == BlockType.BULLETED_ITEM) {
                paragraph.getChildren().add(new Text("•  "));
            } else if (block.type() == BlockType.NUMBERED_ITEM) {
                paragraph.getChildren().add(new Text(number + ".  "));
            }
            for (Run run : block.runs()) {
                Text text = new Text(run.text());
                text.getStyleClass().add("text");
                text.setStyle(new TextStyle(run.marks(), run.href()).css(run.text()));
                paragraph.getChildren().add(text);
            }
            page.getChildren().add(paragraph);
        }
    }

    private TextFlow flow(String styleClass, String content) {
        TextFlow flow = new TextFlow(new Text(content));
        flow.setTextAlignment(alignment);
        flow.getStyleClass().add(styleClass);
        flow.getChildren().get(0).getStyleClass().add("text");
        return flow;
    }
}
