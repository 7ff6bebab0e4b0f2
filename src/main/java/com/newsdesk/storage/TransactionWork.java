package com.newsdesk.storage;

/** Work done inside one transaction; the repositories it reaches through {@link Transaction} share it. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx);
}
