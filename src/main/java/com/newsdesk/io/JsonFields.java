package com.newsdesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.domain.InvalidInputException;
import com.newsdesk.domain.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads typed fields out of one JSON object, naming the JSON path of anything wrong. */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path, "expected an object, found " + describe(node));
        }
        this.node = node;
        this.path = path;
    }

    String path() { return path; }

    String at(String field) { return path + "." + field; }

    /** Refuses fields this format does not define, so a typo is not silently lost. */
    JsonFields allowOnly(Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new InvalidInputException(at(name), "unknown field");
            }
        });
        return this;
    }

    JsonNode node(String field) { return node.get(field); }

    String requiredText(String field) {
        String text = optionalText(field);
        if (text == null) {
            throw new InvalidInputException(at(field), "required string is missing");
        }
        return text;
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(at(field), "expected a string, found " + describe(value));
        }
        return value.textValue();
    }

    long requiredLong(String field) {
        Long value = optionalLong(field);
        if (value == null) {
            throw new InvalidInputException(at(field), "required integer is missing");
        }
        return value;
    }

    Long optionalLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidInputException(at(field), "expected an integer, found " + describe(value));
        }
        return value.longValue();
    }

    long requiredPositiveId(String field) {
        long id = requiredLong(field);
        if (id <= 0) {
            throw new InvalidInputException(at(field), "an id must be a positive integer, found " + id);
        }
        return id;
    }

    Instant requiredInstant(String field) {
        Instant instant = optionalInstant(field);
        if (instant == null) {
            throw new InvalidInputException(at(field), "required time is missing");
        }
        return instant;
    }

    Instant optionalInstant(String field) {
        String text = optionalText(field);
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at(field), e.getMessage());
        }
    }

    List<String> textList(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInputException(at(field), "expected an array of strings, found " + describe(value));
        }
        List<String> texts = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new InvalidInputException(at(field) + "[" + i + "]", "expected a string, found " + describe(item));
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    <E> E code(String field, java.util.function.Function<String, E> fromCode, boolean required) {
        String code = required ? requiredText(field) : optionalText(field);
        if (code == null) {
            return null;
        }
        try {
            return fromCode.apply(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at(field), e.getMessage());
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
