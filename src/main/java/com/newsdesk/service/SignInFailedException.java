package com.newsdesk.service;

/** A sign-in that did not succeed. The message never says whether the username exists. */
public class SignInFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SignInFailedException(String message) {
        super(message);
    }
}
