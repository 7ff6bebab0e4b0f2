package com.newsdesk.cli;

import picocli.CommandLine.Option;

/** The {@code --user} option of commands that change data or read personal data. */
final class UserOption {
    @Option(names = "--user", paramLabel = "NAME",
            description = "Your staff account, when the newsroom has any (password from $NEWSDESK_PASSWORD or asked)."
                    + " On a shared newsroom you are the login of --db; --user, if given, must name it.")
    String name;
}
