package ru.nastavnik.publishing.channels;

/** Where a news item's post to one channel stands. */
public enum DeliveryStatus {
    /** waiting for its first or next attempt */
    PENDING,
    /** posted; the remote id and link recorded in the same transaction that marked it */
    SENT,
    /** refused for good (token rejected, no consent) or out of attempts: the curator may retry it */
    FAILED,
    /** not sent: the item was unpublished or the channel switched off first */
    CANCELLED,
    /** the post was deleted from the channel after the item was unpublished or a name hidden */
    REMOVED;

    public String messageKey() {
        return "channels.status." + name();
    }
}
