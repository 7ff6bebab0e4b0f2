package com.newsdesk.storage.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;

/**
 * PostgreSQL's text cannot hold the character U+0000, which SQLite keeps. A NUL in newsroom text is damage, never
 * meaning (a bad file, a pasted binary), so on the server it is stored as U+FFFD, the replacement character, instead of
 * failing the whole change.
 */
public final class TextWithoutNul {
    private TextWithoutNul() {}

    public static PreparedStatement wrap(PreparedStatement statement) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (args != null && args.length >= 2 && args[1] instanceof String text && text.indexOf('\0') >= 0
                            && (method.getName().equals("setString") || method.getName().equals("setObject"))) {
                        args[1] = text.replace('\0', '\uFFFD');
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
