package com.newsdesk.domain;

/**
 * Input that Newsdesk refuses: a file, a field or an argument. The message names where ({@code location}: a JSON
 * path, a row, a field) and what is wrong.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;
    private final String problem;

    public InvalidInputException(String location, String problem) {
        super(location == null || location.isEmpty() ? problem : location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public InvalidInputException(String location, String problem, Throwable cause) {
        this(location, problem);
        initCause(cause);
    }

    public String location() { return location; }

    public String problem() { return problem; }
}
