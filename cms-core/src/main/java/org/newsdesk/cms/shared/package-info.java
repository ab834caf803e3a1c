/**
 * What every aggregate shares: the business exceptions through which the services refuse a request.
 * Each subclass carries a message written for the editor who made the request.
 */
package org.newsdesk.cms.shared;
