package com.newsdesk.cli;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.io.JsonDocumentCodec;
import com.newsdesk.service.PasswordHasher;
import com.newsdesk.service.RefusedException;
import com.newsdesk.service.StaffService;
import com.newsdesk.service.output.OutputTarget;
import com.newsdesk.storage.DataLocation;
import com.newsdesk.storage.Database;
import java.io.Console;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What every command of one run shares: streams, environment, clock, and signing in. */
final class CliContext {
    static final String PASSWORD_VARIABLE = "NEWSDESK_PASSWORD";
    static final String NEW_PASSWORD_VARIABLE = "NEWSDESK_NEW_PASSWORD";

    final PrintWriter out;
    final PrintWriter err;
    final Map<String, String> env;
    final Clock clock;
    final OutputStream stdout;
    final PasswordHasher hasher;

    CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, OutputStream stdout,
            PasswordHasher hasher) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.clock = clock;
        this.stdout = stdout;
        this.hasher = hasher;
    }

    /** Opens the newsroom {@code --db} names for a command run by {@code --user} (signed in when first needed). */
    Newsroom newsroom(DatabaseOption database, UserOption user, Database.OpenMode mode) {
        return newsroom(database.file, "--db", user, mode);
    }

    /** As above, for a newsroom named by another option ({@code copy --from}). */
    Newsroom newsroom(String named, String option, UserOption user, Database.OpenMode mode) {
        return new Newsroom(this, open(named, option, mode), user == null ? null : user.name);
    }

    Database open(String explicit, Database.OpenMode mode) {
        return open(explicit, "--db", mode);
    }

    /** The newsroom an option names ({@code --db}, {@code copy --from}…); its messages name that option. */
    Database open(String explicit, String option, Database.OpenMode mode) {
        return Database.open(DataLocation.resolveAddress(explicit, option, env), mode, JsonDocumentCodec.INSTANCE, env);
    }

    /**
     * Runs work that fills the newsroom an option names ({@code copy --to}, {@code offline take --db}): when the work
     * fails, a file it made is removed with its journal files, so a failed command leaves nothing behind.
     */
    void fillingNewFile(String named, String option, Runnable work) {
        var target = DataLocation.resolveAddress(named, option, env);
        Path made = target instanceof com.newsdesk.storage.NewsroomAddress.File file
                && !java.nio.file.Files.exists(file.path()) ? file.path() : null;
        try {
            work.run();
            made = null; // kept: the work is done
        } finally {
            if (made != null) {
                Database.deleteMadeFile(made);
            }
        }
    }

    StaffService staff(Database db) {
        return new StaffService(db, hasher, clock);
    }

    /**
     * Who runs this command: the owner of a newsroom without staff accounts, or the staff member named by
     * {@code --user}, signed in with the password from {@code NEWSDESK_PASSWORD} or the terminal. On a shared
     * newsroom with accounts, the account of the login in the address (its password from PGPASSWORD or ~/.pgpass).
     */
    Actor signIn(Database db, String user) {
        StaffService staff = staff(db);
        if (db.isShared() && staff.hasStaff()) {
            return staff.connectedAs(user); // the server checked the login's password
        }
        if (!staff.hasStaff()) {
            if (user != null) {
                throw new RefusedException("This newsroom has no staff accounts, so --user names nobody. Leave it out,"
                        + " or create the first Admin with 'newsdesk init --admin NAME'.");
            }
            return Actor.owner(System.getProperty("user.name"));
        }
        if (user == null) {
            throw new RefusedException("This newsroom has staff accounts: name yours with --user NAME (the password"
                    + " comes from " + PASSWORD_VARIABLE + " or is asked for).");
        }
        return staff.signIn(user, password(PASSWORD_VARIABLE, "Password for " + user + ": ")).asActor();
    }

    /** A password from the environment variable, else asked at the terminal without echo. */
    char[] password(String variable, String prompt) {
        String fromEnv = env.get(variable);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException(variable, "no password: set " + variable + " or run in a terminal");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new InvalidInputException(variable, "no password was typed");
        }
        return typed;
    }

    /** "-" is standard output; anything else a file, checked and written by the guarded writer. */
    OutputTarget target(String out) {
        return OutputTarget.parse(out, stdout);
    }

    /**
     * Runs an export to {@code out} and says what it wrote, and where: on standard error when the data went to
     * standard output (out of the data's way), else on standard output.
     */
    <T> void export(String out, java.util.function.Function<OutputTarget, T> export,
            java.util.function.Function<T, String> describe) {
        OutputTarget target = target(out);
        T written = export.apply(target);
        if (target.isStandardOutput()) {
            err.println(describe.apply(written) + ".");
        } else {
            this.out.println(describe.apply(written) + ". Wrote " + target.describe() + ".");
        }
    }
}
