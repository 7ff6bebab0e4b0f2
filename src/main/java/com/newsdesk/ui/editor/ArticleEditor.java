package com.newsdesk.ui.editor;

import com.newsdesk.domain.document.BlockType;
import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.Mark;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.Paragraph;

/**
 * The article body editor: a RichTextFX area over our document model. Ctrl+B/I/U toggle marks (on the selection,
 * or on what is typed next), Ctrl+Alt+2/3/4 make headings and Ctrl+Alt+0 a paragraph; undo and redo are
 * RichTextFX's (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y). Right-to-left languages get right-aligned paragraphs in a
 * left-to-right area: RichTextFX's own right-to-left mode misplaces the caret (its issues #976, #1170).
 */
public final class ArticleEditor {
    /** About 70 characters of the body's 15 px type, and the margin a narrow window keeps. */
    private static final double READABLE_WIDTH = 680;
    private static final double MARGIN = 28;

    private final StyledTextArea<BlockType, TextStyle> area;
    private final VirtualizedScrollPane<StyledTextArea<BlockType, TextStyle>> scroll;
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    /** The marks what is typed next gets (or the selection starts with), and the caret's block: the toolbar shows them. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<TextStyle> activeStyle =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(TextStyle.PLAIN);
    private final javafx.beans.property.ReadOnlyObjectWrapper<BlockType> activeBlock =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(BlockType.PARAGRAPH);
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper();
    private boolean rightAligned;
    private java.util.function.Function<String, Document> htmlReader = html -> Document.EMPTY;
    private java.util.function.Function<String, Document> textReader = text -> Document.EMPTY;
    private TextStyle pending; // a toggle made with nothing selected: applies to what is typed next
    private int pendingAt = -1;
    private final javafx.animation.PauseTransition recount = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(250));
    /** Writing issues drawn over the text (RichTextFX selections): never in the text, its styles or its undo. */
    private final List<ShownIssue> issues = new java.util.ArrayList<>();
    /** Each mark follows every edit: more than this would cost the keystroke (measured with the editor benchmark). */
    public static final int MOST_ISSUES_SHOWN = 150;

    private record ShownIssue(org.fxmisc.richtext.Selection<BlockType, String, TextStyle> mark,
            com.newsdesk.domain.writing.WritingIssue issue, String paragraphText) {}

    /** An issue where it stands now: characters {@code start} to {@code end} of the whole text. */
    public record IssueAt(com.newsdesk.domain.writing.WritingIssue issue, String paragraphText, int start, int end) {}

