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
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.WRITER);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

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

    public void refresh() {
        executor.submit(() -> staff.list(actor), (List<StaffMember> list) -> {
            accounts.setAll(list);
            if (list.isEmpty()) {
                newRole.set(Role.ADMIN);
                message.set("No accounts yet: this is a one-person newsroom. The first account is an Admin; once it"
                        + " exists, Newsdesk asks for a sign-in at start.");
            }
        }, onError);
    }

    /** Adds the account from the form; the password is cleared once used. */
    public void add(char[] password) {
        String username = newUsername.get().strip();
        String displayName = newDisplayName.get().strip();
        Role role = newRole.get();
        boolean first = accounts.isEmpty();
        executor.submit(() -> first ? staff.createFirstAdmin(actor, username, displayName, password)
                : staff.add(actor, username, displayName, role, password), added -> {
                    newUsername.set("");
                    newDisplayName.set("");
                    message.set("Added " + added.username() + " as " + added.role().title() + "."
                            + (first ? " From the next start, Newsdesk asks for a sign-in." : ""));
                    refresh();
                }, onError);
    }

    public void resetPassword(StaffMember member, char[] password) {
        executor.submit(() -> {
            staff.resetPassword(actor, member.username(), password);
            return member;
        }, done -> message.set("New password set for " + member.username() + "."), onError);
    }

    public void deactivate(StaffMember member) {
        executor.submit(() -> {
            staff.deactivate(actor, member.username());
            return member;
        }, done -> {
            message.set(member.username() + " can no longer sign in; their history stays.");
            refresh();
        }, onError);
    }
}
