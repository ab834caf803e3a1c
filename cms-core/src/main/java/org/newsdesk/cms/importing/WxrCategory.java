package org.newsdesk.cms.importing;

/**
 * A WordPress category: {@code nicename} is its slug; {@code parent} the parent's nicename, or null
 * at the top (an item's own categories name no parent: the channel's list does).
 */
public record WxrCategory(String nicename, String name, String parent) {
}
