/**
 * The article screens: the list, the editor (whose buttons {@link org.newsdesk.cms.publishing.ArticleDesk}
 * carries out, each press in one transaction), unsaved text kept as it is typed (autosave) and offered
 * back, revisions with their word diff, and previews.
 */
package org.newsdesk.cms.web.article;
