package com.newsdesk.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.newsdesk.domain.Limits;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.SubscriberColumns;
import com.newsdesk.domain.SubscriberFileFormat;
import com.newsdesk.domain.SubscriberStatus;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads subscriber lists from the tools staff move them between. The format is recognised from the header: Ghost
 * members, a Mailchimp audience export, listmonk, or any CSV with an email column. UTF-8 (with or without a byte-order
 * mark) or, when the bytes are not UTF-8, Windows-1252; CRLF or LF; quoted fields with commas, quotes and line breaks.
 */
public final class SubscriberCsvReader {
        /**
     * One data row as Newsdesk reads it. Null means the file says nothing (no such column, or an empty cell); the
     * importer decides whether an empty cell may clear a stored value. {@code fields} are the row as written, for the
     * invalid-rows file. {@code row} counts records as a spreadsheet numbers its rows: the header is row 1.
     */
    public record Row(int row, String email, String name, SubscriberStatus status, List<String> labels, String note,
            Instant createdAt, String problem, String[] fields, String attributes, String warning, History history) {
        public Row {
            history = history == null ? History.NONE : history;
        }

        public Row(int row, String email, String name, SubscriberStatus status, List<String> labels, String note,
                Instant createdAt, String problem, String[] fields) {
            this(row, email, name, status, labels, note, createdAt, problem, fields, null, null, History.NONE);
        }
    }

    /**
     * What a file says of a person's past, as Newsdesk's own CSV writes it ({@code source}, {@code subscribed_at},
     * {@code unsubscribed_at}, {@code updated_at}); null where it says nothing.
     */
    public record History(String source, Instant subscribedAt, Instant unsubscribedAt, Instant updatedAt) {
        public static final History NONE = new History(null, null, null, null);
    }

    /** The header as read and what Newsdesk made of it. */
    public record Header(SubscriberFileFormat format, List<String> columns, Encoding encoding) {
        public Charset charset() {
            return encoding.charset();
        }

        /**
         * The file's columns that Newsdesk does not keep for this format (Ghost's {@code complimentary_plan},
         * {@code stripe_customer_id}, {@code tiers} …), named in the report rather than dropped in silence.
         */
        public List<String> notKept(SubscriberColumns chosen) {
            java.util.Set<String> kept = new java.util.HashSet<>(KEPT.get(format));
            for (String column : new String[] {chosen.email(), chosen.name(), chosen.status(), chosen.labels(),
                    chosen.createdAt()}) {
                if (column != null) {
                    kept.add(column.strip().toLowerCase(Locale.ROOT));
                }
            }
            return columns.stream().filter(column -> !column.isBlank()
                    && !kept.contains(column.strip().toLowerCase(Locale.ROOT))).toList();
        }
    }

    /** The columns each format's rows are read from (lower case). */
    private static final Map<SubscriberFileFormat, java.util.Set<String>> KEPT = Map.of(
            SubscriberFileFormat.GHOST, java.util.Set.of("email", "name", "note", "subscribed_to_emails",
                    "deleted_at", "labels", "created_at"),
            SubscriberFileFormat.MAILCHIMP, java.util.Set.of("email address", "first name", "last name", "name",
                    "clean_time", "unsub_time", "tags", "notes", "optin_time", "confirm_time"),
            SubscriberFileFormat.LISTMONK, java.util.Set.of("email", "name", "attributes", "status", "created_at"),
            SubscriberFileFormat.CSV, java.util.Set.of("email", "e-mail", "email address", "e-mail address", "mail",
                    "courriel", "البريد الإلكتروني", "name", "first name", "first_name", "firstname", "prénom", "last name", "last_name",
                    "lastname", "nom", "status", "labels", "tags", "note", "notes", "created_at", "created", "subscribed_at",
                    "source", "unsubscribed_at", "updated_at", "attributes"));

