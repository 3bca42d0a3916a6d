/// How the report shows cost categories: labels and fills, keyed by `CostCategory.rawValue`, in
/// `CostSpec.categories` order; unknown ones are grey (`Palette.neutral`).
enum CostCategoryStyle {
  /// Label and fill (CSS hex) of each known category.
  static let categories: [String: (label: String, colour: String)] = [
    "sessions": ("Sessions bought per session", "#005EB8"),
    "assessments": ("Assessments", "#41B6E6"),
    "gp": ("GP consultations", "#768692"),
    "staff": ("Staff (WTE, groups, call-backs)", "#FFB81C"),
    "community": ("Community episodes", "#009639"),
    "cmht": ("CMHT", "#330072"),
    "crisis": ("Crisis team", "#ED8B00"),
    "beds": ("Local beds", "#AE2573"),
    "beds_out_of_area": ("Out-of-area placements", "#DA291C"),
  ]
}
