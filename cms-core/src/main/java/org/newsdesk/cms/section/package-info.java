/**
 * Sections: the tree that structures the site and gives every story and section front its
 * address, managed by editors through {@link org.newsdesk.cms.section.SectionService}.
 */
package org.newsdesk.cms.section;
