package com.newsdesk.service;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Permission;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.domain.Timestamps;
import com.newsdesk.domain.Usernames;
import com.newsdesk.storage.Database;
import com.newsdesk.storage.StaffRepository.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Staff accounts and sign-in. A newsroom without accounts belongs to one person and needs no sign-in; its first
 * account is an Admin. After {@link #FREE_ATTEMPTS} failed sign-ins in a row an account makes each further attempt
 * wait, twice as long each time; the count lives in the database, so every process sees it.
 */
public final class StaffService {
    public static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final String STAFF = "staff";
    /** The actor recorded for a sign-in with a username that has no account. */
    public static final String UNKNOWN_USER = "(unknown)";

    private final Database database;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Audit audit;

    public StaffService(Database database, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = new Audit(clock);
    }

    /** Whether accounts here are also server logins (a shared newsroom), not Newsdesk's alone (a file). */
    public boolean accountsAreServerLogins() {
        return database.isShared();
    }

    public boolean hasStaff() {
        return database.read(tx -> tx.staff().count()) > 0;
    }

    /** Creates the first account, an Admin; refused once any account exists. Clears the password. */
    public StaffMember createFirstAdmin(Actor owner, String username, String displayName, char[] password) {
        return create(owner, username, displayName, Role.ADMIN, password, true);
    }

    /** An Admin adds an account. Clears the password. */
    public StaffMember add(Actor actor, String username, String displayName, Role role, char[] password) {
        return create(actor, username, displayName, role, password, false);
    }

    private StaffMember create(Actor actor, String username, String displayName, Role role, char[] password,
            boolean first) {
        try {
            actor.require(Permission.MANAGE_STAFF);
            Usernames.problem(username).ifPresent(problem -> {
                throw new InvalidInputException("username", problem);
            });
            Usernames.passwordProblem(password).ifPresent(problem -> {
                throw new InvalidInputException("password", problem);
            });
            String hash = hasher.hash(password);
            return database.write(tx -> {
                long existing = tx.staff().count();
                if (first && existing > 0) {
                    throw new RefusedException("This newsroom already has staff accounts; an Admin adds new ones.");
                }
                if (!first && existing == 0 && role != Role.ADMIN) {
                    throw new RefusedException("The first account must be an Admin.");
                }
                if (tx.staff().find(username).isPresent()) {
                    throw new InvalidInputException("username", "\"" + username + "\" is taken");
                }
                Instant now = Timestamps.now(clock);
                StaffMember member = new StaffMember(0, username, displayName, role, true, now, now);
                long id = tx.staff().insert(member, hash);
                String login = database.isShared() ? giveLogin(tx, username, password) : "";
                audit.record(tx, actor, "staff.create", STAFF, id, username + " as " + role.code() + login);
                return new StaffMember(id, username, displayName, role, true, now, now);
            });
        } finally {
            PasswordHasher.clear(password);
        }
    }

    /**
     * On a shared newsroom the account signs in as a PostgreSQL login of its name, whose membership of the role's
     * group is what the server enforces (issue 15): made with this password when missing (the account's own hash
     * stays too, for a copy into a file), left as it is when the server's administrator made it. In the caller's
     * transaction: the account and its login are made together or not at all. Says which, for the audit.
     */
    private static String giveLogin(com.newsdesk.storage.Transaction tx, String username, char[] password) {
        var logins = tx.logins();
        boolean existed = logins.exists(username);
        if (!existed) {
            logins.create(username, password);
        }
        logins.sync(username);
        return existed ? "; server login " + username + " already existed" : "; server login " + username + " created";
    }

    /**
     * Who this seat is on a shared newsroom: the staff account named as the PostgreSQL login it connected as (the
     * server checked the password). {@code claimed}, when given (the command line's {@code --user}), must be that
     * account. A newsroom without accounts belongs to its owner, as a file does. Throws {@link SignInFailedException}
     * for a login that is no active account.
     */
    public Actor connectedAs(String claimed) {
        String login = database.serverLogin();
        if (login == null) {
            throw new IllegalStateException("a newsroom file has no server login");
        }
        if (!hasStaff()) {
            return Actor.owner(login);
        }
        if (claimed != null && !claimed.equalsIgnoreCase(login)) {
            throw new SignInFailedException("On a shared newsroom you are the login you connect as: this seat"
                    + " connected as " + login + ", not " + claimed + ". Put user=" + claimed + " in the address.");
        }
        return database.write(tx -> {
            StaffMember member = tx.staff().find(login).orElse(null);
            if (member == null) {
                throw new SignInFailedException("The login " + login + " has no staff account in this newsroom. Each"
                        + " staff member connects as their own login (user=NAME in the address); an Admin adds"
                        + " accounts with 'newsdesk staff add'.");
            }
            if (!member.active()) {
                throw new SignInFailedException("The account " + member.username() + " is deactivated.");
            }
            audit.record(tx, member.asActor(), "sign-in", STAFF, member.id(), "as the server login " + login);
            return member.asActor();
        });
    }

    /**
     * Signs in, or throws {@link SignInFailedException}. Success and failure are both audited; a stored hash cheaper
     * than today's setting is replaced. Clears the password.
     */
    public StaffMember signIn(String username, char[] password) {
        try {
            Instant now = Timestamps.now(clock);
            // The attempt is counted, and the wait checked, in one write transaction before the password is
            // verified: parallel guesses queue at the write lock, and each sees the ones before it.
            Credentials credentials = database.write(tx -> {
                Credentials found = tx.staff().credentials(username).orElse(null);
                if (found == null) {
                    // Not the typed name: people type their password into the username field.
                    audit.record(tx, UNKNOWN_USER, "sign-in.failed", STAFF, null, "unknown username");
                    return null;
                }
                Duration wait = waitBeforeNextAttempt(found, now);
                if (!wait.isZero()) {
                    audit.record(tx, found.member().asActor(), "sign-in.failed", STAFF, found.member().id(),
                            "refused: too many failed attempts");
                    return found;
                }
                tx.staff().recordFailedSignIn(found.member().id(), now); // taken back when the password matches
                return found;
            });
            if (credentials == null) {
                hasher.verifyNothing(password);
                throw new SignInFailedException("Wrong username or password.");
            }
            StaffMember member = credentials.member();
            Duration wait = waitBeforeNextAttempt(credentials, now);
            if (!wait.isZero()) {
                throw new SignInFailedException("Too many failed sign-ins for " + member.username() + ". Try again in "
                        + Math.max(1, wait.toSeconds()) + " seconds.");
            }
            boolean matches = hasher.verify(password, credentials.passwordHash());
            if (!matches || !member.active()) {
                database.write(tx -> {
                    if (matches) {
                        tx.staff().clearFailedSignIns(member.id());
                    }
                    audit.record(tx, member.asActor(), "sign-in.failed", STAFF, member.id(),
                            matches ? "account deactivated" : "wrong password");
                    return null;
                });
                throw new SignInFailedException(matches ? "The account " + member.username() + " is deactivated."
                        : "Wrong username or password.");
            }
            String rehashed = hasher.needsRehash(credentials.passwordHash()) ? hasher.hash(password) : null;
            database.write(tx -> {
                tx.staff().clearFailedSignIns(member.id());
                if (rehashed != null) {
                    tx.staff().setPasswordHash(member.id(), rehashed, now);
                }
                audit.record(tx, member.asActor(), "sign-in", STAFF, member.id(),
                        rehashed == null ? "" : "password rehashed at " + hasher.iterations() + " iterations");
                return null;
            });
            return member;
        } finally {
            PasswordHasher.clear(password);
        }
    }

    /** Nothing for the first attempts; then 1, 2, 4, … seconds after the last failure, up to 15 minutes. */
    static Duration delayAfter(int failuresInARow) {
        if (failuresInARow < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(20, failuresInARow - FREE_ATTEMPTS);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Duration waitBeforeNextAttempt(Credentials credentials, Instant now) {
        if (credentials.lastFailedAt() == null) {
            return Duration.ZERO;
        }
        Instant allowedFrom = credentials.lastFailedAt().plus(delayAfter(credentials.failedSignIns()));
        return now.isBefore(allowedFrom) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }

    public void resetPassword(Actor actor, String username, char[] newPassword) {
        try {
            actor.require(Permission.MANAGE_STAFF);
            Usernames.passwordProblem(newPassword).ifPresent(problem -> {
                throw new InvalidInputException("password", problem);
            });
            String hash = hasher.hash(newPassword);
            database.write(tx -> {
                StaffMember member = existing(tx.staff().find(username), username);
                tx.staff().setPasswordHash(member.id(), hash, Timestamps.now(clock));
                tx.staff().clearFailedSignIns(member.id());
                String login = "";
                if (database.isShared()) { // the login's password is the one that signs in on a server
                    if (tx.logins().exists(member.username())) {
                        tx.logins().setPassword(member.username(), newPassword);
                        tx.logins().sync(member.username());
                        login = "; and of the server login";
                    } else {
                        login = giveLogin(tx, member.username(), newPassword);
                    }
                }
                audit.record(tx, actor, "staff.reset-password", STAFF, member.id(), member.username() + login);
                return null;
            });
        } finally {
            PasswordHasher.clear(newPassword);
        }
    }

    public void deactivate(Actor actor, String username) {
        actor.require(Permission.MANAGE_STAFF);
        database.write(tx -> {
            StaffMember member = existing(tx.staff().find(username), username);
            if (member.username().equalsIgnoreCase(actor.username())) {
                throw new RefusedException("You cannot deactivate your own account; another Admin can.");
            }
            tx.staff().setActive(member.id(), false, Timestamps.now(clock));
            if (database.isShared()) {
                tx.logins().sync(member.username()); // out of the newsroom's groups: the server refuses the login
            }
            audit.record(tx, actor, "staff.deactivate", STAFF, member.id(), member.username()
                    + (database.isShared() ? "; server login revoked" : ""));
            return null;
        });
    }

    public List<StaffMember> list(Actor actor) {
        actor.require(Permission.MANAGE_STAFF);
        return database.read(tx -> tx.staff().list());
    }

    private static StaffMember existing(java.util.Optional<StaffMember> member, String username) {
        return member.orElseThrow(() -> new InvalidInputException("username", "no staff account \"" + username + "\""));
    }
}
