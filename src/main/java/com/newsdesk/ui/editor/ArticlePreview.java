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

    /** A featured image and its caption, and corrections, shown with the article; either may be empty. */
    public record Extras(java.nio.file.Path image, String alt, String caption, java.util.List<String> corrections) {}

    public void show(String headline, String dek, String byline, Instant date, String language, Document body,
            Extras extras) {
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
        if (extras.image() != null) {
            javafx.scene.image.ImageView image = new javafx.scene.image.ImageView(
                    new javafx.scene.image.Image(extras.image().toUri().toString(), 720, 0, true, true, true));
            javafx.scene.layout.VBox figure = new javafx.scene.layout.VBox(4, image,
                    flow("preview-byline", extras.caption()));
            javafx.scene.control.Tooltip.install(image, new javafx.scene.control.Tooltip(extras.alt()));
            page.getChildren().add(figure);
        }
        page.getChildren().addAll(DocumentFlows.of(body, alignment));
        for (String correction : extras.corrections()) {
            page.getChildren().add(flow("preview-byline", correction));
        }
    }

    /** A line of plain text that wraps: a node a word when it is right-to-left (see {@code WrappingText}). */
    private TextFlow flow(String styleClass, String content) {
        TextFlow flow = com.newsdesk.ui.common.WrappingText.flow(content, "text");
        flow.setTextAlignment(alignment);
        flow.getStyleClass().add(styleClass);
        return flow;
    }
}
