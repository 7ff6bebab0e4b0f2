package com.newsdesk.service;

/** A request Newsdesk will not carry out as asked, with the reason and what to do instead. */
public class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
