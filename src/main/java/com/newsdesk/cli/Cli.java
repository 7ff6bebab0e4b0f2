package com.newsdesk.cli;

import com.newsdesk.domain.AccessDeniedException;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.service.CancelledException;
import com.newsdesk.service.PasswordHasher;
import com.newsdesk.service.SignInFailedException;
import com.newsdesk.service.RefusedException;
import com.newsdesk.storage.StorageException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line: exit 0 on success, 1 on invalid input or refusal (the reason on stderr), 2 on a usage
 * error. The environment and streams come in as arguments so that tests run it in-process.
 */
public final class Cli {
    private Cli() {}

    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            java.io.OutputStream stdout) {
        return run(args, out, err, env, clock, stdout, new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS));
    }

    /** As above, with the password hasher given (tests use a cheap one). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
            java.io.OutputStream stdout, PasswordHasher hasher) {
        CliContext context = new CliContext(out, err, env, clock, stdout, hasher);
        ContextFactory factory = new ContextFactory(context);
        CommandLine commandLine = new CommandLine(new NewsdeskCommand(), factory);
        java.util.List<Class<?>> commands = NewsdeskCommand.COMMANDS;
        java.util.List<Class<?>> named = commands.stream()
                .filter(command -> args.length > 0 && nameOf(command).equals(args[0])).toList();
        for (Class<?> command : named.isEmpty() ? commands : named) { // help and typos see every command
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            err.println("newsdesk: " + messageOf(exception, env, args));
            err.flush();
            return 1;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error unexpected) { // the last resort: one line here, the trace in the log
            err.println("newsdesk: " + messageOf(unexpected, env, args));
            code = 1;
        }
        out.flush();
        if (out.checkError()) { // a full disk or a closed pipe behind standard output: what was printed is not there
            err.println("newsdesk: could not write to standard output (is the disk full, or the pipe closed?);"
                    + " what this command printed is incomplete.");
            code = code == 0 ? 1 : code;
        }
        err.flush();
        return code;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    /**
     * What the user reads of a failure: its message when Newsdesk foresaw it; otherwise one plain line that names
     * the log file, where the whole trace goes.
     */
    public static String messageOf(Throwable exception, Map<String, String> env, String[] args) {
        boolean foreseen = exception instanceof InvalidInputException || exception instanceof RefusedException
                || exception instanceof AccessDeniedException || exception instanceof SignInFailedException
                || exception instanceof StorageException || exception instanceof CancelledException
                || exception instanceof UncheckedIOException || exception instanceof IllegalArgumentException;
        if (foreseen && !(exception instanceof StorageException storage && storage.unforeseen())) {
            return exception.getMessage();
        }
        String log = logged(exception, env, args);
        if (foreseen) {
            return exception.getMessage() + " The details are in " + log + ".";
        }
        return "an unexpected error (" + exception.getClass().getSimpleName() + ") stopped the command; nothing more"
                + " was done. The details are in " + log + ".";
    }

    /** Writes the failure with its trace to the log in the data folder; returns the log's path, or why not. */
    private static String logged(Throwable exception, Map<String, String> env, String[] args) {
        try {
            java.nio.file.Path file = Logs.writeTo(com.newsdesk.storage.DataLocation.dataFolder(env));
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("'" + (args.length == 0 ? "" : args[0])
                    + "' failed", exception);
            return file.toString();
        } catch (RuntimeException | Error e) {
            return "the log, which could not be written either";
        }
    }

    /** Hands every command the one context of this run. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
