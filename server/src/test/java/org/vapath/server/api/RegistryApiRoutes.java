package org.vapath.server.api;

import java.util.List;

/** Test access to the API's route list. */
final class RegistryApiRoutes {
  private RegistryApiRoutes() {
  }

  static List<String> paths() {
    return RegistryApi.paths();
  }
}
