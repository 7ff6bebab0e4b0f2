package com.newsdesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.storage.postgres.PgPass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsroomAddressTest {
    @TempDir Path home;

    @Test
    void readsTheFormsPeopleTypeAndNeverAPassword() {
        NewsroomAddress.Server server = NewsroomAddress.parseServer("postgresql://db.example.org:6543/newsroom?user=ana",
                "--db", "os");
        assertEquals(new NewsroomAddress.Server("db.example.org", 6543, "newsroom", "ana", null), server);
        assertEquals("jdbc:postgresql://db.example.org:6543/newsroom", server.jdbcUrl());
        assertEquals(server, NewsroomAddress.parseServer("jdbc:postgresql://db.example.org:6543/newsroom?user=ana",
                "--db", "os"));
        assertEquals(new NewsroomAddress.Server("localhost", 5432, "newsroom", "bo", null),
                NewsroomAddress.parseServer("postgres://bo@localhost/newsroom", "--db", "os"));
        assertEquals("os", NewsroomAddress.parseServer("postgresql://localhost/newsroom", "--db", "os").user(),
                "no user: the operating system's, as psql");
        assertEquals("require", NewsroomAddress.parseServer("postgresql://h/n?user=a&sslmode=require", "--db", "os")
                .sslMode());
        for (String withPassword : new String[] {"postgresql://ana:secret@h/n", "postgresql://h/n?user=a&password=x"}) {
            StorageException refused = assertThrows(StorageException.class,
                    () -> NewsroomAddress.parseServer(withPassword, "--db", "os"));
            assertTrue(refused.getMessage().contains("PGPASSWORD or ~/.pgpass"), refused.getMessage());
            assertTrue(!refused.getMessage().contains("secret"), "the password is not repeated");
        }
        assertTrue(assertThrows(StorageException.class, () -> NewsroomAddress.parseServer("postgresql://h/", "--db",
                "os")).getMessage().contains("names no database"));
        assertTrue(assertThrows(StorageException.class, () -> NewsroomAddress.parseServer("postgresql://h/n?ssl=1",
                "--db", "os")).getMessage().contains("ssl is not one Newsdesk takes"));
        assertTrue(NewsroomAddress.isServer("JDBC:PostgreSQL://h/n") && !NewsroomAddress.isServer("news.db"));
    }

    @Test
    void findsThePasswordAsLibpqDoes() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, """
                # host:port:database:user:password
                other:5432:*:ana:wrong
                db.example.org:6543:news\\:room:ana:s3cr\\:et
                *:*:*:ana:fallback
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.of("s3cr:et"), PgPass.lookup("db.example.org", 6543, "news:room", "ana", Map.of(), home));
        assertEquals(Optional.of("fallback"), PgPass.lookup("db.example.org", 5432, "x", "ana", Map.of(), home));
        assertEquals(Optional.empty(), PgPass.lookup("db.example.org", 5432, "x", "bo", Map.of(), home));
        assertEquals(Optional.of("env"), PgPass.lookup("h", 1, "d", "ana", Map.of("PGPASSWORD", "env"), home),
                "PGPASSWORD first");
        Path named = home.resolve("elsewhere");
        Files.writeString(named, "*:*:*:*:named\n");
        Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Optional.of("named"), PgPass.lookup("h", 1, "d", "bo", Map.of("PGPASSFILE", named.toString()),
                home));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Optional.empty(), PgPass.lookup("db.example.org", 6543, "news:room", "ana", Map.of(), home),
                "a password file others may read is ignored, as libpq does");
    }
}
