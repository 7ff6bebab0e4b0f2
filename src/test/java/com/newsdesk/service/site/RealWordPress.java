package com.newsdesk.service.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real WordPress for the site tests (issue 19): Debian's {@code wordpress} (6.1), {@code mariadb-server} and
 * {@code php-cli}, run unprivileged in a temporary folder. One MariaDB per test run (on a Unix socket, as the
 * {@code mysql} account when the tests run as root); each {@link #start()} makes a fresh site of its own: a database,
 * {@code wp_install}, an application password, and {@code php -S} on a free loopback port ({@code WP_ENVIRONMENT_TYPE}
 * {@code local} lets application passwords work over plain HTTP there). Missing packages skip the tests, unless
 * {@code NEWSDESK_TEST_WORDPRESS=required} (as {@code .ci/run} sets it) makes that a failure.
 */
public final class RealWordPress implements AutoCloseable {
    private static final Path WORDPRESS = Path.of("/usr/share/wordpress");
    private static Path root;
    private static Process mariadb;
    private static int sites;

    public final String url;
    public final String user = "admin";
    public final String password;
    private final Path dir;
    private final String database;
    private final int port;
    private Process php;

    private RealWordPress(Path dir, String database, int port, String password) {
        this.dir = dir;
        this.database = database;
        this.port = port;
        this.url = "http://127.0.0.1:" + port;
        this.password = password;
    }

    /** A fresh WordPress site with one post ("Hello world!") and its sample comment, served until closed. */
    public static synchronized RealWordPress start() {
        boolean installed = Files.isDirectory(WORDPRESS) && onPath("mariadbd") && onPath("php")
                && onPath("mariadb-install-db");
        if (!installed) {
            if ("required".equals(System.getenv("NEWSDESK_TEST_WORDPRESS"))) {
                throw new IllegalStateException("a real WordPress is required: install wordpress, mariadb-server,"
                        + " php-cli and php-mysql (.ci/run does)");
            }
            Assumptions.abort("no WordPress here (apt-get install wordpress mariadb-server php-cli php-mysql)");
        }
        try {
            startDatabaseServer();
            int number = ++sites;
            String database = "wp" + number;
            mysql("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
            Path dir = Files.createDirectories(root.resolve("site" + number));
            Path docroot = Files.createDirectories(dir.resolve("wordpress"));
            writeSite(dir, docroot, database);
            int port = freePort();
            String password = run(List.of("php", "-d", "display_errors=stderr", dir.resolve("install.php").toString(),
                    String.valueOf(port)), dir).strip();
            String[] lines = password.split("\n");
            RealWordPress site = new RealWordPress(dir, database, port, lines[lines.length - 1].strip());
            site.serve();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the site (again, after {@link #stop()}). */
    public synchronized void serve() {
        try {
            ProcessBuilder builder = new ProcessBuilder("php", "-S", "127.0.0.1:" + port, "-t",
                    dir.resolve("wordpress").toString(), dir.resolve("router.php").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("php.log").toFile());
            builder.environment().put("PHP_CLI_SERVER_WORKERS", "3");
            php = builder.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                try {
                    HttpURLConnection connection = (HttpURLConnection) URI.create(url + "/?rest_route=/").toURL()
                            .openConnection();
                    connection.setConnectTimeout(500);
                    if (connection.getResponseCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    Thread.onSpinWait();
                }
                if (!php.isAlive()) {
                    throw new IllegalStateException("php -S stopped: " + Files.readString(dir.resolve("php.log")));
                }
                Thread.sleep(50); // waiting for a process to listen, not for timing
            }
            throw new IllegalStateException("the WordPress site did not answer at " + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops serving the site (the network goes away; its data stays). */
    public synchronized void stop() {
        if (php != null) {
            php.descendants().forEach(ProcessHandle::destroy);
            php.destroy();
            try {
                php.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            php = null;
        }
    }

    /**
     * Runs PHP inside the site (WordPress loaded, as its administrator): how a test plays someone working on the site
     * itself. Returns what the code echoes.
     */
    public String php(String code) {
        try {
            Path script = Files.createTempFile(dir, "run", ".php");
            Files.writeString(script, "<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:" + port + "';\n"
                    + "define('ABSPATH', '" + dir.resolve("wordpress") + "/');\nrequire ABSPATH . 'wp-load.php';\n"
                    + "wp_set_current_user(1);\n" + code + "\n");
            return run(List.of("php", "-d", "display_errors=stderr", script.toString()), dir).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a reader's comment on a post; returns its id. {@code approved}: "1", "0", "spam" or "trash". */
    public long comment(long post, long parent, String author, String email, String html, String approved) {
        return Long.parseLong(php("echo wp_insert_comment(array('comment_post_ID' => " + post
                + ", 'comment_parent' => " + parent + ", 'comment_author' => " + quote(author)
                + ", 'comment_author_email' => " + quote(email) + ", 'comment_content' => " + quote(html)
                + ", 'comment_approved' => " + quote(approved) + ", 'comment_author_IP' => '192.0.2.7'));"));
    }

    /** The site's status word for a comment: approved, unapproved, spam, trash, or "" when deleted. */
    public String status(long comment) {
        return php("$s = wp_get_comment_status(" + comment + "); echo $s === false ? '' : $s;");
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() {
        stop();
        try {
            mysql("DROP DATABASE IF EXISTS " + database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSite(Path dir, Path docroot, String database) throws IOException {
        try (var entries = Files.list(WORDPRESS)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals("wp-config.php") && !name.equals("wp-content")) {
                    Files.createSymbolicLink(docroot.resolve(name), entry);
                }
            }
        }
        Path content = Files.createDirectories(docroot.resolve("wp-content"));
        Files.createDirectories(content.resolve("uploads"));
        Files.createSymbolicLink(content.resolve("themes"), WORDPRESS.resolve("wp-content/themes"));
        Files.createSymbolicLink(content.resolve("plugins"), WORDPRESS.resolve("wp-content/plugins"));
        Path plugins = Files.createDirectories(content.resolve("mu-plugins"));
        Files.writeString(plugins.resolve("newsdesk-test.php"), "<?php\n// No mail leaves a test site.\n"
                + "function wp_mail() { return true; }\n");
        Files.writeString(docroot.resolve("wp-config.php"), """
                <?php
                define('DB_NAME', '%s');
                define('DB_USER', 'newsdesk');
                define('DB_PASSWORD', 'newsdesk');
                define('DB_HOST', 'localhost:%s');
                define('DB_CHARSET', 'utf8mb4');
                define('DB_COLLATE', '');
                $table_prefix = 'wp_';
                define('WP_ENVIRONMENT_TYPE', 'local');
                define('WP_CONTENT_DIR', '%s');
                foreach (array('AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',
                        'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT') as $key) {
                    define($key, 'newsdesk test ' . $key);
                }
                define('DISABLE_WP_CRON', true);
                define('AUTOMATIC_UPDATER_DISABLED', true);
                define('WP_HTTP_BLOCK_EXTERNAL', true);
                if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
                require_once ABSPATH . 'wp-settings.php';
                """.formatted(database, root.resolve("run/mysqld.sock"), content));
        // php -S runs index.php from /usr/share/wordpress (the link's target), so the router names this folder.
        Files.writeString(dir.resolve("router.php"), """
                <?php
                $path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
                $file = '%1$s' . $path;
                if ($path !== '/' && is_file($file) && substr($file, -4) !== '.php') return false;
                define('ABSPATH', '%1$s/');
                $script = ($path === '/' || !is_file($file)) ? '%1$s/index.php' : $file;
                chdir(dirname($script));
                require $script;
                """.formatted(docroot));
        Files.writeString(dir.resolve("install.php"), """
                <?php
                $port = $argv[1];
                define('WP_INSTALLING', true);
                $_SERVER['HTTP_HOST'] = '127.0.0.1:' . $port;
                $_SERVER['REQUEST_URI'] = '/';
                define('ABSPATH', '%s/');
                require ABSPATH . 'wp-load.php';
                require_once ABSPATH . 'wp-admin/includes/upgrade.php';
                $r = wp_install('Newsdesk test site', 'admin', 'admin@example.org', true, '', 'admin-pw');
                update_option('siteurl', 'http://127.0.0.1:' . $port);
                update_option('home', 'http://127.0.0.1:' . $port);
                update_option('comment_moderation', 0);
                update_option('comment_previously_approved', 0);
                $p = WP_Application_Passwords::create_new_application_password($r['user_id'],
                        array('name' => 'newsdesk'));
                echo "\\n", $p[0], "\\n";
                """.formatted(docroot));
    }

    private static void startDatabaseServer() throws IOException {
        if (mariadb != null) {
            return;
        }
        root = Files.createTempDirectory("newsdesk-wordpress");
        Path data = Files.createDirectories(root.resolve("data"));
        Path run = Files.createDirectories(root.resolve("run"));
        List<String> as = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            root.toFile().setExecutable(true, false);
            root.toFile().setReadable(true, false);
            run(List.of(program("chown"), "mysql", data.toString(), run.toString()), root);
            as.addAll(List.of("runuser", "-u", "mysql", "--"));
        }
        List<String> install = new ArrayList<>(as);
        install.addAll(List.of(program("mariadb-install-db"), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        run(install, root);
        List<String> server = new ArrayList<>(as);
        server.addAll(List.of(program("mariadbd"), "--no-defaults", "--datadir=" + data, "--socket=" + run.resolve("mysqld.sock"),
                "--skip-networking", "--pid-file=" + run.resolve("mysqld.pid"), "--innodb-flush-log-at-trx-commit=0",
                "--skip-log-bin", "--innodb-buffer-pool-size=64M"));
        mariadb = new ProcessBuilder(server).redirectErrorStream(true).redirectOutput(root.resolve("mariadb.log")
                .toFile()).start();
        // A throwaway server: killed outright when the tests end (a clean shutdown would hold the JVM's exit).
        Path pid = run.resolve("mysqld.pid");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                            .ifPresent(ProcessHandle::destroyForcibly);
                }
            } catch (IOException | NumberFormatException e) {
                // the server is going anyway with its parent below
            }
            mariadb.descendants().forEach(ProcessHandle::destroyForcibly);
            mariadb.destroyForcibly();
        }));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                mysql("CREATE USER IF NOT EXISTS newsdesk@localhost IDENTIFIED BY 'newsdesk';"
                        + " GRANT ALL ON *.* TO newsdesk@localhost");
                return;
            } catch (IOException | IllegalStateException notYet) {
                if (System.nanoTime() > until || !mariadb.isAlive()) {
                    throw new IllegalStateException("MariaDB did not start: "
                            + Files.readString(root.resolve("mariadb.log")));
                }
                try {
                    Thread.sleep(100); // waiting for the server's socket, not for timing
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void mysql(String sql) throws IOException {
        run(List.of(program("mariadb"), "--no-defaults", "-S", root.resolve("run/mysqld.sock").toString(), "-uroot", "-e", sql),
                root);
    }

    private static String run(List<String> command, Path dir) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean onPath(String program) {
        return !program(program).equals(program);
    }

    /** The program's full path ({@code mariadbd} is in /usr/sbin, often not on a user's PATH). */
    private static String program(String name) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
        for (String folder : folders) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return Path.of(folder, name).toString();
            }
        }
        return name;
    }
}
