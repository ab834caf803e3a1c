/**
 * What an operator sees of a running Newsdesk: the readiness and liveness checks Payara serves at
 * {@code /health/ready} and {@code /health/live}, and the effective configuration logged once at
 * start-up, never with a password in it.
 */
package org.newsdesk.cms.operations;
