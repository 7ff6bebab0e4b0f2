package com.newsdesk.domain;

/** Whether the newsletter may be sent to an address. */
public enum SubscriberStatus implements CodedEnum {
    SUBSCRIBED("subscribed"), UNSUBSCRIBED("unsubscribed"), BOUNCED("bounced"), BLOCKLISTED("blocklisted");

    private final String code;

    SubscriberStatus(String code) { this.code = code; }

    @Override public String code() { return code; }

    public static SubscriberStatus fromCode(String code) { return CodedEnum.fromCode(SubscriberStatus.class, code); }
}
