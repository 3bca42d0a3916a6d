/// A person's mental-health state at the start of a run (point prevalence).
///
/// `mildModerate` and `severeCMD` are common mental disorders (CMD: depression and anxiety) below
/// and at or above 18 on the CIS-R scale (APMS 2014); `smi` is severe mental illness
/// (schizophrenia, bipolar disorder, other psychoses: the QOF register).
public enum MentalHealthState: String, Sendable, CaseIterable {
  case none
  case mildModerate = "mild_moderate"
  case severeCMD = "severe_cmd"
  case smi

  /// True for the two common-mental-disorder states.
  @inlinable public var isCMD: Bool { self == .mildModerate || self == .severeCMD }
}