    private static final CsvMapper MAPPER = new CsvMapper();
    /** Reads the JSON cells, attributes (a key twice is refused) and our own labels: one mapper, costly to make. */
    private static final com.fasterxml.jackson.databind.json.JsonMapper ATTRIBUTES =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final DateTimeFormatter MAILCHIMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);

    private SubscriberCsvReader() {}

    /** How a file's bytes are read as text, and that choice in words for the report. */
    public record Encoding(Charset charset, String description) {}

    /**
     * UTF-8 when the bytes are UTF-8; still UTF-8 when they hold UTF-8's multi-byte letters and a few stray bytes
     * that are not (those are replaced, and the description says how many and where the first is); Windows-1252 (what
     * spreadsheets on Windows write) when they hold no UTF-8 letters and some bytes that are not UTF-8. Decided for
     * the whole file, before a row is read.
     */
    public static Encoding encodingOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (Utf8Bytes.valid(in)) {
                return new Encoding(StandardCharsets.UTF_8, "UTF-8"); // the common case, without decoding
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long multiByte = 0;
        long stray = 0;
        long line = 1;
        long firstStrayLine = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
            CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
            int n;
            boolean end = false;
            while (!end) {
                n = in.read(buffer);
                end = n < 0;
                if (!end) {
                    bytes.put(buffer, 0, n);
                }
                bytes.flip();
                while (true) {
                    chars.clear();
                    java.nio.charset.CoderResult result = utf8.decode(bytes, chars, end);
                    chars.flip();
                    for (int i = 0; i < chars.length(); i++) {
                        char c = chars.charAt(i);
                        if (c == '\n') {
                            line++;
                        } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                            multiByte++;
                        }
                    }
                    if (result.isError()) {
                        stray += result.length();
                        if (firstStrayLine == 0) {
                            firstStrayLine = line;
                        }
                        bytes.position(bytes.position() + result.length());
                    } else if (result.isUnderflow()) {
                        break;
                    }
                }
                bytes.compact();
            }
        }
        if (stray == 0) {
            return new Encoding(StandardCharsets.UTF_8, "UTF-8");
        }
        if (multiByte > 0 && stray <= Math.max(3, multiByte / 10)) {
            return new Encoding(StandardCharsets.UTF_8, String.format("UTF-8; %,d byte%s that %s not UTF-8 replaced by"
                    + " \uFFFD, the first on line %,d", stray, stray == 1 ? "" : "s", stray == 1 ? "is" : "are",
                    firstStrayLine));
        }
        return new Encoding(Charset.forName("windows-1252"), "Windows-1252 (the file is not UTF-8)");
    }

    /**
     * The text without the byte-order mark Excel writes first. Taken off before the CSV parser reads, so that a first
     * header field in quotes ({@code \uFEFF"Email Address"}) is still read as a quoted field.
     */
    static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Only the header: its columns and the format they show, so that a window can offer the columns to choose. */
    public static Header header(Path file) {
        try {
            Encoding charset = encodingOf(file);
            try (Reader reader = withoutByteOrderMark(new InputStreamReader(new BufferedInputStream(
                    Files.newInputStream(file), 1 << 16), charset.charset())); MappingIterator<String[]> lines = MAPPER.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
                if (!lines.hasNext()) {
                    throw new InvalidInputException("line 1", "the file is empty");
                }
                String[] fields = lines.next();
                if (fields.length > 0 && fields[0].startsWith("\uFEFF")) {
                    fields[0] = fields[0].substring(1);
                }
                return new Header(detect(List.of(fields)), List.of(fields), charset);
            }
        } catch (com.fasterxml.jackson.databind.RuntimeJsonMappingException e) {
            throw new InvalidInputException("row 1", "the header is not valid CSV: " + rootMessage(e));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "could not read it: " + e.getMessage(), e);
        }
    }

    public static SubscriberFileFormat detect(List<String> header) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.contains("email") && names.contains("subscribed_to_emails")) {
            return SubscriberFileFormat.GHOST;
        }
        if (names.contains("email address")) {
            return SubscriberFileFormat.MAILCHIMP;
        }
        // listmonk's importer and export have attributes but no labels; Newsdesk's own CSV has both
        if (names.contains("email") && names.contains("attributes") && !names.contains("labels")) {
            return SubscriberFileFormat.LISTMONK;
        }
        return SubscriberFileFormat.CSV;
    }

    /**
     * Streams the rows to the consumer and returns the header. {@code forced} (null for automatic) overrides the
     * recognised format; {@code chosen} names the columns of a plain CSV the user picked (the address column in any
     * format).
     */
    public static Header read(Path file, SubscriberFileFormat forced, SubscriberColumns chosen,
            Consumer<Header> onHeader, Consumer<Row> rows) {
        try {
            Encoding charset = encodingOf(file);
            try (Reader reader = withoutByteOrderMark(new InputStreamReader(new BufferedInputStream(
                    Files.newInputStream(file), 1 << 16), charset.charset()))) {
                return read(reader, charset, forced, chosen == null ? SubscriberColumns.AUTO : chosen, onHeader,
                        rows);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "could not read it: " + e.getMessage(), e);
        }
    }

    private static Header read(Reader reader, Encoding charset, SubscriberFileFormat forced, SubscriberColumns chosen,
            Consumer<Header> onHeader, Consumer<Row> rows) throws IOException {
        try (MappingIterator<String[]> lines = MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            String[] headerFields;
            try {
                if (!lines.hasNext()) {
                    throw new InvalidInputException("line 1", "the file is empty: a header row with an email column"
                            + " is needed");
                }
                headerFields = lines.next();
            } catch (com.fasterxml.jackson.databind.RuntimeJsonMappingException e) {
                throw new InvalidInputException("row 1", "the header is not valid CSV: " + rootMessage(e));
            }
            if (headerFields.length > 0 && headerFields[0].startsWith("\uFEFF")) {
                headerFields[0] = headerFields[0].substring(1); // the byte-order mark Excel writes
            }
            List<String> header = List.of(headerFields);
            SubscriberFileFormat format = forced != null ? forced : detect(header);
            Columns columns = new Columns(header, format, chosen);
            Header read = new Header(format, header, charset);
            onHeader.accept(read);
            int line = 1; // the header is row 1, as a spreadsheet numbers it
            while (true) {
                String[] fields;
                try {
                    if (!lines.hasNext()) {
                        break;
                    }
                    fields = lines.next();
                    line++;
                } catch (com.fasterxml.jackson.databind.RuntimeJsonMappingException e) {
                    throw new InvalidInputException("row " + (line + 1), "not valid CSV: " + rootMessage(e));
                }
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue; // an empty line
                }
                rows.accept(columns.row(line, fields));
            }
            return read;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(),
                    "not valid CSV: " + rootMessage(e));
        }
    }

    /** What is wrong with the CSV, in words: never the parser's own message with its source and location. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException parsing
                ? parsing.getOriginalMessage() : String.valueOf(cause.getMessage());
        if (message.contains("Missing closing quote")) {
            return "a quoted field is not closed (a \" is missing)";
        }
        if (message.contains("Unexpected character") && message.contains("quote")) {
            return "a quoted field is followed by other characters before the next comma";
        }
        if (message.contains("Too many entries") || message.contains("too many")) {
            return "the row has more fields than the file allows";
        }
        int source = message.indexOf("[Source");
        return (source >= 0 ? message.substring(0, source) : message).strip();
    }

    /** Where each field sits in this file's rows, by format. */
    private static final class Columns {
        private final SubscriberFileFormat format;
        private final Map<String, Integer> index = new HashMap<>();
        private final int email;
        private final SubscriberColumns chosen;
        // A plain CSV's columns, found once: each row would otherwise try up to four names per field.
        private final Integer nameAt;
        private final Integer firstNameAt;
        private final Integer lastNameAt;
        private final Integer statusAt;
        private final Integer labelsAt;
        private final Integer noteAt;
        private final Integer createdAt;
        private final Integer attributesAt;
        private final Integer sourceAt;
        private final Integer subscribedAt;
        private final Integer unsubscribedAt;
        private final Integer updatedAt;

        Columns(List<String> header, SubscriberFileFormat format, SubscriberColumns chosen) {
            this.chosen = chosen;
            String emailColumn = chosen.email();
            this.format = format;
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            Integer found;
            if (emailColumn != null) {
                found = index.get(emailColumn.strip().toLowerCase(Locale.ROOT));
                if (found == null) {
                    throw new InvalidInputException("line 1", "no column \"" + emailColumn + "\" in the header");
                }
            } else {
                found = format == SubscriberFileFormat.MAILCHIMP ? index.get("email address") : first("email", "e-mail",
                        "email address", "e-mail address", "mail", "courriel", "البريد الإلكتروني");
            }
            if (found == null) {
                throw new InvalidInputException("line 1", "no email column: the header has "
                        + String.join(", ", header) + "; choose the address column");
            }
            this.email = found;
            nameAt = column(chosen.name(), "name");
            firstNameAt = chosen.name() != null ? null : first("first name", "first_name", "firstname", "prénom");
            lastNameAt = chosen.name() != null ? null : first("last name", "last_name", "lastname", "nom");
            statusAt = column(chosen.status(), "status");
            labelsAt = column(chosen.labels(), "labels", "tags");
            noteAt = first("note", "notes");
            createdAt = column(chosen.createdAt(), "created_at", "created", "subscribed_at");
            attributesAt = index.get("attributes");
            sourceAt = index.get("source");
            subscribedAt = index.get("subscribed_at");
            unsubscribedAt = index.get("unsubscribed_at");
            updatedAt = index.get("updated_at");
            for (String column : new String[] {chosen.name(), chosen.status(), chosen.labels(), chosen.createdAt()}) {
                if (column != null && !index.containsKey(column.toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException("line 1", "no column \"" + column + "\" in the header");
                }
            }
        }

        /** The user's column for a field, else the first of its usual names in this file. */
        private Integer column(String chosenColumn, String... usual) {
            return chosenColumn != null ? index.get(chosenColumn.toLowerCase(Locale.ROOT)) : first(usual);
        }

        private Integer first(String... names) {
            for (String name : names) {
                Integer at = index.get(name);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }

        private static String cell(String[] fields, Integer at) {
            if (at == null || at >= fields.length) {
                return null;
            }
            String value = CsvRows.unescapeFormula(fields[at].strip());
            return value.isEmpty() ? null : value;
        }

        Row row(int line, String[] fields) {
            String address = cell(fields, email);
            List<String> problems = new ArrayList<>();
            String name;
            SubscriberStatus status = null;
            List<String> labels = null;
            String note = null;
            Instant created = null;
            String attributes = null;
            String warning = null;
            History history = History.NONE;
            switch (format) {
                case GHOST -> {
                    name = cell(fields, index.get("name"));
                    note = cell(fields, index.get("note"));
                    String subscribed = cell(fields, index.get("subscribed_to_emails"));
                    if (subscribed == null || subscribed.equalsIgnoreCase("null")) {
                        status = SubscriberStatus.SUBSCRIBED; // as Ghost's importer reads an empty cell
                    } else {
                        status = switch (subscribed.toLowerCase(Locale.ROOT)) {
                            case "true", "1", "yes" -> SubscriberStatus.SUBSCRIBED;
                            case "false", "0", "no" -> SubscriberStatus.UNSUBSCRIBED;
                            default -> {
                                problems.add("subscribed_to_emails \"" + subscribed + "\" is neither true nor false");
                                yield null;
                            }
                        };
                    }
                    if (cell(fields, index.get("deleted_at")) != null) {
                        status = SubscriberStatus.UNSUBSCRIBED; // a deleted member gets no newsletter
                    }
                    labels = split(cell(fields, index.get("labels")));
                    created = iso(cell(fields, index.get("created_at")), "created_at", problems);
                }
                case MAILCHIMP -> {
                    String first = cell(fields, index.get("first name"));
                    String last = cell(fields, index.get("last name"));
                    String whole = cell(fields, index.get("name")); // an audience with one Name merge field
                    name = first == null && last == null ? whole
                            : ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
                    if (cell(fields, index.get("clean_time")) != null) {
                        status = SubscriberStatus.BOUNCED; // Mailchimp's "cleaned": the address bounced
                    } else if (cell(fields, index.get("unsub_time")) != null) {
                        status = SubscriberStatus.UNSUBSCRIBED;
                    } else {
                        status = SubscriberStatus.SUBSCRIBED;
                    }
                    labels = splitTags(cell(fields, index.get("tags")));
                    note = cell(fields, index.get("notes"));
                    String optin = cell(fields, index.get("optin_time"));
                    created = mailchimpTime(optin != null ? optin : cell(fields, index.get("confirm_time")),
                            problems);
                }
                case LISTMONK -> {
                    name = cell(fields, index.get("name"));
                    String given = cell(fields, index.get("status")); // listmonk's own export: enabled, disabled…
                    if (given != null) {
                        status = switch (given.toLowerCase(Locale.ROOT)) {
                            case "enabled" -> SubscriberStatus.SUBSCRIBED;
                            case "disabled" -> SubscriberStatus.UNSUBSCRIBED;
                            case "blocklisted" -> SubscriberStatus.BLOCKLISTED;
                            default -> {
                                problems.add("status \"" + given + "\" is not enabled, disabled or blocklisted");
                                yield null;
                            }
                        };
                    }
                    created = listmonkTime(cell(fields, index.get("created_at")), problems);
                    Attributes kept = attributes(cell(fields, index.get("attributes")));
                    attributes = kept.json();
                    warning = kept.warning();
                }
                default -> {
                    String full = cell(fields, nameAt);
                    String first = cell(fields, firstNameAt);
                    String last = cell(fields, lastNameAt);
                    name = full != null ? full : first == null && last == null ? null
                            : ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
                    status = ourStatus(cell(fields, statusAt), problems, null);
                    String labelCell = cell(fields, labelsAt);
                    labels = labelCell != null && labelCell.startsWith("[") ? jsonList(labelCell, problems)
                            : split(labelCell);
                    note = cell(fields, noteAt);
                    created = iso(cell(fields, createdAt), "created_at", problems);
                    // Newsdesk's own CSV: the rest of the record, so that an export imports back to the same people
                    Attributes kept = attributes(cell(fields, attributesAt));
                    attributes = kept.json();
                    warning = kept.warning();
                    history = new History(cell(fields, sourceAt),
                            iso(cell(fields, subscribedAt), "subscribed_at", problems),
                            iso(cell(fields, unsubscribedAt), "unsubscribed_at", problems),
                            iso(cell(fields, updatedAt), "updated_at", problems));
                }
            }
            if (format != SubscriberFileFormat.CSV) { // --column works with every format: the user's choice wins
                if (chosen.name() != null) {
                    name = cell(fields, index.get(chosen.name().toLowerCase(Locale.ROOT)));
                }
                if (chosen.status() != null) {
                    status = ourStatus(cell(fields, index.get(chosen.status().toLowerCase(Locale.ROOT))), problems,
                            status);
                }
                if (chosen.labels() != null) {
                    String labelCell = cell(fields, index.get(chosen.labels().toLowerCase(Locale.ROOT)));
                    labels = labelCell != null && labelCell.startsWith("[") ? jsonList(labelCell, problems)
                            : split(labelCell);
                }
                if (chosen.createdAt() != null) {
                    created = iso(cell(fields, index.get(chosen.createdAt().toLowerCase(Locale.ROOT))), "created_at",
                            problems);
                }
            }
            Limits.tooLong("the name", name, Limits.NAME).ifPresent(problems::add);
            Limits.labelTooLong(labels).ifPresent(problems::add);
            Limits.tooLong("the note", note, Limits.NOTE).ifPresent(problems::add);
            Limits.tooLong("the attributes", attributes, Limits.NOTE).ifPresent(problems::add);
            Limits.tooLong("the source", history.source(), Limits.NAME).ifPresent(problems::add);
            return new Row(line, address, name, status, labels, note, created,
                    problems.isEmpty() ? null : String.join("; ", problems), fields, attributes, warning, history);
        }
    }

    /**
     * A JSON array of strings and nothing else (our own export's labels cell), read token by token; null for
     * anything else, which {@link #jsonList} then reads as a tree (numbers, nulls, nesting, trailing text, errors).
     */
    private static List<String> stringArray(String cell) {
        try (com.fasterxml.jackson.core.JsonParser parser = ATTRIBUTES.getFactory().createParser(cell)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                return null;
            }
            List<String> strings = new ArrayList<>(2);
            for (var token = parser.nextToken(); token != com.fasterxml.jackson.core.JsonToken.END_ARRAY;
                    token = parser.nextToken()) {
                if (token != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    return null;
                }
                strings.add(parser.getText());
            }
            return parser.nextToken() == null ? strings : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A cell of attributes as kept (a JSON object's text, null when empty) and why it was not, when it was not. */
    private record Attributes(String json, String warning) {}

    /** As listmonk does: a person whose attributes are not a JSON object comes in without them, and is told so. */
    private static Attributes attributes(String cell) {
        if (cell == null) {
            return new Attributes(null, null);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode parsed = ATTRIBUTES.readTree(cell);
            if (parsed != null && parsed.isObject()) {
                return new Attributes(parsed.isEmpty() ? null : parsed.toString(), null);
            }
            return new Attributes(null, "imported without its attributes: they are not a JSON object");
        } catch (IOException e) {
            return new Attributes(null, "imported without its attributes: they are not valid JSON");
        }
    }

    /** A status in Newsdesk's words, or {@code otherwise} when the cell is empty; a problem when it is neither. */
    private static SubscriberStatus ourStatus(String given, List<String> problems, SubscriberStatus otherwise) {
        if (given == null) {
            return otherwise;
        }
        try {
            return SubscriberStatus.fromCode(given.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("status \"" + given + "\" is not subscribed, unsubscribed, bounced or blocklisted");
            return otherwise;
        }
    }

    /** listmonk's export writes Go's time: {@code 2020-08-31 16:53:56.577084 +0530 IST}. */
    private static final java.util.regex.Pattern GO_TIME = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,9})? ?([+-]\\d{2}):?(\\d{2}).*");

    private static Instant listmonkTime(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher go = GO_TIME.matcher(text);
        if (go.matches()) {
            return java.time.OffsetDateTime.parse(go.group(1) + "T" + go.group(2)
                    + (go.group(3) == null ? "" : go.group(3)) + go.group(4) + ":" + go.group(5)).toInstant();
        }
        return iso(text, "created_at", problems); // an ISO time, as other tools write it
    }

    /** Ghost's rule: labels separated by commas in one field. */
    private static List<String> split(String cell) {
        if (cell == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String label : cell.split(",")) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels;
    }

    /** Mailchimp writes tags as "Tag A","Tag B" inside the field; a tag may hold a comma. */
    private static List<String> splitTags(String cell) {
        if (cell == null) {
            return null;
        }
        if (!cell.contains("\"")) {
            return split(cell);
        }
        List<String> tags = new ArrayList<>();
        java.util.regex.Matcher quoted = QUOTED.matcher(cell);
        while (quoted.find()) {
            String tag = quoted.group(1).replace("\"\"", "\"").strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    /** Our own CSV writes labels as a JSON array, so that a label may hold a comma. */
    static List<String> jsonList(String cell, List<String> problems) {
        List<String> strings = stringArray(cell);
        if (strings != null) {
            return strings;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = ATTRIBUTES.readTree(cell);
            List<String> labels = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(label -> labels.add(label.asText()));
                return labels;
            }
        } catch (IOException e) {
            // fall through: not JSON after all
        }
        problems.add("labels \"" + cell + "\" is not a JSON array of names");
        return null;
    }

    private static Instant iso(String text, String field, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return com.newsdesk.domain.Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                problems.add(field + " \"" + text + "\" is not a date and time");
                return null;
            }
        }
    }

    private static Instant mailchimpTime(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, MAILCHIMP_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add("OPTIN_TIME \"" + text + "\" is not in Mailchimp's form 2024-05-01 09:30:00");
            return null;
        }
    }
}
