package com.newsdesk.bench.floor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor under the command line's start: the least a Java program can do for the export of an empty newsroom.
 * It opens the newsroom with the same SQLite driver, has SQLite write each table's rows as JSON (none here), and
 * writes them to a file beside the target, synced and renamed into place. No command line parsing, no schema check,
 * no sign-in, no audit, no guarded writer: what is left is the JVM, the driver and one file.
 */
public final class BareExport {
    private static final String[] TABLES = {"articles", "article_revisions", "comments", "subscribers"};

    private BareExport() {}

    public static void main(String[] args) throws IOException, SQLException {
        Path newsroom = Path.of(args[0]);
        Path target = Path.of(args[1]).toAbsolutePath();
        StringBuilder json = new StringBuilder("{\"format\":\"newsdesk\"");
        try (Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + newsroom,
                new java.util.Properties()); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT coalesce(json_group_array(json_object('id', id)),"
                        + " '[]') FROM " + table)) {
                    rows.next();
                    json.append(",\"").append(table).append("\":").append(rows.getString(1));
                }
            }
        }
        json.append("}\n");
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(json.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Wrote " + target + ".");
    }
}
