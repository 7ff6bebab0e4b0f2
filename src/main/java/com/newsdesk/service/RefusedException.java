package com.newsdesk.service;

/** A request Newsdesk will not carry out as asked, with the reason and what to do instead. */
public class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}
