package com.newsdesk.ui.staff;

import com.newsdesk.domain.Actor;
import com.newsdesk.domain.Role;
import com.newsdesk.domain.StaffMember;
import com.newsdesk.service.StaffService;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Staff desk: accounts, and the form that adds one. The first account of a newsroom is an Admin. */
public final class StaffViewModel {
    private final Actor actor;
    private final StaffService staff;
    private final BackgroundExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<StaffMember> accounts = FXCollections.observableArrayList();
    private final StringProperty newUsername = new SimpleStringProperty("");
    private final StringProperty newDisplayName = new SimpleStringProperty("");
    /** None until chosen: an account never gets a role, least of all Admin, by default. */
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Why the typed password cannot be used, shown beside the field (which keeps what was typed); empty when fine. */
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper("");

    public StaffViewModel(Actor actor, StaffService staff, BackgroundExecutor executor, Consumer<Throwable> onError) {
        this.actor = actor;
        this.staff = staff;
        this.executor = executor;
        this.onError = onError;
    }

    public ObservableList<StaffMember> accounts() { return accounts; }

    public StringProperty newUsernameProperty() { return newUsername; }

    public StringProperty newDisplayNameProperty() { return newDisplayName; }

    public ObjectProperty<Role> newRoleProperty() { return newRole; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyStringProperty passwordProblemProperty() { return passwordProblem.getReadOnlyProperty(); }

    /** On a shared newsroom, what an account is there: a login of the server; empty for a newsroom file. */
    public String loginNote() {
        return staff.accountsAreServerLogins() ? "On this shared newsroom each account is also a login of the server,"
                + " named as its username: the staff member connects with it and its password, and the server"
                + " enforces the role." : "";
    }

    public void refresh() {
        executor.submit(() -> staff.list(actor), (List<StaffMember> list) -> {
            accounts.setAll(list);
            if (list.isEmpty()) {
                newRole.set(Role.ADMIN); // the only role a newsroom's first account can have
                message.set("No accounts yet: this is a one-person newsroom. The first account is an Admin; once it"
                        + " exists, Newsdesk asks for a sign-in at start.");
            }
        }, onError);
    }

    /**
     * Adds the account from the form when the two passwords match and are long enough and a role is chosen;
     * otherwise says why and returns false, so the view keeps what was typed.
     *
     * @return whether the account is being added (the view then clears the password fields)
     */
    public boolean add(char[] password, char[] repeated) {
        boolean first = accounts.isEmpty();
        Role role = first ? Role.ADMIN : newRole.get();
        String problem = passwordProblem(password, repeated);
        passwordProblem.set(problem);
        if (role == null) {
            message.set("Choose the new account's role.");
            return false;
        }
        if (!problem.isEmpty()) {
            message.set("");
            return false;
        }
        String username = newUsername.get().strip();
        String displayName = newDisplayName.get().strip();
        executor.submit(() -> first ? staff.createFirstAdmin(actor, username, displayName, password)
                : staff.add(actor, username, displayName, role, password), added -> {
                    newUsername.set("");
                    newDisplayName.set("");
                    newRole.set(null); // the next account's role is chosen again
                    boolean server = staff.accountsAreServerLogins();
                    message.set("Added " + added.username() + " as " + added.role().title() + "." + (server
                            ? " They connect as the server login " + added.username() + " (user=" + added.username()
                            + " in the address)." : first ? " From the next start, Newsdesk asks for a sign-in." : ""));
                    refresh();
                }, onError);
        return true;
    }

    /** Why a password typed twice cannot be used, as a sentence; empty when it can. */
    public static String passwordProblem(char[] password, char[] repeated) {
        if (com.newsdesk.domain.Usernames.passwordProblem(password).isPresent()) {
            return "A password needs at least " + com.newsdesk.domain.Usernames.MIN_PASSWORD_LENGTH
                    + " characters; this one has " + (password == null ? 0 : password.length) + ".";
        }
        return java.util.Arrays.equals(password, repeated) ? "" : "The two passwords differ: type the same one twice.";
    }

    public void resetPassword(StaffMember member, char[] password) {
        executor.submit(() -> {
            staff.resetPassword(actor, member.username(), password);
            return member;
        }, done -> message.set("New password set for " + member.username()
                + (staff.accountsAreServerLogins() ? ", and for their server login." : ".")), onError);
    }

    public void deactivate(StaffMember member) {
        executor.submit(() -> {
            staff.deactivate(actor, member.username());
            return member;
        }, done -> {
            message.set(member.username() + " can no longer sign in" + (staff.accountsAreServerLogins()
                    ? ": the server no longer lets the login " + member.username() + " into this newsroom" : "")
                    + "; their history stays.");
            refresh();
        }, onError);
    }
}
