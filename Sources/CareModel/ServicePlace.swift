/// A place on one of a service's provider lists or caseloads.
struct ServicePlace {
  /// The service's index in the design.
  var service: Int
  /// The provider's list (0 when the service has one pooled list).
  var provider: Int
  /// When the patient joined the list or took the place (days).
  var since: Double
  /// Where the place is: local, or an out-of-area placement (held beds only).
  var site = Site.local

  /// Where a held place is.
  enum Site {
    /// A place of the service itself (every list and every place other than a bed).
    case local
    /// A bed outside the area, taken when no local bed was free: it uses none of the service's
    /// places.
    case outOfArea
  }
}