    public ArticleEditor() {
        area = new StyledTextArea<>(BlockType.PARAGRAPH, this::styleParagraph, TextStyle.PLAIN,
                ArticleEditor::styleText);
        area.setWrapText(true);
        area.getStyleClass().add("article-editor");
        area.setId("article-body");
        area.setParagraphGraphicFactory(this::listMarker);
        // A readable line (about 70 characters) centred on a wide window; the whole width on a narrow one.
        area.widthProperty().addListener((observable, before, width) -> {
            double side = Math.max(MARGIN, (width.doubleValue() - READABLE_WIDTH) / 2);
            if (Math.abs(side - area.getPadding().getLeft()) >= 1) {
                area.setPadding(new javafx.geometry.Insets(16, side, 16, side));
            }
        });
        area.setPadding(new javafx.geometry.Insets(16, MARGIN, 16, MARGIN));
        scroll = new VirtualizedScrollPane<>(area);
        area.plainTextChanges().subscribe(change -> {
            if (pending != null && change.getPosition() == pendingAt && !change.getInserted().isEmpty()) {
                area.setStyle(change.getPosition(), change.getInsertionEnd(), pending);
                pendingAt = change.getInsertionEnd();
            }
            recount.playFromStart(); // counting 50,000 words on every keystroke would cost each keystroke a scan
            dropIssuesOfParagraphAt(change.getPosition()); // what they marked has changed; a recheck follows
        });
        area.caretPositionProperty().addListener((observable, before, after) -> {
            if (after.intValue() != pendingAt) {
                pending = null;
            }
            showActive();
        });
        area.selectionProperty().addListener((observable, before, after) -> showActive());
        area.richChanges().subscribe(change -> showActive());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // One undo step per word (with the space before it), not per burst of typing: a pause does not decide.
        area.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (!typed.isEmpty() && Character.isWhitespace(typed.charAt(0)) && !event.isShortcutDown()) {
                area.getUndoManager().preventMerge();
            }
        });
        recount.setOnFinished(event -> countWords());
    }

    public Node node() { return scroll; }

    // --- Writing issues ----------------------------------------------------------------------------------------

    /** The first paragraph on screen (0 before the text is laid out): checks start there. */
    public int firstVisibleParagraph() {
        // Nothing on screen (a tab not shown yet, or closing) makes RichTextFX throw; the check then starts at the top.
        return area.getVisibleParagraphs().isEmpty() ? 0 : area.visibleParToAllParIndex(0);
    }

    /** Every paragraph's text, in order: what the writing check reads. */
    public List<String> paragraphTexts() {
        List<String> texts = new java.util.ArrayList<>(area.getParagraphs().size());
        for (Paragraph<BlockType, String, TextStyle> paragraph : area.getParagraphs()) {
            texts.add(paragraph.getText());
        }
        return texts;
    }

    /** Replaces the marks of every paragraph that still reads as it was checked; others keep theirs until rechecked. */
    public void showIssues(List<String> checkedTexts, List<List<com.newsdesk.domain.writing.WritingIssue>> found) {
        clearIssues();
        int start = 0;
        for (int i = 0; i < area.getParagraphs().size() && issues.size() < MOST_ISSUES_SHOWN; i++) {
            String text = area.getParagraph(i).getText();
            if (i < checkedTexts.size() && checkedTexts.get(i).equals(text)) {
                for (com.newsdesk.domain.writing.WritingIssue issue : found.get(i)) {
                    if (issue.to() <= text.length() && issues.size() < MOST_ISSUES_SHOWN) {
                        issues.add(new ShownIssue(mark(issue, start), issue, text));
                    }
                }
            }
            start += text.length() + 1;
        }
    }

    private org.fxmisc.richtext.Selection<BlockType, String, TextStyle> mark(
            com.newsdesk.domain.writing.WritingIssue issue, int paragraphStart) {
        javafx.scene.paint.Color colour = switch (issue.kind()) {
            case SPELLING -> javafx.scene.paint.Color.rgb(220, 40, 50, 0.22);
            case GRAMMAR -> javafx.scene.paint.Color.rgb(30, 110, 230, 0.20);
            case STYLE -> javafx.scene.paint.Color.rgb(200, 140, 0, 0.28);
        };
        org.fxmisc.richtext.Selection<BlockType, String, TextStyle> mark = new org.fxmisc.richtext.SelectionImpl<>(
                "writing-" + issues.size(), area, path -> {
                    path.setHighlightFill(colour);
                    path.setStrokeWidth(0);
                    path.getStyleClass().add("writing-" + issue.kind().code());
                });
        area.addSelection(mark);
        mark.selectRange(paragraphStart + issue.from(), paragraphStart + issue.to());
        return mark;
    }

    public void clearIssues() {
        for (ShownIssue shown : issues) {
            area.removeSelection(shown.mark());
            shown.mark().dispose();
        }
        issues.clear();
    }

    private void dropIssuesOfParagraphAt(int position) {
        if (issues.isEmpty()) {
            return;
        }
        int paragraph = area.offsetToPosition(Math.min(position, area.getLength()),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        int from = area.getAbsolutePosition(paragraph, 0);
        int to = from + area.getParagraphLength(paragraph);
        issues.removeIf(shown -> {
            IndexRange range = shown.mark().getRange();
            boolean inside = range.getStart() >= from && range.getStart() <= to;
            if (inside) {
                area.removeSelection(shown.mark());
                shown.mark().dispose();
            }
            return inside;
        });
    }

    /** The issue under a position of the text, if any. */
    public java.util.Optional<IssueAt> issueAt(int position) {
        for (ShownIssue shown : issues) {
            IndexRange range = shown.mark().getRange();
            if (range.getLength() > 0 && position >= range.getStart() && position <= range.getEnd()) {
                return java.util.Optional.of(new IssueAt(shown.issue(), shown.paragraphText(), range.getStart(),
                        range.getEnd()));
            }
        }
        return java.util.Optional.empty();
    }

    public java.util.Optional<IssueAt> issueAtCaret() {
        return issueAt(area.getCaretPosition());
    }

    /** The text position under a point on the screen (where a right-click landed). */
    public int positionAt(double screenX, double screenY) {
        javafx.geometry.Point2D local = area.screenToLocal(screenX, screenY);
        return local == null ? area.getCaretPosition() : area.hit(local.getX(), local.getY()).getInsertionIndex();
    }

    /** Where the caret is on the screen, to open a menu beside it. */
    public java.util.Optional<javafx.geometry.Bounds> caretBoundsOnScreen() {
        return area.getCaretBounds();
    }

    /** Selects the first issue of the text; false when there is none. */
    public boolean selectFirstIssue() {
        area.moveTo(0);
        return selectIssue(true);
    }

    /** Selects the next (or previous) issue after (or before) the caret; false when there is none. */
    public boolean selectIssue(boolean forward) {
        IndexRange selection = area.getSelection();
        int here = selection.getLength() > 0 ? selection.getStart() : area.getCaretPosition();
        IndexRange best = null;
        for (ShownIssue shown : issues) {
            IndexRange range = shown.mark().getRange();
            boolean candidate = range.getLength() > 0 && (forward
                    ? (selection.getLength() > 0 ? range.getStart() > here : range.getStart() >= here)
                    : range.getStart() < here);
            if (candidate && (best == null || (forward == range.getStart() < best.getStart()))) {
                best = range;
            }
        }
        if (best == null) {
            return false;
        }
        area.selectRange(best.getStart(), best.getEnd());
        area.requestFollowCaret();
        return true;
    }

    /** Replaces an issue's text with a suggestion: one undo step, its marks kept. */
    public void replace(IssueAt at, String replacement) {
        if (!area.isEditable()) {
            return;
        }
        area.getUndoManager().preventMerge();
        area.replaceText(at.start(), at.end(), replacement);
        area.getUndoManager().preventMerge();
        area.moveTo(at.start() + replacement.length());
    }

    /** How pasted HTML and plain text become document text (the service layer knows; the editor does not). */
    public void readPastesWith(java.util.function.Function<String, Document> html,
            java.util.function.Function<String, Document> text) {
        this.htmlReader = html;
        this.textReader = text;
    }

    /** Pastes the clipboard through the document model, so only what an article can hold comes in. */
    public void paste() {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        Document pasted = clipboard.hasHtml() ? htmlReader.apply(clipboard.getHtml())
                : clipboard.hasString() ? textReader.apply(clipboard.getString()) : null;
        if (pasted == null || pasted.blocks().isEmpty() || !area.isEditable()) {
            return;
        }
        pending = null; // pasted text keeps its own marks
        area.getUndoManager().preventMerge(); // a paste is an undo step of its own
        area.replaceSelection(DocumentMapping.toEditor(pasted));
        area.getUndoManager().preventMerge();
    }

    /** Whether the body can be typed in; bound to what the actor may do. */
    public javafx.beans.property.BooleanProperty editableProperty() { return area.editableProperty(); }

    public void focus() { area.requestFocus(); }

    public ReadOnlyIntegerProperty wordsProperty() { return words.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty charactersProperty() { return characters.getReadOnlyProperty(); }

    public javafx.beans.property.ReadOnlyObjectProperty<TextStyle> activeStyleProperty() {
        return activeStyle.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<BlockType> activeBlockProperty() {
        return activeBlock.getReadOnlyProperty();
    }

    private void showActive() {
        IndexRange selection = area.getSelection();
        activeStyle.set(pending != null ? pending : selection.getLength() > 0
                ? area.getStyleOfChar(selection.getStart()) : styleBeforeCaret());
        activeBlock.set(area.getParagraphs().isEmpty() ? BlockType.PARAGRAPH
                : area.getParagraph(area.getCurrentParagraph()).getParagraphStyle());
    }

    /** Replaces the whole text; not an undoable edit (it is what the editor opened with). */
    public void setDocument(Document document) {
        area.replace(0, area.getLength(), DocumentMapping.toEditor(document));
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        countWords();
    }

    public Document document() {
        return DocumentMapping.fromEditor(area.getDocument());
    }

    /** Calls back on every change of the text or its styles (the view model schedules an autosave). */
    public void onChange(Runnable listener) {
        area.richChanges().filter(change -> !change.isIdentity()).subscribe(change -> listener.run());
    }

    public void setRightToLeft(boolean rightToLeft) {
        rightAligned = rightToLeft;
        area.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            area.setParagraphStyle(i, area.getParagraph(i).getParagraphStyle()); // re-applies the alignment
        }
    }

    public void toggle(Mark mark) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            TextStyle base = pending != null ? pending : styleBeforeCaret();
            pending = base.with(mark, !base.has(mark));
            pendingAt = area.getCaretPosition();
            showActive();
            return;
        }
        boolean on = !allHave(selection, mark);
        var spans = area.getStyleSpans(selection).mapStyles(style -> style.with(mark, on));
        area.getUndoManager().preventMerge(); // a format change is an undo step of its own
        area.setStyleSpans(selection.getStart(), spans);
        area.getUndoManager().preventMerge();
    }

    /**
     * Enter: a new block, as one undo step of its own. After a heading it is a paragraph; a new block starts without
     * the marks (italic, a link) the end of the one before had.
     */
    private void newBlock() {
        int paragraph = area.getCurrentParagraph();
        BlockType type = area.getParagraph(paragraph).getParagraphStyle();
        boolean atEnd = area.getCaretColumn() == area.getParagraph(paragraph).length()
                && area.getSelection().getLength() == 0;
        BlockType next = atEnd && type.isHeading() ? BlockType.PARAGRAPH : type;
        IndexRange selection = area.getSelection();
        var inserted = new org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder<BlockType, String, TextStyle>(
                area.getSegOps(), type)
                .addParagraph("", TextStyle.PLAIN)
                .addParagraph(java.util.List.of(""), org.fxmisc.richtext.model.StyleSpans.singleton(TextStyle.PLAIN, 0),
                        next)
                .build();
        area.getUndoManager().preventMerge();
        area.replace(selection.getStart(), selection.getEnd(), inserted);
        area.getUndoManager().preventMerge();
        if (atEnd) {
            pending = TextStyle.PLAIN;
            pendingAt = area.getCaretPosition();
            showActive();
        }
    }

    /** Selects the next occurrence after the caret (wrapping round); returns how many there are in all. */
    public int findNext(String query) {
        List<Integer> matches = matches(query);
        if (matches.isEmpty()) {
            return 0;
        }
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getStart() + 1 : area.getCaretPosition();
        int next = matches.stream().filter(start -> start >= from).findFirst().orElse(matches.get(0));
        area.selectRange(next, next + query.length());
        area.requestFollowCaret();
        return matches.size();
    }

    /** Replaces the selection when it is an occurrence, then selects the next one. */
    public void replaceCurrent(String query, String replacement) {
        IndexRange selection = area.getSelection();
        if (!query.isEmpty() && selection.getLength() == query.length()
                && area.getText(selection).equalsIgnoreCase(query)) {
            area.replaceText(selection.getStart(), selection.getEnd(), replacement);
        }
        findNext(query);
    }

    /** Replaces every occurrence as one undo step; returns how many were replaced. */
    public int replaceAll(String query, String replacement) {
        List<Integer> matches = matches(query);
        if (matches.isEmpty()) {
            return 0;
        }
        area.getUndoManager().preventMerge();
        var change = area.createMultiChange(matches.size());
        for (int i = matches.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay put
            int start = matches.get(i);
            change.replaceText(start, start + query.length(), replacement);
        }
        change.commit();
        area.getUndoManager().preventMerge();
        return matches.size();
    }

    /** Where the query occurs, ignoring case, without overlaps. */
    private List<Integer> matches(String query) {
        List<Integer> found = new java.util.ArrayList<>();
        if (query == null || query.isEmpty()) {
            return found;
        }
        String text = area.getText();
        for (int i = 0; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                found.add(i);
                i += query.length() - 1;
            }
        }
        return found;
    }

    /** Types text at the caret as a keystroke would. */
    public void typeAtCaret(String text) {
        area.replaceSelection(text);
    }

    public void setBlockType(BlockType type) {
        area.getUndoManager().preventMerge(); // a block change is an undo step of its own
        IndexRange selection = area.getSelection();
        int first = area.offsetToPosition(selection.getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(selection.getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        for (int i = first; i <= last; i++) {
            BlockType current = area.getParagraph(i).getParagraphStyle();
            area.setParagraphStyle(i, current == type && type != BlockType.PARAGRAPH ? BlockType.PARAGRAPH : type);
        }
        area.getUndoManager().preventMerge();
        showActive();
    }

    /** Makes the selection a link, or removes links from it when href is null. */
    public void setLink(String href) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        area.setStyleSpans(selection.getStart(), area.getStyleSpans(selection).mapStyles(style -> style.withHref(href)));
    }

    /** Ctrl+K without a selection: inserts linked text at the caret, as one undo step. */
    public void insertLink(String text, String href) {
        IndexRange selection = area.getSelection();
        TextStyle style = (pending != null ? pending : styleBeforeCaret()).withHref(href);
        pending = null;
        area.replace(selection.getStart(), selection.getEnd(), org.fxmisc.richtext.model.ReadOnlyStyledDocument
                .fromString(text, area.getParagraph(area.getCurrentParagraph()).getParagraphStyle(), style,
                        area.getSegOps()));
        area.requestFocus();
    }

    public String linkAtCaret() {
        return styleBeforeCaret().href();
    }

    public boolean hasSelection() {
        return area.getSelection().getLength() > 0;
    }

    private TextStyle styleBeforeCaret() {
        return area.getLength() == 0 ? TextStyle.PLAIN : area.getStyleAtPosition(area.getCaretPosition());
    }

    private boolean allHave(IndexRange selection, Mark mark) {
        for (var span : area.getStyleSpans(selection)) {
            if (!span.getStyle().has(mark)) {
                return false;
            }
        }
        return true;
    }

    private void shortcut(KeyEvent event) {
        boolean pasteKeys = event.isShortcutDown() && !event.isAltDown() && event.getCode() == javafx.scene.input.KeyCode.V
                || event.isShiftDown() && event.getCode() == javafx.scene.input.KeyCode.INSERT;
        if (pasteKeys) {
            paste();
            event.consume();
            return;
        }
        if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()
                && !event.isShiftDown() && area.isEditable()) {
            newBlock();
            event.consume();
            return;
        }
        // The marks' and blocks' keys, as EditorAction declares them (the toolbar's tooltips read the same).
        EditorAction pressed = EditorAction.of(event, EditorAction.values());
        Runnable action = pressed == null ? null : pressed.mark() != null ? () -> toggle(pressed.mark())
                : pressed.block() != null ? () -> setBlockType(pressed.block()) : null;
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private void styleParagraph(TextFlow flow, BlockType type) {
        flow.getStyleClass().removeIf(name -> name.startsWith("block-"));
        flow.getStyleClass().add("block-" + type.code());
        flow.setTextAlignment(rightAligned ? TextAlignment.RIGHT : TextAlignment.LEFT);
        // Called once the paragraph's text nodes are in, each time a paragraph is drawn afresh.
        WordNodes.splitRightToLeft(flow.getChildren(), TextExt.class, (whole, word) -> {
            TextExt piece = (TextExt) StyledTextArea.createStyledTextNode(word,
                    (TextStyle) whole.getProperties().get(TextStyle.class), ArticleEditor::styleText);
            piece.selectionFillProperty().bind(piece.fillProperty()); // as RichTextFX binds its own nodes
            return piece;
        });
        for (Node child : flow.getChildren()) {
            if (child instanceof TextExt text && text.getProperties().get(TextStyle.class) instanceof TextStyle style
                    && style.slanted(text.getText())) {
                WordNodes.slant(text);
            }
        }
    }

    private static void styleText(TextExt text, TextStyle style) {
        text.getProperties().put(TextStyle.class, style);
        text.setStyle(style.css(text.getText()));
    }

    /** A bullet or a number before list items; nothing before other blocks. */
    private Node listMarker(int index) {
        if (index >= area.getParagraphs().size()) {
            return null;
        }
        BlockType type = area.getParagraph(index).getParagraphStyle();
        if (!type.isListItem()) {
            return null;
        }
        int number = 1;
        for (int i = index - 1; i >= 0; i--) {
            Paragraph<BlockType, String, TextStyle> previous = area.getParagraph(i);
            if (previous.getParagraphStyle() != type) {
                break;
            }
            number++;
        }
        Label marker = new Label(type == BlockType.BULLETED_ITEM ? "•" : number + ".");
        marker.getStyleClass().add("list-marker");
        marker.setMinWidth(28);
        return marker;
    }

    private void countWords() {
        String text = area.getText();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        words.set(count);
        characters.set(text.length());
    }
}
