/**
 * Text someone typed into a story's editor and has not saved yet, kept on the server a few
 * seconds after they type, so that a session that ends (or a browser that crashes) loses nothing.
 *
 * <p>An autosave is not a revision: one per story and person, replaced by the next, deleted by
 * that person's next real save. It never touches the working draft, its version, the history or
 * what readers see; the editor only offers it back, and the person saves it the normal way.
 */
package org.newsdesk.cms.autosave;
