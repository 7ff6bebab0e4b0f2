package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written address check must give the answers of the rule as it was first written, with regular
 * expressions (kept here as the reference), for every string: the same addresses accepted, the same reason given.
 */
class EmailAddressesProperties {
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");

    @Property(tries = 20_000)
    void agreesWithTheRegularExpressions(@ForAll("addressLike") String email) {
        assertEquals(reference(email), EmailAddresses.problem(email), email);
    }

    @Property(tries = 5_000)
    void agreesOnAddressesThatLookRight(@ForAll("nearlyValid") String email) {
        assertEquals(reference(email), EmailAddresses.problem(email), email);
    }

    /** Characters an address is made of and those it must not hold, from several scripts and planes. */
    @Provide
    Arbitrary<String> addressLike() {
        return Arbitraries.of('a', 'Z', '0', '9', '.', '.', '@', '@', '-', '_', '+', '\'', '!', '~', '`', '{', '|',
                        ' ', '"', '(', ',', ';', ':', '\\', 'é', 'ß', 'ع', '٣', 'Ⅻ', '²', '½', '\u00AA', '\u02B0',
                        '\uD835', '\uDC9C', '\uD83D', '\uDE00', '\u200B', '\t')
                .list().ofMaxSize(24).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    /** Local part @ labels joined by dots: most pass, a few fail in one place. */
    @Provide
    Arbitrary<String> nearlyValid() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abcxyz019-.é٣Ⅻ²_+")
                .withCharRange('A', 'C').ofMinLength(0).ofMaxLength(8);
        return net.jqwik.api.Combinators.combine(part, part, part, part)
                .as((local, first, second, top) -> local + "@" + first + "." + second + "." + top);
    }

    private static Optional<String> reference(String email) {
        if (email.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (email.length() > 254) {
            return Optional.of("it is longer than 254 characters");
        }
        int at = email.indexOf('@');
        if (at < 0) {
            return Optional.of("it has no @");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return Optional.of("it has more than one @");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of("nothing comes before the @");
        }
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("the part before the @ has a character an address cannot have");
        }
        if (domain.isEmpty()) {
            return Optional.of("nothing comes after the @");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("the domain \"" + domain + "\" has no dot");
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return Optional.of("the domain \"" + domain + "\" is not a valid domain");
            }
        }
        String top = labels[labels.length - 1];
        if (top.length() < 2 || top.chars().allMatch(Character::isDigit)) {
            return Optional.of("the domain \"" + domain + "\" does not end in a valid top-level domain");
        }
        return Optional.empty();
    }
}
