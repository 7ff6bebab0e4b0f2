package com.newsdesk.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum stored and exported by a stable lower-case code rather than by its Java name. */
public interface CodedEnum {
    String code();

    static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        // "ArticleStatus" reads "article status": a Java name never reaches a user.
        String kind = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        throw new IllegalArgumentException("unknown " + kind + " \"" + code + "\" (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", ")) + ")");
    }
}
