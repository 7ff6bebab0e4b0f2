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
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " \"" + code + "\" (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", ")) + ")");
    }
}
