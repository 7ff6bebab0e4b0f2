package com.newsdesk.cli;

import com.newsdesk.storage.Database;
import com.newsdesk.storage.NewsroomAddress;

/** The address a staff member of a shared newsroom connects with: the server's, with their own login. */
final class LoginHint {
    private LoginHint() {}

    static String address(Database database, String login) {
        NewsroomAddress.Server server = (NewsroomAddress.Server) database.address();
        return "--db " + server.withUser(login).url();
    }
}
