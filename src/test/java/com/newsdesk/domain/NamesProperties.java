package com.newsdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Label and tag lists: the short cuts for lists already clean give what cleaning them would. */
class NamesProperties {
    @Property(tries = 10_000)
    void cleanListIsEachCleanNameOnceIgnoringCase(@ForAll("nameLists") List<String> names) {
        assertEquals(reference(names), Names.cleanList(names), names.toString());
    }

    @Example
    void dropsBlanksAndRepeatsKeepingTheFirstSpelling() {
        assertEquals(List.of(), Names.cleanList(List.of("")));
        assertEquals(List.of(), Names.cleanList(List.of("  ")));
        assertEquals(List.of("News"), Names.cleanList(List.of("News", "news")));
        assertEquals(List.of("Sport", "News"), Names.cleanList(List.of(" Sport ", "News")));
        assertEquals(List.of("Les Échos"), Names.cleanList(List.of("Les\tÉchos")));
    }

    @Provide
    Arbitrary<List<String>> nameLists() {
        Arbitrary<String> name = Arbitraries.strings().withChars("aAbBéÉ  \t\n\u0007İi-,").ofMaxLength(6);
        return name.list().ofMaxSize(4);
    }

    private static List<String> reference(List<String> names) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String name : names) {
            String cleaned = Names.clean(name);
            if (!cleaned.isEmpty()) {
                unique.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
            }
        }
        return new ArrayList<>(unique.values());
    }
}
