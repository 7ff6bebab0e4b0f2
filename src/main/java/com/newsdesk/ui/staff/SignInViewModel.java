package com.newsdesk.ui.staff;

import com.newsdesk.domain.StaffMember;
import com.newsdesk.service.StaffService;
import com.newsdesk.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/** Signing in: a username, a password that is cleared after use, and the answer. */
public final class SignInViewModel {
    private final StaffService staff;
    private final BackgroundExecutor executor;
    private final Consumer<StaffMember> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SignInViewModel(StaffService staff, BackgroundExecutor executor, Consumer<StaffMember> onSignedIn) {
        this.staff = staff;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
    }

    public StringProperty usernameProperty() { return username; }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Takes the password and clears it once checked (hashing takes a moment, so off the JavaFX thread). */
    public void signIn(char[] password) {
        String name = username.get().strip();
        if (name.isEmpty()) {
            error.set("Type your username.");
            return;
        }
        busy.set(true);
        error.set("");
        executor.submit(() -> staff.signIn(name, password), member -> {
            busy.set(false);
            onSignedIn.accept(member);
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage());
        });
    }
}
