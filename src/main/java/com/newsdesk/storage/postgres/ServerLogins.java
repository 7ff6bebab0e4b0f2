package com.newsdesk.storage.postgres;

import com.newsdesk.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL logins of a shared newsroom's staff (issue 15): each account signs in as a login of its own name,
 * a member of its role's group while the account is active. Works inside the caller's transaction (role changes are
 * transactional on PostgreSQL): an account and its login are made, or neither. The rules of membership live in the
 * schema ({@code newsdesk_sync_login}), so a restore or a copy applies the same ones.
 */
public final class ServerLogins {
    private final Connection connection;

    public ServerLogins(Connection connection) {
        this.connection = connection;
    }

    public boolean exists(String login) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            statement.setString(1, login);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw ServerErrors.translate(e, "Could not look up the login " + login);
        }
    }

    /** A new login of that name with that password (sent as a SCRAM verifier made here, never in clear). */
    public void create(String login, char[] password) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + quote(login) + " LOGIN");
        } catch (SQLException e) {
            throw refused(e, "create the login " + login);
        }
        setPassword(login, password);
    }

    public void setPassword(String login, char[] password) {
        try {
            connection.unwrap(PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
        } catch (SQLException e) {
            throw refused(e, "set the password of the login " + login);
        }
    }

    /** Brings the account's login into line with it: its role's group while active, no group once deactivated. */
    public void sync(String username) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT newsdesk_sync_login(?)")) {
            statement.setString(1, username);
            statement.execute();
        } catch (SQLException e) {
            throw refused(e, "give the login " + username + " its role");
        }
    }

    /**
     * After a copy onto the server brought the accounts: every active account gets a login, those missing made
     * without a password (none can connect until one is set: the server's administrator sets the first Admin's, who
     * then resets the others'), and every login its memberships. Returns the logins made.
     */
    public java.util.List<String> ensureAll() {
        java.util.List<String> made = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT s.username FROM staff s WHERE s.active = 1 AND NOT"
                    + " EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = s.username) ORDER BY s.username")) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
            for (String login : missing) {
                statement.execute("CREATE ROLE " + quote(login) + " LOGIN");
                made.add(login);
            }
            statement.execute("SELECT newsdesk_sync_login(username) FROM staff");
            return made;
        } catch (SQLException e) {
            throw refused(e, "make the staff accounts' logins");
        }
    }

    /** The newsroom's groups and grants, made again for this database (after a restore or a copy), and every login. */
    public void prepareAll() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT newsdesk_prepare_roles()");
        } catch (SQLException e) {
            throw refused(e, "set up the newsroom's roles");
        }
    }

    private static StorageException refused(SQLException e, String what) {
        if ("42501".equals(e.getSQLState())) {
            return new StorageException("The server did not let this login " + what + ": that takes an Admin's"
                    + " login (which may create roles) or the database's owner with CREATEROLE. Nothing was changed.",
                    e);
        }
        if ("ND001".equals(e.getSQLState())) {
            return groupTaken(e);
        }
        return ServerErrors.translate(e, "Could not " + what);
    }

    /** The schema refused to adopt a group role of another newsroom (its name is the error's message). */
    public static StorageException groupTaken(SQLException e) {
        String group = e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : "";
        return new StorageException("The server already has a role " + group + " with members or a login of its"
                + " own: it belongs to another newsroom or person, and this newsroom would share it. Nothing was"
                + " changed. Rename the database, or have the database administrator drop that role.", e);
    }

    /** An identifier as PostgreSQL quotes one: any name a staff account may have is safe in it. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
