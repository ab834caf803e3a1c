/**
 * What happens when Newsdesk cannot start: one clear SEVERE line and the end of the JVM, so that
 * Docker, systemd or the person at the terminal starts it again, instead of a Payara that runs on
 * without the application. Depends on nothing else of Newsdesk, so every package may give up here.
 */
package org.newsdesk.cms.startup;
