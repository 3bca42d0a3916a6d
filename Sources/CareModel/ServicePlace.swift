/// A place on one of a service's provider lists or caseloads.
struct ServicePlace {
  /// The service's index in the design.
  var service: Int
  /// The provider's list (0 when the service has one pooled list).
  var provider: Int
  /// When the patient joined the list or took the place (days).
  var since: Double
}
