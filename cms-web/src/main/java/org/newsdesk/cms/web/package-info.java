/**
 * The editors' admin UI under {@code /admin}: Jakarta MVC controllers with Thymeleaf views, one
 * sub-package per screen, over the core's services.
 */
package org.newsdesk.cms.web;
