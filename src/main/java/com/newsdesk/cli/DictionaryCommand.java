package com.newsdesk.cli;

import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.service.writing.WritingAids;
import com.newsdesk.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "The newsroom's own words, accepted by the spelling check on every seat: list, add WORD,"
                + " remove WORD; rules lists the rules the newsroom ignores, ignore-rule RULE stops one and restore-rule"
                + " RULE brings it back (editors).")
final class DictionaryCommand implements Runnable {
    private final CliContext context;
    @Mixin DatabaseOption database;
    @Mixin UserOption user;
    @Parameters(index = "0", defaultValue = "list", paramLabel = "list|add|remove|rules|ignore-rule|restore-rule")
    String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "WORD|RULE") String word;

    DictionaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Newsroom newsroom = context.newsroom(database, user, Database.OpenMode.EXISTING)) {
            WritingAids aids = newsroom.writing();
            var actor = newsroom.actor();
            switch (action) {
                case "list" -> aids.words(actor).forEach(context.out::println);
                case "add" -> context.out.println(aids.addWord(actor, required()) ? "Added." : "Already there.");
                case "remove" -> context.out.println(aids.removeWord(actor, required()) ? "Removed." : "Not there.");
                case "ignore-rule" -> context.out.println(aids.ignoreRule(actor, required()) ? "Ignored from now on."
                        : "Already ignored.");
                case "restore-rule" -> context.out.println(aids.restoreRule(actor, required()) ? "Checked again."
                        : "It was not ignored.");
                case "rules" -> aids.ignoredRules(actor).forEach(context.out::println);
                default -> throw new InvalidInputException("dictionary", "\"" + action
                        + "\" is not one of list, add, remove, rules, ignore-rule, restore-rule");
            }
        }
    }

    private String required() {
        if (word == null || word.isBlank()) {
            throw new InvalidInputException("dictionary " + action, (action.endsWith("-rule") ? "RULE" : "WORD")
                    + " is missing");
        }
        return word;
    }
}
