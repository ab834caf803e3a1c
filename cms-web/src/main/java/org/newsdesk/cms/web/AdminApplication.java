package org.newsdesk.cms.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The editors' admin UI: Jakarta MVC controllers with Thymeleaf views, under {@code /admin}. */
@ApplicationPath("/admin")
public class AdminApplication extends Application {
}
