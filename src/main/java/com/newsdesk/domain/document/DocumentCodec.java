package com.newsdesk.domain.document;

/** Turns documents into their stored text form and back; the JSON form lives in the io layer. */
public interface DocumentCodec {
    String toJson(Document document);

    Document fromJson(String json);
}
