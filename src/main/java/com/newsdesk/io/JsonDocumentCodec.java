package com.newsdesk.io;

import com.newsdesk.domain.document.Document;
import com.newsdesk.domain.document.DocumentCodec;

/** The document codec the store uses: {@link DocumentJson}. */
public enum JsonDocumentCodec implements DocumentCodec {
    INSTANCE;

    @Override
    public String toJson(Document document) {
        return DocumentJson.toJson(document);
    }

    @Override
    public Document fromJson(String json) {
        return DocumentJson.fromJson(json);
    }
}
