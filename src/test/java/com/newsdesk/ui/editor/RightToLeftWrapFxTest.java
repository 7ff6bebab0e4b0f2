package com.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.domain.document.Block;
import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import com.newsdesk.domain.document.Run;
import com.newsdesk.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Shear;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arabic paragraphs that wrap, in the editor, the preview (headline and dek too) and a wrapping label: every text node stays inside its paragraph's
 * width (JavaFX alone pushes a wrapping right-to-left run past the right edge), and italic Arabic is slanted.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftWrapFxTest {
    private static final String BEFORE = "وقال وزير الاقتصاد إن النمو سيبقى قويا هذا العام رغم تراجع الصادرات ";
    private static final String ITALIC = "في الأشهر الأخيرة من السنة الماضية ";
    private static final String AFTER = "حسب ما أعلنته المندوبية السامية للتخطيط في تقريرها الصادر يوم الاثنين.";
    private static final Document ARTICLE = new Document(List.of(
            Block.of(BlockType.PARAGRAPH, Run.plain(BEFORE), Run.of(ITALIC, Mark.ITALIC), Run.plain(AFTER)),
            Block.paragraph(BEFORE + ITALIC + AFTER)));

    private ArticleEditor editor;
    private ArticlePreview preview;
    private VBox labels;

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        editor = new ArticleEditor();
        editor.setRightToLeft(true);
        editor.setDocument(ARTICLE);
        preview = new ArticlePreview();
        preview.show(BEFORE + ITALIC, AFTER, "", null, "ar", ARTICLE,
                new ArticlePreview.Extras(null, "", "", List.of()));
        labels = new VBox(com.newsdesk.ui.common.WrappingText.of(BEFORE + ITALIC + AFTER, "text-muted"));
        labels.setMaxWidth(380);
        VBox root = new VBox(editor.node(), preview.node(), labels);
        stage.setScene(new Scene(root, 420, 600));
        stage.show();
    }

    @Test
    void wrappingArabicStaysInsideItsParagraphInTheEditorAndThePreview(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<TextFlow> editorFlows = flowsIn(editor.node());
        assertEquals(2, editorFlows.size(), "both paragraphs are drawn");
        for (TextFlow flow : editorFlows) {
            assertInside(flow);
        }
        List<TextFlow> previewFlows = flowsIn(preview.node());
        assertEquals(4, previewFlows.size(), "headline, dek and two paragraphs");
        for (TextFlow flow : previewFlows) {
            assertInside(flow);
        }
        TextFlow label = flowsIn(labels).get(0); // a comment in the reading pane, a subscriber's note
        assertInside(label);
        assertEquals(TextAlignment.RIGHT, label.getTextAlignment(), "Arabic text starts on the right");
    }

    @Test
    void italicArabicIsSlantedNotUnderlined(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (TextFlow flow : List.of(flowsIn(editor.node()).get(0), flowsIn(preview.node()).get(2))) {
            List<Text> texts = textsIn(flow);
            Text italic = texts.stream().filter(text -> text.getText().startsWith("الأشهر")).findFirst().orElseThrow();
            assertTrue(italic.getTransforms().stream().anyMatch(Shear.class::isInstance), "slanted");
            assertFalse(italic.isUnderline(), "not underlined");
            Text plain = texts.stream().filter(text -> text.getText().startsWith("وقال")).findFirst().orElseThrow();
            assertTrue(plain.getTransforms().isEmpty(), "plain text stays upright");
        }
    }

    private static void assertInside(TextFlow flow) {
        double width = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
        assertTrue(flow.getHeight() > 2 * lineHeight(flow), "the paragraph wraps: " + flow.getHeight());
        for (Text text : textsIn(flow)) {
            Bounds bounds = text.getBoundsInParent();
            assertTrue(bounds.getMinX() >= flow.snappedLeftInset() - 1
                    && bounds.getMaxX() <= flow.snappedLeftInset() + width + 1,
                    "'" + text.getText() + "' is drawn at " + bounds.getMinX() + "–" + bounds.getMaxX()
                            + ", outside the paragraph's " + width + " pixels");
        }
    }

    private static double lineHeight(TextFlow flow) {
        return textsIn(flow).get(0).getFont().getSize();
    }

    private static List<Text> textsIn(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(text -> !text.getText().isEmpty()).toList();
    }

    private static List<TextFlow> flowsIn(Node node) {
        List<TextFlow> flows = new ArrayList<>();
        collect(node, flows);
        return flows;
    }

    private static void collect(Node node, List<TextFlow> flows) {
        if (node instanceof TextFlow flow) {
            flows.add(flow);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, flows);
            }
        }
    }
}
