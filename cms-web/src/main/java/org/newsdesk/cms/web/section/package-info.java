/** The sections screens: the tree, and adding, renaming, moving, ordering and deleting sections. */
package org.newsdesk.cms.web.section;
