package org.newsdesk.cms.apitoken;

/**
 * Who a presented token lets in: its owner's username (their roles are read from the staff record
 * by every service call, as for a session) and the token's id, which the rate limit counts by.
 */
public record TokenHolder(long tokenId, String username) {
}
