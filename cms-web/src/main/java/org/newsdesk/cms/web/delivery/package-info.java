/**
 * The readers' front door: kept public pages answered before Payara's web container, on the HTTP
 * server underneath it ({@link org.newsdesk.cms.web.delivery.FrontDoor}), and the listener that puts
 * the door in place and takes it away with the application
 * ({@link org.newsdesk.cms.web.delivery.FrontDoorInstaller}). Everything the door does not answer
 * goes on, untouched, to the web container and the public site's pipeline.
 */
package org.newsdesk.cms.web.delivery;
